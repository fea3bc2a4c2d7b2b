#include "security/PasswordHash.h"

#include "security/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace tongbao {

namespace {
PasswordHash::Parameters& currentParameters() {
    static PasswordHash::Parameters parameters = PasswordHash::interactive();
    return parameters;
}
}  // namespace

PasswordHash::Parameters PasswordHash::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHash::Parameters PasswordHash::minimum() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHash::Parameters PasswordHash::current() {
    return currentParameters();
}

void PasswordHash::setCurrent(const Parameters& parameters) {
    currentParameters() = parameters;
}

QString PasswordHash::hash(const SecretBytes& password, const Parameters& parameters) {
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    const char* bytes = reinterpret_cast<const char*>(password.data());
    static const char empty = 0;
    if (crypto_pwhash_str(out, password.isEmpty() ? &empty : bytes, password.size(),
                          parameters.opsLimit, parameters.memLimit) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& stored, const SecretBytes& password) {
    ensureSodium();
    const QByteArray text = stored.toLatin1();
    if (text.isEmpty() || text.size() >= int(crypto_pwhash_STRBYTES))
        return false;
    static const char empty = 0;
    const char* bytes = reinterpret_cast<const char*>(password.data());
    return crypto_pwhash_str_verify(text.constData(), password.isEmpty() ? &empty : bytes,
                                    password.size()) == 0;
}

bool PasswordHash::needsRehash(const QString& stored, const Parameters& parameters) {
    ensureSodium();
    const QByteArray text = stored.toLatin1();
    // 1 means other parameters, -1 a string that is not an Argon2id hash: both want a new one.
    return crypto_pwhash_str_needs_rehash(text.constData(), parameters.opsLimit,
                                          parameters.memLimit) != 0;
}

QString PasswordHash::describe(const Parameters& parameters) {
    return QStringLiteral("argon2id m=%1 KiB t=%2")
        .arg(qulonglong(parameters.memLimit / 1024))
        .arg(parameters.opsLimit);
}

SecretBytes passwordBytes(QString& typed) {
    QByteArray utf8 = typed.toUtf8();
    SecretBytes secret = SecretBytes::copyOf(utf8.constData(), size_t(utf8.size()));
    wipe(utf8);
    if (!typed.isEmpty()) {
        QChar* chars = typed.data();  // detaches: overwrites the caller's copy only
        sodium_memzero(chars, size_t(typed.size()) * sizeof(QChar));
    }
    typed.clear();
    return secret;
}

}  // namespace tongbao
