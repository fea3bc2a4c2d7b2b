#include "report/MonthlyReportXlsx.h"

#include "report/DocumentFormat.h"
#include "report/MonthlyReportLayout.h"
#include "report/XlsxWorkbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace tongbao {

namespace {

constexpr int kHeaderRow = 3;  // first of the two header rows
constexpr int kFirstDataRow = kHeaderRow + 2;
constexpr double kDataColumnWidth = 9.5;
constexpr double kMoneyColumnWidth = 15;
constexpr double kLineHeight = 14.5;  // points per line of 11-point 宋体

XlsxStyle plain(XlsxStyle::Align align = XlsxStyle::Align::Left, double size = 11) {
    XlsxStyle style;
    style.border = false;
    style.align = align;
    style.fontSize = size;
    return style;
}

XlsxStyle header() {
    XlsxStyle style;
    style.bold = true;
    style.wrap = true;
    style.align = XlsxStyle::Align::Center;
    return style;
}

XlsxStyle cellStyle(ReportCell::Kind kind, bool bold) {
    XlsxStyle style;
    style.bold = bold;
    style.align = XlsxStyle::Align::Right;
    switch (kind) {
        case ReportCell::Kind::Count:
            style.numberFormat = QStringLiteral("0");
            break;
        case ReportCell::Kind::Money:
            style.numberFormat = QString::fromUtf8("\"¥\"#,##0.00");
            break;
        case ReportCell::Kind::Hours:
            style.numberFormat = QStringLiteral("0.0");
            break;
    }
    return style;
}

int linesFor(const QString& text, double width) {
    return std::max(1, int(std::ceil(xlsxWidthFor(text) / std::max(1.0, width - 1.0))));
}

class SheetWriter {
public:
    SheetWriter(XlsxWorkbook& book, const MonthlyReport& report, const ReportTable& table)
        : m_book(book)
        , m_report(report)
        , m_table(table)
        , m_rowHeaders(MonthlyReportLayout::rowHeaders(report))
        , m_labelColumns(int(m_rowHeaders.size()))
        , m_lastColumn(m_labelColumns + int(table.columns.size()) - 1) {}

    void write() {
        m_sheet = m_book.addSheet(m_table.sheetName());
        if (!m_sheet)
            return;
        setColumns();
        writeTop();
        writeHeader();
        int row = kFirstDataRow;
        for (const ReportRow& reportRow : MonthlyReportLayout::rows(m_report))
            writeRow(row++, reportRow);
        writeFoot(row + 1);
        setUpPage(row);
    }

private:
    double columnWidth(int column) const {
        if (column < m_labelColumns)
            return m_labelWidths[column];
        const ReportColumn& c = m_table.columns[column - m_labelColumns];
        return c.cell(MonthlyFigures()).kind == ReportCell::Kind::Money ? kMoneyColumnWidth
                                                                        : kDataColumnWidth;
    }

    double tableWidth() const {
        double width = 0;
        for (int column = 0; column <= m_lastColumn; ++column)
            width += columnWidth(column);
        return width;
    }

    void setColumns() {
        const QVector<ReportRow> rows = MonthlyReportLayout::rows(m_report);
        for (int i = 0; i < m_labelColumns; ++i) {
            double width = std::max(10.0, xlsxWidthFor(m_rowHeaders[i]));
            for (const ReportRow& row : rows)
                width = std::max(
                    width, xlsxWidthFor(i == 0 && m_labelColumns == 2 ? row.unit : row.group));
            m_labelWidths.append(std::min(width, 40.0));
        }
        for (int column = 0; column <= m_lastColumn; ++column)
            worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), columnWidth(column),
                                 nullptr);
    }

    void writeTop() {
        XlsxStyle title = plain(XlsxStyle::Align::Center, 16);
        title.bold = true;
        worksheet_set_row(m_sheet, 0, 30, nullptr);
        m_book.merge(m_sheet, 0, 0, 0, m_lastColumn, MonthlyReportLayout::title(m_report), title);
        worksheet_set_row(m_sheet, 1, 20, nullptr);
        m_book.merge(
            m_sheet, 1, 0, 1, m_lastColumn,
            m_table.caption() + QStringLiteral("    ") + MonthlyReportLayout::period(m_report),
            plain(XlsxStyle::Align::Center, 12));
        const int middle = std::max(m_labelColumns, (m_lastColumn + 1) / 2);
        worksheet_set_row(m_sheet, 2, 20, nullptr);
        m_book.merge(m_sheet, 2, 0, 2, middle - 1, MonthlyReportLayout::unitLine(m_report),
                     plain());
        m_book.merge(m_sheet, 2, middle, 2, m_lastColumn,
                     MonthlyReportLayout::preparedLine(m_report), plain(XlsxStyle::Align::Right));
    }

    void writeHeader() {
        int upperLines = 1, lowerLines = 1;
        for (int i = 0; i < m_labelColumns; ++i)
            m_book.merge(m_sheet, kHeaderRow, i, kHeaderRow + 1, i, m_rowHeaders[i], header());
        int column = m_labelColumns;
        while (column <= m_lastColumn) {
            const ReportColumn& first = m_table.columns[column - m_labelColumns];
            if (first.group.isEmpty()) {
                m_book.merge(m_sheet, kHeaderRow, column, kHeaderRow + 1, column, first.label,
                             header());
                lowerLines = std::max(lowerLines, linesFor(first.label, columnWidth(column)) - 1);
                ++column;
                continue;
            }
            int last = column;
            double width = columnWidth(column);
            while (last + 1 <= m_lastColumn &&
                   m_table.columns[last + 1 - m_labelColumns].group == first.group) {
                ++last;
                width += columnWidth(last);
            }
            m_book.merge(m_sheet, kHeaderRow, column, kHeaderRow, last, first.group, header());
            upperLines = std::max(upperLines, linesFor(first.group, width));
            for (int c = column; c <= last; ++c) {
                const QString& label = m_table.columns[c - m_labelColumns].label;
                m_book.text(m_sheet, kHeaderRow + 1, c, label, header());
                lowerLines = std::max(lowerLines, linesFor(label, columnWidth(c)));
            }
            column = last + 1;
        }
        worksheet_set_row(m_sheet, kHeaderRow, upperLines * kLineHeight + 6, nullptr);
        worksheet_set_row(m_sheet, kHeaderRow + 1, lowerLines * kLineHeight + 6, nullptr);
    }

    void writeRow(int row, const ReportRow& reportRow) {
        const bool bold = reportRow.level != ReportRow::Level::Group;
        XlsxStyle label;
        label.bold = bold;
        label.align = reportRow.level == ReportRow::Level::Group ? XlsxStyle::Align::Left
                                                                 : XlsxStyle::Align::Center;
        worksheet_set_row(m_sheet, lxw_row_t(row), 18, nullptr);
        if (m_labelColumns == 2 && reportRow.level == ReportRow::Level::Total) {
            m_book.merge(m_sheet, row, 0, row, 1, reportRow.group, label);
        } else if (m_labelColumns == 2) {
            XlsxStyle unit = label;
            unit.align = XlsxStyle::Align::Left;
            m_book.text(m_sheet, row, 0, reportRow.unit, unit);
            m_book.text(m_sheet, row, 1, reportRow.group, label);
        } else {
            m_book.text(m_sheet, row, 0, reportRow.group, label);
        }
        for (int i = 0; i < m_table.columns.size(); ++i) {
            const ReportCell cell = m_table.columns[i].cell(*reportRow.figures);
            const int column = m_labelColumns + i;
            const XlsxStyle style = cellStyle(cell.kind, bold);
            if (cell.kind == ReportCell::Kind::Money) {
                m_book.number(m_sheet, row, column, double(cell.value) / 100.0, style);
            } else if (cell.kind == ReportCell::Kind::Hours) {
                if (cell.hours) {
                    m_book.number(m_sheet, row, column, std::round(*cell.hours * 10) / 10, style);
                } else {
                    XlsxStyle none = style;
                    none.align = XlsxStyle::Align::Center;
                    m_book.text(m_sheet, row, column, DocumentFormat::dash(), none);
                }
            } else {
                m_book.number(m_sheet, row, column, double(cell.value), style);
            }
        }
    }

    void writeFoot(int row) {
        // 单位负责人 / 复核人 / 填表人 spread over three equal parts of the table's width.
        const QStringList labels = MonthlyReportLayout::signatureLabels();
        const int columns = m_lastColumn + 1;
        worksheet_set_row(m_sheet, lxw_row_t(row), 24, nullptr);
        for (int i = 0; i < labels.size(); ++i) {
            const int first = columns * i / int(labels.size());
            const int last = columns * (i + 1) / int(labels.size()) - 1;
            m_book.merge(m_sheet, row, first, row, std::max(first, last), labels[i], plain());
        }
        ++row;
        const double width = tableWidth();
        for (const QString& text : MonthlyReportLayout::noteLines(m_table)) {
            ++row;
            XlsxStyle style = plain();
            style.wrap = true;
            style.fontSize = 10;
            worksheet_set_row(m_sheet, lxw_row_t(row), linesFor(text, width) * 13.5 + 4, nullptr);
            m_book.merge(m_sheet, row, 0, row, m_lastColumn, text, style);
        }
        m_lastRow = row;
    }

    void setUpPage(int lastDataRow) {
        worksheet_freeze_panes(m_sheet, kFirstDataRow, lxw_col_t(m_labelColumns));
        worksheet_set_landscape(m_sheet);
        worksheet_set_paper(m_sheet, 9);  // A4
        worksheet_set_margins(m_sheet, 0.4, 0.4, 0.5, 0.5);
        worksheet_center_horizontally(m_sheet);
        worksheet_fit_to_pages(m_sheet, 1, 0);
        worksheet_repeat_rows(m_sheet, kHeaderRow, kHeaderRow + 1);
        worksheet_print_area(m_sheet, 0, 0, lxw_row_t(std::max(lastDataRow, m_lastRow)),
                             lxw_col_t(m_lastColumn));
    }

    XlsxWorkbook& m_book;
    const MonthlyReport& m_report;
    const ReportTable& m_table;
    const QStringList m_rowHeaders;
    const int m_labelColumns;
    const int m_lastColumn;
    QVector<double> m_labelWidths;
    lxw_worksheet* m_sheet = nullptr;
    int m_lastRow = 0;
};

}  // namespace

Status MonthlyReportXlsx::write(const MonthlyReport& report, const QString& path) {
    XlsxWorkbook book(path, report.generatedAt);
    book.setProperties(
        MonthlyReportLayout::title(report) + QLatin1Char(' ') + MonthlyReportLayout::period(report),
        report.unitName);
    for (const ReportTable& table : MonthlyReportLayout::tables(report)) {
        SheetWriter writer(book, report, table);
        writer.write();
    }
    return book.close();
}

}  // namespace tongbao
