#pragma once

#include "report/MonthlyReport.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace tongbao {

// One cell of the report: a count, an amount in fen, or hours (none when there is nothing to
// take a median of).
struct ReportCell {
    enum class Kind { Count, Money, Hours };
    Kind kind = Kind::Count;
    qint64 value = 0;  // the count, or fen
    std::optional<double> hours;
};

struct ReportColumn {
    QString group;  // the merged upper header; empty when the column's header spans both rows
    QString label;
    std::function<ReportCell(const MonthlyFigures&)> cell;
};

// One table of the report (a sheet in the workbook, a page or more in the PDF).
struct ReportTable {
    QString number;  // 表1
    QString title;   // 在册儿童分类情况
    QString scope;   // 月末数 / 本月数
    QVector<ReportColumn> columns;
    QStringList notes;

    QString caption() const;    // "表1 在册儿童分类情况（月末数）"
    QString sheetName() const;  // short enough for a worksheet tab
};

// A row of every table: a village group, a village's subtotal, or the total.
struct ReportRow {
    enum class Level { Group, Subtotal, Total };
    Level level = Level::Group;
    QString unit;   // the village (filled on every row of a town report)
    QString group;  // the group's label, 小计 or 合计
    const MonthlyFigures* figures = nullptr;
};

// What the monthly report shows and in which order, shared by the xlsx, PDF and CSV renderers
// so that the three cannot drift apart: the tables with their two-level headers, the rows,
// the title and the lines above and below the table that an office fills in and signs.
namespace MonthlyReportLayout {

QVector<ReportTable> tables(const MonthlyReport& report);
// The rows in order; they point into `report`, which must outlive them.
QVector<ReportRow> rows(const MonthlyReport& report);
// The row headers: 村民小组, or 村（社区） and 村民小组 in a report by village.
QStringList rowHeaders(const MonthlyReport& report);

QString title(const MonthlyReport& report);         // the unit + 困境儿童保障工作月报
QString period(const MonthlyReport& report);        // 2026年11月 (截至… while in progress)
QString unitLine(const MonthlyReport& report);      // 填报单位（盖章）：…
QString preparedLine(const MonthlyReport& report);  // 填报日期：2026年12月3日
QStringList signatureLabels();                    // 单位负责人：, 复核人：, 填表人：
QString groupLabel(const QString& villageGroup);  // the group, or 未填组别
// The table's notes as printed below it: 说明：1．… 2．…
QStringList noteLines(const ReportTable& table);

// The text of a cell as printed (PDF) or as written to CSV (plain = no thousands separators
// or currency sign, for a spreadsheet to read as a number).
QString cellText(const ReportCell& cell, bool plain = false);

}  // namespace MonthlyReportLayout

}  // namespace tongbao
