#include "login/LoginDialog.h"

#include "backup/BackupKeyAdmin.h"
#include "crypt/LedgerEncryption.h"
#include "domain/Vocabulary.h"
#include "safety/SessionRole.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"
#include "users/ChangePasswordDialog.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtDebug>

namespace tongbao {

LoginDialog::LoginDialog(Ledger& ledger, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_ledger(&ledger)
    , m_mode(mode) {
    build();
}

LoginDialog::LoginDialog(const QString& encryptedPath, QWidget* parent)
    : QDialog(parent)
    , m_encryptedPath(encryptedPath)
    , m_mode(Mode::OpenEncrypted) {
    build();
}

void LoginDialog::build() {
    const Mode mode = m_mode;
    setObjectName(mode == Mode::Login ? QStringLiteral("loginDialog")
                                      : QStringLiteral("unlockDialog"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_ledgerName = new QLabel(this);
    m_ledgerName->setTextFormat(Qt::PlainText);
    m_ledgerName->setWordWrap(true);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_nameEdit);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_passwordEdit);
    if (mode == Mode::Unlock) {
        if (const auto account = Accounts(*m_ledger).current())
            m_nameEdit->setText(account->name);
        m_nameEdit->setReadOnly(true);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setVisible(false);
    m_demoHint = new QLabel(this);
    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setTextFormat(Qt::PlainText);
    m_demoHint->setWordWrap(true);
    m_demoHint->setVisible(mode == Mode::Login ? Accounts::isDemo(*m_ledger)
                                               : mode == Mode::OpenEncrypted &&
                                                     LedgerEncryption::head(m_encryptedPath).demo);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(12);
    form->setHorizontalSpacing(16);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);

    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->setVisible(mode != Mode::Unlock);
    m_loginButton = new QPushButton(this);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_loginButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_ledgerName);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_demoHint);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { QDialog::reject(); });
    retranslateUi();
    setMinimumWidth(460);
    (mode == Mode::Unlock || !m_nameEdit->text().isEmpty() ? m_passwordEdit : m_nameEdit)
        ->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::retranslateUi() {
    const bool locked = m_mode == Mode::Unlock;
    setWindowTitle(locked ? tr("Locked") : tr("Log in"));
    m_heading->setText(locked ? tr("The window was locked because nobody used it for a while")
                              : tr("Log in"));
    if (m_ledger) {
        const LedgerIdentity& identity = m_ledger->identity();
        m_ledgerName->setText(identity.name + QStringLiteral(" · ") +
                              Vocabulary::label(vocab::LedgerKind, identity.kind));
    } else {
        // The ledger's name is inside the encrypted file; the file's name is what there is.
        m_ledgerName->setText(
            tr("%1 (encrypted ledger)").arg(QDir::toNativeSeparators(m_encryptedPath)));
    }
    m_nameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_demoHint->setText(tr("This is a demo ledger with invented data. Its users are admin, "
                           "supervisor and reviewer; the password is %1.")
                            .arg(Accounts::demoPassword()));
    m_cancelButton->setText(tr("Quit"));
    m_loginButton->setText(locked ? tr("Unlock") : tr("Log in"));
}

void LoginDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::reject() {
    // Escape must not open a locked window.
    if (m_mode != Mode::Unlock)
        QDialog::reject();
}

void LoginDialog::tryLogin() {
    QString password = m_passwordEdit->text();
    m_passwordEdit->clear();
    SecretBytes typed = passwordBytes(password);
    if (m_mode == Mode::OpenEncrypted) {
        const Status unlocked =
            LedgerEncryption::unlock(m_encryptedPath, m_nameEdit->text(), typed);
        if (!unlocked) {
            m_message->setText(unlocked.message());
            m_message->setVisible(true);
            m_passwordEdit->setFocus();
            return;
        }
        m_credentials.reset(new Credentials{m_nameEdit->text().trimmed(), std::move(typed)});
        accept();
        return;
    }
    // After the idle lock an encrypted ledger's key was wiped: the password opens its slot
    // again before anything can be read, the account's own check included.
    if (m_mode == Mode::Unlock && LedgerEncryption::isEncrypted(*m_ledger)) {
        const Status unlocked =
            LedgerEncryption::unlock(m_ledger->path(), m_nameEdit->text(), typed);
        if (!unlocked) {
            m_message->setText(unlocked.message());
            m_message->setVisible(true);
            m_passwordEdit->setFocus();
            return;
        }
    }
    // An administrator's first login makes the ledger's backup key with this password (issue 7).
    const SecretBytes forBackupKey = SecretBytes::copyOf(typed.data(), typed.size());
    Accounts accounts(*m_ledger);
    const Status outcome = m_mode == Mode::Login
                               ? accounts.login(m_nameEdit->text(), std::move(typed)).status()
                               : accounts.confirm(std::move(typed));
    if (!outcome) {
        m_message->setText(outcome.message());
        m_message->setVisible(true);
        m_passwordEdit->setFocus();
        return;
    }
    if (m_mode == Mode::Login)
        afterAdministratorLogin(*m_ledger, forBackupKey);
    m_message->setVisible(false);
    accept();
}

void LoginDialog::afterAdministratorLogin(Ledger& ledger, const SecretBytes& password) {
    // Not a reason to keep the administrator out: the next login tries again.
    if (const Status keyed = BackupKeyAdmin::setUpIfMissing(ledger, password); !keyed)
        qWarning().noquote() << "backup key:" << keyed.message();
}

std::optional<Credentials> LoginDialog::unlockFile(QWidget* parent, const QString& path) {
    LoginDialog dialog(path, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.m_credentials)
        return std::nullopt;
    return std::move(*dialog.m_credentials);
}

bool LoginDialog::signInWith(QWidget* parent, Ledger& ledger, Credentials credentials) {
    const SecretBytes password =
        SecretBytes::copyOf(credentials.password.data(), credentials.password.size());
    if (!Accounts(ledger).login(credentials.name, std::move(credentials.password)))
        return signIn(parent, ledger);
    afterAdministratorLogin(ledger, password);
    afterLogin(parent, ledger);
    return true;
}

bool LoginDialog::signIn(QWidget* parent, Ledger& ledger) {
    if (!Accounts(ledger).exist())
        return true;
    LoginDialog dialog(ledger, Mode::Login, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    afterLogin(parent, ledger);
    return true;
}

void LoginDialog::afterLogin(QWidget* parent, Ledger& ledger) {
    const auto account = Accounts(ledger).current();
    if (!account)
        return;
    setSessionRole(account->role);
    if (account->mustChangePassword) {
        ChangePasswordDialog change(ledger, parent);
        change.setExplanation(
            tr("The administrator set a new password for you. Choose your own now."));
        change.exec();
    }
}

}  // namespace tongbao
