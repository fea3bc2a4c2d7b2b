// The row traffic of export and import: reading this ledger's changes in rev order, writing
// another ledger's rows and history, and the marks of batches sent and received.
#include "storage/ExchangeStore.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/ColumnMapping.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

namespace tongbao {

namespace {

QDateTime timeOf(const QVariant& value) {
    QDateTime time;
    sqlvalue::from(value, time);
    return time;
}

const QString kExportColumns = QStringLiteral(
    "sequence, rev_from, rev_to, audit_from, audit_to, records, batch_hash, previous_hash, "
    "recipient_fingerprint, exported_at");

ExportRecord exportFrom(const SqlQuery& q) {
    ExportRecord r;
    r.sequence = q.value(0).toLongLong();
    r.revFrom = q.value(1).toLongLong();
    r.revTo = q.value(2).toLongLong();
    r.auditFrom = q.value(3).toLongLong();
    r.auditTo = q.value(4).toLongLong();
    r.records = q.value(5).toLongLong();
    r.batchHash = q.value(6).toString();
    r.previousHash = q.value(7).toString();
    r.recipientFingerprint = q.value(8).toString();
    r.exportedAt = timeOf(q.value(9));
    return r;
}

}  // namespace

// --- export ----------------------------------------------------------------------------------

std::optional<ExportRecord> ExchangeStore::lastExport() const {
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM export_batch ORDER BY sequence DESC "
                                        "LIMIT 1")
                             .arg(kExportColumns));
    if (query.exec() && query.next())
        return exportFrom(query);
    return std::nullopt;
}

QVector<ExportRecord> ExchangeStore::exports() const {
    SqlQuery query(
        m_db, QStringLiteral("SELECT %1 FROM export_batch ORDER BY sequence").arg(kExportColumns));
    QVector<ExportRecord> records;
    if (query.exec()) {
        while (query.next())
            records.append(exportFrom(query));
    }
    return records;
}

qint64 ExchangeStore::lastRev() const {
    return m_db.scalar(QStringLiteral("SELECT last_rev FROM ledger")).toLongLong();
}

qint64 ExchangeStore::lastAuditSeq() const {
    return m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit")).toLongLong();
}

qint64 ExchangeStore::countChanged(const QString& table,
                                   const QString& owner,
                                   qint64 from,
                                   qint64 to) const {
    if (!syncedTables().contains(table))
        return -1;
    SqlQuery query(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE owner = :owner AND rev > "
                                        ":from AND rev <= :to")
                             .arg(table));
    query.bind(QStringLiteral(":owner"), owner)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Status ExchangeStore::forEachChanged(const QString& table,
                                     const QString& owner,
                                     qint64 from,
                                     qint64 to,
                                     const std::function<bool(const QSqlRecord&)>& visit) const {
    const QStringList columns = columnsOf(table);
    if (columns.isEmpty())
        return Status::failure(tr("The ledger file could not be read."));
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE owner = :owner AND rev > :from "
                                        "AND rev <= :to ORDER BY rev")
                             .arg(columns.join(QStringLiteral(", ")), table));
    query.raw().setForwardOnly(true);
    query.bind(QStringLiteral(":owner"), owner)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to);
    if (!query.exec())
        return Status::failure(tr("The ledger file could not be read."));
    while (query.next()) {
        if (!visit(query.record()))
            return Status::failure(tr("The batch could not be written."));
    }
    return Status::success();
}

qint64 ExchangeStore::countAudit(qint64 from, qint64 to) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT count(*) FROM audit WHERE seq > :from AND seq <= :to"));
    query.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Status ExchangeStore::forEachAudit(qint64 from,
                                   qint64 to,
                                   const std::function<bool(const QSqlRecord&)>& visit) const {
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM audit WHERE seq > :from AND seq <= :to "
                                        "ORDER BY seq")
                             .arg(auditColumns().join(QStringLiteral(", "))));
    query.raw().setForwardOnly(true);
    query.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (!query.exec())
        return Status::failure(tr("The ledger's history could not be read."));
    while (query.next()) {
        if (!visit(query.record()))
            return Status::failure(tr("The batch could not be written."));
    }
    return Status::success();
}

Status ExchangeStore::recordExport(const ExportRecord& r) {
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO export_batch (%1) VALUES (:sequence, "
                                         ":rev_from, :rev_to, :audit_from, :audit_to, :records, "
                                         ":batch_hash, :previous_hash, :recipient, :exported_at)")
                              .arg(kExportColumns));
    insert.bind(QStringLiteral(":sequence"), r.sequence)
        .bind(QStringLiteral(":rev_from"), r.revFrom)
        .bind(QStringLiteral(":rev_to"), r.revTo)
        .bind(QStringLiteral(":audit_from"), r.auditFrom)
        .bind(QStringLiteral(":audit_to"), r.auditTo)
        .bind(QStringLiteral(":records"), r.records)
        .bind(QStringLiteral(":batch_hash"), sqlvalue::to(r.batchHash))
        .bind(QStringLiteral(":previous_hash"), sqlvalue::to(r.previousHash))
        .bind(QStringLiteral(":recipient"), sqlvalue::to(r.recipientFingerprint))
        .bind(QStringLiteral(":exported_at"), sqlvalue::timeText(r.exportedAt));
    if (!insert.exec())
        return Status::failure(
            tr("The batch file was written, but the ledger could not record it as sent."));
    return Status::success();
}

// --- import ----------------------------------------------------------------------------------

std::optional<ReceivedBatch> ExchangeStore::receivedBatch(const QString& source,
                                                          qint64 sequence) const {
    SqlQuery query(
        m_db, QStringLiteral("SELECT trusted_key, batch_hash, previous_hash, rev_from, rev_to, "
                             "audit_from, audit_to, records, applied, gap, imported_at, "
                             "imported_by FROM received_batch WHERE source_ledger = :source AND "
                             "sequence = :sequence"));
    query.bind(QStringLiteral(":source"), source).bind(QStringLiteral(":sequence"), sequence);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ReceivedBatch batch;
    batch.sourceLedger = source;
    batch.sequence = sequence;
    batch.trustedKeyId = query.value(0).toLongLong();
    batch.batchHash = query.value(1).toString();
    batch.previousHash = query.value(2).toString();
    batch.revFrom = query.value(3).toLongLong();
    batch.revTo = query.value(4).toLongLong();
    batch.auditFrom = query.value(5).toLongLong();
    batch.auditTo = query.value(6).toLongLong();
    batch.records = query.value(7).toLongLong();
    batch.applied = query.value(8).toLongLong();
    batch.gap = query.value(9).toLongLong() != 0;
    batch.importedAt = timeOf(query.value(10));
    batch.importedBy = query.value(11).toString();
    return batch;
}

QVector<qint64> ExchangeStore::receivedSequences(const QString& source) const {
    SqlQuery query(m_db, QStringLiteral("SELECT sequence FROM received_batch WHERE source_ledger "
                                        "= :source ORDER BY sequence"));
    query.bind(QStringLiteral(":source"), source);
    QVector<qint64> sequences;
    if (query.exec()) {
        while (query.next())
            sequences.append(query.value(0).toLongLong());
    }
    return sequences;
}

Status ExchangeStore::recordReceived(const ReceivedBatch& b, const ExchangeActor& actor) {
    const Status failed = Status::failure(tr("The import could not be recorded in the ledger."));
    SqlQuery insert(
        m_db, QStringLiteral("INSERT INTO received_batch (source_ledger, sequence, trusted_key, "
                             "batch_hash, previous_hash, rev_from, rev_to, audit_from, audit_to, "
                             "records, applied, gap, imported_at, imported_by) VALUES (:source, "
                             ":sequence, :trusted_key, :batch_hash, :previous_hash, :rev_from, "
                             ":rev_to, :audit_from, :audit_to, :records, :applied, :gap, "
                             ":imported_at, :imported_by)"));
    insert.bind(QStringLiteral(":source"), b.sourceLedger)
        .bind(QStringLiteral(":sequence"), b.sequence)
        .bind(QStringLiteral(":trusted_key"), b.trustedKeyId)
        .bind(QStringLiteral(":batch_hash"), b.batchHash)
        .bind(QStringLiteral(":previous_hash"), sqlvalue::to(b.previousHash))
        .bind(QStringLiteral(":rev_from"), b.revFrom)
        .bind(QStringLiteral(":rev_to"), b.revTo)
        .bind(QStringLiteral(":audit_from"), b.auditFrom)
        .bind(QStringLiteral(":audit_to"), b.auditTo)
        .bind(QStringLiteral(":records"), b.records)
        .bind(QStringLiteral(":applied"), b.applied)
        .bind(QStringLiteral(":gap"), b.gap ? 1 : 0)
        .bind(QStringLiteral(":imported_at"), sqlvalue::timeText(b.importedAt))
        .bind(QStringLiteral(":imported_by"), sqlvalue::to(b.importedBy));
    if (!insert.exec())
        return failed;
    const Status history =
        appendHistory(actor, QStringLiteral("import"), QStringLiteral("batch"),
                      b.sourceLedger + QLatin1Char('#') + QString::number(b.sequence),
                      AuditLog::describeCreation({{QStringLiteral("sequence"), b.sequence},
                                                  {QStringLiteral("batch_hash"), b.batchHash},
                                                  {QStringLiteral("records"), b.records},
                                                  {QStringLiteral("applied"), b.applied},
                                                  {QStringLiteral("gap"), qint64(b.gap ? 1 : 0)}}));
    return history ? Status::success() : failed;
}

bool ExchangeStore::setForeignKeys(bool on) {
    return m_db.execute(on ? QStringLiteral("PRAGMA foreign_keys = ON")
                           : QStringLiteral("PRAGMA foreign_keys = OFF"));
}

qint64 ExchangeStore::danglingReferences() const {
    SqlQuery query(m_db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Result<ExchangeStore::Held> ExchangeStore::held(const QString& table, const QString& id) {
    if (!syncedTables().contains(table))
        return Result<Held>::failure(tr("The ledger file could not be read."));
    SqlQuery& query =
        cached(QStringLiteral("held:") + table,
               QStringLiteral("SELECT owner, rev, deleted FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (!query.exec())
        return Result<Held>::failure(tr("The ledger file could not be read."));
    Held held;
    if (query.next()) {
        held.exists = true;
        held.owner = query.value(0).toString();
        held.rev = query.value(1).toLongLong();
        held.deleted = query.value(2).toLongLong() != 0;
    }
    query.raw().finish();
    return held;
}

// A prepared insert or update for one table and one list of columns, with its bind names made
// once: an import writes hundreds of thousands of rows through a handful of these.
struct ExchangeStore::RowStatement {
    QStringList columns;
    QStringList binds;
    int idColumn = -1;
    std::unique_ptr<SqlQuery> query;
};

ExchangeStore::RowStatement* ExchangeStore::rowStatement(const QString& table,
                                                         const QStringList& columns,
                                                         bool exists) {
    const QString key = table + (exists ? QStringLiteral(":update") : QStringLiteral(":insert"));
    auto it = m_rowStatements.find(key);
    if (it != m_rowStatements.end() && (*it)->columns == columns)
        return it->get();
    const QStringList known = columnsOf(table);
    auto statement = std::make_shared<RowStatement>();
    QStringList assignments;
    for (int i = 0; i < columns.size(); ++i) {
        if (!known.contains(columns[i]))
            return nullptr;
        statement->binds.append(QStringLiteral(":v%1").arg(i));
        assignments.append(columns[i] + QStringLiteral(" = ") + statement->binds.last());
    }
    statement->columns = columns;
    statement->idColumn = int(columns.indexOf(QStringLiteral("id")));
    if (statement->idColumn < 0)
        return nullptr;
    const QString sql = exists ? QStringLiteral("UPDATE %1 SET %2 WHERE id = :row_id")
                                     .arg(table, assignments.join(QStringLiteral(", ")))
                               : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(table, columns.join(QStringLiteral(", ")),
                                          statement->binds.join(QStringLiteral(", ")));
    statement->query = std::make_unique<SqlQuery>(m_db, sql);
    m_rowStatements.insert(key, statement);
    return statement.get();
}

Status ExchangeStore::writeRow(const QString& table,
                               const QStringList& columns,
                               const QVector<QVariant>& values,
                               bool exists) {
    RowStatement* statement = rowStatement(table, columns, exists);
    if (!statement || values.size() != columns.size())
        return Status::failure(tr("The ledger file could not be written."));
    SqlQuery& query = *statement->query;
    for (int i = 0; i < columns.size(); ++i)
        query.bind(statement->binds[i], values[i]);
    const QString id = values[statement->idColumn].toString();
    if (exists)
        query.bind(QStringLiteral(":row_id"), id);
    if (!query.exec()) {
        m_db.setLastError(query.errorText());
        return Status::failure(tr("A record of the batch could not be written to the ledger."));
    }
    // The register's local search keys follow the rows they are made from.
    const bool indexed = table == QLatin1String("child") ? SearchIndex::update(m_db, id)
                         : table == QLatin1String("household")
                             ? SearchIndex::updateHousehold(m_db, id)
                             : true;
    if (!indexed)
        return Status::failure(tr("A record of the batch could not be written to the ledger."));
    return Status::success();
}

std::optional<QString> ExchangeStore::importedAuditHash(const QString& source, qint64 seq) {
    SqlQuery& query = cached(QStringLiteral("imported_audit_hash"),
                             QStringLiteral("SELECT hash FROM imported_audit WHERE source_ledger = "
                                            ":source AND seq = :seq"));
    query.bind(QStringLiteral(":source"), source).bind(QStringLiteral(":seq"), seq);
    std::optional<QString> hash;
    if (query.exec() && query.next())
        hash = query.value(0).toString();
    query.raw().finish();
    return hash;
}

Status ExchangeStore::insertImportedAudit(const QString& source,
                                          qint64 batchSequence,
                                          const QStringList& columns,
                                          const QVector<QVariant>& values) {
    if (columns != auditColumns() || values.size() != columns.size())
        return Status::failure(tr("The ledger file could not be written."));
    static const QStringList binds = [] {
        QStringList names;
        for (const QString& column : auditColumns())
            names.append(QLatin1Char(':') + column);
        return names;
    }();
    SqlQuery& insert = cached(
        QStringLiteral("imported_audit"),
        QStringLiteral("INSERT OR IGNORE INTO imported_audit (source_ledger, batch_sequence, %1) "
                       "VALUES (:source_ledger, :batch_sequence, %2)")
            .arg(columns.join(QStringLiteral(", ")), binds.join(QStringLiteral(", "))));
    insert.bind(QStringLiteral(":source_ledger"), source)
        .bind(QStringLiteral(":batch_sequence"), batchSequence);
    for (int i = 0; i < columns.size(); ++i)
        insert.bind(binds[i], values[i]);
    if (!insert.exec()) {
        m_db.setLastError(insert.errorText());
        return Status::failure(tr("The history of the batch could not be written to the ledger."));
    }
    return Status::success();
}

}  // namespace tongbao
