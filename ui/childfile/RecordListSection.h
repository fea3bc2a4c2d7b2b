#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tongbao {

class ChildFileService;
class Ledger;
class RowTableModel;

// A section of the child's file that lists records of the child (measures, referrals, visits,
// the history): a heading, a table, and for records kept here the buttons to add, edit and
// remove one. Enter or a double-click edits the record selected.
class RecordListSection : public QWidget {
    Q_OBJECT

public:
    RecordListSection(const QString& name, bool editable, QWidget* parent = nullptr);

    void setContext(Ledger* ledger, ChildFileService* service, const QString& childId);
    virtual void reload() = 0;
    // Only read here: the buttons that change records are hidden (another office keeps them).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    RowTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    // A record was saved or removed here.
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() = 0;
    virtual void addRecord() {}
    virtual void editRecord(const QString&) {}
    virtual void removeRecord(const QString&) {}
    // Why the record cannot be changed here (it belongs to another office); empty when it can.
    virtual QString whyNotChangeable(const QString&) const { return {}; }
    // Why no record can be added here (the user's role); empty when one can.
    virtual QString whyNotAdding() const { return {}; }
    // Enables the buttons for the record selected; call after the rules above change.
    void updateButtons();
    QString currentId() const;
    void setTexts(const QString& heading,
                  const QString& note,
                  const QString& addText,
                  const QString& emptyText);
    // Fits the columns after a reload; the last one takes the rest.
    void fitColumns();

    Ledger* m_ledger = nullptr;
    ChildFileService* m_service = nullptr;
    QString m_childId;

private:
    bool m_editable;
    bool m_readOnly = false;
    QLabel* m_heading = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_empty = nullptr;
    RowTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

}  // namespace tongbao
