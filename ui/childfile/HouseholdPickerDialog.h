#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tongbao {

class Ledger;
class RowTableModel;

// Finding the household a child belongs to among those already entered: a search box that
// narrows the list as the user types (head, phone, address, village group or a child's name),
// Enter or a double-click to choose.
class HouseholdPickerDialog : public QDialog {
    Q_OBJECT

public:
    explicit HouseholdPickerDialog(Ledger& ledger, QWidget* parent = nullptr);

    QString selectedHouseholdId() const { return m_selected; }
    RowTableModel* model() const { return m_model; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void search();
    void choose();

    Ledger& m_ledger;
    QString m_selected;
    QLabel* m_hint = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    RowTableModel* m_model = nullptr;
    QPushButton* m_choose = nullptr;
};

}  // namespace tongbao
