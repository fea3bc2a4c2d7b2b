#pragma once

#include "domain/Household.h"
#include "register/ChildValidation.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace tongbao {

class CodeChecks;
class FieldForm;
class HouseholdMembersModel;
class Ledger;
class VocabularyCombo;

// The child's household (家庭): which family the child belongs to (one already entered, chosen
// from a searchable list, or a new one), and that family's facts: head, phone, address, village
// group, income sources, support status and members. A family with several children is entered
// once; each child's file shows it and the brothers and sisters on file. Choosing another
// household is an edit of the child, saved with the rest, so its history records the move.
class HouseholdSection : public QWidget {
    Q_OBJECT

public:
    explicit HouseholdSection(QWidget* parent = nullptr);

    void setLedger(Ledger* ledger) { m_ledger = ledger; }
    // The household stored for the child (none for a child without one); `childId` is the
    // child whose file this is, left out of the brothers and sisters.
    void setHousehold(const std::optional<Household>& household, const QString& childId);
    // As edited; none when the child has no household.
    std::optional<Household> household() const;
    void addFormProblems(FieldProblems& problems) const;
    void showProblems(const FieldProblems& problems, bool all);
    HouseholdMembersModel* membersModel() const { return m_members; }
    // Every field only to read and the buttons that change the household hidden (a file
    // another office keeps), or back to editable.
    void setReadOnly(bool readOnly);

    // The actions of the buttons, for the keyboard and for tests.
    void chooseExisting();
    void startNew();
    void unlink();
    void linkTo(const QString& householdId);

signals:
    void edited();
    void openChildRequested(const QString& childId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void showHousehold();
    void showSummary();
    void fillSiblings();
    void sizeMemberColumns();

    Ledger* m_ledger = nullptr;
    QString m_childId;
    bool m_readOnly = false;
    std::optional<Household> m_household;  // the one linked, as loaded or new
    FieldForm* m_form = nullptr;
    QVector<QLabel*> m_headings;

    QLabel* m_summary = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_unlinkButton = nullptr;
    QWidget* m_details = nullptr;
    QLineEdit* m_headName = nullptr;
    QLineEdit* m_headId = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_villageGroup = nullptr;
    QLineEdit* m_areaCode = nullptr;
    QLineEdit* m_address = nullptr;
    VocabularyCombo* m_support = nullptr;
    CodeChecks* m_income = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    HouseholdMembersModel* m_members = nullptr;
    QTableView* m_membersTable = nullptr;
    QPushButton* m_addMember = nullptr;
    QPushButton* m_removeMember = nullptr;
    QLabel* m_membersMessage = nullptr;
    QLabel* m_siblingsLabel = nullptr;
    QListWidget* m_siblings = nullptr;
};

}  // namespace tongbao
