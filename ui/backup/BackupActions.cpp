#include "backup/BackupActions.h"

#include "app/MainWindow.h"
#include "backup/BackupKey.h"
#include "backup/BackupKeyAdmin.h"
#include "backup/BackupPassword.h"
#include "backup/BackupRestore.h"
#include "backup/BackupWriter.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/LedgerFiles.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <functional>

namespace tongbao {

namespace {

// How often the open window looks whether the daily backup is due, and how long after opening
// it looks first (not at once: opening must stay quick).
constexpr int kCheckEveryMs = 30 * 60 * 1000;
constexpr int kFirstCheckMs = 2 * 60 * 1000;

// Runs a backup in a thread of its own (it has its own connection) and waits for it with the
// window still painting: a district ledger takes seconds to copy and check.
Result<BackupWriter::Outcome> waitFor(const std::function<Result<BackupWriter::Outcome>()>& work) {
    Result<BackupWriter::Outcome> outcome = Status::failure({});
    QEventLoop loop;
    QThread* worker = QThread::create([&outcome, &work] { outcome = work(); });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    return outcome;
}

// The key an administrator makes before the first backup to a folder: sealed under their own
// login password (checked, and slowed down after wrong ones, as at the lock screen), so that the
// password that opens the backups is one they already know.
Result<BackupKey> setUpKey(Ledger& ledger, const QString& typed) {
    Accounts accounts(ledger);
    if (accounts.current()) {
        QString copy = typed;
        const Status confirmed = accounts.confirm(passwordBytes(copy));
        if (!confirmed)
            return Result<BackupKey>(confirmed);
    }
    return BackupKey::setUp(ledger, typed);
}

class WaitCursor {
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
};

}  // namespace

BackupActions::BackupActions(MainWindow* window)
    : QObject(window)
    , m_window(window) {
    m_backupNow = new QAction(this);
    m_backupNow->setObjectName(QStringLiteral("backupNowAction"));
    connect(m_backupNow, &QAction::triggered, this, &BackupActions::backupNow);
    m_backupToFolder = new QAction(this);
    m_backupToFolder->setObjectName(QStringLiteral("backupToFolderAction"));
    connect(m_backupToFolder, &QAction::triggered, this, &BackupActions::backupToFolder);
    m_restore = new QAction(this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
    retranslate();
    window->installEventFilter(this);

    m_daily = new QTimer(this);
    m_daily->setInterval(kCheckEveryMs);
    connect(m_daily, &QTimer::timeout, this, &BackupActions::backupIfDue);
    m_daily->start();
    QTimer::singleShot(kFirstCheckMs, this, &BackupActions::backupIfDue);
}

BackupActions::~BackupActions() {
    waitForWorker();
}

void BackupActions::waitForWorker() {
    if (m_worker)
        m_worker->wait();
}

void BackupActions::addTo(QMenu* menu) {
    menu->addSeparator();
    menu->addAction(m_backupNow);
    menu->addAction(m_backupToFolder);
    menu->addAction(m_restore);
}

bool BackupActions::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BackupActions::retranslate() {
    m_backupNow->setText(tr("&Backup now…"));
    m_backupToFolder->setText(tr("Backup to &folder…"));
    m_restore->setText(tr("Re&store…"));
}

QString BackupActions::ledgerPath() const {
    return m_window->ledger().path();
}

void BackupActions::backupOnClose() {
    waitForWorker();
    const QString path = ledgerPath();
    m_window->statusBar()->showMessage(tr("Backing up the ledger…"));
    WaitCursor wait;
    const auto written = waitFor([path] { return BackupWriter::automatic(path); });
    if (!written)
        Dialogs::warning(m_window, tr("Backup"),
                         tr("The automatic backup could not be made: %1").arg(written.message()));
}

void BackupActions::backupIfDue() {
    const QString path = ledgerPath();
    if (m_worker || !BackupWriter::automaticDue(path))
        return;
    // In a thread of its own, with a connection of its own: the window goes on working.
    QPointer<QStatusBar> status = m_window->statusBar();
    QThread* worker = QThread::create([path, status] {
        const auto written = BackupWriter::automatic(path);
        const QString message =
            written ? tr("Daily backup made: %1").arg(QFileInfo(written->file.path).fileName())
                    : tr("The daily backup could not be made: %1").arg(written.message());
        QMetaObject::invokeMethod(
            qApp,
            [status, message] {
                if (status)
                    status->showMessage(message, 10000);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    worker->start();
}

void BackupActions::backupNow() {
    waitForWorker();
    const QString path = ledgerPath();
    Result<BackupWriter::Outcome> written = Status::failure({});
    {
        WaitCursor wait;
        m_window->statusBar()->showMessage(tr("Backing up the ledger…"));
        written = waitFor([path] { return BackupWriter::automatic(path); });
        m_window->statusBar()->clearMessage();
    }
    if (!written) {
        Dialogs::warning(m_window, tr("Backup"), written.message());
        return;
    }
    Dialogs::information(
        m_window, tr("Backup"),
        tr("The ledger was backed up to %1.\n\nTongbao keeps a backup for each of the last 7 "
           "days, 4 weeks and 12 months in that folder. To keep a copy away from this computer, "
           "use Backup to folder….")
            .arg(QDir::toNativeSeparators(written->file.path)));
}

void BackupActions::backupToFolder() {
    Ledger& ledger = m_window->ledger();
    std::optional<BackupKey> key = BackupKey::ofLedger(ledger);
    if (!key && !BackupKeyAdmin::maySetUp(ledger)) {
        // Only the stick needs the key, and only an administrator makes it; the backup on
        // this computer is made all the same (issue 7).
        waitForWorker();
        Result<BackupWriter::Outcome> written = Status::failure({});
        {
            WaitCursor wait;
            const QString path = ledgerPath();
            written = waitFor([path] { return BackupWriter::automatic(path); });
        }
        QString text =
            tr("Backups on a stick are encrypted with the ledger's backup key, which the "
               "administrator has not made yet. It is made when the administrator logs in; ask "
               "them to log in once, then try again.");
        text += QStringLiteral("\n\n") +
                (written ? tr("A backup was made on this computer meanwhile: %1")
                               .arg(QDir::toNativeSeparators(written->file.path))
                         : tr("The backup on this computer could not be made either: %1")
                               .arg(written.message()));
        Dialogs::warning(m_window, tr("Backup to folder"), text);
        return;
    }
    if (!key) {
        const auto password = BackupPassword::ask(
            m_window,
            tr("Backups on a stick are encrypted, so that a lost stick shows nothing. Enter the "
               "administrator's password; it will be needed to restore these backups."),
            /*confirm=*/true);
        if (!password)
            return;
        Result<BackupKey> made = Status::failure({});
        {
            WaitCursor wait;
            made = setUpKey(ledger, *password);
        }
        if (!made) {
            Dialogs::warning(m_window, tr("Backup to folder"), made.message());
            return;
        }
        key = *made;
    }
    const BackupFolder local = BackupFolder::besideLedger(ledgerPath());
    const QString suggested =
        QDir(QDir::homePath())
            .filePath(QFileInfo(local.newFileName(Clock::current().now(), true)).fileName());
    const QString chosen =
        Dialogs::saveFileName(m_window, tr("Backup to folder: choose the stick or folder"),
                              suggested, tr("Encrypted backups (*.age)"));
    if (chosen.isEmpty())
        return;
    BackupWriter::Options options;
    options.encryptTo = key->recipient();
    options.keyFileText = key->toText();
    const BackupFolder folder = BackupFolder::in(QFileInfo(chosen).absolutePath(), ledgerPath());
    Result<BackupWriter::Outcome> written = Status::failure({});
    {
        WaitCursor wait;
        const QString path = ledgerPath();
        m_window->statusBar()->showMessage(tr("Backing up the ledger…"));
        written =
            waitFor([path, folder, options] { return BackupWriter::write(path, folder, options); });
        m_window->statusBar()->clearMessage();
    }
    if (!written) {
        Dialogs::warning(m_window, tr("Backup to folder"), written.message());
        return;
    }
    Dialogs::information(
        m_window, tr("Backup to folder"),
        tr("The encrypted backup was written to %1, with the key file %2 beside it. Keep both; "
           "restoring needs them and the administrator's password.")
            .arg(
                QDir::toNativeSeparators(written->file.path),
                QFileInfo(BackupKey::fileBeside(folder.folder(), folder.ledgerName())).fileName()));
}

void BackupActions::restore() {
    const QString backup = Dialogs::openFileName(m_window, tr("Restore: choose a backup"),
                                                 BackupFolder::besideLedger(ledgerPath()).folder(),
                                                 tr("Backups (*.tongbao *.age);;All files (*)"));
    if (backup.isEmpty())
        return;
    BackupRestore::Options options;
    options.actor = LedgerFiles::actor();
    if (backup.endsWith(QLatin1String(".age"))) {
        Result<BackupKey> key = BackupRestore::keyBeside(backup);
        if (!key) {
            // The open ledger's own key opens its backups even without the key file.
            if (auto own = BackupKey::ofLedger(m_window->ledger()))
                key = *own;
            else {
                Dialogs::warning(m_window, tr("Restore"), key.message());
                return;
            }
        }
        const auto password = BackupPassword::ask(
            m_window, tr("This backup is encrypted. Enter the administrator's password."), false);
        if (!password)
            return;
        auto identity = key->unlock(*password);
        if (!identity) {
            Dialogs::warning(m_window, tr("Restore"), identity.message());
            return;
        }
        options.identity = std::move(*identity);
    }
    // The open ledger is not replaced under the window's feet: the backup becomes a ledger file
    // of its own, which the window then opens.
    const QFileInfo current(ledgerPath());
    const QString suggested = current.absoluteDir().filePath(
        current.completeBaseName() + tr("-restored") + QStringLiteral(".tongbao"));
    const QString target = Dialogs::saveFileName(m_window, tr("Restore: save the ledger as"),
                                                 suggested, LedgerFiles::fileFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == current.absoluteFilePath()) {
        Dialogs::warning(m_window, tr("Restore"),
                         tr("The ledger that is open cannot be replaced while it is open. Choose "
                            "another name; the restored ledger will then be opened."));
        return;
    }
    Result<BackupRestore::Outcome> restored = Status::failure({});
    {
        WaitCursor wait;
        restored = BackupRestore::restore(backup, LedgerFiles::withSuffix(target), options);
    }
    if (!restored) {
        Dialogs::warning(m_window, tr("Restore"), restored.message());
        return;
    }
    m_window->openLedgerFile(restored->restoredPath);
    QString text = tr("The backup was checked and restored to %1, which is now open.")
                       .arg(QDir::toNativeSeparators(restored->restoredPath));
    if (!restored->keptAside.isEmpty())
        text += QStringLiteral("\n\n") + tr("The file that was there is kept as %1.")
                                             .arg(QDir::toNativeSeparators(restored->keptAside));
    Dialogs::information(m_window, tr("Restore"), text);
}

}  // namespace tongbao
