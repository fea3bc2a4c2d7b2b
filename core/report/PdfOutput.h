#pragma once

#include "common/Result.h"
#include "report/PrintLayout.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPainter;
class QPdfWriter;
class QSaveFile;

namespace tongbao {

// An A4 PDF being written: the QPdfWriter that pages are measured against and drawn on, over a
// file that replaces the target only once the document is complete. Pages are laid out with
// PrintFlow and appended with addPages(), so a binder of hundreds of case sheets is drawn one
// child at a time without holding every page in memory.
class PdfOutput {
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)
public:
    PdfOutput(const QString& path, QPageLayout::Orientation orientation, const QString& title);
    ~PdfOutput();
    PdfOutput(const PdfOutput&) = delete;
    PdfOutput& operator=(const PdfOutput&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QPaintDevice& device();
    QRectF paper() const;  // the whole sheet, in device units
    qreal mm(qreal millimetres) const;

    void addPages(const QVector<PrintPage>& pages);
    Status finish();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    bool m_anyPage = false;
    QString m_error;
};

}  // namespace tongbao
