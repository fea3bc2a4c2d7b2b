#pragma once

#include "report/PrintLayout.h"

#include <QFont>
#include <QString>

namespace tongbao {

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

// Pieces shared by the case sheet and the visit form.
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

}  // namespace PrintBlocks

}  // namespace tongbao
