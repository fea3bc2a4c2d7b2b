#pragma once

#include "report/PrintLayout.h"

#include <QDate>
#include <QFont>
#include <QString>

class QPaintDevice;

namespace tongbao {

struct LedgerIdentity;

// Page margins in millimetres: the body they leave on the paper for a PrintFlow, and the running
// header and footer (PageFrame) set in the same margins.
struct PageMargins {
    qreal top = 0;
    qreal bottom = 0;
    qreal left = 0;
    qreal right = 0;

    QRectF body(const QRectF& paper, const QPaintDevice& device) const;
    // The frame of `paper` with these margins; the caller fills in its texts and font.
    PageFrame frame(const QRectF& paper, const QPaintDevice& device) const;
};

// The margins of the one-page sheets kept on paper (key registration sheet, recovery key sheet).
constexpr PageMargins kSheetMargins{18, 14, 20, 20};

// The type sizes of a printed A4 form: 小二 for the title, 四号 headings, 五号 text and 小五 in
// tables, all in the print family (see PrintFonts).
struct FormFonts {
    QFont title;
    QFont heading;
    QFont text;
    QFont table;
    QFont tableBold;
    QFont small;

    static FormFonts forFamily(const QString& family);
};

// Pieces shared by the printed forms (case sheet, visit form, the key sheets).
namespace PrintBlocks {

// A section heading (一、基本情况) kept together with at least `keepWith` of what follows.
void heading(PrintFlow& flow, const QString& text, const FormFonts& fonts, qreal keepWith);
// A line with text at the left and at the right (填报单位 … 建档日期 …).
void splitLine(PrintFlow& flow, const QString& left, const QString& right, const QFont& font);
// Labels spread evenly over one line with room to sign after each (填表人： 审核人：).
void signatureLine(PrintFlow& flow, const QStringList& labels, const QFont& font);
// A label cell (centred) and a value cell for the label/value grids of a form.
PrintCell label(const QString& text, int span = 1);
PrintCell value(const QString& text, int span = 1);
// A rectangle of rules around `box`.
void frame(PrintFlow& flow, const QRectF& box, qreal penWidth);
// The rows that name a ledger in a four-column label/value table: 单位名称; 台账类别 and
// 行政区划代码; 台账编号. Each row is at least `minHeight` high.
void ledgerRows(PrintTable& table, const LedgerIdentity& unit, qreal minHeight);
// Ends a one-page sheet: its footer (`note` at the left, the print date at the right, page
// numbers only when it ran onto a second page) in kSheetMargins; returns the pages.
QVector<PrintPage> finishSheet(PrintFlow& flow,
                               const QRectF& paper,
                               const QFont& font,
                               const QString& note,
                               const QDate& printed);

}  // namespace PrintBlocks

}  // namespace tongbao
