#include "crypt/PageSeal.h"

#include "crypt/CipherHeader.h"

#include <QtEndian>

#include <cstring>
#include <vector>

namespace tongbao {

namespace pageseal {

QByteArray pageAd(quint32 page) {
    QByteArray ad = QByteArrayLiteral("tongbao page ");
    ad.resize(ad.size() + 4);
    qToLittleEndian(page, ad.data() + ad.size() - 4);
    return ad;
}

QByteArray frameAd(qint64 frameOffset) {
    QByteArray ad = QByteArrayLiteral("tongbao wal frame ");
    ad.resize(ad.size() + 8);
    qToLittleEndian(quint64(frameOffset), ad.data() + ad.size() - 8);
    return ad;
}

void sealWith(const unsigned char* key,
              const unsigned char* plain,
              unsigned char* out,
              const QByteArray& ad) {
    unsigned char* tag = out + kSealed;
    unsigned char* nonce = tag + kTag;
    randombytes_buf(nonce, kNonce);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        out, tag, nullptr, plain, kSealed, reinterpret_cast<const unsigned char*>(ad.constData()),
        size_t(ad.size()), nullptr, nonce, key);
}

bool unsealWith(const unsigned char* key,
                const unsigned char* in,
                unsigned char* out,
                const QByteArray& ad) {
    unsigned char tag[kTag];
    unsigned char nonce[kNonce];
    memcpy(tag, in + kSealed, kTag);
    memcpy(nonce, in + kSealed + kTag, kNonce);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
            out, nullptr, in, kSealed, tag, reinterpret_cast<const unsigned char*>(ad.constData()),
            size_t(ad.size()), nonce, key) != 0)
        return false;
    memset(out + kSealed, 0, EncryptedVfs::ReservedBytes);
    return true;
}

bool seal(const unsigned char* plain, unsigned char* out, const QByteArray& ad, const Key& key) {
    return key->with([&](const unsigned char* bytes) { sealWith(bytes, plain, out, ad); });
}

Unsealed unseal(const unsigned char* in, unsigned char* out, const QByteArray& ad, const Key& key) {
    bool sound = false;
    if (!key->with([&](const unsigned char* bytes) { sound = unsealWith(bytes, in, out, ad); }))
        return Unsealed::Locked;
    return sound ? Unsealed::Sound : Unsealed::Damaged;
}

}  // namespace pageseal

using namespace pageseal;

// SQLite never uses the page that holds byte 2^30 of its file (the lock-byte page), because
// Windows locks those bytes for real. The clear header moves every page 8192 bytes further, so
// the page that would land on the file's own lock bytes (its number two below the lock-byte
// page) is kept where the unused lock-byte page would have gone, and those bytes stay unused.
namespace {
constexpr qint64 kLockBytePage = (qint64(1) << 30) / kPage + 1;
constexpr qint64 kPrefix = CipherHeader::PrefixSize;
constexpr qint64 kDisplacedPage = kLockBytePage - kPrefix / kPage;
}  // namespace

qint64 EncryptedVfs::physicalOffset(quint32 page) {
    const qint64 slot = page == kDisplacedPage ? kLockBytePage : qint64(page);
    return kPrefix + (slot - 1) * kPage;
}

qint64 EncryptedVfs::physicalSize(qint64 logicalSize) {
    const qint64 pages = (logicalSize + kPage - 1) / kPage;
    if (pages >= kDisplacedPage && pages < kLockBytePage)
        return physicalOffset(quint32(kDisplacedPage)) + kPage;
    return logicalSize + kPrefix;
}

bool EncryptedVfs::isUnusedPage(quint32 page) {
    return page == kLockBytePage;
}

bool EncryptedVfs::openPage(const SecretBytes& key, quint32 page, QByteArray& data) {
    if (data.size() != kPage || key.size() != CipherHeader::KeySize)
        return false;
    auto* bytes = reinterpret_cast<unsigned char*>(data.data());
    std::vector<unsigned char> plain(kPage);
    if (!unsealWith(key.data(), bytes, plain.data(), pageAd(page)))
        return false;
    memcpy(bytes, plain.data(), kPage);
    return true;
}

void EncryptedVfs::sealPage(const SecretBytes& key, quint32 page, QByteArray& data) {
    Q_ASSERT(data.size() == kPage);
    std::vector<unsigned char> plain(data.constData(), data.constData() + kPage);
    sealWith(key.data(), plain.data(), reinterpret_cast<unsigned char*>(data.data()), pageAd(page));
}

}  // namespace tongbao
