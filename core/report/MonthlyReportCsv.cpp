#include "report/MonthlyReportCsv.h"

#include "report/CsvWriter.h"
#include "report/MonthlyReportLayout.h"

namespace tongbao {

Status MonthlyReportCsv::write(const MonthlyReport& report, const QString& path) {
    CsvWriter csv(path);
    csv.row({MonthlyReportLayout::title(report)});
    csv.row({MonthlyReportLayout::period(report)});
    csv.row({MonthlyReportLayout::unitLine(report), MonthlyReportLayout::preparedLine(report)});
    const QStringList rowHeaders = MonthlyReportLayout::rowHeaders(report);
    const QVector<ReportRow> rows = MonthlyReportLayout::rows(report);
    for (const ReportTable& table : MonthlyReportLayout::tables(report)) {
        csv.row({});
        csv.row({table.caption()});
        QStringList header = rowHeaders;
        for (const ReportColumn& column : table.columns)
            header.append(column.group.isEmpty() ? column.label
                                                 : column.group + QLatin1Char('/') + column.label);
        csv.row(header);
        for (const ReportRow& row : rows) {
            QStringList fields;
            if (rowHeaders.size() == 2)
                fields << row.unit;
            fields << row.group;
            for (const ReportColumn& column : table.columns)
                fields << MonthlyReportLayout::cellText(column.cell(*row.figures), true);
            csv.row(fields);
        }
        for (const QString& line : MonthlyReportLayout::noteLines(table))
            csv.row({line});
    }
    csv.row({});
    csv.row(MonthlyReportLayout::signatureLabels());
    return csv.commit();
}

}  // namespace tongbao
