// tongbao-cli init FILE: creates a new ledger file, for scripted set-up of a village, town or
// district and for tests that need a real file.
#include "Command.h"

#include "backup/BackupKeyAdmin.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"

#include <QFile>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Create a new ledger file (village, town or district); prints the new ledger's id. With "
    "TONGBAO_PASSWORD set, the user (--user) becomes the ledger's administrator with that "
    "password; without it the ledger has no accounts until an administrator is added with "
    "'tongbao-cli users'.");

int runInit(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QCoreApplication::translate("Cli", "village, town or district."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        QCoreApplication::translate("Cli", "Name of the unit that keeps the ledger."),
        QStringLiteral("NAME"));
    const QCommandLineOption area(
        QStringLiteral("area"),
        QCoreApplication::translate("Cli", "12-digit statistical code of the village or town."),
        QStringLiteral("CODE12"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("Cli", "Name recorded in the history (default: $USER)."),
        QStringLiteral("NAME"));
    parser.addOptions({kind, name, area, user});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one FILE to create"),
                    ExitUsage);
    if (!parser.isSet(kind) || !parser.isSet(name) || !parser.isSet(area))
        return fail(verb, QCoreApplication::translate("Cli", "give --kind, --name and --area"),
                    ExitUsage);

    const Ledger::NewLedger spec{parser.value(kind).trimmed(), parser.value(name),
                                 parser.value(area).trimmed()};
    QString password = passwordFromEnvironment();
    if (!password.isEmpty() && password.size() < Accounts::MinimumPasswordLength)
        return fail(verb,
                    Accounts::tr("A password needs at least %1 characters.")
                        .arg(Accounts::MinimumPasswordLength),
                    ExitUsage);
    const QString actor = actorName(parser.value(user));
    auto created = Ledger::create(files.first(), spec, actor);
    if (!created)
        return fail(verb, created.message());
    if (!password.isEmpty()) {
        QString forBackupKey = password;
        const Status added =
            Accounts(**created).add(actor, Role::Administrator, passwordBytes(password));
        if (!added) {
            created->reset();  // a ledger without its administrator is not what was asked for
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(files.first() + QLatin1String(suffix));
            return fail(verb, added.message());
        }
        // The administrator's password also seals the ledger's backup key (issue 7); without
        // it now, `backup --to` makes it later.
        if (const Status keyed =
                BackupKeyAdmin::setUpIfMissing(**created, passwordBytes(forBackupKey));
            !keyed)
            err() << keyed.message() << Qt::endl;
    }
    out() << (*created)->identity().id << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("init", kSummary, runInit);

}  // namespace

}  // namespace tongbao::cli
