// tongbao-cli recover FILE --user ADMIN: every password of an encrypted ledger forgotten (issue
// 8). The recovery key from the printed sheet (TONGBAO_RECOVERY_KEY) opens the file and lets
// the administrator set a new password (TONGBAO_NEW_PASSWORD), which they change at the next
// login. Keys and passwords come from the environment, never the command line, which other
// users of the computer can see.
#include "Command.h"

#include "crypt/LedgerEncryption.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Open an encrypted ledger with its recovery key (TONGBAO_RECOVERY_KEY) and give the "
    "administrator --user a new password (TONGBAO_NEW_PASSWORD).");

int runRecover(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    const QString letters = qEnvironmentVariable("TONGBAO_RECOVERY_KEY");
    QString newPassword = qEnvironmentVariable("TONGBAO_NEW_PASSWORD");
    if (letters.trimmed().isEmpty() || newPassword.isEmpty())
        return fail(verb,
                    QCoreApplication::translate(
                        "Cli",
                        "set TONGBAO_RECOVERY_KEY to the letters of the recovery key "
                        "sheet and TONGBAO_NEW_PASSWORD to the administrator's new password"),
                    ExitUsage);
    const QString path = files.first();
    if (!LedgerEncryption::isEncrypted(path))
        return fail(verb, QCoreApplication::translate(
                              "Cli", "this ledger is not encrypted, so it has no recovery key"));
    if (const Status unlocked = LedgerEncryption::unlockWithRecoveryKey(path, letters); !unlocked)
        return fail(verb, unlocked.message());
    // Nobody logs in: the recovery key stands in for the administrator's password.
    Accounts::setCredentialSource({});
    auto opened = Ledger::open(path, actorName());
    if (!opened)
        return fail(verb, opened.message());
    if (const Status recovered = LedgerEncryption::recoverAdministrator(
            **opened, letters, actorName(), passwordBytes(newPassword));
        !recovered)
        return fail(verb, recovered.message());
    out() << QCoreApplication::translate(
                 "Cli",
                 "%1 has a new password; they choose their own at the next login. Print a "
                 "new recovery key sheet if this one may have been seen.")
                 .arg(actorName())
          << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("recover", kSummary, runRecover);

}  // namespace

}  // namespace tongbao::cli
