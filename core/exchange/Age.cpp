#include "exchange/Age.h"

#include "exchange/Devices.h"
#include "exchange/Encoding.h"
#include "security/Hkdf.h"
#include "security/Sodium.h"

#include <sodium.h>

namespace tongbao::age {

namespace {

const QByteArray kVersionLine = QByteArrayLiteral("age-encryption.org/v1");
const QByteArray kX25519Label = QByteArrayLiteral("age-encryption.org/v1/X25519");
const QString kRecipientHrp = QStringLiteral("age");
const QString kIdentityHrp = QStringLiteral("age-secret-key-");
constexpr int kFileKeyLength = 16;
constexpr int kNonceLength = 16;
constexpr int kTagLength = crypto_aead_chacha20poly1305_ietf_ABYTES;
constexpr int kColumns = 64;
constexpr int kMaxHeaderLine = 4096;
constexpr int kMaxHeaderSize = 1 << 20;
constexpr int kMaxStanzas = 1024;

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

SecretBytes derive(const SecretBytes& ikm, const QByteArray& salt, const QByteArray& info) {
    return hkdf::sha256(ikm.data(), ikm.size(), salt, info, KeyLength);
}

// The 12-byte STREAM nonce: an 11-byte big-endian chunk counter and the last-chunk flag.
void chunkNonce(quint64 counter, bool last, unsigned char nonce[12]) {
    memset(nonce, 0, 12);
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = static_cast<unsigned char>(counter >> (8 * i));
    nonce[11] = last ? 1 : 0;
}

QByteArray wrapBody(const QByteArray& body) {
    const QByteArray text = encoding::base64(body, false);
    QByteArray out;
    for (int at = 0; at < text.size(); at += kColumns)
        out += text.mid(at, kColumns) + '\n';
    if (text.size() % kColumns == 0)
        out += '\n';  // the last body line is always shorter than a full line
    return out;
}

bool isArgument(const QByteArray& text) {
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

}  // namespace

// --- keys ------------------------------------------------------------------------------------

QString Recipient::toString() const {
    return encoding::bech32(kRecipientHrp, publicKey);
}

std::optional<Recipient> Recipient::parse(const QString& text) {
    const auto decoded = encoding::fromBech32(text.trimmed());
    if (!decoded || decoded->hrp != kRecipientHrp || decoded->data.size() != KeyLength)
        return std::nullopt;
    return Recipient{decoded->data};
}

Identity Identity::generate() {
    ensureSodium();
    const SecretBytes secret = SecretBytes::random(KeyLength);
    return *fromSecret(secret.data());
}

std::optional<Identity> Identity::fromSecret(const unsigned char* secret32) {
    ensureSodium();
    Identity identity;
    identity.m_secret = SecretBytes::copyOf(secret32, KeyLength);
    identity.m_publicKey = QByteArray(KeyLength, Qt::Uninitialized);
    if (crypto_scalarmult_base(reinterpret_cast<unsigned char*>(identity.m_publicKey.data()),
                               identity.m_secret.data()) != 0)
        return std::nullopt;
    return identity;
}

std::optional<Identity> Identity::parse(const QString& text) {
    auto decoded = encoding::fromBech32(text.trimmed());
    if (!decoded || decoded->hrp != kIdentityHrp || decoded->data.size() != KeyLength) {
        if (decoded)
            wipe(decoded->data);
        return std::nullopt;
    }
    auto identity = fromSecret(bytes(decoded->data));
    wipe(decoded->data);
    return identity;
}

QByteArray Identity::toText() const {
    QByteArray secret(reinterpret_cast<const char*>(m_secret.data()), int(m_secret.size()));
    QString text = encoding::bech32(kIdentityHrp, secret, true);
    wipe(secret);
    QByteArray out = text.toLatin1();
    sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    return out;
}

// --- encryption ------------------------------------------------------------------------------

Encryptor::Encryptor(QIODevice& out)
    : m_out(out) {}

Encryptor::~Encryptor() = default;

Status Encryptor::begin(const QVector<Recipient>& recipients) {
    ensureSodium();
    if (m_started || recipients.isEmpty())
        return Status::failure(tr("No key to encrypt to was given."));
    m_started = true;
    const SecretBytes fileKey = SecretBytes::random(kFileKeyLength);

    QByteArray header = kVersionLine + '\n';
    for (const Recipient& recipient : recipients) {
        if (recipient.publicKey.size() != KeyLength)
            return Status::failure(tr("The key to encrypt to is not a valid age key."));
        const SecretBytes ephemeral = SecretBytes::random(KeyLength);
        QByteArray share(KeyLength, Qt::Uninitialized);
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(share.data()), ephemeral.data());
        SecretBytes shared(KeyLength);
        if (crypto_scalarmult(shared.data(), ephemeral.data(), bytes(recipient.publicKey)) != 0 ||
            sodium_is_zero(shared.data(), shared.size()))
            return Status::failure(tr("The key to encrypt to is not a valid age key."));
        const SecretBytes wrapKey = derive(shared, share + recipient.publicKey, kX25519Label);
        const unsigned char zeroNonce[12] = {};
        QByteArray body(kFileKeyLength + kTagLength, Qt::Uninitialized);
        crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(body.data()),
                                                  nullptr, fileKey.data(), fileKey.size(), nullptr,
                                                  0, nullptr, zeroNonce, wrapKey.data());
        header += "-> X25519 " + encoding::base64(share, false) + '\n' + wrapBody(body);
    }
    header += "---";
    const SecretBytes macKey = derive(fileKey, {}, QByteArrayLiteral("header"));
    const QByteArray mac = hkdf::hmacSha256(macKey.data(), macKey.size(), header);
    header += ' ' + encoding::base64(mac, false) + '\n';

    QByteArray nonce(kNonceLength, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    m_payloadKey = derive(fileKey, nonce, QByteArrayLiteral("payload"));
    header += nonce;
    if (m_out.write(header) != header.size())
        return Status::failure(
            tr("The encrypted file could not be written: %1").arg(m_out.errorString()));
    return Status::success();
}

Status Encryptor::write(const char* data, qint64 size) {
    if (!m_started || m_finished)
        return Status::failure(tr("The encrypted file is not open for writing."));
    m_buffer.append(data, size);
    // A full chunk is sealed only once more data follows it: the last chunk carries the flag.
    while (m_buffer.size() > ChunkSize) {
        const Status sealed = emitChunk(false);
        if (!sealed)
            return sealed;
    }
    return Status::success();
}

Status Encryptor::finish() {
    if (!m_started || m_finished)
        return Status::failure(tr("The encrypted file is not open for writing."));
    const Status sealed = emitChunk(true);
    m_finished = true;
    m_payloadKey = SecretBytes();
    return sealed;
}

Status Encryptor::emitChunk(bool last) {
    const qint64 length = last ? m_buffer.size() : ChunkSize;
    unsigned char nonce[12];
    chunkNonce(m_counter++, last, nonce);
    QByteArray sealed(int(length) + kTagLength, Qt::Uninitialized);
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data()),
                                              nullptr, bytes(m_buffer), quint64(length), nullptr, 0,
                                              nullptr, nonce, m_payloadKey.data());
    m_buffer.remove(0, int(length));
    if (m_out.write(sealed) != sealed.size())
        return Status::failure(
            tr("The encrypted file could not be written: %1").arg(m_out.errorString()));
    return Status::success();
}

// --- decryption ------------------------------------------------------------------------------

Decryptor::Decryptor(QIODevice& in)
    : m_in(in) {}

Decryptor::~Decryptor() = default;

Status Decryptor::readHeader(QVector<Stanza>& stanzas, QByteArray& headerForMac, QByteArray& mac) {
    const Status damaged = Status::failure(tr("The encrypted part of the file is damaged."));
    auto readLine = [this](QByteArray& line) {
        line = m_in.readLine(kMaxHeaderLine + 2);
        if (!line.endsWith('\n'))
            return false;
        line.chop(1);
        return true;
    };
    QByteArray line;
    if (!readLine(line) || line != kVersionLine)
        return Status::failure(tr("This is not a file encrypted in the age format."));
    headerForMac = line + '\n';
    while (true) {
        if (!readLine(line) || headerForMac.size() > kMaxHeaderSize)
            return damaged;
        if (line.startsWith("---")) {
            if (!line.startsWith("--- "))
                return damaged;
            const auto decoded = encoding::fromBase64(line.mid(4), false);
            if (!decoded || decoded->size() != hkdf::HashLength)
                return damaged;
            mac = *decoded;
            headerForMac += "---";
            return stanzas.isEmpty() ? damaged : Status::success();
        }
        if (!line.startsWith("-> ") || stanzas.size() >= kMaxStanzas)
            return damaged;
        headerForMac += line + '\n';
        Stanza stanza;
        stanza.arguments = line.mid(3).split(' ');
        for (const QByteArray& argument : stanza.arguments) {
            if (!isArgument(argument))
                return damaged;
        }
        QByteArray text;
        while (true) {
            if (!readLine(line) || line.size() > kColumns)
                return damaged;
            headerForMac += line + '\n';
            text += line;
            if (line.size() < kColumns)
                break;
        }
        const auto body = encoding::fromBase64(text, false);
        if (!body)
            return damaged;
        stanza.body = *body;
        stanzas.append(stanza);
    }
}

std::optional<SecretBytes> Decryptor::unwrapX25519(const Stanza& stanza,
                                                   const Identity& identity,
                                                   Status& problem) const {
    const auto share = stanza.arguments.size() == 2
                           ? encoding::fromBase64(stanza.arguments[1], false)
                           : std::nullopt;
    if (!share || share->size() != KeyLength || stanza.body.size() != kFileKeyLength + kTagLength) {
        problem = Status::failure(tr("The encrypted part of the file is damaged."));
        return std::nullopt;
    }
    SecretBytes shared(KeyLength);
    if (crypto_scalarmult(shared.data(), identity.secret().data(), bytes(*share)) != 0 ||
        sodium_is_zero(shared.data(), shared.size())) {
        problem = Status::failure(tr("The encrypted part of the file is damaged."));
        return std::nullopt;
    }
    const QByteArray ownKey = identity.recipient().publicKey;
    const SecretBytes wrapKey = derive(shared, *share + ownKey, kX25519Label);
    SecretBytes fileKey(kFileKeyLength);
    const unsigned char zeroNonce[12] = {};
    if (crypto_aead_chacha20poly1305_ietf_decrypt(fileKey.data(), nullptr, nullptr,
                                                  bytes(stanza.body), quint64(stanza.body.size()),
                                                  nullptr, 0, zeroNonce, wrapKey.data()) != 0)
        return std::nullopt;  // meant for another recipient
    return fileKey;
}

Status Decryptor::begin(const Identity& identity) {
    ensureSodium();
    if (m_started)
        return Status::failure(tr("The encrypted file was already opened."));
    m_started = true;
    QVector<Stanza> stanzas;
    QByteArray headerForMac;
    QByteArray mac;
    const Status header = readHeader(stanzas, headerForMac, mac);
    if (!header)
        return header;

    std::optional<SecretBytes> fileKey;
    for (const Stanza& stanza : stanzas) {
        if (stanza.arguments.first() != "X25519")
            continue;  // another kind of recipient, or grease
        Status problem = Status::success();
        fileKey = unwrapX25519(stanza, identity, problem);
        if (!problem)
            return problem;
        if (fileKey)
            break;
    }
    if (!fileKey)
        return Status::failure(
            tr("The file was not encrypted to this ledger's key; it is meant for someone else."));

    const SecretBytes macKey = derive(*fileKey, {}, QByteArrayLiteral("header"));
    const QByteArray expected = hkdf::hmacSha256(macKey.data(), macKey.size(), headerForMac);
    if (crypto_verify_32(bytes(expected), bytes(mac)) != 0)
        return Status::failure(tr("The encrypted part of the file was altered or is damaged."));

    const QByteArray nonce = readFully(m_in, kNonceLength);
    if (nonce.size() != kNonceLength)
        return Status::failure(tr("The encrypted part of the file is incomplete."));
    m_payloadKey = derive(*fileKey, nonce, QByteArrayLiteral("payload"));
    return Status::success();
}

Result<QByteArray> Decryptor::next() {
    using R = Result<QByteArray>;
    if (!m_started || m_payloadKey.isEmpty())
        return m_done ? R(QByteArray()) : R::failure(tr("The encrypted file is not open."));
    const QByteArray sealed = readFully(m_in, ChunkSize + kTagLength);
    if (sealed.size() < kTagLength)
        return R::failure(tr("The encrypted part of the file is incomplete."));
    const bool last = m_in.peek(1).isEmpty();
    unsigned char nonce[12];
    chunkNonce(m_counter, last, nonce);
    QByteArray plain(sealed.size() - kTagLength, Qt::Uninitialized);
    if (crypto_aead_chacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), nullptr, nullptr, bytes(sealed),
            quint64(sealed.size()), nullptr, 0, nonce, m_payloadKey.data()) != 0)
        return R::failure(last ? tr("The encrypted part of the file is incomplete or was "
                                    "altered.")
                               : tr("The encrypted part of the file was altered or is damaged."));
    if (last && plain.isEmpty() && m_counter > 0)
        return R::failure(tr("The encrypted part of the file is damaged."));
    ++m_counter;
    if (last) {
        m_done = true;
        m_payloadKey = SecretBytes();
    }
    return plain;
}

}  // namespace tongbao::age
