#include "CliLogin.h"

#include "security/Accounts.h"

namespace tongbao::test {

QProcessEnvironment demoLogin(QProcessEnvironment environment) {
    environment.insert(QStringLiteral("TONGBAO_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("TONGBAO_PASSWORD"), Accounts::demoPassword());
    return environment;
}

}  // namespace tongbao::test
