// tongbao-cli backup FILE [--to DIR]: one backup of a ledger now. Without --to it is an
// automatic backup in the folder beside the ledger ("<name>.backups"), rotated 7 daily, 4
// weekly, 12 monthly; with --to it is encrypted to the ledger's backup key (made the first time
// from the administrator's password in TONGBAO_PASSWORD) and the key file is written beside it
// (core/backup/BackupWriter, docs/security.md).
#include "Command.h"

#include "backup/BackupKey.h"
#include "backup/BackupWriter.h"
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

Result<BackupKey> backupKey(const QString& path, const QString& verb) {
    if (auto key = BackupKey::ofFile(path))
        return *key;
    // Making the key is a change to the ledger: that needs the administrator's login.
    const QString password = passwordFromEnvironment();
    if (password.isEmpty())
        return Result<BackupKey>::failure(QCoreApplication::translate(
            "Cli",
            "this ledger has no backup key yet; set TONGBAO_PASSWORD to the administrator's "
            "password to make one"));
    auto opened = Ledger::open(path, actorName());
    if (!opened)
        return Result<BackupKey>(opened.status());
    auto made = BackupKey::setUp(**opened, password);
    if (made)
        out() << QCoreApplication::translate("Cli", "Made the ledger's backup key.") << '\n';
    Q_UNUSED(verb);
    return made;
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

    BackupWriter::Options options;
    options.beforeStep = pauseForCrashTest;
    BackupFolder folder = BackupFolder::besideLedger(path);
    if (parser.isSet(toOption)) {
        const QString target = parser.value(toOption);
        if (!QDir(target).exists())
            return fail(verb, QCoreApplication::translate("Cli", "the folder %1 does not exist")
                                  .arg(QDir::toNativeSeparators(target)));
        const Result<BackupKey> key = backupKey(path, verb);
        if (!key)
            return fail(verb, key.message());
        options.encryptTo = key->recipient();
        options.keyFileText = key->toText();
        folder = BackupFolder::in(target, path);
    } else {
        options.rotate = true;
    }

    const auto written = BackupWriter::write(path, folder, options);
    if (!written)
        return fail(verb, written.message());
    out() << QCoreApplication::translate("Cli", "Backup written: %1 (%2 bytes, %3 ms)")
                 .arg(QDir::toNativeSeparators(written->file.path))
                 .arg(written->file.size)
                 .arg(written->milliseconds)
          << '\n';
    for (const QString& removed : written->removed)
        out() << QCoreApplication::translate("Cli", "Older backup removed by rotation: %1")
                     .arg(QDir::toNativeSeparators(removed))
              << '\n';
    out().flush();
    return ExitOk;
}

const CommandRegistrar registrar("backup", kSummary, runBackup);

}  // namespace

}  // namespace tongbao::cli
