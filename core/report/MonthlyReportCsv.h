#pragma once

#include "common/Result.h"
#include "report/MonthlyReport.h"

namespace tongbao {

// Writes the monthly report as CSV: the title lines, then each table with a one-line header
// ("按风险等级分(人)/高" for a column under a merged header), its rows and a blank line; figures
// as plain numbers (amounts in yuan, two decimals) so that a spreadsheet reads them as numbers.
class MonthlyReportCsv {
public:
    static Status write(const MonthlyReport& report, const QString& path);
};

}  // namespace tongbao
