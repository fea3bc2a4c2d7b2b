#pragma once

#include "backup/BackupFolder.h"
#include "backup/BackupKey.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "exchange/Age.h"
#include "storage/LedgerCheck.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

#include <optional>

namespace tongbao {

// Puts a backup back as a working ledger (issue 7). Nothing is replaced until the backup has
// proved itself: it is copied (or decrypted) under a temporary name beside the target, opened
// as a ledger (an older backup is upgraded there, a foreign or newer one refused), and checked
// with LedgerCheck — SQLite's pages, the links between records, the audit hash chain. Only then
// is the file that was in its place moved aside, with its write-ahead log so that no committed
// change is lost or applied to the wrong file, under "<name>.replaced-YYYYMMDD-HHMMSS.tongbao",
// and the restored file renamed into place. A damaged backup is refused and changes nothing.
class BackupRestore {
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
public:
    struct Options {
        QString actor;
        // Opens an encrypted backup; not needed for plain ones.
        std::optional<age::Identity> identity;
        // Unlocks the ledger inside, when it is encrypted at rest (issue 8) and its key is not
        // known yet: the front end's login.
        std::function<Status(const QString& path)> unlock;
    };

    struct Outcome {
        QString restoredPath;
        QString keptAside;  // the file that was replaced, empty if there was none
        LedgerCheck::Report report;
    };

    static Result<Outcome> restore(const QString& backupPath,
                                   const QString& targetPath,
                                   const Options& options,
                                   const Clock& clock = Clock::current());

    // Checks a plain backup where it lies, reading only: header, quick_check, audit chain.
    // Empty when sound, else the problem in words.
    static QString checkPlain(const QString& backupPath);

    // The newest plain backup beside the ledger that passes checkPlain().
    static std::optional<BackupFile> latestGood(const QString& ledgerPath);

    // The backup key stored beside an encrypted backup (BackupKey::fileBeside).
    static Result<BackupKey> keyBeside(const QString& backupPath);

    // The name the replaced file is kept under.
    static QString asideName(const QString& targetPath, const QDateTime& now);
};

}  // namespace tongbao
