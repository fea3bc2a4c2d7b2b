#include "Command.h"

#include "crypt/LedgerEncryption.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"

#include <cstdio>

namespace tongbao::cli {

namespace {
// The --user of the running verb, for verbs that do not pass their own to actorName().
QString& givenUser() {
    static QString name;
    return name;
}

QList<Command>& registry() {
    static QList<Command> list;
    return list;
}
}  // namespace

CommandRegistrar::CommandRegistrar(const char* name,
                                   const char* summary,
                                   std::function<int(const QStringList&)> run,
                                   bool needsGui) {
    registry().append(Command{QString::fromLatin1(name), summary, std::move(run), needsGui});
}

const QList<Command>& commands() {
    return registry();
}

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& verb, const QString& reason, int code) {
    QString line = reason.simplified();
    err() << "tongbao-cli " << verb << ": " << line << Qt::endl;
    return code;
}

std::optional<int> parseArguments(QCommandLineParser& parser,
                                  const QStringList& arguments,
                                  const char* summary,
                                  const QString& positionalSyntax) {
    const QString verb = arguments.value(0);
    parser.setApplicationDescription(QCoreApplication::translate("Cli", summary));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help and exit."));
    parser.addOption(help);
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(positionalSyntax, QString());
    // Every verb takes --user for ledgers with accounts; verbs that name it themselves keep
    // their own (their help text already shows it).
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("Cli",
                                    "Log in to a ledger with accounts as NAME (the "
                                    "password comes from TONGBAO_PASSWORD)."),
        QStringLiteral("NAME"));
    const bool ownUserOption = parser.helpText().contains(QLatin1String("--user <"));
    if (!ownUserOption)
        parser.addOption(user);
    if (!parser.parse(arguments))
        return fail(verb, parser.errorText(), ExitUsage);
    if (!ownUserOption && parser.isSet(user))
        givenUser() = parser.value(user).trimmed();
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by the path it was started from; show the name
        // and the verb.
        text.replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst(),
                     QStringLiteral("Usage: tongbao-cli"));
        text.replace(QStringLiteral("Usage: tongbao-cli"),
                     QCoreApplication::translate("Cli", "Usage: tongbao-cli %1").arg(verb));
        out() << text;
        out().flush();
        return ExitOk;
    }
    return std::nullopt;
}

QString passwordFromEnvironment() {
    return qEnvironmentVariable("TONGBAO_PASSWORD");
}

QString actorName(const QString& given) {
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    if (!givenUser().isEmpty())
        return givenUser();
    for (const char* variable : {"TONGBAO_USER", "USER"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("admin");
}

Status unlockWithLogin(const QString& path) {
    if (!LedgerEncryption::head(path).locked)
        return Status::success();
    Result<Credentials> credentials = Accounts::credentialsFor(actorName());
    if (!credentials)
        return credentials.status();
    return LedgerEncryption::unlock(path, credentials->name, credentials->password);
}

namespace {

// A ledger with accounts is opened by the verb's user (actorName) with the password from the
// environment; without one the open is refused, so no verb reads or changes such a ledger
// without a login.
Result<Credentials> credentialsFromEnvironment(const QString& actor) {
    QString password = passwordFromEnvironment();
    if (password.isEmpty())
        return Status::failure(QCoreApplication::translate(
            "Cli",
            "This ledger has user accounts: give your user name with --user NAME (or "
            "TONGBAO_USER) and your password in the environment variable TONGBAO_PASSWORD."));
    return Credentials{actor, passwordBytes(password)};
}

const bool credentialSourceInstalled = [] {
    Accounts::setCredentialSource(credentialsFromEnvironment);
    return true;
}();

}  // namespace

}  // namespace tongbao::cli
