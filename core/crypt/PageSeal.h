#pragma once

// The sealing of one page of an encrypted ledger, for the VFS (crypt/EncryptedVfs.cpp) only:
// the data key in a holder that the idle lock can wipe, the associated data that binds a page
// to its place, and XChaCha20-Poly1305 over the page with nonce and tag in its last 40 bytes.

#include "crypt/EncryptedVfs.h"
#include "security/SecretBytes.h"

#include <QByteArray>

#include <sodium.h>

#include <memory>
#include <mutex>
#include <optional>

namespace tongbao::pageseal {

constexpr int kPage = EncryptedVfs::PageSize;
constexpr int kSealed = kPage - EncryptedVfs::ReservedBytes;  // the bytes that are encrypted
constexpr int kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
static_assert(kTag + kNonce == EncryptedVfs::ReservedBytes, "nonce and tag fill the reserve");

// A data key that can be wiped while files that use it stay open (the idle lock) and put back
// when a password opens its slot again. Every use holds its lock, so a wipe never happens in the
// middle of a page's encryption on another thread.
class KeyHolder {
public:
    explicit KeyHolder(SecretBytes key)
        : m_key(std::move(key)) {}

    // Runs `use` with the key's bytes; false (without running it) while the key is wiped.
    template <typename Use>
    bool with(Use use) const {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_present)
            return false;
        use(m_key.data());
        return true;
    }
    void wipe() {
        std::lock_guard<std::mutex> lock(m_mutex);
        sodium_memzero(m_key.data(), m_key.size());
        m_present = false;
    }
    void restore(const SecretBytes& key) {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (key.size() == m_key.size())
            memcpy(m_key.data(), key.data(), key.size());
        m_present = key.size() == m_key.size();
    }
    std::optional<SecretBytes> copy() const {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_present)
            return std::nullopt;
        return SecretBytes::copyOf(m_key.data(), m_key.size());
    }

private:
    mutable std::mutex m_mutex;
    SecretBytes m_key;
    bool m_present = true;
};

using Key = std::shared_ptr<KeyHolder>;

// The associated data of a page of the database (its number) and of a page image in the log
// (its frame's place in the log).
QByteArray pageAd(quint32 page);
QByteArray frameAd(qint64 frameOffset);

// With the key's bytes: seals `plain` into `out`; opens `in` into `out` (which may be the same),
// false when the tag fails.
void sealWith(const unsigned char* key,
              const unsigned char* plain,
              unsigned char* out,
              const QByteArray& ad);
bool unsealWith(const unsigned char* key,
                const unsigned char* in,
                unsigned char* out,
                const QByteArray& ad);

// With a holder: false / Locked while the key is wiped (the window is locked).
bool seal(const unsigned char* plain, unsigned char* out, const QByteArray& ad, const Key& key);
enum class Unsealed { Sound, Damaged, Locked };
Unsealed unseal(const unsigned char* in, unsigned char* out, const QByteArray& ad, const Key& key);

}  // namespace tongbao::pageseal
