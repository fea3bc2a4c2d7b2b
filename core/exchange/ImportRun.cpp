// BatchImporter's run: the envelope (container, key, signature, revocation, repeats and forks)
// and the transaction around the payload.
#include "exchange/ImportRun.h"

#include "exchange/Devices.h"
#include "exchange/Minisign.h"
#include "security/KeyStore.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

namespace tongbao {

namespace {

using Outcome = ImportResult::Outcome;
using Refusal = ImportResult::Refusal;

// Switches foreign-key enforcement off for the import's transaction and back on afterwards.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(ExchangeStore& store)
        : m_store(store) {
        m_active = m_store.setForeignKeys(false);
    }
    ~ForeignKeysOff() {
        if (m_active)
            m_store.setForeignKeys(true);
    }
    bool active() const { return m_active; }

private:
    ExchangeStore& m_store;
    bool m_active = false;
};

}  // namespace

ImportRun::ImportRun(Ledger& ledger,
                     QIODevice& device,
                     const UnlockedKeys* keys,
                     bool apply,
                     ExchangeProgress& progress)
    : m_ledger(ledger)
    , m_store(ledger.database())
    , m_device(device)
    , m_keys(keys)
    , m_apply(apply)
    , m_progress(progress) {}

ImportResult ImportRun::refuse(Refusal refusal, const QString& message) const {
    ImportResult result;
    result.outcome = Outcome::Refused;
    result.refusal = refusal;
    result.message = message;
    result.report = m_report;
    return result;
}

ImportResult ImportRun::damaged() const {
    return refuse(Refusal::Damaged,
                  tr("The content of the batch is not valid; nothing was imported. Ask %1 to "
                     "export again.")
                      .arg(m_trusted.name));
}

ImportResult ImportRun::cancelled() const {
    return refuse(Refusal::Cancelled, m_apply ? ExchangeProgress::importCancelled()
                                              : ExchangeProgress::checkCancelled());
}

std::optional<ImportResult> ImportRun::checkEnvelope() {
    const auto members = SignedContainer::read(m_device, batchformat::batchMember());
    if (!members)
        return refuse(Refusal::NotABatch,
                      tr("This file is not a complete Tongbao batch: it is damaged, cut short, or "
                         "something else. Nothing was imported."));
    m_members = *members;
    const auto signature = minisign::Signature::parse(m_members.signature);
    if (!signature || signature->untrustedComment != batchformat::untrustedComment())
        return refuse(Refusal::NotABatch,
                      tr("The signature in this batch is damaged. Nothing was imported."));

    // 1. The key must be registered here, as a source.
    const auto trusted = m_store.trustedKeyByKeyId(signature->keyId);
    if (!trusted)
        return refuse(Refusal::UnknownKey,
                      tr("This batch was signed with a key this ledger does not know. Register "
                         "the village's public key first, after comparing its fingerprint with "
                         "the signed registration sheet. Nothing was imported."));
    m_trusted = *trusted;
    m_report.trustedKeyId = trusted->id;
    m_report.sourceName = trusted->name;
    m_report.sourceArea = trusted->areaCode;
    m_report.sourceLedger = trusted->ledgerId;
    if (trusted->role != QLatin1String("source"))
        return refuse(Refusal::NotASource,
                      tr("This batch was signed by %1, which is registered here as the office "
                         "batches are sent to, not as one that sends them. Nothing was imported.")
                          .arg(trusted->name));

    // 2. The signature over the encrypted content and the trusted comment.
    // Reading the whole file is what takes time in this check: it is counted and can be stopped.
    RangeDevice content(m_device, m_members.contentOffset, m_members.contentSize);
    content.open(QIODevice::ReadOnly);
    if (!m_progress.begin(ExchangeStep::CheckingSignature, m_members.contentSize))
        return cancelled();
    ProgressReader counted(content, m_progress);
    counted.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const auto prehash = minisign::prehash(counted);
    if (m_progress.stopped())
        return cancelled();
    const minisign::PublicKey key{trusted->keyId, trusted->signingKey};
    if (!prehash || !minisign::verify(*signature, *prehash, key))
        return refuse(Refusal::BadSignature,
                      tr("The batch from %1 was altered or damaged after it was signed. Nothing "
                         "was imported; ask for a new copy.")
                          .arg(trusted->name));
    const auto identity = batchformat::BatchIdentity::parse(signature->trustedComment);
    if (!identity || identity->created != m_members.modified)
        return refuse(Refusal::NotABatch,
                      tr("This file is signed, but it is not a batch this version of Tongbao "
                         "can read. Nothing was imported."));
    m_identity = *identity;
    m_report.sequence = identity->sequence;
    m_report.revFrom = identity->revFrom;
    m_report.revTo = identity->revTo;
    m_report.created = QDateTime::fromSecsSinceEpoch(identity->created, Qt::UTC);
    m_report.batchHash = batchformat::hashText(*prehash);
    if (identity->source != trusted->ledgerId)
        return refuse(Refusal::WrongSource,
                      tr("The batch is signed with the key of %1 but says it comes from another "
                         "ledger. Nothing was imported.")
                          .arg(trusted->name));

    // 3. Not revoked for this sequence.
    if (trusted->revokedAfterSeq && identity->sequence > *trusted->revokedAfterSeq)
        return refuse(Refusal::Revoked,
                      tr("The key of %1 was revoked after batch %2; batch %3 is refused. "
                         "Nothing was imported.")
                          .arg(trusted->name)
                          .arg(*trusted->revokedAfterSeq)
                          .arg(identity->sequence));

    // 4. Already here, or a fork.
    if (const auto received = m_store.receivedBatch(identity->source, identity->sequence)) {
        if (received->batchHash == m_report.batchHash) {
            ImportResult result;
            result.outcome = Outcome::AlreadyImported;
            result.message = tr("Batch %1 from %2 was already imported on %3; nothing was changed.")
                                 .arg(identity->sequence)
                                 .arg(trusted->name)
                                 .arg(received->importedAt.toLocalTime().toString(
                                     QStringLiteral("yyyy-MM-dd HH:mm")));
            result.report = m_report;
            return result;
        }
        return refuse(Refusal::Fork,
                      tr("A different batch %1 from %2 was already imported. Two copies of that "
                         "ledger may be in use; this batch was refused and nothing was imported. "
                         "Ask the village which computer holds the real ledger.")
                          .arg(identity->sequence)
                          .arg(trusted->name));
    }
    if (const auto next = m_store.receivedBatch(identity->source, identity->sequence + 1)) {
        if (next->previousHash != m_report.batchHash)
            return refuse(Refusal::Fork,
                          tr("Batch %1 from %2 does not belong before the batch %3 already "
                             "imported. Two copies of that ledger may be in use; nothing was "
                             "imported.")
                              .arg(identity->sequence)
                              .arg(trusted->name)
                              .arg(identity->sequence + 1));
    }
    const QVector<qint64> held = m_store.receivedSequences(identity->source);
    for (qint64 s = 1; s < identity->sequence; ++s) {
        if (!held.contains(s))
            m_report.missingBefore.append(s);
    }
    return std::nullopt;
}

ImportResult ImportRun::run() {
    if (auto refused = checkEnvelope())
        return *refused;
    const bool canDecrypt = m_keys && m_keys->encryption;
    if (!canDecrypt) {
        if (m_apply)
            return refuse(Refusal::NotForUs,
                          KeyStore::receivesBatches(m_ledger.identity().kind)
                              ? tr("The ledger's keys are needed to open the batch.")
                              : tr("Only a town or district ledger imports batches."));
        ImportResult result;
        result.outcome = Outcome::Checked;
        result.message =
            KeyStore::receivesBatches(m_ledger.identity().kind)
                ? tr("The signature of batch %1 from %2 is valid. Give the password to check "
                     "its content too.")
                      .arg(m_identity.sequence)
                      .arg(m_trusted.name)
                : tr("The signature of batch %1 from %2 is valid.")
                      .arg(m_identity.sequence)
                      .arg(m_trusted.name);
        result.report = m_report;
        return result;
    }

    Database& db = m_ledger.database();
    if (!m_apply) {
        if (auto refused = readPayload())
            return *refused;
        ImportResult result;
        result.outcome = Outcome::Checked;
        result.message = tr("Batch %1 from %2 is valid and can be imported.")
                             .arg(m_identity.sequence)
                             .arg(m_trusted.name);
        result.report = m_report;
        return result;
    }

    if (db.transactionDepth() != 0)
        return refuse(Refusal::Failed,
                      tr("A batch cannot be imported in the middle of other work."));
    ForeignKeysOff foreignKeysOff(m_store);
    Transaction transaction(db);
    if (!foreignKeysOff.active() || !transaction.active())
        return refuse(Refusal::Failed, tr("The ledger is busy; try again in a moment."));
    if (auto refused = readPayload())
        return *refused;
    if (!m_report.missingBefore.isEmpty())
        m_report.waitingReferences = m_store.danglingReferences();

    ReceivedBatch batch;
    batch.sourceLedger = m_identity.source;
    batch.sequence = m_identity.sequence;
    batch.trustedKeyId = m_trusted.id;
    batch.batchHash = m_report.batchHash;
    batch.previousHash = m_previousHash;
    batch.revFrom = m_identity.revFrom;
    batch.revTo = m_identity.revTo;
    batch.auditFrom = m_identity.auditFrom;
    batch.auditTo = m_identity.auditTo;
    batch.records = m_rows;
    for (const TableTally& tally : m_report.tables)
        batch.applied += tally.added + tally.changed;
    batch.gap = !m_report.missingBefore.isEmpty();
    batch.importedAt = m_ledger.clock().nowUtc();
    batch.importedBy = m_ledger.actor();
    const ExchangeActor actor{m_ledger.identity().id, m_ledger.actor(), &m_ledger.clock()};
    const Status recorded = m_store.recordReceived(batch, actor);
    // The last moment to stop: once the commit begins, the batch is in.
    if (recorded && !m_progress.report())
        return cancelled();
    m_progress.begin(ExchangeStep::SavingLedger, 0, false);
    if (!recorded || !transaction.commit())
        return refuse(Refusal::Failed,
                      tr("The batch could not be saved in the ledger; nothing was imported."));

    ImportResult result;
    result.outcome = Outcome::Imported;
    result.message =
        tr("Batch %1 from %2 was imported.").arg(m_identity.sequence).arg(m_trusted.name);
    result.report = m_report;
    return result;
}

}  // namespace tongbao
