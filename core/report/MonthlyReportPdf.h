#pragma once

#include "common/Result.h"
#include "report/MonthlyReport.h"
#include "report/PrintLayout.h"

#include <QString>

class QPaintDevice;

namespace tongbao {

// Writes the monthly report as a PDF on A4 landscape, in a Song-style font embedded in the
// file: each table starts a page with the title, the table's caption, 填报单位（盖章）, the month
// and 填报日期, then the ruled table (its header repeated if it runs onto another page), the
// signature line 单位负责人 / 复核人 / 填表人 and the notes; pages are numbered "第 x 页 / 共 y
// 页". Needs a QGuiApplication (fonts).
class MonthlyReportPdf {
public:
    static Status write(const MonthlyReport& report, const QString& path);

    // Lays the pages out for `device` (the PDF writer, or a printer for the print preview),
    // `paper` being the whole landscape sheet in the device's units.
    static QVector<PrintPage> layout(const MonthlyReport& report,
                                     QPaintDevice& device,
                                     const QRectF& paper,
                                     const QString& fontFamily);
};

}  // namespace tongbao
