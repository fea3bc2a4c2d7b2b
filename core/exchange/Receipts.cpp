#include "exchange/Receipts.h"

#include "exchange/BatchFormat.h"
#include "exchange/DurableFile.h"
#include "exchange/Minisign.h"
#include "exchange/SignedContainer.h"
#include "security/KeyStore.h"
#include "storage/AccessLog.h"
#include "storage/ExchangeStore.h"
#include "storage/Ledger.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tongbao {

namespace {

constexpr qint64 kMaxReceiptSize = 4 * 1024 * 1024;

QJsonArray batchesJson(const QVector<QPair<qint64, QString>>& batches) {
    QJsonArray array;
    for (const auto& [sequence, hash] : batches)
        array.append(QJsonArray{sequence, hash});
    return array;
}

}  // namespace

Receipts::Receipts(Ledger& ledger)
    : m_ledger(ledger) {}

Result<ReceiptContent> Receipts::write(qint64 trustedKeyId,
                                       const UnlockedKeys& keys,
                                       const QString& path) {
    using R = Result<ReceiptContent>;
    ExchangeStore store(m_ledger.database());
    const auto source = store.trustedKey(trustedKeyId);
    if (!source || source->role != QLatin1String("source"))
        return R::failure(tr("There is no village registered as number %1.").arg(trustedKeyId));
    const LedgerIdentity& self = m_ledger.identity();

    ReceiptContent content;
    content.issuerLedger = self.id;
    content.issuerName = self.name;
    content.sourceLedger = source->ledgerId;
    content.issuedAt = m_ledger.clock().nowUtc();
    content.issuedAt = content.issuedAt.addMSecs(-content.issuedAt.time().msec());
    for (const qint64 sequence : store.receivedSequences(source->ledgerId)) {
        const auto batch = store.receivedBatch(source->ledgerId, sequence);
        if (batch)
            content.batches.append({sequence, batch->batchHash});
        content.lastSequence = qMax(content.lastSequence, sequence);
    }

    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("tongbao-receipt")},
        {QStringLiteral("version"), batchformat::Version},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), self.id},
                                               {QStringLiteral("kind"), self.kind},
                                               {QStringLiteral("name"), self.name},
                                               {QStringLiteral("area_code"), self.areaCode}}},
        {QStringLiteral("source"), source->ledgerId},
        {QStringLiteral("issued_at"), content.issuedAt.toString(Qt::ISODate)},
        {QStringLiteral("last_sequence"), content.lastSequence},
        {QStringLiteral("batches"), batchesJson(content.batches)},
    };
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Indented);
    batchformat::ReceiptIdentity identity{self.id, source->ledgerId, content.lastSequence,
                                          content.issuedAt.toSecsSinceEpoch()};
    const QByteArray signature =
        minisign::sign(minisign::prehash(body), keys.signing, identity.trustedComment(),
                       batchformat::untrustedComment())
            .toText();
    const QByteArray file =
        SignedContainer::build(batchformat::receiptMember(), body, signature, identity.created);

    DurableFile out(path);
    if (QFile::exists(path))
        return R::failure(tr("A file named %1 already exists; choose another name.").arg(path));
    if (!out.open() || out.device().write(file) != file.size())
        return R::failure(tr("The receipt could not be written to %1.").arg(path));
    const Status committed = out.commit();
    if (!committed)
        return R(committed);
    // A receipt names no child, but it is what left the ledger and for whom (issue 7).
    AccessLog::note(
        m_ledger, AccessLog::Export, {},
        QStringLiteral("receipt for %1: %2").arg(source->name, QFileInfo(path).fileName()));
    return content;
}

Result<ReceiptContent> Receipts::import(const QString& path, bool* alreadyImported) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ReceiptContent>::failure(
            tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    return import(file, alreadyImported);
}

Result<ReceiptContent> Receipts::import(QIODevice& device, bool* alreadyImported) {
    using R = Result<ReceiptContent>;
    if (alreadyImported)
        *alreadyImported = false;
    ExchangeStore store(m_ledger.database());
    const R notAReceipt =
        R::failure(tr("This file is not a complete Tongbao receipt: it is damaged, cut short, or "
                      "something else."));
    const auto members = SignedContainer::read(device, batchformat::receiptMember());
    if (!members || members->contentSize > kMaxReceiptSize || !device.seek(members->contentOffset))
        return notAReceipt;
    const QByteArray body = device.read(members->contentSize);
    const auto signature = minisign::Signature::parse(members->signature);
    if (body.size() != members->contentSize || !signature ||
        signature->untrustedComment != batchformat::untrustedComment())
        return notAReceipt;

    const auto trusted = store.trustedKeyByKeyId(signature->keyId);
    if (!trusted || trusted->role != QLatin1String("upstream") || trusted->revokedAfterSeq)
        return R::failure(
            tr("This receipt was signed with a key that is not registered here as "
               "the town's key. Nothing was saved."));
    const QByteArray prehash = minisign::prehash(body);
    if (!minisign::verify(*signature, prehash, {trusted->keyId, trusted->signingKey}))
        return R::failure(tr("The receipt was altered after %1 signed it. Nothing was saved.")
                              .arg(trusted->name));
    const auto identity = batchformat::ReceiptIdentity::parse(signature->trustedComment);
    if (!identity || identity->created != members->modified)
        return notAReceipt;
    if (identity->issuer != trusted->ledgerId || identity->source != m_ledger.identity().id)
        return R::failure(tr("This receipt from %1 is meant for another ledger. Nothing was "
                             "saved.")
                              .arg(trusted->name));

    const QJsonObject json = QJsonDocument::fromJson(body).object();
    ReceiptContent content;
    content.issuerLedger = identity->issuer;
    content.issuerName = trusted->name;
    content.sourceLedger = identity->source;
    content.issuedAt = QDateTime::fromSecsSinceEpoch(identity->created, Qt::UTC);
    content.lastSequence = identity->lastSequence;
    const QJsonArray batches = json.value(QStringLiteral("batches")).toArray();
    for (const QJsonValue& value : batches) {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2 || pair[0].toInteger(-1) < 1 || !pair[1].isString())
            return notAReceipt;
        content.batches.append({pair[0].toInteger(), pair[1].toString()});
    }
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("tongbao-receipt") ||
        json.value(QStringLiteral("source")).toString() != identity->source ||
        json.value(QStringLiteral("last_sequence")).toInteger(-1) != identity->lastSequence)
        return notAReceipt;

    const QString hash = batchformat::hashText(prehash);
    if (store.hasReceipt(hash)) {
        if (alreadyImported)
            *alreadyImported = true;
        return content;
    }
    StoredReceipt stored;
    stored.issuerLedger = content.issuerLedger;
    stored.receiptHash = hash;
    stored.issuedAt = content.issuedAt;
    stored.lastSequence = content.lastSequence;
    stored.received = QString::fromUtf8(
        QJsonDocument(batchesJson(content.batches)).toJson(QJsonDocument::Compact));
    stored.importedAt = m_ledger.clock().nowUtc();
    const ExchangeActor actor{m_ledger.identity().id, m_ledger.actor(), &m_ledger.clock()};
    const Status saved = store.storeReceipt(stored, actor);
    if (!saved)
        return R(saved);
    // The receipt's own history entry (action "import", ExchangeStore) is the trace that
    // it came in, in the same chain as the access log (issue 7).
    return content;
}

ExchangeStatus Receipts::status() const {
    ExchangeStore store(m_ledger.database());
    ExchangeStatus status;
    const auto upstream = store.upstream();
    QHash<qint64, QString> sent;
    for (const ExportRecord& record : store.exports()) {
        status.exported.append(record.sequence);
        sent.insert(record.sequence, record.batchHash);
    }
    if (!upstream) {
        status.notReceived = status.exported;
        return status;
    }
    status.upstreamName = upstream->name;
    const auto receipt = store.latestReceipt(upstream->ledgerId);
    QHash<qint64, QString> held;
    if (receipt) {
        status.hasReceipt = true;
        status.receiptIssuedAt = receipt->issuedAt;
        for (const QJsonValue& value :
             QJsonDocument::fromJson(receipt->received.toUtf8()).array()) {
            const QJsonArray pair = value.toArray();
            held.insert(pair[0].toInteger(), pair[1].toString());
        }
    }
    for (const qint64 sequence : status.exported) {
        if (!held.contains(sequence))
            status.notReceived.append(sequence);
        else if (held.value(sequence) == sent.value(sequence))
            status.received.append(sequence);
        else
            status.different.append(sequence);
    }
    // Numbers the town holds that this ledger never wrote.
    for (auto it = held.constBegin(); it != held.constEnd(); ++it) {
        if (!sent.contains(it.key()))
            status.different.append(it.key());
    }
    std::sort(status.different.begin(), status.different.end());
    return status;
}

}  // namespace tongbao
