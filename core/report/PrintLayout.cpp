#include "report/PrintLayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace tongbao {

void paintPage(QPainter& painter, const PrintPage& page) {
    for (const PrintItem& item : page) {
        if (item.kind == PrintItem::Kind::Line) {
            QPen pen(Qt::black);
            pen.setWidthF(item.penWidth);
            pen.setCapStyle(Qt::SquareCap);
            painter.setPen(pen);
            painter.drawLine(item.line);
        } else {
            painter.setPen(Qt::black);
            if (painter.font() != item.font)
                painter.setFont(item.font);
            if (item.placed)
                painter.drawText(item.origin, item.text);
            else
                painter.drawText(item.rect, item.flags, item.text);
        }
    }
}

PrintFlow::PrintFlow(QPaintDevice& device, const QRectF& body)
    : m_device(device)
    , m_body(body)
    , m_y(body.top()) {
    m_pages.append(PrintPage());
}

qreal PrintFlow::mm(qreal millimetres) const {
    return millimetres * m_device.logicalDpiY() / 25.4;
}

void PrintFlow::ensure(qreal height) {
    if (height > remaining() && !atPageTop())
        newPage();
}

void PrintFlow::newPage() {
    m_pages.append(PrintPage());
    m_y = m_body.top();
    if (m_onNewPage)
        m_onNewPage();
}

qreal PrintFlow::advance(const QString& text, const QFont& font) const {
    QHash<QString, qreal>& widths = m_advances[{font.pointSizeF(), font.bold()}];
    const auto cached = widths.constFind(text);
    if (cached != widths.constEnd())
        return *cached;
    const qreal width = QFontMetricsF(font, &m_device).horizontalAdvance(text);
    if (widths.size() > 20000)
        widths.clear();
    widths.insert(text, width);
    return width;
}

qreal PrintFlow::textHeight(const QString& text, const QFont& font, qreal width, int& flags) const {
    const QFontMetricsF metrics(font, &m_device);
    if (text.isEmpty()) {
        flags |= Qt::TextWordWrap;
        return metrics.height();
    }
    if (!text.contains(QLatin1Char('\n')) && advance(text, font) <= width) {
        flags |= Qt::TextWordWrap;
        return metrics.height();
    }
    const QRectF area(0, 0, width, 1e9);
    QRectF bounds = metrics.boundingRect(area, flags | Qt::TextWordWrap, text);
    if (bounds.width() <= width + 0.5) {
        flags |= Qt::TextWordWrap;
    } else {
        bounds = metrics.boundingRect(area, flags | Qt::TextWrapAnywhere, text);
        flags |= Qt::TextWrapAnywhere;
    }
    return bounds.height();
}

void PrintFlow::text(const QRectF& rect, const QString& text, const QFont& font, int flags) {
    if (text.isEmpty())
        return;
    PrintItem item;
    item.kind = PrintItem::Kind::Text;
    item.rect = rect;
    item.text = text;
    item.font = font;
    item.flags = flags;
    const qreal width = text.contains(QLatin1Char('\n')) ? rect.width() + 1 : advance(text, font);
    if (width <= rect.width()) {
        // One line: place its baseline now, as QPainter would for these flags.
        const QFontMetricsF metrics(font, &m_device);
        qreal x = rect.left();
        if (flags & Qt::AlignRight)
            x = rect.right() - width;
        else if (flags & Qt::AlignHCenter)
            x = rect.left() + (rect.width() - width) / 2;
        qreal y = rect.top() + metrics.ascent();
        if (flags & Qt::AlignBottom)
            y = rect.bottom() - metrics.descent();
        else if (flags & Qt::AlignVCenter)
            y = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent();
        item.placed = true;
        item.origin = QPointF(x, y);
    }
    m_pages.last().append(item);
}

void PrintFlow::line(const QLineF& line, qreal penWidth) {
    PrintItem item;
    item.kind = PrintItem::Kind::Line;
    item.line = line;
    item.penWidth = penWidth;
    m_pages.last().append(item);
}

void PrintFlow::paragraph(const QString& text, const QFont& font, int alignment, qreal spaceAfter) {
    int flags = alignment;
    const qreal height = textHeight(text, font, m_body.width(), flags);
    ensure(height);
    this->text(QRectF(m_body.left(), m_y, m_body.width(), height), text, font, flags);
    m_y += height + spaceAfter;
}

PrintTable::PrintTable(PrintFlow& flow,
                       const QVector<qreal>& columnWeights,
                       const QFont& font,
                       const QFont& headerFont,
                       qreal lineWidth)
    : m_flow(flow)
    , m_font(font)
    , m_headerFont(headerFont)
    , m_boldFont(font)
    , m_lineWidth(lineWidth)
    , m_padding(flow.mm(1.2))
    , m_minRowHeight(flow.mm(7)) {
    m_boldFont.setBold(true);
    qreal total = 0;
    for (const qreal weight : columnWeights)
        total += weight;
    qreal x = flow.body().left();
    m_x.append(x);
    for (const qreal weight : columnWeights) {
        x += flow.body().width() * weight / total;
        m_x.append(x);
    }
}

QPair<qreal, qreal> PrintTable::columnExtent(int first, int span) const {
    const int last = std::min(int(m_x.size()) - 1, first + span);
    return {m_x[first], m_x[last] - m_x[first]};
}

void PrintTable::setHeader(const QVector<PrintHeaderCell>& cells, int rows) {
    m_header = cells;
    m_headerRowHeights = QVector<qreal>(rows, 0);
    layoutHeader();
}

void PrintTable::layoutHeader() {
    const int rows = int(m_headerRowHeights.size());
    for (qreal& height : m_headerRowHeights)
        height = m_minRowHeight;
    // Single-row cells first, then make room for cells spanning several rows.
    for (int pass = 0; pass < 2; ++pass) {
        for (const PrintHeaderCell& cell : m_header) {
            if ((cell.rowSpan > 1) != (pass == 1))
                continue;
            int flags = Qt::AlignCenter;
            const qreal width = columnExtent(cell.column, cell.columnSpan).second - 2 * m_padding;
            const qreal needed =
                m_flow.textHeight(cell.text, m_headerFont, width, flags) + 2 * m_padding;
            const int last = std::min(rows - 1, cell.row + cell.rowSpan - 1);
            qreal have = 0;
            for (int r = cell.row; r <= last; ++r)
                have += m_headerRowHeights[r];
            if (needed > have)
                m_headerRowHeights[last] += needed - have;
        }
    }
}

qreal PrintTable::headerHeight() const {
    qreal height = 0;
    for (const qreal row : m_headerRowHeights)
        height += row;
    return height;
}

void PrintTable::drawHeader() {
    if (m_header.isEmpty())
        return;
    const qreal top = m_flow.y();
    QVector<qreal> rowTop{top};
    for (const qreal height : m_headerRowHeights)
        rowTop.append(rowTop.last() + height);
    for (const PrintHeaderCell& cell : m_header) {
        const auto [x, width] = columnExtent(cell.column, cell.columnSpan);
        const int last = std::min(int(m_headerRowHeights.size()), cell.row + cell.rowSpan);
        const QRectF rect(x, rowTop[cell.row], width, rowTop[last] - rowTop[cell.row]);
        int flags = Qt::AlignCenter;
        m_flow.textHeight(cell.text, m_headerFont, rect.width() - 2 * m_padding, flags);
        m_flow.text(rect.adjusted(m_padding, m_padding, -m_padding, -m_padding), cell.text,
                    m_headerFont, flags);
        m_flow.line({rect.topLeft(), rect.topRight()}, m_lineWidth);
        m_flow.line({rect.bottomLeft(), rect.bottomRight()}, m_lineWidth);
        m_flow.line({rect.topLeft(), rect.bottomLeft()}, m_lineWidth);
        m_flow.line({rect.topRight(), rect.bottomRight()}, m_lineWidth);
    }
    m_flow.advance(headerHeight());
    m_headerDrawnOnThisPage = true;
}

void PrintTable::addRow(const QVector<PrintCell>& cells, qreal minHeight) {
    struct Laid {
        qreal x;
        qreal width;
        int flags;
        const PrintCell* cell;
    };
    QVector<Laid> laid;
    qreal height = std::max(m_minRowHeight, minHeight);
    int column = 0;
    for (const PrintCell& cell : cells) {
        const auto [x, width] = columnExtent(column, cell.span);
        column += cell.span;
        int flags = cell.alignment;
        const QFont& font = cell.bold ? m_boldFont : m_font;
        height = std::max(height, m_flow.textHeight(cell.text, font, width - 2 * m_padding, flags) +
                                      2 * m_padding);
        laid.append({x, width, flags, &cell});
    }
    // A row taller than a page is cut at the page's foot rather than lost.
    height = std::min(height, m_flow.body().height() - headerHeight() - m_minRowHeight);
    if (m_page != m_flow.pageCount() - 1) {
        m_page = m_flow.pageCount() - 1;
        m_headerDrawnOnThisPage = false;
    }
    const bool needsHeader = !m_headerDrawnOnThisPage && !m_header.isEmpty();
    if (height + (needsHeader ? headerHeight() : 0) > m_flow.remaining() && !m_flow.atPageTop()) {
        m_flow.newPage();
        m_page = m_flow.pageCount() - 1;
        m_headerDrawnOnThisPage = false;
    }
    if (!m_headerDrawnOnThisPage && !m_header.isEmpty())
        drawHeader();
    const qreal top = m_flow.y();
    const qreal left = m_x.first(), right = m_x.last();
    m_flow.line({QPointF(left, top), QPointF(right, top)}, m_lineWidth);
    m_flow.line({QPointF(left, top + height), QPointF(right, top + height)}, m_lineWidth);
    m_flow.line({QPointF(left, top), QPointF(left, top + height)}, m_lineWidth);
    for (const Laid& l : laid) {
        const QRectF rect(l.x, top, l.width, height);
        m_flow.text(rect.adjusted(m_padding, m_padding, -m_padding, -m_padding), l.cell->text,
                    l.cell->bold ? m_boldFont : m_font, l.flags);
        m_flow.line({rect.topRight(), rect.bottomRight()}, m_lineWidth);
    }
    m_flow.advance(height);
}

void addPageFrame(QVector<PrintPage>& pages, const PageFrame& frame, QPaintDevice& device) {
    const QFontMetricsF metrics(frame.font, &device);
    const qreal lineHeight = metrics.height();
    const QRectF paper = frame.paper;
    const qreal left = paper.left() + frame.marginLeft;
    const qreal width = paper.width() - frame.marginLeft - frame.marginRight;
    const qreal headerTop = paper.top() + frame.marginTop - 2.2 * lineHeight;
    const qreal footerTop = paper.bottom() - frame.marginBottom + 0.8 * lineHeight;
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i) {
        PrintPage& page = pages[i];
        const auto add = [&](const QRectF& rect, const QString& text, int flags) {
            if (text.isEmpty())
                return;
            PrintItem item;
            item.rect = rect;
            item.text = text;
            item.font = frame.font;
            item.flags = flags;
            page.append(item);
        };
        const QRectF header(left, headerTop, width, lineHeight);
        add(header, frame.headerLeft, Qt::AlignLeft | Qt::AlignBottom);
        add(header, frame.headerRight, Qt::AlignRight | Qt::AlignBottom);
        if (!frame.headerLeft.isEmpty() || !frame.headerRight.isEmpty()) {
            PrintItem rule;
            rule.kind = PrintItem::Kind::Line;
            const qreal y = header.bottom() + 0.3 * lineHeight;
            rule.line = QLineF(left, y, left + width, y);
            rule.penWidth = frame.lineWidth;
            page.append(rule);
        }
        const QRectF footer(left, footerTop, width, lineHeight);
        add(footer, frame.footerLeft, Qt::AlignLeft | Qt::AlignTop);
        add(footer, frame.footerRight, Qt::AlignRight | Qt::AlignTop);
        if (frame.pageNumbers)
            add(footer, QString::fromUtf8("第 %1 页 / 共 %2 页").arg(i + 1).arg(count),
                Qt::AlignHCenter | Qt::AlignTop);
    }
}

}  // namespace tongbao
