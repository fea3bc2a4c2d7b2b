#pragma once

#include "common/Result.h"
#include "domain/SyncMeta.h"
#include "security/Permissions.h"
#include "storage/ColumnMapping.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace tongbao {

class AuditLog;
class BulkStatements;
class Clock;

// Who is changing the ledger, as every write records it.
struct ChangeContext {
    QString ledgerId;  // the owner of rows this ledger creates
    QString actor;     // the user name
    const Clock* clock = nullptr;
    // What the acting user may do; checked before every write (issue 7). Unrestricted for a
    // ledger without accounts.
    Access access = Access::unrestricted();
};

// The one write path for synchronised rows. Each call is one unit: it advances the ledger's
// change counter, writes the row with its sync columns and appends the audit entry, all in one
// transaction (a savepoint inside the caller's transaction, or the BulkWrite scope's
// transaction), so a row never changes without its history. Only the owning ledger may change a
// row; an update with no differing field writes nothing. Table and column names come from the
// repositories' static mappings, never from input; every value is bound.
class RecordWriter {
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)
public:
    RecordWriter(Database& db, ChangeContext context);
    ~RecordWriter();

    // `creation`: the history entry's change list as a bulk write stores it
    // (AuditLog::describeCreationUtf8 of `fields`), when made ahead; used inside a scope only.
    Result<SyncMeta> insert(const QString& table,
                            const Fields& fields,
                            const QString& id = {},
                            const QByteArray* creation = nullptr);
    Result<SyncMeta> update(const QString& table, const QString& id, const Fields& fields);
    Result<SyncMeta> markDeleted(const QString& table, const QString& id);

    const ChangeContext& context() const { return m_context; }
    void setActor(const QString& actor) { m_context.actor = actor; }
    void setAccess(const Access& access) { m_context.access = access; }

    // Off: a BulkWrite is a plain transaction and every write takes the normal path, so tests
    // can compare the two. On by default.
    void setBulkWrites(bool allowed) { m_bulkAllowed = allowed; }

    // Inside a BulkWrite scope: writes take no savepoint of their own, and the search keys of
    // the children saved are written when the scope commits (see there).
    bool inBulk() const { return m_bulkDepth > 0; }
    // The children's search keys (SearchIndex) after a child was saved, or after a household
    // whose head may have changed: written now, or inside a scope noted for its commit. False
    // when writing them failed.
    bool searchKeysChanged(const QString& childId);
    // Inside a scope: whether a row with this id is in `table`, asked through SQLite's own
    // handle (RecordRepository asks before every save); empty outside a scope.
    std::optional<bool> existsInBulk(const QString& table, const QString& id);
    bool householdSearchKeysChanged(const QString& householdId);

private:
    friend class BulkWrite;
    friend class WriteUnit;
    void beginBulk();
    void endBulk();
    void forgetBulkState();
    bool writeDeferredSearchKeys();
    // Inside a scope: statements on SQLite's own handle, or null when the connection offers
    // none.
    BulkStatements* raw();
    Result<qint64> nextRev();
    SqlQuery& cached(const QString& key, const QString& sql);
    Result<SyncMeta> fail(const QString& detail);
    SyncMeta metaFor(const QString& id, qint64 rev, bool deleted) const;

    Database& m_db;
    ChangeContext m_context;
    std::unique_ptr<AuditLog> m_audit;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;

    bool m_bulkAllowed = true;
    int m_bulkDepth = 0;        // open BulkWrite scopes that hold their state here
    bool m_bulkFailed = false;  // a write inside the scope failed after it may have written
    qint64 m_lastRev = -1;      // inside a scope: the ledger's last rev, -1 until read
    quint64 m_bulkWrites = 0;   // writes made inside scopes, so a unit knows it wrote
    // Inside a scope: whose search keys to write before it commits, in the order first noted
    // (so children get the same search numbers as saving them one by one gives).
    QStringList m_searchChildren;
    QSet<QString> m_searchChildrenNoted;
    QStringList m_searchHouseholds;
    QSet<QString> m_searchHouseholdsNoted;
    quint64 m_lastRevRollbacks = 0;         // Database::rollbacks() when m_lastRev was read
    QVariant m_cacheSize;                   // the connection's page cache size before the scope
    std::unique_ptr<BulkStatements> m_raw;  // inside a scope only
};

// Several writes that stand or fall together (a household with its members, a child with its
// search keys). Outside a BulkWrite scope a savepoint of their own; inside one, part of the
// scope's transaction, and a unit left without commit() after it wrote something fails the
// whole scope, as a failed single write does.
class WriteUnit {
public:
    explicit WriteUnit(RecordWriter& writer);
    ~WriteUnit();
    WriteUnit(const WriteUnit&) = delete;
    WriteUnit& operator=(const WriteUnit&) = delete;

    bool active() const { return !m_transaction || m_transaction->active(); }
    bool commit();

private:
    RecordWriter& m_writer;
    std::optional<Transaction> m_transaction;  // outside a scope only
    quint64 m_writesBefore = 0;
    bool m_committed = false;
};

// Many writes as one unit, for the demo generator and imports: opens a transaction (a savepoint
// when one is open already), and while it is open the writer keeps the ledger's last rev and the
// audit chain's head in memory instead of reading them back for every record; writes each record
// (and each WriteUnit) without a savepoint of its own, through statements on SQLite's own handle
// (BulkStatements); writes the search keys of the children saved once, just before each commit,
// instead of after every save; and gives the connection a larger page cache (most indexes are
// keyed by names, dates and numbers, so they are written all over). The scope's transaction
// already makes the whole batch all-or-nothing, so a per-record savepoint would only let a caller
// keep going after a record failed half-way; inside the scope such a failure instead fails the
// scope: commit() then rolls everything back and returns false. Rows, revs, history and search
// index come out exactly as the same writes outside a scope would leave them (tst_bulkwrite).
// Scopes nest (the inner one shares the outer one's state). A scope lives on its writer's own
// connection: nothing is shared between ledgers.
class BulkWrite {
public:
    explicit BulkWrite(RecordWriter& writer);
    ~BulkWrite();  // rolls back unless committed
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

    bool active() const { return m_transaction && m_transaction->active(); }
    // Commits; refuses (rolling back) when a write inside failed.
    bool commit();
    // Commits what was written so far and goes on in a new transaction, so that a very large
    // batch does not grow the write-ahead log to the size of the data. False (everything since
    // the last commit rolled back, the scope closed) when a write failed or the file refused.
    bool commitAndContinue();

private:
    void close();

    RecordWriter& m_writer;
    std::optional<Transaction> m_transaction;
    bool m_open = false;  // holds the writer's bulk state
};

QString newUuid();

}  // namespace tongbao
