#include "safety/SafetyReportPrinting.h"

#include "storage/AccessLog.h"

#include "common/Dialogs.h"
#include "report/PrintLayout.h"
#include "report/SafetyReportSheet.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace tongbao {

void SafetyReportPrinting::preview(QWidget* parent, Ledger& ledger, const QString& reportId) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    printer.setFullPage(true);
    printer.setDocName(tr("Safety report form"));
    QString problem;
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the safety report form"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        const QRectF paper = target->paperRect(QPrinter::DevicePixel);
        const Result<QVector<PrintPage>> pages = SafetyReportSheet::layoutReport(
            ledger, reportId, *target, QRectF(QPointF(0, 0), paper.size()));
        if (!pages) {
            problem = pages.message();
            return;
        }
        QPainter painter(target);
        painter.setRenderHint(QPainter::Antialiasing);
        bool first = true;
        for (const PrintPage& page : *pages) {
            if (!first)
                target->newPage();
            first = false;
            paintPage(painter, page);
        }
    });
    dialog.resize(900, 700);
    // The preview is accepted only when it printed: that is what the access log records.
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!problem.isEmpty()) {
        Dialogs::warning(parent, tr("The form cannot be printed"), problem);
        return;
    }
    if (printed) {
        const Result<SafetyReport> report = ledger.safetyReports().load(reportId);
        AccessLog::note(ledger, AccessLog::Print,
                        report ? QStringList{report->childId} : QStringList(),
                        QStringLiteral("safety report (printed)"));
    }
}

QString SafetyReportPrinting::saveAsPdf(QWidget* parent, Ledger& ledger, const QString& reportId) {
    const Result<SafetyReport> report = ledger.safetyReports().load(reportId);
    if (!report)
        return {};
    const Result<Child> child = ledger.children().load(report->childId);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(SafetyReportSheet::suggestedFileName(
                ledger.identity().name, child ? child->name : QString(), ledger.clock().today()));
    QString path = Dialogs::saveFileName(parent, tr("Save the safety report form"), suggested,
                                         tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const Status written = SafetyReportSheet::write(ledger, reportId, path);
    if (!written) {
        Dialogs::warning(parent, tr("The form cannot be saved"), written.message());
        return {};
    }
    return path;
}

}  // namespace tongbao
