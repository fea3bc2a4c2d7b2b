#include "users/RecoveryKeyActions.h"

#include "app/MainWindow.h"
#include "common/Dialogs.h"
#include "common/SheetPrinting.h"
#include "crypt/LedgerEncryption.h"
#include "report/PrintFonts.h"
#include "security/Accounts.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>

namespace tongbao {

RecoveryKeyActions::RecoveryKeyActions(MainWindow* window)
    : QObject(window)
    , m_window(window) {
    m_printSheet = new QAction(this);
    m_printSheet->setObjectName(QStringLiteral("printRecoverySheetAction"));
    connect(m_printSheet, &QAction::triggered, this,
            [this] { printSheet(m_window, m_window->ledger()); });
    // The window has no ledger yet while it builds its menus: the entry is decided when the
    // menu opens.
    m_printSheet->setText(tr("Print recovery key sheet…"));
    m_printSheet->setVisible(false);
}

void RecoveryKeyActions::addTo(QMenu* menu) {
    menu->addAction(m_printSheet);
    connect(menu, &QMenu::aboutToShow, this, &RecoveryKeyActions::update);
}

void RecoveryKeyActions::update() {
    m_printSheet->setText(tr("Print recovery key sheet…"));
    Ledger& ledger = m_window->ledger();
    // Only an encrypted ledger has a recovery key, and only its administrator may make one.
    m_printSheet->setVisible(LedgerEncryption::isEncrypted(ledger) &&
                             Accounts(ledger).current().has_value() &&
                             ledger.writer().context().access.allows(Permission::ManageAccounts));
}

QString RecoveryKeyActions::printSheet(QWidget* parent, Ledger& ledger) {
    const QString title = tr("Print recovery key sheet");
    Status allowed = ledger.writer().context().access.require(Permission::ManageAccounts);
    if (allowed && !LedgerEncryption::isEncrypted(ledger))
        allowed = Status::failure(
            tr("This ledger is not encrypted, so it has no recovery key. A ledger is encrypted "
               "once it has user accounts: add its administrator under Users… first."));
    if (!allowed) {
        Dialogs::warning(parent, title, allowed.message());
        return {};
    }
    const QMessageBox::StandardButton answer = Dialogs::choose(
        parent, QMessageBox::Warning, title,
        tr("This makes a new recovery key for this ledger and puts it on a sheet to print.\n\n"
           "The recovery key opens the ledger if every password is forgotten. Keep the printed "
           "sheet locked away like the key of a safe, apart from this computer: whoever has it "
           "and the ledger file can read every child's record.\n\n"
           "The previous recovery key stops working at once. Destroy its sheet."),
        {{QMessageBox::Yes, tr("Make a new recovery key…")}, {QMessageBox::Cancel, tr("Cancel")}},
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return {};

    // Everything that can fail before the key is made is checked first: once made, the new
    // key has replaced the old one.
    const Result<QString> family = PrintFonts::songFamily();
    if (!family) {
        Dialogs::warning(parent, tr("The sheet cannot be printed"), family.message());
        return {};
    }
    const QString path = SheetPrinting::askPdfPath(
        parent, tr("Save the recovery key sheet as PDF"),
        RecoverySheet::suggestedFileName(ledger.identity().name, ledger.clock().today()),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QString> letters = LedgerEncryption::newRecoveryKey(ledger);
    const Status written =
        letters ? RecoverySheet::write(ledger, *letters, path) : Status(letters.status());
    QApplication::restoreOverrideCursor();
    if (!letters) {
        Dialogs::warning(parent, tr("No new recovery key was made"), letters.message());
        return {};
    }
    if (!written) {
        Dialogs::warning(parent, tr("The recovery key sheet was not saved"),
                         tr("A new recovery key was made, but its sheet could not be saved:\n"
                            "%1\n\nThe previous recovery key no longer works. Choose Print "
                            "recovery key sheet… again and save the sheet in another place.")
                             .arg(written.message()));
        return {};
    }

    const QMessageBox::StandardButton next = Dialogs::choose(
        parent, QMessageBox::Information, title,
        tr("The recovery key sheet is saved in\n%1\n\nPrint it now, sign it, and lock the "
           "paper away apart from this computer; then delete the PDF file. The previous "
           "recovery key no longer works.")
            .arg(QDir::toNativeSeparators(path)),
        {{QMessageBox::Yes, tr("Print…")}, {QMessageBox::Close, tr("Close")}}, QMessageBox::Yes);
    if (next == QMessageBox::Yes)
        print(parent, ledger, RecoverySheet::facts(ledger, *letters));
    return path;
}

void RecoveryKeyActions::print(QWidget* parent, Ledger& ledger, const RecoverySheet::Facts& facts) {
    const Result<QString> family = PrintFonts::songFamily();
    if (!family) {
        Dialogs::warning(parent, tr("The sheet cannot be printed"), family.message());
        return;
    }
    const bool printed =
        SheetPrinting::preview(parent, tr("Recovery key sheet"), tr("Print the recovery key sheet"),
                               [&](QPaintDevice& device, const QRectF& paper) {
                                   return RecoverySheet::layout(facts, device, paper, *family);
                               });
    if (printed)
        AccessLog::note(ledger, AccessLog::Print, {}, RecoverySheet::accessLogText());
}

}  // namespace tongbao
