#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace tongbao {

class Ledger;
struct MonthlyReport;

// Saving and printing what core/report lays out, from the screen: the monthly report as xlsx,
// PDF or CSV and on paper (print preview, A4 landscape), the ledger spreadsheet (台账), case
// sheets of one child, a selection or everyone on file (PDF or print preview, A4 portrait, with
// progress that can be cancelled), and the blank visit form. File names are offered from
// ReportFileNames (unit and period); what goes wrong is said in a message the user can act on
// (SaveProblem: a full disk, a file held open by WPS or Excel).
class ReportOutput {
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)
public:
    enum class Format { Xlsx, Pdf, Csv };

    // Each returns the path written, or empty when cancelled or refused (the reason was shown).
    static QString saveMonthlyReport(QWidget* parent, const MonthlyReport& report, Format format);
    // Writes without asking where (the path is given); the failure message, or empty.
    static QString writeMonthlyReport(const MonthlyReport& report,
                                      Format format,
                                      const QString& path);
    // True when it was printed (not only previewed).
    static bool printMonthlyReport(QWidget* parent, const MonthlyReport& report);

    static QString saveLedgerSheet(QWidget* parent, Ledger& ledger);

    // `who` names the children in the offered file name: a child's name, or empty for all.
    static QString saveCaseSheets(QWidget* parent,
                                  Ledger& ledger,
                                  const QStringList& childIds,
                                  const QString& who);
    static void printCaseSheets(QWidget* parent, Ledger& ledger, const QStringList& childIds);
    // Everyone on file, in the order a binder is filed in (village group, name).
    static QStringList childrenOnFile(Ledger& ledger);

    // A blank visit form, or one per child with their facts printed.
    static QString saveVisitForms(QWidget* parent,
                                  Ledger& ledger,
                                  const QStringList& childIds,
                                  const QString& who);

    static QString suffix(Format format);

private:
    static QString askPath(QWidget* parent,
                           const QString& caption,
                           const QString& fileName,
                           const QString& filter,
                           const QString& suffix);
};

}  // namespace tongbao
