#include "security/KeyStore.h"

#include "security/SecretBytes.h"
#include "security/Sodium.h"
#include "storage/ExchangeStore.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <sodium.h>

#include <map>
#include <utility>

namespace tongbao {

namespace {

const QString kSign = QStringLiteral("sign");
const QString kEncrypt = QStringLiteral("encrypt");
constexpr int kNonceLength = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// Binds a sealed secret to its ledger, purpose and public key: a sealed key copied into another
// row or another ledger does not open.
QByteArray associatedData(const QString& ledgerId,
                          const QString& purpose,
                          const QByteArray& publicKey) {
    return QByteArrayLiteral("tongbao-key-1") + '\0' + ledgerId.toUtf8() + '\0' + purpose.toUtf8() +
           '\0' + publicKey;
}

std::optional<SecretBytes> deriveKey(const QString& password,
                                     const QByteArray& salt,
                                     qint64 opsLimit,
                                     qint64 memLimit,
                                     int algorithm) {
    if (salt.size() != crypto_pwhash_SALTBYTES || opsLimit < qint64(crypto_pwhash_OPSLIMIT_MIN) ||
        memLimit < qint64(crypto_pwhash_MEMLIMIT_MIN) || algorithm != crypto_pwhash_ALG_ARGON2ID13)
        return std::nullopt;
    QByteArray utf8 = password.toUtf8();
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const int failed = crypto_pwhash(key.data(), key.size(), utf8.constData(), quint64(utf8.size()),
                                     bytes(salt), quint64(opsLimit), size_t(memLimit), algorithm);
    wipe(utf8);
    if (failed != 0)
        return std::nullopt;
    return key;
}

QByteArray seal(const SecretBytes& key, const SecretBytes& secret, const QByteArray& ad) {
    QByteArray out(kNonceLength + int(secret.size()) + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, kNonceLength);
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceLength, nullptr, secret.data(),
                                               secret.size(), bytes(ad), quint64(ad.size()),
                                               nullptr, nonce, key.data());
    return out;
}

std::optional<SecretBytes> open(const SecretBytes& key,
                                const QByteArray& sealed,
                                const QByteArray& ad) {
    const int length = sealed.size() - kNonceLength - crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (length <= 0)
        return std::nullopt;
    SecretBytes secret{std::size_t(length)};
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret.data(), nullptr, nullptr, bytes(sealed) + kNonceLength,
            quint64(sealed.size() - kNonceLength), bytes(ad), quint64(ad.size()), bytes(sealed),
            key.data()) != 0)
        return std::nullopt;
    return secret;
}

}  // namespace

KdfLimits KdfLimits::standard() {
    return {qint64(crypto_pwhash_OPSLIMIT_INTERACTIVE), qint64(crypto_pwhash_MEMLIMIT_INTERACTIVE)};
}

KdfLimits KdfLimits::fastForTests() {
    return {qint64(crypto_pwhash_OPSLIMIT_MIN), qint64(crypto_pwhash_MEMLIMIT_MIN)};
}

KeyStore::KeyStore(Ledger& ledger)
    : m_ledger(ledger) {}

bool KeyStore::receivesBatches(const QString& ledgerKind) {
    return ledgerKind == QLatin1String("town") || ledgerKind == QLatin1String("district");
}

bool KeyStore::hasKeys() const {
    return !ExchangeStore(m_ledger.database()).keyPairs().isEmpty();
}

Status KeyStore::initialize(const QString& password, const KdfLimits& limits) {
    ensureSodium();
    if (const Status allowed = m_ledger.writer().context().access.require(Permission::ManageKeys);
        !allowed)
        return allowed;
    if (hasKeys())
        return Status::failure(tr("This ledger already has its keys."));
    if (password.size() < MinimumPasswordLength)
        return Status::failure(
            tr("Choose a password of at least %1 characters to protect the ledger's keys.")
                .arg(MinimumPasswordLength));
    const LedgerIdentity& identity = m_ledger.identity();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    const auto key =
        deriveKey(password, salt, limits.opsLimit, limits.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    if (!key)
        return Status::failure(
            tr("The computer does not have enough free memory to protect "
               "the keys; close other programs and try again."));

    auto stored = [&](const QString& purpose, const QByteArray& keyId, const QByteArray& publicKey,
                      const SecretBytes& secret) {
        StoredKeyPair pair;
        pair.purpose = purpose;
        pair.keyId = keyId;
        pair.publicKey = publicKey;
        pair.sealedSecret = seal(*key, secret, associatedData(identity.id, purpose, publicKey));
        pair.kdfSalt = salt;
        pair.kdfOpsLimit = limits.opsLimit;
        pair.kdfMemLimit = limits.memLimit;
        pair.kdfAlgorithm = crypto_pwhash_ALG_ARGON2ID13;
        pair.createdAt = m_ledger.clock().nowUtc();
        return pair;
    };
    const minisign::KeyPair signing = minisign::KeyPair::generate();
    QVector<StoredKeyPair> pairs{
        stored(kSign, signing.publicKey.keyId, signing.publicKey.key, signing.secretKey)};
    PublicKeyCard card;
    card.signing = signing.publicKey;
    if (receivesBatches(identity.kind)) {
        const age::Identity encryption = age::Identity::generate();
        pairs.append(stored(kEncrypt, {}, encryption.recipient().publicKey, encryption.secret()));
        card.encryption = encryption.recipient();
    }
    card.ledgerId = identity.id;
    card.kind = identity.kind;
    card.areaCode = identity.areaCode;
    const ExchangeActor actor{identity.id, m_ledger.actor(), &m_ledger.clock()};
    return ExchangeStore(m_ledger.database()).addKeyPairs(pairs, card.fingerprint(), actor);
}

Result<PublicKeyCard> KeyStore::card() const {
    const LedgerIdentity& identity = m_ledger.identity();
    PublicKeyCard card;
    card.ledgerId = identity.id;
    card.kind = identity.kind;
    card.name = identity.name;
    card.areaCode = identity.areaCode;
    bool hasSigning = false;
    for (const StoredKeyPair& pair : ExchangeStore(m_ledger.database()).keyPairs()) {
        if (pair.purpose == kSign) {
            card.signing = {pair.keyId, pair.publicKey};
            hasSigning = true;
        } else if (pair.purpose == kEncrypt) {
            card.encryption = age::Recipient{pair.publicKey};
        }
    }
    if (!hasSigning)
        return Result<PublicKeyCard>::failure(tr("This ledger has no keys yet."));
    return card;
}

Result<UnlockedKeys> KeyStore::unlock(const QString& password) const {
    using R = Result<UnlockedKeys>;
    ensureSodium();
    const QVector<StoredKeyPair> pairs = ExchangeStore(m_ledger.database()).keyPairs();
    if (pairs.isEmpty())
        return R::failure(tr("This ledger has no keys yet."));
    const auto wrong = [] { return R::failure(tr("The password is not right.")); };
    // One derivation per set of parameters (normally one for all keys).
    std::map<QByteArray, SecretBytes> derived;
    std::optional<minisign::KeyPair> signing;
    std::optional<age::Identity> encryption;
    for (const StoredKeyPair& pair : pairs) {
        const QByteArray params = pair.kdfSalt + QByteArray::number(pair.kdfOpsLimit) + ':' +
                                  QByteArray::number(pair.kdfMemLimit) + ':' +
                                  QByteArray::number(pair.kdfAlgorithm);
        auto it = derived.find(params);
        if (it == derived.end()) {
            auto key = deriveKey(password, pair.kdfSalt, pair.kdfOpsLimit, pair.kdfMemLimit,
                                 pair.kdfAlgorithm);
            if (!key)
                return wrong();
            it = derived.emplace(params, std::move(*key)).first;
        }
        const auto secret =
            open(it->second, pair.sealedSecret,
                 associatedData(m_ledger.identity().id, pair.purpose, pair.publicKey));
        if (!secret)
            return wrong();
        if (pair.purpose == kSign) {
            signing = minisign::KeyPair::fromSecret(pair.keyId, *secret);
            if (!signing || signing->publicKey.key != pair.publicKey)
                return wrong();
        } else if (pair.purpose == kEncrypt && secret->size() == age::KeyLength) {
            encryption = age::Identity::fromSecret(secret->data());
            if (!encryption || encryption->recipient().publicKey != pair.publicKey)
                return wrong();
        }
    }
    if (!signing)
        return R::failure(tr("This ledger has no signing key."));
    UnlockedKeys keys{std::move(*signing), std::move(encryption)};
    return keys;
}

}  // namespace tongbao
