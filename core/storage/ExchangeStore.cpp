#include "storage/ExchangeStore.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/ColumnMapping.h"
#include "storage/Database.h"

namespace tongbao {

namespace {

// Empty values are stored as '' (the columns are NOT NULL), never as NULL.
QString hex(const QByteArray& bytes) {
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromLatin1(bytes.toHex());
}

QByteArray unhex(const QVariant& value) {
    return QByteArray::fromHex(value.toString().toLatin1());
}

QString b64(const QByteArray& bytes) {
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QVariant& value) {
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QDateTime timeOf(const QVariant& value) {
    QDateTime time;
    sqlvalue::from(value, time);
    return time;
}

const QString kTrustedColumns = QStringLiteral(
    "id, ledger_id, kind, name, area_code, role, key_id, signing_key, encryption_key, "
    "fingerprint, registered_at, revoked_after_seq");

TrustedKey trustedFrom(const SqlQuery& q) {
    TrustedKey key;
    key.id = q.value(0).toLongLong();
    key.ledgerId = q.value(1).toString();
    key.kind = q.value(2).toString();
    key.name = q.value(3).toString();
    key.areaCode = q.value(4).toString();
    key.role = q.value(5).toString();
    key.keyId = unhex(q.value(6));
    key.signingKey = unb64(q.value(7));
    key.encryptionKey = q.value(8).toString();
    key.fingerprint = q.value(9).toString();
    key.registeredAt = timeOf(q.value(10));
    if (!q.value(11).isNull())
        key.revokedAfterSeq = q.value(11).toLongLong();
    return key;
}

}  // namespace

ExchangeStore::ExchangeStore(Database& db)
    : m_db(db) {}

ExchangeStore::~ExchangeStore() = default;

const QStringList& ExchangeStore::syncedTables() {
    static const QStringList tables{
        QStringLiteral("household"),
        QStringLiteral("household_member"),
        QStringLiteral("child"),
        QStringLiteral("guardianship"),
        QStringLiteral("measure"),
        QStringLiteral("referral"),
        QStringLiteral("visit"),
        QStringLiteral("safety_report"),
        QStringLiteral("safety_notification"),
        QStringLiteral("safety_step"),
        QStringLiteral("case_note"),
    };
    return tables;
}

QStringList ExchangeStore::schema() {
    QStringList statements{
        QStringLiteral("CREATE TABLE key_pair (\n"
                       "  purpose TEXT PRIMARY KEY NOT NULL CHECK (purpose IN ('sign', "
                       "'encrypt')),\n"
                       "  key_id TEXT NOT NULL DEFAULT '',\n"
                       "  public_key TEXT NOT NULL,\n"
                       "  sealed_secret TEXT NOT NULL,\n"
                       "  kdf_salt TEXT NOT NULL,\n"
                       "  kdf_opslimit INTEGER NOT NULL,\n"
                       "  kdf_memlimit INTEGER NOT NULL,\n"
                       "  kdf_algorithm INTEGER NOT NULL,\n"
                       "  created_at TEXT NOT NULL\n)"),
        QStringLiteral("CREATE TABLE trusted_key (\n"
                       "  id INTEGER PRIMARY KEY,\n"
                       "  ledger_id TEXT NOT NULL,\n"
                       "  kind TEXT NOT NULL CHECK (kind IN ('village', 'town', 'district')),\n"
                       "  name TEXT NOT NULL,\n"
                       "  area_code TEXT NOT NULL,\n"
                       "  role TEXT NOT NULL CHECK (role IN ('source', 'upstream')),\n"
                       "  key_id TEXT NOT NULL UNIQUE,\n"
                       "  signing_key TEXT NOT NULL,\n"
                       "  encryption_key TEXT NOT NULL DEFAULT '',\n"
                       "  fingerprint TEXT NOT NULL,\n"
                       "  registered_at TEXT NOT NULL,\n"
                       "  revoked_after_seq INTEGER\n)"),
        QStringLiteral("CREATE TABLE export_batch (\n"
                       "  sequence INTEGER PRIMARY KEY,\n"
                       "  rev_from INTEGER NOT NULL,\n"
                       "  rev_to INTEGER NOT NULL,\n"
                       "  audit_from INTEGER NOT NULL,\n"
                       "  audit_to INTEGER NOT NULL,\n"
                       "  records INTEGER NOT NULL,\n"
                       "  batch_hash TEXT NOT NULL,\n"
                       "  previous_hash TEXT NOT NULL,\n"
                       "  recipient_fingerprint TEXT NOT NULL,\n"
                       "  exported_at TEXT NOT NULL\n)"),
        QStringLiteral("CREATE TABLE received_batch (\n"
                       "  source_ledger TEXT NOT NULL,\n"
                       "  sequence INTEGER NOT NULL,\n"
                       "  trusted_key INTEGER NOT NULL REFERENCES trusted_key(id),\n"
                       "  batch_hash TEXT NOT NULL,\n"
                       "  previous_hash TEXT NOT NULL,\n"
                       "  rev_from INTEGER NOT NULL,\n"
                       "  rev_to INTEGER NOT NULL,\n"
                       "  audit_from INTEGER NOT NULL,\n"
                       "  audit_to INTEGER NOT NULL,\n"
                       "  records INTEGER NOT NULL,\n"
                       "  applied INTEGER NOT NULL,\n"
                       "  gap INTEGER NOT NULL DEFAULT 0 CHECK (gap IN (0, 1)),\n"
                       "  imported_at TEXT NOT NULL,\n"
                       "  imported_by TEXT NOT NULL,\n"
                       "  PRIMARY KEY (source_ledger, sequence)\n)"),
        // Another ledger's history, kept apart from this ledger's own chain so that both
        // stay verifiable.
        QStringLiteral("CREATE TABLE imported_audit (\n"
                       "  source_ledger TEXT NOT NULL,\n"
                       "  seq INTEGER NOT NULL,\n"
                       "  at TEXT NOT NULL,\n"
                       "  actor TEXT NOT NULL,\n"
                       "  action TEXT NOT NULL,\n"
                       "  entity TEXT NOT NULL,\n"
                       "  entity_id TEXT NOT NULL,\n"
                       "  owner TEXT NOT NULL,\n"
                       "  rev INTEGER NOT NULL,\n"
                       "  changes TEXT NOT NULL,\n"
                       "  prev_hash TEXT NOT NULL,\n"
                       "  hash TEXT NOT NULL,\n"
                       "  batch_sequence INTEGER NOT NULL,\n"
                       "  PRIMARY KEY (source_ledger, seq)\n)"),
        QStringLiteral("CREATE TRIGGER imported_audit_no_update BEFORE UPDATE ON imported_audit "
                       "BEGIN SELECT RAISE(ABORT, 'imported audit rows are append-only'); END"),
        QStringLiteral("CREATE TRIGGER imported_audit_no_delete BEFORE DELETE ON imported_audit "
                       "BEGIN SELECT RAISE(ABORT, 'imported audit rows are append-only'); END"),
        QStringLiteral("CREATE TABLE receipt (\n"
                       "  receipt_hash TEXT PRIMARY KEY NOT NULL,\n"
                       "  issuer_ledger TEXT NOT NULL,\n"
                       "  issued_at TEXT NOT NULL,\n"
                       "  last_sequence INTEGER NOT NULL,\n"
                       "  received TEXT NOT NULL,\n"
                       "  imported_at TEXT NOT NULL\n)"),
    };
    // Export reads "this owner's rows above rev N"; a town holds many owners. Only the tables
    // of this released step: a table synchronised since is made, and indexed, by its own step.
    for (const QString& table : syncedTables().mid(0, 10))
        statements.append(QStringLiteral("CREATE INDEX %1_owner_rev ON %1(owner, rev)").arg(table));
    return statements;
}

SqlQuery& ExchangeStore::cached(const QString& key, const QString& sql) {
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.insert(key, std::make_shared<SqlQuery>(m_db, sql));
    return **it;
}

QStringList ExchangeStore::columnsOf(const QString& table) const {
    if (!syncedTables().contains(table))
        return {};
    auto it = m_columns.constFind(table);
    if (it != m_columns.constEnd())
        return *it;
    SqlQuery query(m_db, QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"));
    query.bind(QStringLiteral(":table"), table);
    QStringList columns;
    if (query.exec()) {
        while (query.next())
            columns.append(query.value(0).toString());
    }
    m_columns.insert(table, columns);
    return columns;
}

const QStringList& ExchangeStore::auditColumns() {
    static const QStringList columns{
        QStringLiteral("seq"),       QStringLiteral("at"),     QStringLiteral("actor"),
        QStringLiteral("action"),    QStringLiteral("entity"), QStringLiteral("entity_id"),
        QStringLiteral("owner"),     QStringLiteral("rev"),    QStringLiteral("changes"),
        QStringLiteral("prev_hash"), QStringLiteral("hash")};
    return columns;
}

Status ExchangeStore::appendHistory(const ExchangeActor& actor,
                                    const QString& action,
                                    const QString& entity,
                                    const QString& entityId,
                                    const QString& changes) {
    AuditEntry entry;
    entry.at = actor.clock ? actor.clock->nowUtc() : Clock::current().nowUtc();
    entry.actor = actor.name;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.owner = actor.ledgerId;
    entry.changes = changes;
    AuditLog audit(m_db);
    if (!audit.append(entry))
        return Status::failure(tr("The change could not be recorded in the ledger's history."));
    return Status::success();
}

// --- keys and trust ---------------------------------------------------------------------------

QVector<StoredKeyPair> ExchangeStore::keyPairs() const {
    SqlQuery query(m_db, QStringLiteral("SELECT purpose, key_id, public_key, sealed_secret, "
                                        "kdf_salt, kdf_opslimit, kdf_memlimit, kdf_algorithm, "
                                        "created_at FROM key_pair ORDER BY purpose DESC"));
    QVector<StoredKeyPair> pairs;
    if (!query.exec())
        return pairs;
    while (query.next()) {
        StoredKeyPair pair;
        pair.purpose = query.value(0).toString();
        pair.keyId = unhex(query.value(1));
        pair.publicKey = unb64(query.value(2));
        pair.sealedSecret = unb64(query.value(3));
        pair.kdfSalt = unb64(query.value(4));
        pair.kdfOpsLimit = query.value(5).toLongLong();
        pair.kdfMemLimit = query.value(6).toLongLong();
        pair.kdfAlgorithm = query.value(7).toInt();
        pair.createdAt = timeOf(query.value(8));
        pairs.append(pair);
    }
    return pairs;
}

Status ExchangeStore::addKeyPairs(const QVector<StoredKeyPair>& pairs,
                                  const QString& fingerprint,
                                  const ExchangeActor& actor) {
    const Status failed = Status::failure(tr("The keys could not be saved in the ledger file."));
    Transaction transaction(m_db);
    if (!transaction.active())
        return failed;
    Fields described;
    for (const StoredKeyPair& pair : pairs) {
        SqlQuery insert(
            m_db, QStringLiteral("INSERT INTO key_pair (purpose, key_id, public_key, "
                                 "sealed_secret, kdf_salt, kdf_opslimit, kdf_memlimit, "
                                 "kdf_algorithm, created_at) VALUES (:purpose, :key_id, "
                                 ":public_key, :sealed, :salt, :ops, :mem, :alg, :created_at)"));
        insert.bind(QStringLiteral(":purpose"), pair.purpose)
            .bind(QStringLiteral(":key_id"), hex(pair.keyId))
            .bind(QStringLiteral(":public_key"), b64(pair.publicKey))
            .bind(QStringLiteral(":sealed"), b64(pair.sealedSecret))
            .bind(QStringLiteral(":salt"), b64(pair.kdfSalt))
            .bind(QStringLiteral(":ops"), pair.kdfOpsLimit)
            .bind(QStringLiteral(":mem"), pair.kdfMemLimit)
            .bind(QStringLiteral(":alg"), pair.kdfAlgorithm)
            .bind(QStringLiteral(":created_at"), sqlvalue::timeText(pair.createdAt));
        if (!insert.exec())
            return failed;
        described.append({pair.purpose + QStringLiteral("_public_key"), b64(pair.publicKey)});
    }
    described.append({QStringLiteral("fingerprint"), fingerprint});
    const Status history =
        appendHistory(actor, QStringLiteral("create"), QStringLiteral("key_pair"), fingerprint,
                      AuditLog::describeCreation(described));
    if (!history || !transaction.commit())
        return failed;
    return Status::success();
}

QVector<TrustedKey> ExchangeStore::trustedKeys() const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM trusted_key ORDER BY id").arg(kTrustedColumns));
    QVector<TrustedKey> keys;
    if (!query.exec())
        return keys;
    while (query.next())
        keys.append(trustedFrom(query));
    return keys;
}

std::optional<TrustedKey> ExchangeStore::trustedKey(qint64 id) const {
    SqlQuery query(
        m_db, QStringLiteral("SELECT %1 FROM trusted_key WHERE id = :id").arg(kTrustedColumns));
    query.bind(QStringLiteral(":id"), id);
    if (query.exec() && query.next())
        return trustedFrom(query);
    return std::nullopt;
}

std::optional<TrustedKey> ExchangeStore::trustedKeyByKeyId(const QByteArray& keyId) const {
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT %1 FROM trusted_key WHERE key_id = :key_id").arg(kTrustedColumns));
    query.bind(QStringLiteral(":key_id"), hex(keyId));
    if (query.exec() && query.next())
        return trustedFrom(query);
    return std::nullopt;
}

std::optional<TrustedKey> ExchangeStore::upstream() const {
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM trusted_key WHERE role = 'upstream' AND "
                                        "revoked_after_seq IS NULL ORDER BY id DESC LIMIT 1")
                             .arg(kTrustedColumns));
    if (query.exec() && query.next())
        return trustedFrom(query);
    return std::nullopt;
}

Result<qint64> ExchangeStore::addTrustedKey(const TrustedKey& key, const ExchangeActor& actor) {
    const auto failed =
        Result<qint64>::failure(tr("The key could not be saved in the ledger file."));
    Transaction transaction(m_db);
    if (!transaction.active())
        return failed;
    SqlQuery insert(
        m_db, QStringLiteral("INSERT INTO trusted_key (ledger_id, kind, name, area_code, role, "
                             "key_id, signing_key, encryption_key, fingerprint, registered_at) "
                             "VALUES (:ledger_id, :kind, :name, :area_code, :role, :key_id, "
                             ":signing_key, :encryption_key, :fingerprint, :registered_at)"));
    insert.bind(QStringLiteral(":ledger_id"), sqlvalue::to(key.ledgerId))
        .bind(QStringLiteral(":kind"), key.kind)
        .bind(QStringLiteral(":name"), sqlvalue::to(key.name))
        .bind(QStringLiteral(":area_code"), key.areaCode)
        .bind(QStringLiteral(":role"), key.role)
        .bind(QStringLiteral(":key_id"), hex(key.keyId))
        .bind(QStringLiteral(":signing_key"), b64(key.signingKey))
        .bind(QStringLiteral(":encryption_key"), sqlvalue::to(key.encryptionKey))
        .bind(QStringLiteral(":fingerprint"), key.fingerprint)
        .bind(QStringLiteral(":registered_at"), sqlvalue::timeText(key.registeredAt));
    if (!insert.exec())
        return failed;
    const qint64 id = insert.raw().lastInsertId().toLongLong();
    const Status history = appendHistory(
        actor, QStringLiteral("create"), QStringLiteral("trusted_key"), QString::number(id),
        AuditLog::describeCreation({{QStringLiteral("ledger_id"), key.ledgerId},
                                    {QStringLiteral("kind"), key.kind},
                                    {QStringLiteral("name"), key.name},
                                    {QStringLiteral("area_code"), key.areaCode},
                                    {QStringLiteral("role"), key.role},
                                    {QStringLiteral("fingerprint"), key.fingerprint}}));
    if (!history || !transaction.commit())
        return failed;
    return id;
}

Status ExchangeStore::revokeTrustedKey(qint64 id,
                                       qint64 afterSequence,
                                       const ExchangeActor& actor) {
    const auto existing = trustedKey(id);
    if (!existing)
        return Status::failure(tr("There is no registered key number %1.").arg(id));
    const Status failed = Status::failure(tr("The key could not be revoked in the ledger file."));
    Transaction transaction(m_db);
    if (!transaction.active())
        return failed;
    SqlQuery update(m_db, QStringLiteral("UPDATE trusted_key SET revoked_after_seq = :after WHERE "
                                         "id = :id"));
    update.bind(QStringLiteral(":after"), afterSequence).bind(QStringLiteral(":id"), id);
    const QVariant before =
        existing->revokedAfterSeq ? QVariant(*existing->revokedAfterSeq) : QVariant();
    const Status history =
        update.exec() ? appendHistory(actor, QStringLiteral("update"),
                                      QStringLiteral("trusted_key"), QString::number(id),
                                      AuditLog::describeChanges(
                                          {{QStringLiteral("revoked_after_seq"), before}},
                                          {{QStringLiteral("revoked_after_seq"), afterSequence}}))
                      : failed;
    if (!history || !transaction.commit())
        return failed;
    return Status::success();
}

// --- receipts --------------------------------------------------------------------------------

Status ExchangeStore::storeReceipt(const StoredReceipt& r, const ExchangeActor& actor) {
    const Status failed = Status::failure(tr("The receipt could not be saved in the ledger."));
    Transaction transaction(m_db);
    if (!transaction.active())
        return failed;
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO receipt (receipt_hash, issuer_ledger, "
                                         "issued_at, last_sequence, received, imported_at) VALUES "
                                         "(:hash, :issuer, :issued_at, :last, :received, "
                                         ":imported_at)"));
    insert.bind(QStringLiteral(":hash"), r.receiptHash)
        .bind(QStringLiteral(":issuer"), r.issuerLedger)
        .bind(QStringLiteral(":issued_at"), sqlvalue::timeText(r.issuedAt))
        .bind(QStringLiteral(":last"), r.lastSequence)
        .bind(QStringLiteral(":received"), sqlvalue::to(r.received))
        .bind(QStringLiteral(":imported_at"), sqlvalue::timeText(r.importedAt));
    if (!insert.exec())
        return failed;
    const Status history =
        appendHistory(actor, QStringLiteral("import"), QStringLiteral("receipt"), r.receiptHash,
                      AuditLog::describeCreation({{QStringLiteral("issuer"), r.issuerLedger},
                                                  {QStringLiteral("last_sequence"), r.lastSequence},
                                                  {QStringLiteral("received"), r.received}}));
    if (!history || !transaction.commit())
        return failed;
    return Status::success();
}

bool ExchangeStore::hasReceipt(const QString& receiptHash) const {
    SqlQuery query(m_db, QStringLiteral("SELECT 1 FROM receipt WHERE receipt_hash = :hash"));
    query.bind(QStringLiteral(":hash"), receiptHash);
    return query.exec() && query.next();
}

std::optional<StoredReceipt> ExchangeStore::latestReceipt(const QString& issuerLedger) const {
    SqlQuery query(m_db, QStringLiteral("SELECT receipt_hash, issued_at, last_sequence, received, "
                                        "imported_at FROM receipt WHERE issuer_ledger = :issuer "
                                        "ORDER BY issued_at DESC, imported_at DESC LIMIT 1"));
    query.bind(QStringLiteral(":issuer"), issuerLedger);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredReceipt receipt;
    receipt.issuerLedger = issuerLedger;
    receipt.receiptHash = query.value(0).toString();
    receipt.issuedAt = timeOf(query.value(1));
    receipt.lastSequence = query.value(2).toLongLong();
    receipt.received = query.value(3).toString();
    receipt.importedAt = timeOf(query.value(4));
    return receipt;
}

}  // namespace tongbao
