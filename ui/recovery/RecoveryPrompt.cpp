#include "recovery/RecoveryPrompt.h"

#include "backup/BackupRestore.h"
#include "backup/StartupCheck.h"
#include "common/Dialogs.h"
#include "common/LedgerFiles.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

namespace tongbao {

namespace {

// Keeps the "ledger is open" marker for as long as the program runs: it is removed when the
// application object goes, after the main window has closed the ledger. A crash leaves it.
class MarkerKeeper : public QObject {
public:
    MarkerKeeper(const QString& ledgerPath, QObject* parent)
        : QObject(parent)
        , m_marker(ledgerPath) {}

private:
    SessionMarker m_marker;
};

void keepMarker(const QString& ledgerPath) {
    const QString name =
        QStringLiteral("tongbao-marker:") + QFileInfo(ledgerPath).absoluteFilePath();
    if (!qApp || qApp->findChild<QObject*>(name, Qt::FindDirectChildrenOnly))
        return;
    auto* keeper = new MarkerKeeper(ledgerPath, qApp);
    keeper->setObjectName(name);
}

QString when(const QDateTime& taken) {
    return QLocale().toString(taken, QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace

Status RecoveryPrompt::vet(QWidget* parent, const QString& ledgerPath) {
    const StartupCheck::Decision decision = StartupCheck::examine(ledgerPath);
    if (decision.canOpen()) {
        keepMarker(ledgerPath);
        return Status::success();
    }
    if (!decision.backup) {
        // A file that is simply not there, without a backup, is the opening's own business.
        if (decision.finding.kind == LedgerProbe::Kind::Missing)
            return Status::success();
        return Status::failure(
            decision.finding.message + QStringLiteral("\n\n") +
            tr("No sound backup of this ledger was found in %1. The file was not opened and "
               "was not changed; keep it, someone with experience may still be able to rescue "
               "its contents.")
                .arg(QDir::toNativeSeparators(BackupFolder::besideLedger(ledgerPath).folder())));
    }

    const BackupFile& backup = *decision.backup;
    QString text = decision.finding.message + QStringLiteral("\n\n");
    if (decision.finding.kind == LedgerProbe::Kind::Newer)
        text += tr("You can update Tongbao, or open the latest backup made by this version, from "
                   "%1. The newer file is kept beside it unchanged; the changes made in the "
                   "newer version are not in the backup.")
                    .arg(when(backup.taken));
    else if (decision.finding.kind == LedgerProbe::Kind::Missing)
        text += tr("The latest backup is from %1. Tongbao can put it in the ledger's place and "
                   "open it.")
                    .arg(when(backup.taken));
    else
        text += tr("The latest good backup is from %1. Tongbao can put it in place of this file "
                   "and open it. The file as it is now is kept beside it, nothing is deleted. "
                   "Changes made after %1 are not in the backup; enter them again.")
                    .arg(when(backup.taken));
    const QMessageBox::StandardButton answer =
        Dialogs::choose(parent, QMessageBox::Warning, tr("The ledger file has a problem"), text,
                        {{QMessageBox::Apply, tr("Open the latest good backup")},
                         {QMessageBox::Cancel, tr("Do not open it")}},
                        QMessageBox::Apply);
    if (answer != QMessageBox::Apply)
        return Status::failure(decision.finding.message);

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored =
        BackupRestore::restore(backup.path, ledgerPath, {LedgerFiles::actor(), {}});
    QGuiApplication::restoreOverrideCursor();
    if (!restored)
        return Status::failure(restored.message());
    QString done = tr("The backup from %1 is now the ledger %2.")
                       .arg(when(backup.taken), QDir::toNativeSeparators(ledgerPath));
    if (!restored->keptAside.isEmpty())
        done += QStringLiteral("\n\n") + tr("The file that had the problem is kept as %1.")
                                             .arg(QDir::toNativeSeparators(restored->keptAside));
    Dialogs::information(parent, tr("Backup opened"), done);
    keepMarker(ledgerPath);
    return Status::success();
}

}  // namespace tongbao
