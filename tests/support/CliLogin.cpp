#include "CliLogin.h"

#include "crypt/LedgerEncryption.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"

namespace tongbao::test {

QProcessEnvironment demoLogin(QProcessEnvironment environment) {
    environment.insert(QStringLiteral("TONGBAO_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("TONGBAO_PASSWORD"), Accounts::demoPassword());
    return environment;
}

bool unlockLedger(const QString& path, const QString& user, const QString& password) {
    QString typed = password;
    return LedgerEncryption::unlock(path, user, passwordBytes(typed)).ok();
}

bool unlockDemo(const QString& path) {
    return unlockLedger(path, QStringLiteral("admin"), Accounts::demoPassword());
}

}  // namespace tongbao::test
