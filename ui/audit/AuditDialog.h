#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tongbao {

class Ledger;
struct AuditFilter;

// The administrator's audit page (issue 7): the ledger's history of changes and accesses (who
// opened a child's file, printed, exported, imported, logged in), filtered by user, dates, child
// and action, and saved to a spreadsheet or CSV file.
class AuditDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditDialog(Ledger& ledger, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void setChildFilter(const QString& childId);
    void refresh();
    // Saves the shown rows to `path` (.xlsx or .csv); false with the message shown inline.
    bool saveTo(const QString& path);

private:
    AuditFilter filter() const;
    void exportRows();

    Ledger& m_ledger;
    QComboBox* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_child = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace tongbao
