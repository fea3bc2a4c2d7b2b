// tongbao-cli users FILE: the ledger's user accounts. Lists them, adds one, resets a password,
// switches an account off or on, and changes the caller's own password. Logging in works as for
// every verb (--user, TONGBAO_PASSWORD); new passwords come from TONGBAO_NEW_PASSWORD so that
// no password appears on a command line, where other users of the computer could read it.
#include "Command.h"

#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Manage the ledger's user accounts: --list, --add NAME --role ROLE, --reset NAME, "
    "--disable NAME, --enable NAME, or --passwd (your own). Log in with --user and "
    "TONGBAO_PASSWORD; the new password comes from TONGBAO_NEW_PASSWORD. The first account of "
    "a ledger must be an administrator.");

QString tr(const char* text) {
    return QCoreApplication::translate("Cli", text);
}

int runUsers(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), tr("List the accounts."));
    const QCommandLineOption add(QStringLiteral("add"), tr("Add an account named NAME."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("Role of the new account: administrator, supervisor, "
                                     "reviewer or town."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption reset(QStringLiteral("reset"),
                                   tr("Set a new password for NAME (administrator)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption disable(QStringLiteral("disable"),
                                     tr("Switch the account NAME off (administrator)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption enable(QStringLiteral("enable"),
                                    tr("Switch the account NAME on again (administrator)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption passwd(QStringLiteral("passwd"), tr("Change your own password."));
    parser.addOptions({list, add, role, reset, disable, enable, passwd});
    if (const auto exitCode = parseArguments(parser, arguments, kSummary, tr("FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, tr("give exactly one ledger FILE"), ExitUsage);
    int actions = 0;
    for (const QCommandLineOption* option : {&list, &add, &reset, &disable, &enable, &passwd})
        actions += parser.isSet(*option) ? 1 : 0;
    if (actions != 1)
        return fail(verb, tr("give one of --list, --add, --reset, --disable, --enable, --passwd"),
                    ExitUsage);
    Role newRole = Role::Reviewer;
    if (parser.isSet(add) && (!parser.isSet(role) || !roleFromCode(parser.value(role), &newRole)))
        return fail(verb, tr("give --role administrator, supervisor, reviewer or town with --add"),
                    ExitUsage);
    QString newPassword = qEnvironmentVariable("TONGBAO_NEW_PASSWORD");
    const bool needsNewPassword = parser.isSet(add) || parser.isSet(reset) || parser.isSet(passwd);
    if (needsNewPassword && newPassword.isEmpty())
        return fail(verb,
                    tr("put the new password in the environment variable "
                       "TONGBAO_NEW_PASSWORD"),
                    ExitUsage);

    auto ledger = Ledger::open(files.first(), actorName());
    if (!ledger)
        return fail(verb, ledger.message());
    Accounts accounts(**ledger);

    if (parser.isSet(list)) {
        if (const Status allowed =
                (*ledger)->writer().context().access.require(Permission::ManageAccounts);
            !allowed)
            return fail(verb, allowed.message());
        for (const Account& account : accounts.list()) {
            out() << account.name << '\t' << roleCode(account.role) << '\t'
                  << (account.disabled ? "disabled" : "active")
                  << (account.mustChangePassword ? "\tmust-change-password" : "") << Qt::endl;
        }
        return ExitOk;
    }
    Status done = Status::success();
    if (parser.isSet(add))
        done = accounts.add(parser.value(add), newRole, passwordBytes(newPassword));
    else if (parser.isSet(reset))
        done = accounts.resetPassword(parser.value(reset).trimmed(), passwordBytes(newPassword));
    else if (parser.isSet(disable))
        done = accounts.setDisabled(parser.value(disable).trimmed(), true);
    else if (parser.isSet(enable))
        done = accounts.setDisabled(parser.value(enable).trimmed(), false);
    else if (parser.isSet(passwd)) {
        QString current = passwordFromEnvironment();
        done = accounts.changeOwnPassword(passwordBytes(current), passwordBytes(newPassword));
    }
    if (!done)
        return fail(verb, done.message());
    return ExitOk;
}

const CommandRegistrar registrar("users", kSummary, runUsers);

}  // namespace

}  // namespace tongbao::cli
