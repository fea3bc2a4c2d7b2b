#include "security/Sodium.h"

#include <sodium.h>

namespace tongbao {

void ensureSodium() {
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready)
        qFatal("libsodium could not be initialised.");
}

QByteArray blake2b256(const QByteArray& data) {
    ensureSodium();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size()), nullptr, 0);
    return out;
}

}  // namespace tongbao
