#pragma once

#include "common/Result.h"
#include "domain/SyncMeta.h"
#include "storage/ColumnMapping.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace tongbao {

class AuditLog;
class Clock;
class Database;
class SqlQuery;

// Who is changing the ledger, as every write records it.
struct ChangeContext {
    QString ledgerId;  // the owner of rows this ledger creates
    QString actor;     // the user name
    const Clock* clock = nullptr;
};

// The one write path for synchronised rows. Each call is one unit: it advances the ledger's
// change counter, writes the row with its sync columns and appends the audit entry, all in one
// transaction (a savepoint inside the caller's transaction), so a row never changes without
// its history. Only the owning ledger may change a row; an update with no differing field
// writes nothing. Table and column names come from the repositories' static mappings, never
// from input; every value is bound.
class RecordWriter {
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)
public:
    RecordWriter(Database& db, ChangeContext context);
    ~RecordWriter();

    Result<SyncMeta> insert(const QString& table, const Fields& fields, const QString& id = {});
    Result<SyncMeta> update(const QString& table, const QString& id, const Fields& fields);
    Result<SyncMeta> markDeleted(const QString& table, const QString& id);

    const ChangeContext& context() const { return m_context; }
    void setActor(const QString& actor) { m_context.actor = actor; }

private:
    Result<qint64> nextRev();
    SqlQuery& cached(const QString& key, const QString& sql);
    Result<SyncMeta> fail(const QString& detail);
    SyncMeta metaFor(const QString& id, qint64 rev, bool deleted) const;

    Database& m_db;
    ChangeContext m_context;
    std::unique_ptr<AuditLog> m_audit;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;
};

QString newUuid();

}  // namespace tongbao
