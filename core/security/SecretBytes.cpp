#include "security/SecretBytes.h"

#include "security/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace tongbao {

SecretBytes::SecretBytes(std::size_t size) {
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes() {
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::release() {
    if (m_data)
        sodium_free(m_data);  // zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::copyOf(const void* data, std::size_t size) {
    SecretBytes secret(size);
    if (size > 0)
        memcpy(secret.data(), data, size);
    return secret;
}

SecretBytes SecretBytes::random(std::size_t size) {
    SecretBytes secret(size);
    if (size > 0)
        randombytes_buf(secret.data(), size);
    return secret;
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));  // data() detaches: wipes our copy
    bytes.clear();
}

}  // namespace tongbao
