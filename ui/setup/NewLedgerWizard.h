#pragma once

#include <QDialog>

#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tongbao {

class Ledger;

// Creating a ledger: its kind, the unit's name, the 12-digit area code and where the file goes.
// One clear page rather than a multi-step wizard: there are four facts and the user should see
// them together before they are fixed for good. Every problem is shown in red under its field as
// soon as it can be known, and "Create ledger" stays disabled until there is none.
class NewLedgerWizard : public QDialog {
    Q_OBJECT

public:
    // QDialog::Accepted when a ledger was created; OpenExisting when the user asked to open a
    // ledger file instead (only offered at first start).
    enum Outcome { OpenExisting = 2 };

    explicit NewLedgerWizard(QWidget* parent = nullptr);
    ~NewLedgerWizard() override;

    // At first start there is no ledger yet: the dialog welcomes the user and offers to open an
    // existing ledger file instead of creating one.
    void setFirstStart(bool firstStart);

    // The ledger created, once the dialog was accepted.
    std::unique_ptr<Ledger> takeLedger();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    QString kind() const;
    void normalizeAreaCode(const QString& typed);
    void updateNameMessage();
    void updateAreaCodeMessage();
    void updateLocationMessage();
    void updatePasswordMessage();
    bool passwordReady() const;
    void updateCreateButton();
    void followNameInLocation();
    void chooseLocation();
    void create();

    bool m_firstStart = false;
    bool m_nameTouched = false;
    bool m_areaCodeFinished = false;
    bool m_locationChosen = false;
    std::unique_ptr<Ledger> m_ledger;

    QLabel* m_heading = nullptr;
    QLabel* m_introduction = nullptr;
    QLabel* m_kindLabel = nullptr;
    QButtonGroup* m_kinds = nullptr;
    QRadioButton* m_village = nullptr;
    QRadioButton* m_town = nullptr;
    QRadioButton* m_district = nullptr;
    QLabel* m_kindHint = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLabel* m_nameMessage = nullptr;
    QLabel* m_areaCodeLabel = nullptr;
    QLineEdit* m_areaCodeEdit = nullptr;
    QLabel* m_areaCodeMessage = nullptr;
    QLabel* m_locationLabel = nullptr;
    QLineEdit* m_locationEdit = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QLabel* m_locationMessage = nullptr;
    QLabel* m_adminLabel = nullptr;  // the administrator account the ledger is made with
    QLineEdit* m_adminEdit = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_repeatEdit = nullptr;
    QLabel* m_passwordMessage = nullptr;
    QLabel* m_permanenceNote = nullptr;
    QLabel* m_createError = nullptr;
    QPushButton* m_openExistingButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_createButton = nullptr;
};

}  // namespace tongbao
