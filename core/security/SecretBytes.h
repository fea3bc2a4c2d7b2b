#pragma once

#include <QByteArray>

#include <cstddef>

namespace tongbao {

// Secret key material (a signing key, an X25519 identity, a file key, a key derived from a
// password). It lives in memory from sodium_malloc, which sodium_free zeroes on release, and it
// is never implicitly shared or copied, unlike QByteArray, so a secret does not linger in
// copies the program has forgotten about. Move it, or hand out a pointer for the duration of a
// libsodium call.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // A copy of `size` bytes at `data` (the caller wipes its own copy).
    static SecretBytes copyOf(const void* data, std::size_t size);
    // Fresh random bytes.
    static SecretBytes random(std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    void release();

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Zeroes a QByteArray's bytes in place (for plaintext secrets that had to pass through one).
void wipe(QByteArray& bytes);

}  // namespace tongbao
