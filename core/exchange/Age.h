#pragma once

#include "common/Result.h"
#include "security/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QVector>

#include <optional>

namespace tongbao::age {

// The age v1 file format (https://age-encryption.org/v1) with X25519 recipients, built from
// libsodium primitives only: X25519, HKDF-SHA-256 over HMAC-SHA-256, ChaCha20-Poly1305 (IETF).
// Batches are encrypted to the town's X25519 key in this format so that the stock `age` tool
// can decrypt them too, and so that no cipher construction of our own stands between a
// village's children's data and a chat app. Both directions stream: memory stays at one 64 KiB
// chunk however large the file is.

constexpr int KeyLength = 32;
constexpr qint64 ChunkSize = 64 * 1024;

// A public key, written "age1…" (Bech32).
struct Recipient {
    QByteArray publicKey;  // 32 bytes

    QString toString() const;
    static std::optional<Recipient> parse(const QString& text);
};

// A secret key, written "AGE-SECRET-KEY-1…" (Bech32, upper case).
class Identity {
public:
    static Identity generate();
    static std::optional<Identity> fromSecret(const unsigned char* secret32);
    static std::optional<Identity> parse(const QString& text);

    const SecretBytes& secret() const { return m_secret; }
    Recipient recipient() const { return {m_publicKey}; }
    // The secret in its text form; the caller wipes the string's bytes after use.
    QByteArray toText() const;

private:
    SecretBytes m_secret;
    QByteArray m_publicKey;
};

// Writes an age file: begin() (header and payload nonce), then write() any number of times,
// then finish() (the last chunk). Nothing is written before begin().
class Encryptor {
    Q_DECLARE_TR_FUNCTIONS(AgeEncryptor)
public:
    explicit Encryptor(QIODevice& out);
    ~Encryptor();

    Status begin(const QVector<Recipient>& recipients);
    Status write(const char* data, qint64 size);
    Status write(const QByteArray& data) { return write(data.constData(), data.size()); }
    Status finish();

private:
    Status emitChunk(bool last);

    QIODevice& m_out;
    SecretBytes m_payloadKey;
    QByteArray m_buffer;  // plaintext not yet sealed (at most one chunk plus the last write)
    quint64 m_counter = 0;
    bool m_started = false;
    bool m_finished = false;
};

// Reads an age file: begin() parses the header, finds the stanza this identity opens, checks
// the header MAC and reads the payload nonce; next() then yields the plaintext chunk by chunk,
// each authenticated before it is handed out. A truncated, extended or altered file fails at
// the chunk where the change is; callers that act on the plaintext must wait for atEnd()
// before committing anything.
class Decryptor {
    Q_DECLARE_TR_FUNCTIONS(AgeDecryptor)
public:
    explicit Decryptor(QIODevice& in);
    ~Decryptor();

    Status begin(const Identity& identity);
    Result<QByteArray> next();
    bool atEnd() const { return m_done; }

private:
    struct Stanza {
        QList<QByteArray> arguments;  // the type first
        QByteArray body;
    };
    Status readHeader(QVector<Stanza>& stanzas, QByteArray& headerForMac, QByteArray& mac);
    std::optional<SecretBytes> unwrapX25519(const Stanza& stanza,
                                            const Identity& identity,
                                            Status& problem) const;

    QIODevice& m_in;
    SecretBytes m_payloadKey;
    quint64 m_counter = 0;
    bool m_started = false;
    bool m_done = false;
};

}  // namespace tongbao::age
