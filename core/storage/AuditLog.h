#pragma once

#include "common/Result.h"
#include "storage/ColumnMapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace tongbao {

class BulkStatements;
class Database;
class SqlQuery;

// One entry of history: who did what to which record, with each changed field's old and new
// value (JSON text: [{"field":..,"old":..,"new":..}]).
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;  // UTC
    QString actor;
    QString action;  // create, update, delete (and later: view, print, export, import)
    QString entity;  // table name
    QString entityId;
    QString owner;
    qint64 rev = 0;
    QString changes;
    QString previousHash;  // hex
    QString hash;          // hex
};

// The append-only, hash-chained history of a ledger. Each row's hash is BLAKE2b over the
// previous row's hash and the row's own fields, so editing, inserting or deleting a row in the
// middle with plain SQL breaks the chain at that row, and verify() names it. Rows are appended
// in the same transaction as the change they describe.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Database& db);
    ~AuditLog();

    // Appends one entry (inside the caller's transaction). Returns false on an SQL failure.
    // Inside a BulkWrite scope the writer passes its statements on SQLite's own handle, and the
    // row goes through them (the same row, its change list converted to UTF-8 once).
    bool append(AuditEntry entry, BulkStatements* statements = nullptr);
    // The same for a bulk write that gives the change list as its UTF-8 (describeCreationUtf8),
    // hashed and stored as given; entry.changes is not read.
    bool append(AuditEntry entry, BulkStatements* statements, const QByteArray& changes);

    // While held (a BulkWrite scope), the chain's head is read from the file once and then
    // followed in memory. It is read again after any rollback on the connection; an entry
    // appended by someone else in the meantime makes the next insert collide on its seq, and
    // that insert is retried from the file's head.
    void holdHead(bool hold);

    // Builds the change list of an update: only the fields whose value differs.
    static QString describeChanges(const Fields& before, const Fields& after);
    // The change list of a create: every field with a value.
    static QString describeCreation(const Fields& after);
    // The same as its UTF-8, written directly: what a bulk write hashes and stores.
    static QByteArray describeCreationUtf8(const Fields& after);

    struct Verification {
        qint64 rowsChecked = 0;
        std::optional<qint64> firstBrokenSeq;
        QString problem;  // translated, empty when intact
        bool intact() const { return !firstBrokenSeq.has_value() && problem.isEmpty(); }
    };
    // Walks the whole chain from the first row.
    static Verification verify(Database& db);

    static QString computeHash(const AuditEntry& entry);

private:
    // `changes`: the change list's UTF-8 when given (else entry.changes is hashed and stored).
    bool appendWith(AuditEntry entry, BulkStatements* statements, const QByteArray* changes);

    struct Head {
        qint64 seq = 0;
        QString hash;
        quint64 rollbacks = 0;  // Database::rollbacks() when it was known
    };

    Database& m_db;
    std::unique_ptr<SqlQuery> m_lastHash;
    std::unique_ptr<SqlQuery> m_insert;
    bool m_holdHead = false;
    std::optional<Head> m_head;
};

}  // namespace tongbao
