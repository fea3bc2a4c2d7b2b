#pragma once

#include "reports/ReportOutput.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QTabBar;
class QTableView;

namespace tongbao {

class Ledger;
class MonthlyReportLoader;
class MonthlyReportModel;

// The reports section (统计报表): the supervisor picks a month (last month unless they choose
// another) and sees the monthly report (月报) on screen, table by table, as the very figures the
// saved files carry; saves it as xlsx, PDF or CSV, or prints it. Below, the other documents an
// office asks for: the ledger spreadsheet (台账), the case sheets of every child on file and the
// blank visit form. The report is computed in the background when the page is shown or the
// month changes, so the window never waits on a district ledger.
class ReportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    // The ledger stays owned by the caller; nullptr empties the page.
    void setLedger(Ledger* ledger);

    QDate month() const;  // the first day of the month shown or being computed
    void setMonth(const QDate& month);
    bool isComputing() const;
    MonthlyReportModel* model() const { return m_model; }
    // The menu of the main window's menu bar (统计报表): the same actions, by keyboard.
    QMenu* menu() const { return m_menu; }

    // The actions of the page's buttons (also for tests); paths are asked for.
    QString saveMonthlyReport(ReportOutput::Format format);
    void printMonthlyReport();
    QString saveLedgerSheet();
    QString saveAllCaseSheets();
    void printAllCaseSheets();
    QString saveBlankVisitForm();

signals:
    // Emitted after each computation has been shown (or has failed).
    void computed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void buildMenu();
    void retranslateUi();
    void compute();
    void loaded();
    void showReport();
    void showTable(int index);
    void sizeColumns();
    void updateActions();
    void showInMainWindow();
    // The access-log row for the monthly report saved or printed (`how`: the file, "printed").
    void noteMonthlyReport(const QString& action, const QString& how);

    Ledger* m_ledger = nullptr;
    MonthlyReportLoader* m_loader = nullptr;
    MonthlyReportModel* m_model = nullptr;
    bool m_stale = true;
    QString m_error;

    QLabel* m_title = nullptr;
    QLabel* m_monthLabel = nullptr;
    QDateEdit* m_monthEdit = nullptr;
    QPushButton* m_lastMonthButton = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_xlsxButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QTabBar* m_tables = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_otherHeading = nullptr;
    QLabel* m_otherHint = nullptr;
    QPushButton* m_ledgerSheetButton = nullptr;
    QPushButton* m_caseSheetsButton = nullptr;
    QPushButton* m_printCaseSheetsButton = nullptr;
    QPushButton* m_visitFormButton = nullptr;

    QMenu* m_menu = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_ledgerSheetAction = nullptr;
    QAction* m_caseSheetsAction = nullptr;
    QAction* m_printCaseSheetsAction = nullptr;
    QAction* m_visitFormAction = nullptr;
};

}  // namespace tongbao
