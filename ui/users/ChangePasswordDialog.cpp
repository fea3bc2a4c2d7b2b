#include "users/ChangePasswordDialog.h"

#include "security/Accounts.h"
#include "security/PasswordHash.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongbao {

namespace {
QLineEdit* passwordEdit(QWidget* parent, const QString& objectName) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
}  // namespace

QString repeatedPassword(QLineEdit* first, QLineEdit* second, QString* problem) {
    QString password = first->text();
    const bool same = password == second->text();
    first->clear();
    second->clear();
    if (!same) {
        passwordBytes(password);  // wipes our copy
        *problem = ChangePasswordDialog::tr("The two new passwords differ; type the same twice.");
        return {};
    }
    return password;
}

ChangePasswordDialog::ChangePasswordDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger) {
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setVisible(false);
    m_current = passwordEdit(this, QStringLiteral("currentPasswordEdit"));
    m_new = passwordEdit(this, QStringLiteral("newPasswordEdit"));
    m_repeat = passwordEdit(this, QStringLiteral("repeatPasswordEdit"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setVisible(false);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void ChangePasswordDialog::setExplanation(const QString& text) {
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void ChangePasswordDialog::save() {
    QString problem;
    QString newPassword = repeatedPassword(m_new, m_repeat, &problem);
    QString current = m_current->text();
    m_current->clear();
    Status changed = problem.isEmpty() ? Status::success() : Status::failure(problem);
    if (changed)
        changed = Accounts(m_ledger).changeOwnPassword(passwordBytes(current),
                                                       passwordBytes(newPassword));
    passwordBytes(current);
    if (!changed) {
        m_message->setText(changed.message());
        m_message->setVisible(true);
        return;
    }
    accept();
}

}  // namespace tongbao
