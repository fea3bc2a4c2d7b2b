#include "exchange/KeySheetOutput.h"

#include "common/Dialogs.h"
#include "common/SheetPrinting.h"
#include "report/KeyRegistrationSheet.h"
#include "report/PrintFonts.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"

#include <QApplication>

namespace tongbao {

QString KeySheetOutput::save(QWidget* parent, Ledger& ledger, QString* problem) {
    QString path = SheetPrinting::askPdfPath(
        parent, tr("Save the key registration sheet as PDF"),
        KeyRegistrationSheet::suggestedFileName(ledger.identity().name, ledger.clock().today()),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = KeyRegistrationSheet::write(ledger, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        if (problem)
            *problem = written.message();
        return {};
    }
    return path;
}

void KeySheetOutput::print(QWidget* parent, Ledger& ledger) {
    const Result<KeyRegistrationSheet::Facts> facts = KeyRegistrationSheet::facts(ledger);
    const Result<QString> family = PrintFonts::songFamily();
    if (!facts || !family) {
        Dialogs::warning(parent, tr("The sheet cannot be printed"),
                         !facts ? facts.message() : family.message());
        return;
    }
    const bool printed = SheetPrinting::preview(
        parent, tr("Key registration sheet"), tr("Print the key registration sheet"),
        [&](QPaintDevice& device, const QRectF& paper) {
            return KeyRegistrationSheet::layout(*facts, device, paper, *family);
        });
    if (printed)
        AccessLog::note(ledger, AccessLog::Print, {}, QStringLiteral("key registration sheet"));
}

}  // namespace tongbao
