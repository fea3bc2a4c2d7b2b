#pragma once

#include "storage/ColumnMapping.h"
#include "storage/RawStatement.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tongbao {

struct AuditEntry;

// The statements a BulkWrite scope runs for every record (its row, its history entry, the
// check that its id is new, the ledger's last rev), prepared on SQLite's own handle. QtSql's
// per-value work (each named bind looked up, each value wrapped and checked, text handed over as
// UTF-16 for SQLite to convert) cost more than SQLite's own insert; here values are bound by
// position as UTF-8. They are stored exactly as QtSql stores them (the same types, text and
// NULLs, lone surrogates replaced as SqlQuery::bind does), which tst_bulkwrite checks; a value
// of a kind QtSql would store in a way of its own makes the call decline, and the caller then
// runs the QtSql statement. Owned by the RecordWriter for one scope only, so that no statement
// outlives the connection.
class BulkStatements {
public:
    explicit BulkStatements(sqlite3* handle);
    ~BulkStatements();
    BulkStatements(const BulkStatements&) = delete;
    BulkStatements& operator=(const BulkStatements&) = delete;

    sqlite3* handle() const { return m_handle; }

    struct SyncValues {
        QString id;
        QString owner;
        qint64 rev = 0;
        QString updatedAt;
        QString updatedBy;
    };
    // Runs the insert of a record into `table`: `makeSql()` (called on first use only) with
    // the placeholders :id, :owner, :rev, :updated_at, :updated_by and then one per field, in
    // the fields' order. Empty when declined; otherwise whether it ran, with SQLite's reason in
    // `error` when not.
    std::optional<bool> insert(const QString& table,
                               const std::function<QString()>& makeSql,
                               const SyncValues& sync,
                               const Fields& fields,
                               QString& error);
    // SELECT 1 FROM `table` WHERE id = :id (`table` from the repositories' fixed names): whether
    // the row is there; empty when declined.
    std::optional<bool> exists(const QString& table, const QString& id);
    // UPDATE OR FAIL ledger SET last_rev = last + 1 WHERE last_rev = last: the rows changed (0 when
    // the file's last rev is not `last`), -1 with `error` on failure; empty when declined.
    std::optional<int> advanceRev(qint64 last, QString& error);
    // The history entry's row (AuditLog): its fields, its time as `at` and its change list as the
    // UTF-8 it was hashed in (entry.changes is not read), so that the ~700 bytes of every entry
    // are made once. Empty when declined; otherwise whether it ran, with SQLite's reason in
    // `error` when not.
    std::optional<bool> insertAudit(const AuditEntry& entry,
                                    const QString& at,
                                    const QByteArray& changes,
                                    QString& error);

private:
    struct Insert {
        sqlite3_stmt* statement = nullptr;
        qsizetype fieldCount = 0;
    };

    sqlite3_stmt* prepare(const QString& sql);
    bool bind(sqlite3_stmt* statement, int index, const QVariant& value);
    bool bindText(sqlite3_stmt* statement, int index, const QString& text);
    bool bindString(sqlite3_stmt* statement, int index, const QString& text);
    bool run(sqlite3_stmt* statement, QString& error);
    void clear(sqlite3_stmt* statement);

    sqlite3* m_handle;
    QHash<QString, Insert> m_inserts;
    QHash<QString, sqlite3_stmt*> m_exists;
    sqlite3_stmt* m_advanceRev = nullptr;
    bool m_advanceRevPrepared = false;
    sqlite3_stmt* m_audit = nullptr;
    bool m_auditPrepared = false;
};

}  // namespace tongbao
