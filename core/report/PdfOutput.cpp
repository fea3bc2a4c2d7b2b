#include "report/PdfOutput.h"

#include "report/SaveProblem.h"

#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace tongbao {

namespace {
constexpr int kResolution = 600;  // dots per inch of the layout's device units
}

PdfOutput::PdfOutput(const QString& path,
                     QPageLayout::Orientation orientation,
                     const QString& title)
    : m_path(path)
    , m_file(std::make_unique<QSaveFile>(path)) {
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = SaveProblem::describe(path);
        return;
    }
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Tongbao ") + QStringLiteral(TONGBAO_VERSION));
}

PdfOutput::~PdfOutput() {
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

QPaintDevice& PdfOutput::device() {
    return *m_writer;
}

QRectF PdfOutput::paper() const {
    return QRectF(QPointF(0, 0), QSizeF(m_writer->width(), m_writer->height()));
}

qreal PdfOutput::mm(qreal millimetres) const {
    return millimetres * kResolution / 25.4;
}

void PdfOutput::addPages(const QVector<PrintPage>& pages) {
    if (!ok())
        return;
    for (const PrintPage& page : pages) {
        if (!m_painter) {
            m_painter = std::make_unique<QPainter>();
            if (!m_painter->begin(m_writer.get())) {
                m_error = tr("The PDF could not be started.");
                return;
            }
            m_painter->setRenderHint(QPainter::Antialiasing);
        } else {
            m_writer->newPage();
        }
        paintPage(*m_painter, page);
        m_anyPage = true;
    }
}

Status PdfOutput::finish() {
    if (ok() && !m_anyPage)
        addPages({PrintPage()});
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_writer.reset();
    if (!ok() || !m_file->commit())
        return Status::failure(m_error.isEmpty() ? SaveProblem::describe(m_path) : m_error);
    return Status::success();
}

}  // namespace tongbao
