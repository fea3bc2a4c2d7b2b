#pragma once

#include "common/Result.h"
#include "security/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <optional>

namespace tongbao::minisign {

// The minisign signature format (https://jedisct1.github.io/minisign/), from libsodium's
// Ed25519 and BLAKE2b: the signature covers the BLAKE2b-512 hash of the file (algorithm "ED"),
// and a second, global signature binds a trusted comment to it. Batches and receipts are signed
// this way so that the stock `minisign -V` checks them, and so that the batch identity in the
// trusted comment (source, sequence, change range) cannot be altered without the key.

constexpr int KeyIdLength = 8;
constexpr int PublicKeyLength = 32;
constexpr int SignatureLength = 64;
constexpr int PrehashLength = 64;

// "RW…": base64 of "Ed" || key id || Ed25519 public key.
struct PublicKey {
    QByteArray keyId;  // 8 bytes
    QByteArray key;    // 32 bytes

    QByteArray toLine() const;
    static std::optional<PublicKey> fromLine(const QByteArray& line);
    // A public key file: "untrusted comment: …" then the key line.
    QByteArray toFile(const QString& untrustedComment) const;
    static std::optional<PublicKey> fromFile(const QByteArray& text);
    // Key ids print as minisign prints them: 16 upper-case hex digits of the id read as a
    // little-endian number.
    QString keyIdText() const;
};

struct KeyPair {
    PublicKey publicKey;
    SecretBytes secretKey;  // libsodium's 64-byte Ed25519 secret key

    static KeyPair generate();
    static std::optional<KeyPair> fromSecret(const QByteArray& keyId, const SecretBytes& secret);
};

// A .minisig file.
struct Signature {
    QString untrustedComment;  // not covered by any signature
    QByteArray keyId;
    QByteArray signature;  // over the BLAKE2b-512 prehash
    QString trustedComment;
    QByteArray globalSignature;  // over signature || trusted comment

    QByteArray toText() const;
    // Strict: exactly the four lines minisign writes, each ending in "\n", "ED" only.
    static std::optional<Signature> parse(const QByteArray& text);
};

// BLAKE2b-512 of everything a device yields from its current position to its end, in chunks.
std::optional<QByteArray> prehash(QIODevice& device);
QByteArray prehash(const QByteArray& data);

// Signs a prehash; comments must be single lines.
Signature sign(const QByteArray& prehash,
               const KeyPair& keys,
               const QString& trustedComment,
               const QString& untrustedComment);

// Both signatures, with the key ids matching. Constant-time in the keys' secrets, as libsodium is.
bool verify(const Signature& signature, const QByteArray& prehash, const PublicKey& key);

}  // namespace tongbao::minisign
