// tongbao-cli restore BACKUP --to FILE: puts a backup back as a working ledger. The backup is
// checked in full first (pages, links, audit chain) and a damaged one is refused with nothing
// changed; a file already at FILE is kept aside, never overwritten. An encrypted backup (.age)
// is opened with the backup key file beside it and the administrator's password from
// TONGBAO_PASSWORD (core/backup/BackupRestore).
#include "Command.h"

#include "backup/BackupRestore.h"

#include <QDir>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Restore a backup to FILE after checking it; a file already there is kept aside.");

int runRestore(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption toOption(
        QStringLiteral("to"), QCoreApplication::translate("Cli", "The ledger file to restore to."),
        QStringLiteral("FILE"));
    parser.addOption(toOption);
    if (const auto exitCode = parseArguments(parser, arguments, kSummary,
                                             QCoreApplication::translate("Cli", "BACKUP")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(toOption))
        return fail(verb, QCoreApplication::translate("Cli", "give one BACKUP and --to FILE"),
                    ExitUsage);
    const QString backup = files.first();

    BackupRestore::Options options;
    options.actor = actorName();
    if (backup.endsWith(QLatin1String(".age"))) {
        const Result<BackupKey> key = BackupRestore::keyBeside(backup);
        if (!key)
            return fail(verb, key.message());
        const QString password = passwordFromEnvironment();
        if (password.isEmpty())
            return fail(verb, QCoreApplication::translate(
                                  "Cli",
                                  "the backup is encrypted; set TONGBAO_PASSWORD to the "
                                  "administrator's password"));
        auto identity = key->unlock(password);
        if (!identity)
            return fail(verb, identity.message());
        options.identity = std::move(*identity);
    }
    // A backup of an encrypted ledger opens with the password valid when it was made.
    options.unlock = unlockWithLogin;
    const auto restored = BackupRestore::restore(backup, parser.value(toOption), options);
    if (!restored)
        return fail(verb, restored.message());
    out() << QCoreApplication::translate("Cli", "Restored %1 to %2")
                 .arg(QDir::toNativeSeparators(backup),
                      QDir::toNativeSeparators(restored->restoredPath))
          << '\n';
    if (!restored->keptAside.isEmpty())
        out() << QCoreApplication::translate("Cli", "The file that was there is kept as %1")
                     .arg(QDir::toNativeSeparators(restored->keptAside))
              << '\n';
    for (const LedgerFinding& finding : restored->report.findings)
        out() << QCoreApplication::translate("Cli", "NOTE: %1").arg(finding.message.simplified())
              << '\n';
    out() << QCoreApplication::translate("Cli", "Checked: %n history entries intact.", "",
                                         int(restored->report.historyEntries))
          << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("restore", kSummary, runRestore);

}  // namespace

}  // namespace tongbao::cli
