#include "backup/BackupKey.h"

#include "exchange/Encoding.h"
#include "security/SecretBytes.h"
#include "security/Sodium.h"
#include "storage/Database.h"
#include "storage/FileQueries.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QDir>
#include <QStringList>

#include <sodium.h>

namespace tongbao {

namespace {

const QString kMagic = QStringLiteral("tongbao-backup-key 1");
constexpr int kNonceLength = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// Binds the sealed secret to its ledger and public key: a key file copied beside another
// ledger's backups, or with its public key swapped, does not open.
QByteArray associatedData(const QString& ledgerId, const QByteArray& publicKey) {
    return QByteArrayLiteral("tongbao-backup-key-1") + '\0' + ledgerId.toUtf8() + '\0' + publicKey;
}

std::optional<SecretBytes> deriveKey(const QString& password,
                                     const QByteArray& salt,
                                     qint64 opsLimit,
                                     qint64 memLimit) {
    if (salt.size() != crypto_pwhash_SALTBYTES || opsLimit < qint64(crypto_pwhash_OPSLIMIT_MIN) ||
        memLimit < qint64(crypto_pwhash_MEMLIMIT_MIN) ||
        opsLimit > qint64(crypto_pwhash_OPSLIMIT_SENSITIVE) ||
        memLimit > qint64(crypto_pwhash_MEMLIMIT_SENSITIVE))
        return std::nullopt;
    QByteArray utf8 = password.toUtf8();
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const int failed =
        crypto_pwhash(key.data(), key.size(), utf8.constData(), quint64(utf8.size()), bytes(salt),
                      quint64(opsLimit), size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (failed != 0)
        return std::nullopt;
    return key;
}

}  // namespace

Result<BackupKey> BackupKey::seal(const QString& ledgerId,
                                  const age::Identity& identity,
                                  const QString& password,
                                  const KdfLimits& limits) {
    ensureSodium();
    if (password.size() < KeyStore::MinimumPasswordLength)
        return Result<BackupKey>::failure(
            tr("Choose a password of at least %1 characters to protect the backups.")
                .arg(KeyStore::MinimumPasswordLength));
    BackupKey key;
    key.m_ledgerId = ledgerId;
    key.m_publicKey = identity.recipient().publicKey;
    key.m_salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(key.m_salt.data(), size_t(key.m_salt.size()));
    key.m_opsLimit = limits.opsLimit;
    key.m_memLimit = limits.memLimit;
    const auto derived = deriveKey(password, key.m_salt, key.m_opsLimit, key.m_memLimit);
    if (!derived)
        return Result<BackupKey>::failure(
            tr("The computer does not have enough free memory to protect the backup key; close "
               "other programs and try again."));
    const QByteArray ad = associatedData(ledgerId, key.m_publicKey);
    const SecretBytes& secret = identity.secret();
    key.m_sealed =
        QByteArray(kNonceLength + int(secret.size()) + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(key.m_sealed.data());
    randombytes_buf(nonce, kNonceLength);
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceLength, nullptr, secret.data(),
                                               secret.size(), bytes(ad), quint64(ad.size()),
                                               nullptr, nonce, derived->data());
    return key;
}

Result<BackupKey> BackupKey::generate(const QString& ledgerId,
                                      const QString& password,
                                      const KdfLimits& limits) {
    return seal(ledgerId, age::Identity::generate(), password, limits);
}

Result<age::Identity> BackupKey::unlock(const QString& password) const {
    ensureSodium();
    const auto wrong = [] {
        return Result<age::Identity>::failure(
            tr("The password does not open the backup key. Use the administrator's password "
               "of the ledger the backup was made from."));
    };
    const auto derived = deriveKey(password, m_salt, m_opsLimit, m_memLimit);
    const int length =
        m_sealed.size() - kNonceLength - int(crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (!derived || length != age::KeyLength)
        return wrong();
    const QByteArray ad = associatedData(m_ledgerId, m_publicKey);
    SecretBytes secret{std::size_t(length)};
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret.data(), nullptr, nullptr, bytes(m_sealed) + kNonceLength,
            quint64(m_sealed.size() - kNonceLength), bytes(ad), quint64(ad.size()), bytes(m_sealed),
            derived->data()) != 0)
        return wrong();
    auto identity = age::Identity::fromSecret(secret.data());
    if (!identity || identity->recipient().publicKey != m_publicKey)
        return wrong();
    return std::move(*identity);
}

Result<BackupKey> BackupKey::resealed(const QString& oldPassword,
                                      const QString& newPassword,
                                      const KdfLimits& limits) const {
    auto identity = unlock(oldPassword);
    if (!identity)
        return Result<BackupKey>(identity.status());
    return seal(m_ledgerId, *identity, newPassword, limits);
}

QString BackupKey::toText() const {
    const auto b64 = [](const QByteArray& data) {
        return QString::fromLatin1(encoding::base64(data, /*padded=*/true));
    };
    return QStringList{
               kMagic, QStringLiteral("ledger ") + m_ledgerId,
               QStringLiteral("recipient ") + recipient().toString(),
               QStringLiteral("argon2id %1 %2 %3").arg(m_opsLimit).arg(m_memLimit).arg(b64(m_salt)),
               QStringLiteral("sealed ") + b64(m_sealed)}
               .join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

Result<BackupKey> BackupKey::parse(const QString& text) {
    const auto bad = [] {
        return Result<BackupKey>::failure(
            tr("The backup key file is damaged or not a backup key."));
    };
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    if (lines.size() != 5 || lines[0].trimmed() != kMagic)
        return bad();
    const auto field = [&](int line, const QString& name) {
        const QStringList parts = lines[line].trimmed().split(QLatin1Char(' '));
        return parts.value(0) == name ? parts.mid(1) : QStringList();
    };
    const QStringList ledger = field(1, QStringLiteral("ledger"));
    const QStringList recipient = field(2, QStringLiteral("recipient"));
    const QStringList kdf = field(3, QStringLiteral("argon2id"));
    const QStringList sealed = field(4, QStringLiteral("sealed"));
    if (ledger.size() != 1 || recipient.size() != 1 || kdf.size() != 3 || sealed.size() != 1)
        return bad();
    const auto publicKey = age::Recipient::parse(recipient[0]);
    const auto salt = encoding::fromBase64(kdf[2].toLatin1(), true);
    const auto sealedBytes = encoding::fromBase64(sealed[0].toLatin1(), true);
    bool opsOk = false;
    bool memOk = false;
    BackupKey key;
    key.m_opsLimit = kdf[0].toLongLong(&opsOk);
    key.m_memLimit = kdf[1].toLongLong(&memOk);
    if (!publicKey || !salt || !sealedBytes || !opsOk || !memOk)
        return bad();
    key.m_ledgerId = ledger[0];
    key.m_publicKey = publicKey->publicKey;
    key.m_salt = *salt;
    key.m_sealed = *sealedBytes;
    return key;
}

std::optional<BackupKey> BackupKey::ofLedger(const Ledger& ledger) {
    const QString text = ledger.setting(QLatin1String(SettingKey));
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = parse(text);
    if (!parsed || parsed->ledgerId() != ledger.identity().id)
        return std::nullopt;
    return *parsed;
}

std::optional<BackupKey> BackupKey::ofFile(const QString& ledgerPath) {
    auto connected = Database::connect(ledgerPath);
    if (!connected)
        return std::nullopt;
    const std::optional<QString> setting =
        filequeries::setting(**connected, QLatin1String(SettingKey));
    if (!setting)
        return std::nullopt;
    auto parsed = parse(*setting);
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

Result<BackupKey> BackupKey::setUp(Ledger& ledger,
                                   const QString& password,
                                   const KdfLimits& limits) {
    if (const Status allowed = ledger.writer().context().access.require(Permission::ManageKeys);
        !allowed)
        return Result<BackupKey>(allowed);
    if (ofLedger(ledger))
        return Result<BackupKey>::failure(tr("This ledger already has a backup key."));
    auto key = generate(ledger.identity().id, password, limits);
    if (!key)
        return key;
    const Status saved = ledger.setSetting(QLatin1String(SettingKey), key->toText());
    if (!saved)
        return Result<BackupKey>(saved);
    return key;
}

QString BackupKey::fileBeside(const QString& folder, const QString& ledgerName) {
    return QDir(folder).filePath(ledgerName + QStringLiteral(".backup-key"));
}

}  // namespace tongbao
