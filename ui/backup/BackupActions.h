#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QThread;
class QMenu;
class QTimer;

namespace tongbao {

class MainWindow;

// The backups of the open ledger, as the window offers them (issue 7): File ▸ Backup now…,
// Backup to folder… (a USB stick; encrypted to the ledger's backup key) and Restore…; an
// automatic backup when the window closes and at most once a day while it stays open. The work
// itself is core/backup; this class asks the questions and reports the outcome.
class BackupActions : public QObject {
    Q_OBJECT
public:
    explicit BackupActions(MainWindow* window);
    ~BackupActions() override;

    // Adds the entries to the menu (after what is there).
    void addTo(QMenu* menu);
    QAction* backupNowAction() const { return m_backupNow; }
    QAction* backupToFolderAction() const { return m_backupToFolder; }
    QAction* restoreAction() const { return m_restore; }

    // The automatic backup when the window closes; quiet unless it fails.
    void backupOnClose();
    // The daily automatic backup, if one is due.
    void backupIfDue();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void backupNow();
    void backupToFolder();
    void restore();
    QString ledgerPath() const;
    void waitForWorker();

    MainWindow* m_window;
    QAction* m_backupNow = nullptr;
    QAction* m_backupToFolder = nullptr;
    QAction* m_restore = nullptr;
    QTimer* m_daily = nullptr;
    QPointer<QThread> m_worker;  // the daily backup while it runs
};

}  // namespace tongbao
