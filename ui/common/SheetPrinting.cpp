#include "common/SheetPrinting.h"

#include "common/Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace tongbao {

QString SheetPrinting::askPdfPath(QWidget* parent,
                                  const QString& caption,
                                  const QString& fileName,
                                  const QString& filter) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Dialogs::saveFileName(parent, caption, QDir(folder).filePath(fileName), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    return path;
}

bool SheetPrinting::preview(QWidget* parent,
                            const QString& documentName,
                            const QString& title,
                            const LayOut& layOut) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    printer.setFullPage(true);
    printer.setDocName(documentName);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        const QRectF paper(QPointF(0, 0), target->paperRect(QPrinter::DevicePixel).size());
        QPainter painter(target);
        painter.setRenderHint(QPainter::Antialiasing);
        bool first = true;
        for (const PrintPage& page : layOut(*target, paper)) {
            if (!first)
                target->newPage();
            first = false;
            paintPage(painter, page);
        }
    });
    dialog.resize(900, 760);
    return dialog.exec() == QDialog::Accepted;
}

}  // namespace tongbao
