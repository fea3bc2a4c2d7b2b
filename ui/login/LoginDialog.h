#pragma once

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tongbao {
class SecretBytes;
}

namespace tongbao {

class Ledger;
struct Credentials;

// Asks who is at the keyboard (issue 7): the user name and password of one of the ledger's
// accounts, checked by core (security/Accounts, which also slows down repeated wrong passwords).
// In unlock mode it asks the logged-in user's password again after the idle lock; it then cannot
// be dismissed, only answered. Messages appear inline, under the fields.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Login, Unlock, OpenEncrypted };

    LoginDialog(Ledger& ledger, Mode mode = Mode::Login, QWidget* parent = nullptr);
    // Before an encrypted ledger can be opened (issue 8): the user's password opens their key
    // slot; the ledger itself logs them in once open (signInWith).
    LoginDialog(const QString& encryptedPath, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Logs in to a ledger with accounts (a ledger without accounts needs none). True when the
    // ledger may be shown; false when the user gave up.
    static bool signIn(QWidget* parent, Ledger& ledger);
    // Asks for a user name and password that unlock the encrypted ledger file; nothing when
    // the user gave up.
    static std::optional<Credentials> unlockFile(QWidget* parent, const QString& path);
    // Logs in with what unlocked the file, asking again only if that fails.
    static bool signInWith(QWidget* parent, Ledger& ledger, Credentials credentials);
    // After a login: the role the screens show, and the forced change of a reset password.
    static void afterLogin(QWidget* parent, Ledger& ledger);

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslateUi();
    void tryLogin();
    // What a login by an administrator does next, whichever way it came in.
    static void afterAdministratorLogin(Ledger& ledger, const SecretBytes& password);

    Ledger* m_ledger = nullptr;
    QString m_encryptedPath;
    std::unique_ptr<Credentials> m_credentials;
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
