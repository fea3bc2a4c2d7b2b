#pragma once

#include "report/EntitlementReport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tongbao {

class ChildFileWindow;
class Ledger;

// The list behind the workbench count: every open file with an entitlement that is missing,
// grouped by the department that acts and by rule, with the reason. Double-click (or Enter)
// opens the child's file at its entitlement check with that rule selected; the list can be
// saved as a spreadsheet or a PDF for the departments.
class EntitlementListDialog : public QDialog {
    Q_OBJECT

public:
    EntitlementListDialog(Ledger& ledger, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    const EntitlementReport& report() const { return m_report; }
    // Opens the file of the child in this row; the window, or nullptr.
    ChildFileWindow* openRow(int row);

signals:
    // A measure or referral was written from a file opened here.
    void recordsChanged();

private:
    void save(bool pdf);
    void childSaved();

    Ledger& m_ledger;
    EntitlementReport m_report;
    QVector<QPair<int, int>> m_rows;  // (group, row) of each table row
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace tongbao
