#include "report/MonthlyReportPdf.h"

#include "report/MonthlyReportLayout.h"
#include "report/PdfOutput.h"
#include "report/PrintFonts.h"
#include "report/PrintLayout.h"

#include <QPaintDevice>

#include <algorithm>

namespace tongbao {

namespace {

constexpr qreal kMarginMm = 14;

struct Fonts {
    QFont title;
    QFont subtitle;
    QFont text;
    QFont cell;
    QFont note;
};

QVector<PrintHeaderCell> headerCells(const ReportTable& table, const QStringList& rowHeaders) {
    QVector<PrintHeaderCell> cells;
    const int labels = int(rowHeaders.size());
    for (int i = 0; i < labels; ++i)
        cells.append({0, i, 2, 1, rowHeaders[i]});
    int column = 0;
    const int count = int(table.columns.size());
    while (column < count) {
        const ReportColumn& first = table.columns[column];
        if (first.group.isEmpty()) {
            cells.append({0, labels + column, 2, 1, first.label});
            ++column;
            continue;
        }
        int last = column;
        while (last + 1 < count && table.columns[last + 1].group == first.group)
            ++last;
        cells.append({0, labels + column, 1, last - column + 1, first.group});
        for (int c = column; c <= last; ++c)
            cells.append({1, labels + c, 1, 1, table.columns[c].label});
        column = last + 1;
    }
    return cells;
}

// Relative column widths: the row labels wider than the figures, and every column at least as
// wide as its widest figure on one line (a district's monthly amount, "¥1,234,567.00", must not
// wrap), the other columns sharing what is left; headers wrap instead.
QVector<qreal> columnWeights(const PrintFlow& flow,
                             const MonthlyReport& report,
                             const ReportTable& table,
                             const Fonts& fonts) {
    const QStringList rowHeaders = MonthlyReportLayout::rowHeaders(report);
    QVector<qreal> weights;
    for (int i = 0; i < rowHeaders.size(); ++i)
        weights.append(rowHeaders.size() == 2 && i == 0 ? 2.6 : 1.8);
    QVector<qreal> needed(weights.size(), 0);
    QFont bold = fonts.cell;
    bold.setBold(true);
    const qreal padding = 2 * flow.mm(1.2) + flow.mm(0.6);
    for (const ReportColumn& column : table.columns) {
        weights.append(column.cell(MonthlyFigures()).kind == ReportCell::Kind::Money ? 1.7 : 1.0);
        qreal widest = 0;
        for (const ReportRow& row : MonthlyReportLayout::rows(report)) {
            const QString text = MonthlyReportLayout::cellText(column.cell(*row.figures));
            widest = std::max(widest, flow.advance(text, bold));
        }
        needed.append(widest + padding);
    }
    // Widen the columns that need it, in a few rounds: widening one narrows the others.
    for (int round = 0; round < 4; ++round) {
        qreal sum = 0;
        for (const qreal w : weights)
            sum += w;
        const qreal perWeight = flow.body().width() / sum;
        bool changed = false;
        for (int i = 0; i < weights.size(); ++i) {
            if (needed[i] > weights[i] * perWeight) {
                weights[i] = needed[i] / perWeight * 1.02;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return weights;
}

void writeTable(PrintFlow& flow,
                const MonthlyReport& report,
                const ReportTable& table,
                const Fonts& fonts) {
    if (flow.pageCount() > 1 || !flow.atPageTop() || !flow.pages().last().isEmpty())
        flow.newPage();
    flow.paragraph(MonthlyReportLayout::title(report), fonts.title, Qt::AlignHCenter, flow.mm(2));
    flow.paragraph(table.caption(), fonts.subtitle, Qt::AlignHCenter, flow.mm(4));

    // 填报单位 on the left, the month in the middle, 填报日期 on the right, on one line.
    int flags = Qt::AlignLeft;
    const qreal height =
        flow.textHeight(QStringLiteral("X"), fonts.text, flow.body().width(), flags);
    const QRectF line(flow.body().left(), flow.y(), flow.body().width(), height);
    flow.text(line, MonthlyReportLayout::unitLine(report), fonts.text, Qt::AlignLeft);
    flow.text(line, QString::fromUtf8("统计月份：") + MonthlyReportLayout::period(report),
              fonts.text, Qt::AlignHCenter);
    flow.text(line, MonthlyReportLayout::preparedLine(report), fonts.text, Qt::AlignRight);
    flow.advance(height + flow.mm(2));

    const QStringList rowHeaders = MonthlyReportLayout::rowHeaders(report);
    PrintTable grid(flow, columnWeights(flow, report, table, fonts), fonts.cell, fonts.cell,
                    flow.mm(0.2));
    grid.setHeader(headerCells(table, rowHeaders), 2);
    const int number = Qt::AlignRight | Qt::AlignVCenter;
    for (const ReportRow& row : MonthlyReportLayout::rows(report)) {
        const bool bold = row.level != ReportRow::Level::Group;
        QVector<PrintCell> cells;
        const int labelAlign = row.level == ReportRow::Level::Group
                                   ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                   : int(Qt::AlignCenter);
        if (rowHeaders.size() == 2 && row.level == ReportRow::Level::Total) {
            cells.append({row.group, 2, int(Qt::AlignCenter), true});
        } else {
            if (rowHeaders.size() == 2)
                cells.append({row.unit, 1, int(Qt::AlignLeft | Qt::AlignVCenter), bold});
            cells.append({row.group, 1, labelAlign, bold});
        }
        for (const ReportColumn& column : table.columns) {
            const ReportCell cell = column.cell(*row.figures);
            const bool none = cell.kind == ReportCell::Kind::Hours && !cell.hours;
            cells.append({MonthlyReportLayout::cellText(cell), 1,
                          none ? int(Qt::AlignCenter) : number, bold});
        }
        grid.addRow(cells);
    }

    // Signatures: three labels spread over the width, with room to sign.
    flow.advance(flow.mm(5));
    flow.ensure(flow.mm(10));
    const QStringList labels = MonthlyReportLayout::signatureLabels();
    const qreal third = flow.body().width() / labels.size();
    for (int i = 0; i < labels.size(); ++i)
        flow.text(QRectF(flow.body().left() + i * third, flow.y(), third, flow.mm(6)), labels[i],
                  fonts.text, Qt::AlignLeft | Qt::AlignVCenter);
    flow.advance(flow.mm(10));
    for (const QString& line : MonthlyReportLayout::noteLines(table))
        flow.paragraph(line, fonts.note, Qt::AlignLeft, flow.mm(1));
}

}  // namespace

QVector<PrintPage> MonthlyReportPdf::layout(const MonthlyReport& report,
                                            QPaintDevice& device,
                                            const QRectF& paper,
                                            const QString& fontFamily) {
    const Fonts fonts{PrintFonts::font(fontFamily, 18, true), PrintFonts::font(fontFamily, 13),
                      PrintFonts::font(fontFamily, 11), PrintFonts::font(fontFamily, 9),
                      PrintFonts::font(fontFamily, 9)};
    const qreal dots = device.logicalDpiY() / 25.4;
    const qreal margin = kMarginMm * dots;
    const QRectF body = paper.adjusted(margin, margin, -margin, -margin - 4 * dots);
    PrintFlow flow(device, body);
    for (const ReportTable& table : MonthlyReportLayout::tables(report))
        writeTable(flow, report, table, fonts);

    PageFrame frame;
    frame.font = PrintFonts::font(fontFamily, 9);
    frame.paper = paper;
    frame.marginTop = margin;
    frame.marginBottom = margin + 4 * dots;
    frame.marginLeft = frame.marginRight = margin;
    frame.lineWidth = 0.2 * dots;
    frame.footerLeft = report.unitName;
    frame.footerRight = MonthlyReportLayout::period(report);
    addPageFrame(flow.pages(), frame, device);
    return flow.pages();
}

Status MonthlyReportPdf::write(const MonthlyReport& report, const QString& path) {
    const Result<QString> family = PrintFonts::songFamily();
    if (!family)
        return family.status();
    const QString title =
        MonthlyReportLayout::title(report) + QLatin1Char(' ') + MonthlyReportLayout::period(report);
    PdfOutput pdf(path, QPageLayout::Landscape, title);
    if (!pdf.ok())
        return pdf.finish();
    pdf.addPages(layout(report, pdf.device(), pdf.paper(), *family));
    return pdf.finish();
}

}  // namespace tongbao
