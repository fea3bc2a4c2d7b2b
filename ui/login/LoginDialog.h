#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tongbao {

class Ledger;

// Asks who is at the keyboard (issue 7): the user name and password of one of the ledger's
// accounts, checked by core (security/Accounts, which also slows down repeated wrong passwords).
// In unlock mode it asks the logged-in user's password again after the idle lock; it then cannot
// be dismissed, only answered. Messages appear inline, under the fields.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Login, Unlock };

    LoginDialog(Ledger& ledger, Mode mode = Mode::Login, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Logs in to a ledger with accounts (a ledger without accounts needs none). True when the
    // ledger may be shown; false when the user gave up.
    static bool signIn(QWidget* parent, Ledger& ledger);
    // After a login: the role the screens show, and the forced change of a reset password.
    static void afterLogin(QWidget* parent, Ledger& ledger);

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void tryLogin();

    Ledger& m_ledger;
    Mode m_mode;
    QLabel* m_heading = nullptr;
    QLabel* m_ledgerName = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_demoHint = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_loginButton = nullptr;
};

}  // namespace tongbao
