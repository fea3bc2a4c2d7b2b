#pragma once

#include "common/Result.h"
#include "report/MonthlyReport.h"

#include <QString>

namespace tongbao {

// Writes the monthly report as an .xlsx workbook, one sheet per table, laid out the way an
// office form is: the title with the unit and month, 填报单位（盖章） and 填报日期 above, a
// two-level header with merged cells that stays frozen while scrolling, figures as numbers
// (amounts in yuan with two decimals), and 单位负责人 / 复核人 / 填表人 below. Prints on A4
// landscape, one page wide.
class MonthlyReportXlsx {
public:
    static Status write(const MonthlyReport& report, const QString& path);
};

}  // namespace tongbao
