#pragma once

#include "backup/BackupFolder.h"
#include "backup/BackupRotation.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "exchange/Age.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace tongbao {

// Makes one backup of a ledger file, safely (issue 7): a consistent snapshot of everything
// committed (SQLite's VACUUM INTO on a connection of its own, so a window can go on working
// and the ledger itself is never written), under a temporary name, synced to the disk, checked
// (quick_check and the audit chain) and only then renamed to its final name, with the folder
// synced. Whatever step fails or is interrupted, the earlier backups are untouched and no file
// appears under a backup's name: a temporary file is removed, or is cleared away by the next
// backup if the process was killed.
//
// A backup to a folder chosen by the user (a USB stick) is encrypted in the age format to the
// ledger's backup key (BackupKey), and the plaintext snapshot never touches the stick: it is
// made and checked in the ledger's own folder, and only the ciphertext is written out.
class BackupWriter {
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)
public:
    enum class Step { Snapshot, Sync, Check, Encrypt, Rename };

    struct Options {
        // Encrypt to this key; without one the backup is a plain ledger file.
        std::optional<age::Recipient> encryptTo;
        // Written beside encrypted backups (BackupKey::toText()), so a stick is restorable alone.
        QString keyFileText;
        // Remove automatic backups the rotation no longer keeps.
        bool rotate = false;
        RotationPolicy rotation;
        // Called before each step; a failure stops the backup there as if the step had failed.
        // The CLI's crash test pauses here; unit tests make steps fail.
        std::function<Status(Step)> beforeStep;
    };

    struct Outcome {
        BackupFile file;
        QStringList removed;  // older backups the rotation removed
        qint64 milliseconds = 0;
    };

    static Result<Outcome> write(const QString& ledgerPath,
                                 const BackupFolder& folder,
                                 const Options& options,
                                 const Clock& clock = Clock::current());

    // The automatic backups: beside the ledger, plain, rotated.
    static Result<Outcome> automatic(const QString& ledgerPath,
                                     const Clock& clock = Clock::current());

    // True when the newest automatic backup is older than a day (or there is none): the
    // window backs up at most daily while it is open.
    static bool automaticDue(const QString& ledgerPath, const Clock& clock = Clock::current());

    static QString stepName(Step step);
};

}  // namespace tongbao
