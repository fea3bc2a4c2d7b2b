#include "exchange/TrustRegistry.h"

#include "security/PublicKeyCard.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

namespace tongbao {

TrustRegistry::TrustRegistry(Ledger& ledger)
    : m_ledger(ledger) {}

int TrustRegistry::level(const QString& kind) {
    if (kind == QLatin1String("village"))
        return 0;
    if (kind == QLatin1String("town"))
        return 1;
    if (kind == QLatin1String("district"))
        return 2;
    return -1;
}

Result<TrustedKey> TrustRegistry::add(const QByteArray& publicKeyFile,
                                      const QString& name,
                                      const QString& areaCode) {
    using R = Result<TrustedKey>;
    if (const Status allowed = m_ledger.writer().context().access.require(Permission::ManageKeys);
        !allowed)
        return R(allowed);
    const Result<PublicKeyCard> card = PublicKeyCard::parse(publicKeyFile);
    if (!card)
        return R(card.status());
    const LedgerIdentity& self = m_ledger.identity();
    if (card->ledgerId == self.id)
        return R::failure(tr("This is this ledger's own public key."));
    if (areaCode.trimmed() != card->areaCode)
        return R::failure(tr("The key file belongs to area %1, not %2. Check that this is the "
                             "right file and the right area code on the registration sheet.")
                              .arg(card->areaCode, areaCode.trimmed()));
    if (name.trimmed().isEmpty())
        return R::failure(tr("Give the name of the unit the key belongs to."));
    const int own = level(self.kind);
    const int theirs = level(card->kind);
    if (theirs == own)
        return R::failure(
            tr("A %1 ledger does not exchange batches with another %1 ledger.").arg(self.kind));

    ExchangeStore store(m_ledger.database());
    if (const auto existing = store.trustedKeyByKeyId(card->signing.keyId))
        return R::failure(tr("This key is already registered (number %1, %2).")
                              .arg(existing->id)
                              .arg(existing->name));
    TrustedKey key;
    key.ledgerId = card->ledgerId;
    key.kind = card->kind;
    key.name = name.trimmed();
    key.areaCode = card->areaCode;
    key.role = theirs > own ? QStringLiteral("upstream") : QStringLiteral("source");
    key.keyId = card->signing.keyId;
    key.signingKey = card->signing.key;
    key.encryptionKey = card->encryption ? card->encryption->toString() : QString();
    key.fingerprint = card->fingerprint();
    key.registeredAt = m_ledger.clock().nowUtc();
    for (const TrustedKey& other : store.trustedKeys()) {
        if (other.revokedAfterSeq)
            continue;
        if (key.role == QLatin1String("upstream") && other.role == key.role)
            return R::failure(tr("The key of %1 (number %2) is registered as the office batches "
                                 "are sent to. Revoke it first to register another.")
                                  .arg(other.name)
                                  .arg(other.id));
        if (other.ledgerId == key.ledgerId)
            return R::failure(tr("Another key of the same ledger is registered (number %1). "
                                 "Revoke it first, naming the last batch signed with it.")
                                  .arg(other.id));
    }
    const ExchangeActor actor{self.id, m_ledger.actor(), &m_ledger.clock()};
    const Result<qint64> id = store.addTrustedKey(key, actor);
    if (!id)
        return R(id.status());
    key.id = *id;
    return key;
}

QVector<TrustedKey> TrustRegistry::list() const {
    return ExchangeStore(m_ledger.database()).trustedKeys();
}

Status TrustRegistry::revoke(qint64 id, qint64 afterSequence) {
    if (const Status allowed = m_ledger.writer().context().access.require(Permission::ManageKeys);
        !allowed)
        return allowed;
    if (afterSequence < 0)
        return Status::failure(tr("The last batch to accept must be 0 or more."));
    ExchangeStore store(m_ledger.database());
    const auto key = store.trustedKey(id);
    if (!key)
        return Status::failure(tr("There is no registered key number %1.").arg(id));
    if (key->revokedAfterSeq)
        return Status::failure(tr("The key of %1 was already revoked after batch %2.")
                                   .arg(key->name)
                                   .arg(*key->revokedAfterSeq));
    const LedgerIdentity& self = m_ledger.identity();
    return store.revokeTrustedKey(id, afterSequence,
                                  {self.id, m_ledger.actor(), &m_ledger.clock()});
}

std::optional<TrustedKey> TrustRegistry::findSource(const QString& reference) const {
    bool isNumber = false;
    const qint64 number = reference.toLongLong(&isNumber);
    std::optional<TrustedKey> found;
    for (const TrustedKey& key : list()) {
        if (key.role != QLatin1String("source"))
            continue;
        const bool matches = (isNumber && reference.size() < 12 && key.id == number) ||
                             key.ledgerId == reference || key.areaCode == reference;
        // Prefer the active key when a ledger has several.
        if (matches && (!found || !key.revokedAfterSeq))
            found = key;
    }
    return found;
}

}  // namespace tongbao
