#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace tongbao {

// One backup file of a ledger.
struct BackupFile {
    QString path;
    QDateTime taken;  // local time, from the file name
    bool encrypted = false;
    qint64 size = 0;
};

// Where a ledger's backups live and what they are called. Automatic backups go to a folder
// beside the ledger file, "<ledger name>.backups": it moves and is copied with the ledger, a
// person looking for the backups finds them next to the file, and it is on the same disk, which
// is why the folder backup (to a stick) exists too. Files are named
// "<ledger name>-backup-YYYYMMDD-HHMMSS.tongbao" in local time (".tongbao.age" when encrypted),
// so that they sort by time, a person can read the date, and backups of several ledgers can
// share one stick. A plain backup is itself a ledger file that Tongbao opens.
class BackupFolder {
public:
    BackupFolder(QString folder, QString ledgerName);

    // The automatic backups of the ledger at this path.
    static BackupFolder besideLedger(const QString& ledgerPath);
    // The same ledger's backups in another folder (a stick).
    static BackupFolder in(const QString& folder, const QString& ledgerPath);

    const QString& folder() const { return m_folder; }
    const QString& ledgerName() const { return m_ledgerName; }

    // A name not yet taken for a backup taken at this time.
    QString newFileName(const QDateTime& taken, bool encrypted) const;
    // This ledger's backups in the folder, newest first; temporary and foreign files are left out.
    QVector<BackupFile> list() const;
    // Removes unfinished backups (temporary files) left by an interrupted run, older than an
    // hour so that a backup running in another window is not disturbed.
    void removeLeftovers(const QDateTime& now) const;

    static QString temporaryPrefix() { return QStringLiteral(".partial-"); }

private:
    QString m_folder;
    QString m_ledgerName;
};

}  // namespace tongbao
