#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <memory>

namespace tongbao {

class Database;

// A prepared statement with named binds only (":name"). Values are always bound, never spliced
// into SQL text. Failures carry SQLite's text for logs; user-facing code wraps them.
class SqlQuery {
public:
    SqlQuery(Database& db, const QString& sql);

    SqlQuery& bind(const QString& name, const QVariant& value);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    QSqlRecord record() const { return m_query.record(); }
    QString errorText() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }
    bool prepared() const { return m_prepared; }
    // Lets go of the result (and SQLite's read of the file) before the statement is run again.
    void finish() { m_query.finish(); }
    QSqlQuery& raw() { return m_query; }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// One connection to one SQLite ledger file. Owns a uniquely named QSqlDatabase connection and
// removes it on destruction. SQLite-specific statements stay inside core/storage so that a
// second backend (QPSQL at town or district level) remains possible.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if asked) the file without touching its contents.
    static Result<std::unique_ptr<Database>> connect(const QString& path, bool readOnly = false);
    // Asks SQLite to keep all its connections in this process (caches, sorters, in-memory
    // temporary data) under about `bytes`, recycling cached pages rather than growing past it.
    static void limitProcessMemory(qint64 bytes);

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    // SQLite's own handle (sqlite3*), for the file controls of the encrypting VFS (core/crypt).
    void* sqliteHandle() const;
    // Closes the connection and opens the same path again (the file was replaced under the
    // same name: a ledger encrypted in place). Statements prepared before are dropped.
    Status reopen();

    // Runs one statement with no binds (pragmas, DDL). Returns false and keeps the error text.
    bool execute(const QString& sql);
    QString lastError() const { return m_lastError; }
    void setLastError(QString text) { m_lastError = std::move(text); }

    // One value from a statement with no binds, or an invalid QVariant.
    QVariant scalar(const QString& sql);

    // The statement for this SQL text, prepared on first use and kept with the connection, for
    // statements run once per record (an index update, a lookup by id): preparing costs more
    // than running them. The text must be fixed, never built from input. Whoever runs it finishes
    // with it before returning (finish() after reading), so that no read stays open and no one
    // else can find it half-read.
    SqlQuery& cached(const QString& sql);

    int transactionDepth() const { return m_transactionDepth; }
    // How many transactions and savepoints were rolled back on this connection so far: a value
    // remembered from the file (the audit chain's head, the last rev) is only still true while
    // this has not changed.
    quint64 rollbacks() const { return m_rollbacks; }

private:
    friend class Transaction;
    Database(QSqlDatabase db, QString path);
    // Runs a cached statement with no binds, keeping the error text.
    bool run(const QString& sql);

    QSqlDatabase m_db;
    QString m_path;
    QString m_lastError;
    int m_transactionDepth = 0;
    quint64 m_rollbacks = 0;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;
};

// RAII transaction: rolls back unless commit() succeeded. Nested guards become savepoints, so a
// service can be called inside a larger unit of work. The outermost is BEGIN IMMEDIATE, taking
// the write lock up front so that a writer never fails half-way on a busy file.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return m_active; }
    bool commit();
    void rollback();

private:
    Database& m_db;
    QString m_savepoint;  // empty for the outermost transaction
    bool m_active = false;
};

}  // namespace tongbao
