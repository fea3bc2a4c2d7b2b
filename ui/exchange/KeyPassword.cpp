#include "exchange/KeyPassword.h"

#include "security/KeyStore.h"
#include "visits/FormParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QQueue>
#include <QVBoxLayout>

namespace tongbao {

namespace {

QQueue<QString>& scripted() {
    static QQueue<QString> answers;
    return answers;
}

}  // namespace

KeyPassword::KeyPassword(QWidget* parent, const QString& purpose, bool newPassword)
    : QDialog(parent)
    , m_newPassword(newPassword) {
    setObjectName(QStringLiteral("keyPasswordDialog"));
    setWindowTitle(newPassword ? tr("Protect the ledger's keys") : tr("Ledger keys password"));
    auto* text = new QLabel(purpose, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("keyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    if (newPassword) {
        m_again = new QLineEdit(this);
        m_again->setObjectName(QStringLiteral("keyPasswordAgain"));
        m_again->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_again);
    }
    m_error = formparts::message(this, QStringLiteral("keyPasswordError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(newPassword ? tr("Make keys") : tr("Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &KeyPassword::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(text);
    if (newPassword) {
        auto* warning = new QLabel(
            tr("Write the password down and keep it with the ledger's papers: it cannot be "
               "recovered, and without it no batch can be sent or opened."),
            this);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
        layout->addWidget(warning);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void KeyPassword::accept() {
    if (m_newPassword) {
        if (m_password->text().size() < KeyStore::MinimumPasswordLength) {
            formparts::show(m_error,
                            tr("Use at least %1 characters.").arg(KeyStore::MinimumPasswordLength),
                            formparts::Tone::Error);
            m_password->setFocus();
            return;
        }
        if (m_password->text() != m_again->text()) {
            formparts::show(m_error, tr("The two passwords are not the same; type them again."),
                            formparts::Tone::Error);
            m_again->clear();
            m_again->setFocus();
            return;
        }
    } else if (m_password->text().isEmpty()) {
        formparts::show(m_error, tr("Type the password."), formparts::Tone::Error);
        return;
    }
    QDialog::accept();
}

std::optional<QString> KeyPassword::ask(QWidget* parent, const QString& purpose, bool newPassword) {
    if (!scripted().isEmpty())
        return scripted().dequeue();
    KeyPassword dialog(parent, purpose, newPassword);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.m_password->text();
}

void KeyPassword::setNextAnswer(const QString& password) {
    scripted().enqueue(password);
}

}  // namespace tongbao
