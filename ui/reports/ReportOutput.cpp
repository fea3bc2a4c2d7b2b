#include "reports/ReportOutput.h"

#include "common/Dialogs.h"
#include "report/CaseFile.h"
#include "report/CaseSheet.h"
#include "report/LedgerSheet.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportCsv.h"
#include "report/MonthlyReportPdf.h"
#include "report/MonthlyReportXlsx.h"
#include "report/PrintFonts.h"
#include "report/PrintLayout.h"
#include "report/ReportFileNames.h"
#include "report/VisitForm.h"
#include "safety/SafetyReports.h"
#include "storage/AccessLog.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/ReportQueries.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

#include <functional>

namespace tongbao {

namespace {

// The folder last saved into during this session, so that a month's files land together.
QString& lastFolder() {
    static QString folder;
    return folder;
}

// Shows the printer's preview of pages laid out for it; `layOut` sets a reason when it cannot.
// The printer's sheet is A4 in the given orientation, without margins: the layouts place their
// own, as on the PDF. True when the pages were sent to the printer (the preview closes with
// "accepted" only after printing), which is what the access log records.
using LayOut = std::function<void(QPrinter&, const QRectF&, const QString& family, QString&)>;

bool preview(QWidget* parent,
             QPageLayout::Orientation orientation,
             const QString& documentName,
             const QString& title,
             const LayOut& layOut) {
    const Result<QString> family = PrintFonts::songFamily();
    if (!family) {
        Dialogs::warning(parent, ReportOutput::tr("The document cannot be printed"),
                         family.message());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
    printer.setFullPage(true);
    printer.setDocName(documentName);
    QString problem;
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        const QRectF paper = target->paperRect(QPrinter::DevicePixel);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        layOut(*target, QRectF(QPointF(0, 0), paper.size()), *family, problem);
        QApplication::restoreOverrideCursor();
    });
    dialog.resize(1000, 720);
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!problem.isEmpty()) {
        Dialogs::warning(parent, ReportOutput::tr("The document cannot be printed"), problem);
        return false;
    }
    return printed;
}

// Draws laid-out pages on the printer, the first on the page the printer has open.
void paintPages(QPrinter& printer,
                QPainter& painter,
                const QVector<PrintPage>& pages,
                bool& first) {
    for (const PrintPage& page : pages) {
        if (!first)
            printer.newPage();
        first = false;
        paintPage(painter, page);
    }
}

}  // namespace

QString ReportOutput::suffix(Format format) {
    switch (format) {
        case Format::Xlsx:
            return QStringLiteral("xlsx");
        case Format::Pdf:
            return QStringLiteral("pdf");
        case Format::Csv:
            return QStringLiteral("csv");
    }
    return {};
}

QString ReportOutput::askPath(QWidget* parent,
                              const QString& caption,
                              const QString& fileName,
                              const QString& filter,
                              const QString& suffix) {
    QString folder = lastFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Dialogs::saveFileName(parent, caption, QDir(folder).filePath(fileName), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    lastFolder() = QFileInfo(path).absolutePath();
    return path;
}

QString ReportOutput::writeMonthlyReport(const MonthlyReport& report,
                                         Format format,
                                         const QString& path) {
    Status written = Status::success();
    switch (format) {
        case Format::Xlsx:
            written = MonthlyReportXlsx::write(report, path);
            break;
        case Format::Pdf:
            written = MonthlyReportPdf::write(report, path);
            break;
        case Format::Csv:
            written = MonthlyReportCsv::write(report, path);
            break;
    }
    return written ? QString() : written.message();
}

QString ReportOutput::saveMonthlyReport(QWidget* parent,
                                        const MonthlyReport& report,
                                        Format format) {
    QString caption, filter;
    switch (format) {
        case Format::Xlsx:
            caption = tr("Save the monthly report as an Excel workbook");
            filter = tr("Excel workbooks (*.xlsx)");
            break;
        case Format::Pdf:
            caption = tr("Save the monthly report as PDF");
            filter = tr("PDF documents (*.pdf)");
            break;
        case Format::Csv:
            caption = tr("Save the monthly report as CSV");
            filter = tr("CSV files (*.csv)");
            break;
    }
    const QString path =
        askPath(parent, caption,
                ReportFileNames::monthlyReport(report.unitName, report.firstDay, suffix(format)),
                filter, suffix(format));
    if (path.isEmpty())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = writeMonthlyReport(report, format, path);
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        Dialogs::warning(parent, tr("The monthly report was not saved"), problem);
        return {};
    }
    return path;
}

bool ReportOutput::printMonthlyReport(QWidget* parent, const MonthlyReport& report) {
    return preview(
        parent, QPageLayout::Landscape, tr("Monthly report"), tr("Print the monthly report"),
        [&report](QPrinter& printer, const QRectF& paper, const QString& family, QString&) {
            const QVector<PrintPage> pages =
                MonthlyReportPdf::layout(report, printer, paper, family);
            QPainter painter(&printer);
            painter.setRenderHint(QPainter::Antialiasing);
            bool first = true;
            paintPages(printer, painter, pages, first);
        });
}

QString ReportOutput::saveLedgerSheet(QWidget* parent, Ledger& ledger) {
    const QString path =
        askPath(parent, tr("Save the ledger spreadsheet"),
                ReportFileNames::ledgerSheet(ledger.identity().name, ledger.clock().today()),
                tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx"));
    if (path.isEmpty())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> written = LedgerSheet::write(ledger, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        Dialogs::warning(parent, tr("The ledger spreadsheet was not saved"), written.message());
        return {};
    }
    return path;
}

QStringList ReportOutput::childrenOnFile(Ledger& ledger) {
    return ReportQueries(ledger.database()).activeChildIds();
}

QString ReportOutput::saveCaseSheets(QWidget* parent,
                                     Ledger& ledger,
                                     const QStringList& childIds,
                                     const QString& who) {
    if (childIds.isEmpty())
        return {};
    const QString path =
        askPath(parent, tr("Save case sheets as PDF"),
                ReportFileNames::caseSheets(ledger.identity().name, who, ledger.clock().today()),
                tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return {};
    CaseSheetOptions options;
    options.includeOpenSafetyReports = SafetyReports::visible();
    // A binder of hundreds of children takes a while: show the count and let it be stopped
    // (nothing is written until the last child is done).
    QProgressDialog progress(tr("Writing the case sheets…"), tr("Cancel"), 0, int(childIds.size()),
                             parent);
    progress.setWindowTitle(tr("Case sheets"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(childIds.size() > 1 ? 300 : 100000);
    bool cancelled = false;
    const Status written =
        CaseSheet::write(ledger, childIds, path, options, [&](int done, int total) {
            progress.setLabelText(tr("Writing the case sheets… %1 of %2").arg(done).arg(total));
            progress.setValue(done);
            cancelled = progress.wasCanceled();
            return !cancelled;
        });
    progress.reset();
    if (cancelled)
        return {};
    if (!written) {
        Dialogs::warning(parent, tr("The case sheets were not saved"), written.message());
        return {};
    }
    return path;
}

void ReportOutput::printCaseSheets(QWidget* parent, Ledger& ledger, const QStringList& childIds) {
    if (childIds.isEmpty())
        return;
    const bool withSafety = SafetyReports::visible();
    const bool printed = preview(
        parent, QPageLayout::Portrait, tr("Case sheets"), tr("Print case sheets"),
        [&](QPrinter& printer, const QRectF& paper, const QString& family, QString& problem) {
            QProgressDialog progress(tr("Preparing the case sheets…"), tr("Cancel"), 0,
                                     int(childIds.size()), parent);
            progress.setWindowModality(Qt::WindowModal);
            progress.setMinimumDuration(childIds.size() > 1 ? 300 : 100000);
            QPainter painter(&printer);
            painter.setRenderHint(QPainter::Antialiasing);
            bool first = true;
            const QDate today = ledger.clock().today();
            for (int i = 0; i < childIds.size(); ++i) {
                const Result<CaseFile> file = CaseFile::load(ledger, childIds[i], withSafety);
                if (!file) {
                    problem = file.message();
                    return;
                }
                paintPages(
                    printer, painter,
                    CaseSheet::layout(*file, ledger.identity(), today, printer, paper, family),
                    first);
                progress.setValue(i + 1);
                if (progress.wasCanceled())
                    return;
            }
        });
    // Saving as PDF is recorded by CaseSheet::write; paper is recorded here (issue 7).
    if (printed)
        AccessLog::note(ledger, AccessLog::Print, childIds, QStringLiteral("case sheet (printed)"));
}

QString ReportOutput::saveVisitForms(QWidget* parent,
                                     Ledger& ledger,
                                     const QStringList& childIds,
                                     const QString& who) {
    const QString path = askPath(parent, tr("Save the visit form as PDF"),
                                 ReportFileNames::visitForm(ledger.identity().name, who),
                                 tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = VisitForm::write(ledger, childIds, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        Dialogs::warning(parent, tr("The visit form was not saved"), written.message());
        return {};
    }
    return path;
}

}  // namespace tongbao
