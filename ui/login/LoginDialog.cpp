#include "login/LoginDialog.h"

#include "domain/Vocabulary.h"
#include "safety/SessionRole.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"
#include "users/ChangePasswordDialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongbao {

LoginDialog::LoginDialog(Ledger& ledger, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_mode(mode) {
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
        if (const auto account = Accounts(ledger).current())
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
    m_demoHint->setVisible(mode == Mode::Login && Accounts::isDemo(ledger));

    auto* form = new QFormLayout;
    form->setVerticalSpacing(12);
    form->setHorizontalSpacing(16);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);

    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->setVisible(mode == Mode::Login);
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
    setWindowTitle(m_mode == Mode::Login ? tr("Log in") : tr("Locked"));
    m_heading->setText(m_mode == Mode::Login
                           ? tr("Log in")
                           : tr("The window was locked because nobody used it for a while"));
    const LedgerIdentity& identity = m_ledger.identity();
    m_ledgerName->setText(identity.name + QStringLiteral(" · ") +
                          Vocabulary::label(vocab::LedgerKind, identity.kind));
    m_nameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_demoHint->setText(tr("This is a demo ledger with invented data. Its users are admin, "
                           "supervisor and reviewer; the password is %1.")
                            .arg(Accounts::demoPassword()));
    m_cancelButton->setText(tr("Quit"));
    m_loginButton->setText(m_mode == Mode::Login ? tr("Log in") : tr("Unlock"));
}

void LoginDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::reject() {
    // Escape must not open a locked window.
    if (m_mode == Mode::Login)
        QDialog::reject();
}

void LoginDialog::tryLogin() {
    QString password = m_passwordEdit->text();
    m_passwordEdit->clear();
    Accounts accounts(m_ledger);
    const Status outcome =
        m_mode == Mode::Login ? accounts.login(m_nameEdit->text(), passwordBytes(password)).status()
                              : accounts.confirm(passwordBytes(password));
    if (!outcome) {
        m_message->setText(outcome.message());
        m_message->setVisible(true);
        m_passwordEdit->setFocus();
        return;
    }
    m_message->setVisible(false);
    accept();
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
