#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tongbao {

class Ledger;

// Printing the filled-in 强制报告登记表 from the screen: a print preview with the printer's
// own dialog (A4), or a PDF saved where the user chooses. The sheet itself is laid out in core
// (report/SafetyReportSheet), so the printed page and the PDF are the same.
class SafetyReportPrinting {
    Q_DECLARE_TR_FUNCTIONS(SafetyReportPrinting)
public:
    static void preview(QWidget* parent, Ledger& ledger, const QString& reportId);
    // Returns the path written, or empty when cancelled or refused (the reason was shown).
    static QString saveAsPdf(QWidget* parent, Ledger& ledger, const QString& reportId);
};

}  // namespace tongbao
