#include "exchange/Minisign.h"

#include "exchange/Encoding.h"
#include "security/Sodium.h"

#include <sodium.h>

namespace tongbao::minisign {

namespace {

const QByteArray kKeyAlgorithm = QByteArrayLiteral("Ed");
const QByteArray kPrehashedAlgorithm = QByteArrayLiteral("ED");
const QByteArray kUntrustedPrefix = QByteArrayLiteral("untrusted comment: ");
const QByteArray kTrustedPrefix = QByteArrayLiteral("trusted comment: ");
constexpr int kMaxComment = 1024;
constexpr qint64 kReadChunk = 64 * 1024;

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

bool isSingleLine(const QByteArray& text) {
    return !text.contains('\n') && !text.contains('\r') && !text.contains('\0') &&
           text.size() <= kMaxComment;
}

}  // namespace

QByteArray PublicKey::toLine() const {
    return encoding::base64(kKeyAlgorithm + keyId + key, true);
}

std::optional<PublicKey> PublicKey::fromLine(const QByteArray& line) {
    const auto decoded = encoding::fromBase64(line.trimmed(), true);
    if (!decoded || decoded->size() != 2 + KeyIdLength + PublicKeyLength ||
        !decoded->startsWith(kKeyAlgorithm))
        return std::nullopt;
    return PublicKey{decoded->mid(2, KeyIdLength), decoded->mid(2 + KeyIdLength)};
}

QByteArray PublicKey::toFile(const QString& untrustedComment) const {
    return kUntrustedPrefix + untrustedComment.toUtf8() + '\n' + toLine() + '\n';
}

std::optional<PublicKey> PublicKey::fromFile(const QByteArray& text) {
    // minisign reads the comment line and the key line; anything after them is ours to use.
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() < 2 || !lines[0].startsWith("untrusted comment:"))
        return std::nullopt;
    QByteArray keyLine = lines[1];
    if (keyLine.endsWith('\r'))
        keyLine.chop(1);
    return fromLine(keyLine);
}

QString PublicKey::keyIdText() const {
    QString text;
    for (int i = keyId.size() - 1; i >= 0; --i)
        text += QStringLiteral("%1").arg(quint8(keyId[i]), 2, 16, QLatin1Char('0')).toUpper();
    return text;
}

KeyPair KeyPair::generate() {
    ensureSodium();
    KeyPair pair;
    pair.publicKey.keyId = QByteArray(KeyIdLength, Qt::Uninitialized);
    randombytes_buf(pair.publicKey.keyId.data(), KeyIdLength);
    pair.publicKey.key = QByteArray(PublicKeyLength, Qt::Uninitialized);
    pair.secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.key.data()),
                        pair.secretKey.data());
    return pair;
}

std::optional<KeyPair> KeyPair::fromSecret(const QByteArray& keyId, const SecretBytes& secret) {
    ensureSodium();
    if (keyId.size() != KeyIdLength || secret.size() != crypto_sign_SECRETKEYBYTES)
        return std::nullopt;
    KeyPair pair;
    pair.publicKey.keyId = keyId;
    pair.publicKey.key = QByteArray(PublicKeyLength, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pair.publicKey.key.data()),
                                 secret.data());
    pair.secretKey = SecretBytes::copyOf(secret.data(), secret.size());
    return pair;
}

QByteArray Signature::toText() const {
    return kUntrustedPrefix + untrustedComment.toUtf8() + '\n' +
           encoding::base64(kPrehashedAlgorithm + keyId + signature, true) + '\n' + kTrustedPrefix +
           trustedComment.toUtf8() + '\n' + encoding::base64(globalSignature, true) + '\n';
}

std::optional<Signature> Signature::parse(const QByteArray& text) {
    if (!text.endsWith('\n'))
        return std::nullopt;
    const QList<QByteArray> lines = text.left(text.size() - 1).split('\n');
    if (lines.size() != 4 || !lines[0].startsWith(kUntrustedPrefix) ||
        !lines[2].startsWith(kTrustedPrefix))
        return std::nullopt;
    const QByteArray untrusted = lines[0].mid(kUntrustedPrefix.size());
    const QByteArray trusted = lines[2].mid(kTrustedPrefix.size());
    if (!isSingleLine(untrusted) || !isSingleLine(trusted))
        return std::nullopt;
    const auto main = encoding::fromBase64(lines[1], true);
    const auto global = encoding::fromBase64(lines[3], true);
    if (!main || main->size() != 2 + KeyIdLength + SignatureLength ||
        !main->startsWith(kPrehashedAlgorithm) || !global || global->size() != SignatureLength)
        return std::nullopt;
    Signature signature;
    signature.untrustedComment = QString::fromUtf8(untrusted);
    signature.trustedComment = QString::fromUtf8(trusted);
    // Comments must survive the round trip to text unchanged (valid UTF-8).
    if (signature.untrustedComment.toUtf8() != untrusted ||
        signature.trustedComment.toUtf8() != trusted)
        return std::nullopt;
    signature.keyId = main->mid(2, KeyIdLength);
    signature.signature = main->mid(2 + KeyIdLength);
    signature.globalSignature = *global;
    return signature;
}

std::optional<QByteArray> prehash(QIODevice& device) {
    ensureSodium();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, PrehashLength);
    while (true) {
        const QByteArray chunk = device.read(kReadChunk);
        if (chunk.isEmpty()) {
            if (!device.atEnd())
                return std::nullopt;
            break;
        }
        crypto_generichash_update(&state, bytes(chunk), quint64(chunk.size()));
    }
    QByteArray out(PrehashLength, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), PrehashLength);
    return out;
}

QByteArray prehash(const QByteArray& data) {
    ensureSodium();
    QByteArray out(PrehashLength, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), PrehashLength, bytes(data),
                       quint64(data.size()), nullptr, 0);
    return out;
}

Signature sign(const QByteArray& prehash,
               const KeyPair& keys,
               const QString& trustedComment,
               const QString& untrustedComment) {
    ensureSodium();
    Signature signature;
    signature.untrustedComment = untrustedComment;
    signature.trustedComment = trustedComment;
    signature.keyId = keys.publicKey.keyId;
    signature.signature = QByteArray(SignatureLength, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.signature.data()), nullptr,
                         bytes(prehash), quint64(prehash.size()), keys.secretKey.data());
    const QByteArray global = signature.signature + trustedComment.toUtf8();
    signature.globalSignature = QByteArray(SignatureLength, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.globalSignature.data()),
                         nullptr, bytes(global), quint64(global.size()), keys.secretKey.data());
    return signature;
}

bool verify(const Signature& signature, const QByteArray& prehash, const PublicKey& key) {
    ensureSodium();
    if (signature.keyId != key.keyId || key.key.size() != PublicKeyLength ||
        signature.signature.size() != SignatureLength ||
        signature.globalSignature.size() != SignatureLength)
        return false;
    if (crypto_sign_verify_detached(bytes(signature.signature), bytes(prehash),
                                    quint64(prehash.size()), bytes(key.key)) != 0)
        return false;
    const QByteArray global = signature.signature + signature.trustedComment.toUtf8();
    return crypto_sign_verify_detached(bytes(signature.globalSignature), bytes(global),
                                       quint64(global.size()), bytes(key.key)) == 0;
}

}  // namespace tongbao::minisign
