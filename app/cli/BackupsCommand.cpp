// tongbao-cli backups FILE [--in DIR] [--check]: the backups of a ledger, newest first, from the
// folder beside it or from a stick; --check reads each plain backup through (quick_check and
// the audit chain) and says whether it would restore.
#include "Command.h"

#include "backup/BackupFolder.h"
#include "backup/BackupRestore.h"
#include "crypt/LedgerEncryption.h"

#include <QDir>
#include <QFileInfo>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "List a ledger's backups, newest first (--in DIR for a stick, --check to verify).");

int runBackups(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption inOption(
        QStringLiteral("in"), QCoreApplication::translate("Cli", "Folder to look in (a stick)."),
        QStringLiteral("DIR"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QCoreApplication::translate("Cli", "Check each plain backup; exits 1 if one is damaged."));
    parser.addOptions({inOption, checkOption});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    const BackupFolder folder = parser.isSet(inOption)
                                    ? BackupFolder::in(parser.value(inOption), files.first())
                                    : BackupFolder::besideLedger(files.first());
    const QVector<BackupFile> backups = folder.list();
    out() << QCoreApplication::translate("Cli", "%n backup(s) in %1", "", int(backups.size()))
                 .arg(QDir::toNativeSeparators(folder.folder()))
          << '\n';
    bool allGood = true;
    for (const BackupFile& backup : backups) {
        QString state = backup.encrypted ? QCoreApplication::translate("Cli", "encrypted")
                        : LedgerEncryption::isEncrypted(backup.path)
                            ? QCoreApplication::translate("Cli", "encrypted ledger")
                            : QCoreApplication::translate("Cli", "plain");
        if (parser.isSet(checkOption) && !backup.encrypted) {
            // A backup of an encrypted ledger is encrypted like it (issue 8).
            const Status unlocked = unlockWithLogin(backup.path);
            const QString problem =
                unlocked ? BackupRestore::checkPlain(backup.path) : unlocked.message();
            state +=
                QStringLiteral(", ") +
                (problem.isEmpty()
                     ? QCoreApplication::translate("Cli", "checked, sound")
                     : QCoreApplication::translate("Cli", "DAMAGED: %1").arg(problem.simplified()));
            allGood = allGood && problem.isEmpty();
        }
        out() << backup.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
              << QString::number(backup.size).rightJustified(12) << "  "
              << QFileInfo(backup.path).fileName() << "  (" << state << ")\n";
    }
    out().flush();
    return allGood ? ExitOk : ExitFailure;
}

const CommandRegistrar registrar("backups", kSummary, runBackups);

}  // namespace

}  // namespace tongbao::cli
