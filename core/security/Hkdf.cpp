#include "security/Hkdf.h"

#include "security/SecretBytes.h"
#include "security/Sodium.h"

#include <sodium.h>

#include <algorithm>

namespace tongbao::hkdf {

namespace {

void hmac(const unsigned char* key,
          std::size_t keyLength,
          const unsigned char* data,
          std::size_t dataLength,
          const unsigned char* tail,
          std::size_t tailLength,
          unsigned char* out) {
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key, keyLength);
    crypto_auth_hmacsha256_update(&state, data, dataLength);
    if (tailLength > 0)
        crypto_auth_hmacsha256_update(&state, tail, tailLength);
    crypto_auth_hmacsha256_final(&state, out);
    sodium_memzero(&state, sizeof state);
}

}  // namespace

QByteArray hmacSha256(const unsigned char* key, std::size_t keyLength, const QByteArray& data) {
    ensureSodium();
    QByteArray out(HashLength, Qt::Uninitialized);
    hmac(key, keyLength, reinterpret_cast<const unsigned char*>(data.constData()),
         std::size_t(data.size()), nullptr, 0, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

SecretBytes sha256(const unsigned char* ikm,
                   std::size_t ikmLength,
                   const QByteArray& salt,
                   const QByteArray& info,
                   std::size_t length) {
    ensureSodium();
    if (length == 0 || length > 255 * std::size_t(HashLength))
        return {};
    // Extract: PRK = HMAC(salt, IKM).
    SecretBytes prk(HashLength);
    const unsigned char zeros[HashLength] = {};
    const auto* saltBytes =
        salt.isEmpty() ? zeros : reinterpret_cast<const unsigned char*>(salt.constData());
    const std::size_t saltLength = salt.isEmpty() ? HashLength : std::size_t(salt.size());
    hmac(saltBytes, saltLength, ikm, ikmLength, nullptr, 0, prk.data());

    // Expand: T(i) = HMAC(PRK, T(i-1) | info | i).
    SecretBytes okm(length);
    SecretBytes block(HashLength + std::size_t(info.size()) + 1);
    std::size_t previous = 0;  // length of T(i-1) at the start of `block`
    std::size_t done = 0;
    for (unsigned counter = 1; done < length; ++counter) {
        memcpy(block.data() + previous, info.constData(), std::size_t(info.size()));
        block.data()[previous + std::size_t(info.size())] = static_cast<unsigned char>(counter);
        unsigned char t[HashLength];
        hmac(prk.data(), prk.size(), block.data(), previous + std::size_t(info.size()) + 1, nullptr,
             0, t);
        const std::size_t take = std::min<std::size_t>(HashLength, length - done);
        memcpy(okm.data() + done, t, take);
        memcpy(block.data(), t, HashLength);
        sodium_memzero(t, sizeof t);
        previous = HashLength;
        done += take;
    }
    return okm;
}

}  // namespace tongbao::hkdf
