#pragma once

#include <QByteArray>

#include <cstddef>

namespace tongbao {

class SecretBytes;

// HMAC-SHA-256 and HKDF-SHA-256 (RFC 5869), built on libsodium's crypto_auth_hmacsha256 (libsodium
// 1.0.18 has no HKDF API). The age format derives its wrapping, header and payload keys this way.
namespace hkdf {

constexpr int HashLength = 32;

// HMAC-SHA-256 of `data` under a key of any length.
QByteArray hmacSha256(const unsigned char* key, std::size_t keyLength, const QByteArray& data);

// Extract-then-expand: `length` bytes (at most 255 * 32) of output keying material. An empty salt
// means HashLength zero bytes, as RFC 5869 says.
SecretBytes sha256(const unsigned char* ikm,
                   std::size_t ikmLength,
                   const QByteArray& salt,
                   const QByteArray& info,
                   std::size_t length);

}  // namespace hkdf

}  // namespace tongbao
