#include "exchange/BatchExporter.h"

#include "exchange/Age.h"
#include "exchange/BatchFormat.h"
#include "exchange/BatchPayload.h"
#include "exchange/Devices.h"
#include "exchange/DurableFile.h"
#include "exchange/Minisign.h"
#include "exchange/SignedContainer.h"
#include "security/KeyStore.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"
#include "storage/ExchangeStore.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlField>

namespace tongbao {

namespace {

QByteArray jsonLine(const QJsonArray& array) {
    return QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n';
}

// The signature's length depends only on its comments, so its place in the container can be
// reserved before the content it signs is written.
qint64 signatureSize(const QString& trustedComment) {
    minisign::Signature placeholder;
    placeholder.untrustedComment = batchformat::untrustedComment();
    placeholder.trustedComment = trustedComment;
    placeholder.keyId = QByteArray(minisign::KeyIdLength, '\0');
    placeholder.signature = QByteArray(minisign::SignatureLength, '\0');
    placeholder.globalSignature = QByteArray(minisign::SignatureLength, '\0');
    return placeholder.toText().size();
}

}  // namespace

BatchExporter::BatchExporter(Ledger& ledger, ExchangeProgressListener listener)
    : m_ledger(ledger)
    , m_listener(std::move(listener)) {}

QString BatchExporter::suggestedFileName() const {
    const auto last = ExchangeStore(m_ledger.database()).lastExport();
    return QStringLiteral("tongbao-%1-%2.batch.tar")
        .arg(m_ledger.identity().areaCode)
        .arg(last ? last->sequence + 1 : 1, 6, 10, QLatin1Char('0'));
}

Result<ExportSummary> BatchExporter::exportTo(const QString& path, const UnlockedKeys& keys) {
    ExchangeProgress progress(m_listener);
    Result<ExportSummary> result = write(path, keys, progress);
    m_cancelled = !result && progress.stopped();
    return result;
}

Result<ExportSummary> BatchExporter::write(const QString& path,
                                           const UnlockedKeys& keys,
                                           ExchangeProgress& progress) {
    using R = Result<ExportSummary>;
    const R cancelled = R::failure(ExchangeProgress::exportCancelled());
    if (const Status allowed =
            m_ledger.writer().context().access.require(Permission::ExchangeBatches);
        !allowed)
        return R(allowed);
    Database& db = m_ledger.database();
    ExchangeStore store(db);
    const LedgerIdentity& self = m_ledger.identity();

    const auto upstream = store.upstream();
    if (!upstream)
        return R::failure(
            tr("This ledger does not know where to send batches yet: register the "
               "public key of the town (or district) first."));
    const auto recipient = age::Recipient::parse(upstream->encryptionKey);
    if (!recipient)
        return R::failure(
            tr("The registered key of %1 cannot receive batches.").arg(upstream->name));
    if (QFileInfo::exists(path))
        return R::failure(tr("A file named %1 already exists; choose another name.").arg(path));

    // One transaction from the first read to the mark: the batch is a consistent picture, and
    // the mark is written only after the file is safely on disk.
    Transaction transaction(db);
    if (!transaction.active())
        return R::failure(tr("The ledger is busy; try again in a moment."));

    const auto last = store.lastExport();
    batchformat::BatchIdentity identity;
    identity.source = self.id;
    identity.sequence = last ? last->sequence + 1 : 1;
    identity.revFrom = last ? last->revTo : 0;
    identity.revTo = store.lastRev();
    identity.auditFrom = last ? last->auditTo : 0;
    identity.auditTo = store.lastAuditSeq();
    const QDateTime created = m_ledger.clock().nowUtc();
    identity.created = created.toSecsSinceEpoch();

    ExportSummary summary;
    summary.sequence = identity.sequence;
    summary.revFrom = identity.revFrom;
    summary.revTo = identity.revTo;
    summary.recipientName = upstream->name;
    summary.path = path;

    QJsonArray tables;
    if (!progress.begin(ExchangeStep::CountingChanges, ExchangeStore::syncedTables().size() + 1))
        return cancelled;
    for (const QString& table : ExchangeStore::syncedTables()) {
        if (!progress.advance())
            return cancelled;
        const qint64 count = store.countChanged(table, self.id, identity.revFrom, identity.revTo);
        if (count < 0)
            return R::failure(tr("The ledger file could not be read."));
        summary.counts.insert(table, count);
        summary.records += count;
        tables.append(QJsonObject{
            {QStringLiteral("name"), table},
            {QStringLiteral("columns"), QJsonArray::fromStringList(store.columnsOf(table))},
            {QStringLiteral("count"), count}});
    }
    if (!progress.advance())
        return cancelled;
    const qint64 auditCount = store.countAudit(identity.auditFrom, identity.auditTo);
    if (auditCount < 0)
        return R::failure(tr("The ledger's history could not be read."));
    summary.counts.insert(QStringLiteral("audit"), auditCount);
    summary.records += auditCount;
    tables.append(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("audit")},
                    {QStringLiteral("columns"), QJsonArray::fromStringList(store.auditColumns())},
                    {QStringLiteral("count"), auditCount}});

    const QJsonObject header{
        {QStringLiteral("format"), QStringLiteral("tongbao-batch")},
        {QStringLiteral("version"), batchformat::Version},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("id"), self.id},
                                               {QStringLiteral("kind"), self.kind},
                                               {QStringLiteral("name"), self.name},
                                               {QStringLiteral("area_code"), self.areaCode}}},
        {QStringLiteral("sequence"), identity.sequence},
        {QStringLiteral("revs"), QJsonArray{identity.revFrom, identity.revTo}},
        {QStringLiteral("audit"), QJsonArray{identity.auditFrom, identity.auditTo}},
        {QStringLiteral("previous_batch"), last ? last->batchHash : QString()},
        {QStringLiteral("created_at"), created.toString(Qt::ISODate)},
        {QStringLiteral("tables"), tables},
    };

    DurableFile file(path);
    const QString writeError = tr("The batch file could not be written to %1.").arg(path);
    if (!file.open())
        return R::failure(writeError + QLatin1Char(' ') + file.errorString());
    QFile& out = file.device();

    const QString trusted = identity.trustedComment();
    const qint64 sigSize = signatureSize(trusted);
    const QString member = batchformat::batchMember();
    QByteArray prefix =
        SignedContainer::header(member + QStringLiteral(".minisig"), sigSize, identity.created);
    prefix += QByteArray(int(sigSize), '\0') + SignedContainer::padding(sigSize);
    prefix += QByteArray(int(SignedContainer::Block), '\0');  // content header, filled in below
    if (out.write(prefix) != prefix.size())
        return R::failure(writeError);

    HashingWriter hashing(out);
    hashing.open(QIODevice::WriteOnly);
    age::Encryptor encryptor(hashing);
    Status written = encryptor.begin({*recipient});
    if (written)
        written = encryptor.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');

    if (!progress.begin(ExchangeStep::ExportingRecords, summary.records))
        return cancelled;
    qint64 rows = 0;
    auto writeRecord = [&](const QString& table, const QSqlRecord& record) {
        if (table != progress.table())
            progress.setTable(table);
        if (!progress.advance()) {
            written = cancelled.status();
            return false;
        }
        QJsonArray line{table};
        for (int i = 0; i < record.count(); ++i) {
            const auto value = batchpayload::toJson(record.value(i));
            if (!value)
                return false;
            line.append(*value);
        }
        ++rows;
        written = encryptor.write(jsonLine(line));
        return written.ok();
    };
    for (const QString& table : ExchangeStore::syncedTables()) {
        if (!written)
            break;
        const Status read =
            store.forEachChanged(table, self.id, identity.revFrom, identity.revTo,
                                 [&](const QSqlRecord& r) { return writeRecord(table, r); });
        if (!read && written)
            written = read;
    }
    if (written) {
        const Status read = store.forEachAudit(
            identity.auditFrom, identity.auditTo,
            [&](const QSqlRecord& r) { return writeRecord(QStringLiteral("audit"), r); });
        if (!read && written)
            written = read;
    }
    if (written && rows != summary.records)
        written = Status::failure(tr("The ledger changed while the batch was written; try again."));
    if (written)
        written = encryptor.write(jsonLine(QJsonArray{QStringLiteral("end"), rows}));
    if (written)
        written = encryptor.finish();
    if (!written)
        return R::failure(written.message());
    // Stopping is possible until the file is complete on disk; then the mark follows at once.
    if (!progress.begin(ExchangeStep::SigningFile))
        return cancelled;

    const qint64 contentSize = hashing.written();
    const QByteArray prehash = hashing.digest();
    const QByteArray tail = SignedContainer::padding(contentSize) + SignedContainer::trailer();
    const QByteArray signature =
        minisign::sign(prehash, keys.signing, trusted, batchformat::untrustedComment()).toText();
    if (signature.size() != sigSize || out.write(tail) != tail.size() ||
        !out.seek(SignedContainer::contentHeaderOffset(sigSize)) ||
        out.write(SignedContainer::header(member, contentSize, identity.created)) !=
            SignedContainer::Block ||
        !out.seek(SignedContainer::signatureOffset()) || out.write(signature) != sigSize)
        return R::failure(writeError);

    if (!progress.report())
        return cancelled;
    const Status committed = file.commit();
    if (!committed)
        return R(committed);

    summary.batchHash = batchformat::hashText(prehash);
    ExportRecord record;
    record.sequence = identity.sequence;
    record.revFrom = identity.revFrom;
    record.revTo = identity.revTo;
    record.auditFrom = identity.auditFrom;
    record.auditTo = identity.auditTo;
    record.records = summary.records;
    record.batchHash = summary.batchHash;
    record.previousHash = last ? last->batchHash : QString();
    record.recipientFingerprint = upstream->fingerprint;
    record.exportedAt = created;
    const Status marked = store.recordExport(record);
    if (!marked || !transaction.commit()) {
        // Without the mark the next export would reuse this number: take the file back.
        QFile::remove(path);
        return R::failure(marked ? tr("The batch could not be recorded in the ledger; the file "
                                      "was removed. Try again.")
                                 : marked.message());
    }
    AccessLog::note(m_ledger, AccessLog::Export, {}, QFileInfo(path).fileName());
    return summary;
}

}  // namespace tongbao
