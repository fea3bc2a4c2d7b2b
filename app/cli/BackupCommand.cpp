// tongbao-cli backup FILE [--to DIR]: one backup of a ledger now. Without --to it is an
// automatic backup in the folder beside the ledger ("<name>.backups"), rotated 7 daily, 4
// weekly, 12 monthly; with --to it is encrypted to the ledger's backup key (made the first time
// from the administrator's password in TONGBAO_PASSWORD) and the key file is written beside it
// (core/backup/BackupWriter, docs/security.md). When the ledger has no key yet and the user may
// not make one, the backup beside the ledger is still made and the reason is given.
#include "Command.h"

#include "backup/BackupKey.h"
#include "backup/BackupKeyAdmin.h"
#include "backup/BackupWriter.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"

#include <QDir>
#include <QThread>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Back up a ledger now: beside it (rotated), or --to DIR (a stick), encrypted to the "
    "ledger's backup key.");

// The crash test stops the backup before a step and kills the process there. Not documented
// for users: TONGBAO_BACKUP_PAUSE_BEFORE=snapshot|sync|check|encrypt|rename.
Status pauseForCrashTest(BackupWriter::Step step) {
    const QString pauseAt = qEnvironmentVariable("TONGBAO_BACKUP_PAUSE_BEFORE");
    if (pauseAt.isEmpty() || pauseAt != BackupWriter::stepName(step))
        return Status::success();
    err() << "paused before " << pauseAt << Qt::endl;
    QThread::sleep(60);
    return Status::success();
}

Result<BackupKey> backupKey(const QString& path) {
    if (auto key = BackupKey::ofFile(path))
        return *key;
    // Making the key is a change to the ledger: that needs the administrator's login.
    QString password = passwordFromEnvironment();
    if (password.isEmpty())
        return Result<BackupKey>::failure(QCoreApplication::translate(
            "Cli",
            "this ledger has no backup key yet; set TONGBAO_PASSWORD to the administrator's "
            "password to make one"));
    auto opened = Ledger::open(path, actorName());
    if (!opened)
        return Result<BackupKey>(opened.status());
    // An encrypted ledger shows its settings only after a login: any role may use the key.
    if (auto key = BackupKey::ofLedger(**opened))
        return *key;
    if (!BackupKeyAdmin::maySetUp(**opened))
        return Result<BackupKey>::failure(QCoreApplication::translate(
            "Cli",
            "this ledger has no backup key yet, and only an administrator can make it: run this "
            "once with --user and the password of an administrator"));
    const Status made = BackupKeyAdmin::setUpIfMissing(**opened, passwordBytes(password));
    if (!made)
        return Result<BackupKey>(made);
    out() << QCoreApplication::translate("Cli", "Made the ledger's backup key.") << '\n';
    if (auto key = BackupKey::ofLedger(**opened))
        return *key;
    return Result<BackupKey>::failure(
        QCoreApplication::translate("Cli", "the backup key could not be read back"));
}

void reportWritten(const BackupWriter::Outcome& written) {
    out() << QCoreApplication::translate("Cli", "Backup written: %1 (%2 bytes, %3 ms)")
                 .arg(QDir::toNativeSeparators(written.file.path))
                 .arg(written.file.size)
                 .arg(written.milliseconds)
          << '\n';
    for (const QString& removed : written.removed)
        out() << QCoreApplication::translate("Cli", "Older backup removed by rotation: %1")
                     .arg(QDir::toNativeSeparators(removed))
              << '\n';
    out().flush();
}

int runBackup(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption toOption(
        {QStringLiteral("to"), QStringLiteral("out")},
        QCoreApplication::translate("Cli", "Folder to write an encrypted backup to (a stick)."),
        QStringLiteral("DIR"));
    parser.addOption(toOption);
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    const QString path = files.first();
    // An encrypted ledger is copied by SQLite through its key (issue 8).
    if (const Status unlocked = unlockWithLogin(path); !unlocked)
        return fail(verb, unlocked.message());

    BackupWriter::Options options;
    options.beforeStep = pauseForCrashTest;
    BackupFolder folder = BackupFolder::besideLedger(path);
    if (parser.isSet(toOption)) {
        const QString target = parser.value(toOption);
        if (!QDir(target).exists())
            return fail(verb, QCoreApplication::translate("Cli", "the folder %1 does not exist")
                                  .arg(QDir::toNativeSeparators(target)));
        const Result<BackupKey> key = backupKey(path);
        if (!key) {
            // Only the copy for the stick needs the key: the rotated backup beside the ledger
            // (plain, on the same disk) is made all the same, whoever asks.
            BackupWriter::Options local;
            local.beforeStep = pauseForCrashTest;
            local.rotate = true;
            const auto written = BackupWriter::write(path, BackupFolder::besideLedger(path), local);
            if (written)
                reportWritten(*written);
            return fail(verb, written ? key.message()
                                      : key.message() + QStringLiteral("; ") + written.message());
        }
        options.encryptTo = key->recipient();
        options.keyFileText = key->toText();
        folder = BackupFolder::in(target, path);
    } else {
        options.rotate = true;
    }

    const auto written = BackupWriter::write(path, folder, options);
    if (!written)
        return fail(verb, written.message());
    reportWritten(*written);
    return ExitOk;
}

const CommandRegistrar registrar("backup", kSummary, runBackup);

}  // namespace

}  // namespace tongbao::cli
