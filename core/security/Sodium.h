#pragma once

#include <QByteArray>

namespace tongbao {

// libsodium must be initialised once before use; every caller goes through here.
void ensureSodium();

// BLAKE2b with a 32-byte output (libsodium crypto_generichash).
QByteArray blake2b256(const QByteArray& data);

}  // namespace tongbao
