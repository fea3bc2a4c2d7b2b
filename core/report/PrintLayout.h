#pragma once

#include <QFont>
#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>

class QPaintDevice;
class QPainter;

namespace tongbao {

// One thing drawn on a printed page: text in a box, or a rule. Text that fits on one line is
// placed at layout time (`origin` is its baseline start), so that drawing it does not lay it
// out a second time; most cells of a form are such text.
struct PrintItem {
    enum class Kind { Text, Line };
    Kind kind = Kind::Text;
    QRectF rect;
    QLineF line;
    QString text;
    QFont font;
    int flags = 0;
    qreal penWidth = 0;
    bool placed = false;
    QPointF origin;
};

// A laid-out page: what to draw, in the device units of the PDF writer.
using PrintPage = QVector<PrintItem>;

void paintPage(QPainter& painter, const PrintPage& page);

// Lays text and tables out down the pages of a document before anything is drawn, so that the
// page count is known when footers say "第 x 页 / 共 y 页". Measures with the fonts of the device
// the pages will be drawn on. Coordinates are device units; mm() converts.
class PrintFlow {
public:
    // `body` is the area between the margins (and below any running header).
    PrintFlow(QPaintDevice& device, const QRectF& body);

    qreal mm(qreal millimetres) const;
    const QRectF& body() const { return m_body; }
    QPaintDevice& device() const { return m_device; }
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_body.top() + 0.5; }

    // Starts a new page if fewer than `height` units are left on this one.
    void ensure(qreal height);
    void newPage();
    // Called after each new page has been started (e.g. to repeat a title).
    void setOnNewPage(std::function<void()> callback) { m_onNewPage = std::move(callback); }

    // The height `text` takes when wrapped to `width`; sets `flags` to the wrap mode that fits
    // (by words, or anywhere for long unbroken Latin text such as ID numbers).
    qreal textHeight(const QString& text, const QFont& font, qreal width, int& flags) const;
    void text(const QRectF& rect, const QString& text, const QFont& font, int flags);
    void line(const QLineF& line, qreal penWidth);
    // A paragraph across the body's width at the current position; moves down past it.
    void paragraph(const QString& text, const QFont& font, int alignment, qreal spaceAfter = 0);

    int pageCount() const { return int(m_pages.size()); }
    // The width of `text` on one line.
    qreal advance(const QString& text, const QFont& font) const;
    QVector<PrintPage>& pages() { return m_pages; }

private:
    QPaintDevice& m_device;
    QRectF m_body;
    qreal m_y = 0;
    QVector<PrintPage> m_pages;
    std::function<void()> m_onNewPage;
    // Widths by font (size, weight) and text: labels repeat on every page.
    mutable QHash<QPair<qreal, bool>, QHash<QString, qreal>> m_advances;
};

struct PrintCell {
    QString text;
    int span = 1;
    int alignment = Qt::AlignLeft | Qt::AlignVCenter;
    bool bold = false;
};

struct PrintHeaderCell {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;
};

// A ruled table in a PrintFlow: fixed columns (relative widths over the body's width), rows of
// cells that may span columns, an optional header (cells may span rows and columns) repeated
// at the top of every page the table runs onto. A row is never split across pages.
class PrintTable {
public:
    PrintTable(PrintFlow& flow,
               const QVector<qreal>& columnWeights,
               const QFont& font,
               const QFont& headerFont,
               qreal lineWidth);

    void setHeader(const QVector<PrintHeaderCell>& cells, int rows);
    // Lays out a row; `minHeight` leaves writing room on blank forms.
    void addRow(const QVector<PrintCell>& cells, qreal minHeight = 0);
    // The x offset and width of columns [first, first + span).
    QPair<qreal, qreal> columnExtent(int first, int span) const;
    qreal padding() const { return m_padding; }

private:
    void drawHeader();
    qreal headerHeight() const;
    void layoutHeader();

    PrintFlow& m_flow;
    QVector<qreal> m_x;  // column edges, absolute
    QFont m_font;
    QFont m_headerFont;
    QFont m_boldFont;
    qreal m_lineWidth;
    qreal m_padding;
    qreal m_minRowHeight;
    QVector<PrintHeaderCell> m_header;
    QVector<qreal> m_headerRowHeights;
    bool m_headerDrawnOnThisPage = false;
    int m_page = -1;
};

// Running header and footer on every page of one document: the unit and the document's name
// above a rule, page x of y and the print date below.
struct PageFrame {
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    QString footerRight;
    bool pageNumbers = true;
    QFont font;
    QRectF paper;
    qreal marginTop = 0;
    qreal marginBottom = 0;
    qreal marginLeft = 0;
    qreal marginRight = 0;
    qreal lineWidth = 0;
};

void addPageFrame(QVector<PrintPage>& pages, const PageFrame& frame, QPaintDevice& device);

}  // namespace tongbao
