#pragma once

#include "backup/BackupFolder.h"
#include "backup/LedgerProbe.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tongbao {

// Marks a ledger as open in a running program: a small file "<ledger>.open" holding the
// process id, removed when the program ends normally. Found at the next start with its
// process gone, it says the program did not end cleanly (a crash, a dead battery, a kill).
// The marker is only a hint to check the file thoroughly; the data itself is safe with SQLite's
// write-ahead log, which the check takes in, never deletes.
class SessionMarker {
public:
    explicit SessionMarker(QString ledgerPath);  // writes the marker
    ~SessionMarker();                            // removes it
    SessionMarker(const SessionMarker&) = delete;
    SessionMarker& operator=(const SessionMarker&) = delete;

    static QString markerPath(const QString& ledgerPath);
    // A marker whose process is no longer running.
    static bool leftBehind(const QString& ledgerPath);

private:
    QString m_path;
    bool m_written = false;
};

// The decision at start (issue 7): may this ledger file be opened, or must the person be told
// what is wrong with it and offered the latest good backup? The header is read at every start
// (a foreign, overwritten, cut-short or newer file); after an unclean end the whole file is
// checked too (quick_check and the audit chain). Nothing is repaired or changed here.
class StartupCheck {
    Q_DECLARE_TR_FUNCTIONS(StartupCheck)
public:
    struct Decision {
        LedgerProbe::Finding finding;
        bool uncleanEnd = false;
        std::optional<BackupFile> backup;  // the newest backup that passes its check
        bool canOpen() const { return finding.ok(); }
    };

    static Decision examine(const QString& ledgerPath);
    // Remembers that a damaged page was read (EncryptedVfs), so that the next start checks the
    // whole file and offers the backup; a whole check that passes forgets it.
    static void noteDamage(const QString& ledgerPath);
    static QString damageNotePath(const QString& ledgerPath);
};

}  // namespace tongbao
