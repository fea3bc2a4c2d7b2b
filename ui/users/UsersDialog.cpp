#include "users/UsersDialog.h"

#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"
#include "users/ChangePasswordDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongbao {

namespace {

// A choice of the roles the ledger knows, `current` chosen.
QComboBox* roleCombo(QWidget* parent, const QString& objectName, Role current) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (Role r : allRoles())
        combo->addItem(roleLabel(r), roleCode(r));
    combo->setCurrentIndex(combo->findData(roleCode(current)));
    return combo;
}

// Lays `dialog` out as `form` above OK and Cancel.
void layOutWithOkCancel(QDialog* dialog, QFormLayout* form) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Cancel)->setText(UsersDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

// A small form: optional user name and role, the new password twice.
class AccountForm : public QDialog {
public:
    AccountForm(QWidget* parent, const QString& title, bool withNameAndRole)
        : QDialog(parent) {
        setWindowTitle(title);
        auto* form = new QFormLayout;
        if (withNameAndRole) {
            name = new QLineEdit(this);
            name->setObjectName(QStringLiteral("newUserNameEdit"));
            role = roleCombo(this, QStringLiteral("roleCombo"), Role::Supervisor);
            form->addRow(UsersDialog::tr("&User name:"), name);
            form->addRow(UsersDialog::tr("&Role:"), role);
        }
        password = new QLineEdit(this);
        password->setObjectName(QStringLiteral("newPasswordEdit"));
        password->setEchoMode(QLineEdit::Password);
        repeat = new QLineEdit(this);
        repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
        repeat->setEchoMode(QLineEdit::Password);
        form->addRow(UsersDialog::tr("&Password:"), password);
        form->addRow(UsersDialog::tr("R&epeat password:"), repeat);
        layOutWithOkCancel(this, form);
    }
    QLineEdit* name = nullptr;
    QComboBox* role = nullptr;
    QLineEdit* password = nullptr;
    QLineEdit* repeat = nullptr;
};

// The role of one user, chosen from the roles the ledger knows.
class RoleForm : public QDialog {
public:
    RoleForm(QWidget* parent, const QString& name, Role current)
        : QDialog(parent) {
        setWindowTitle(UsersDialog::tr("Role of %1").arg(name));
        role = roleCombo(this, QStringLiteral("changeRoleCombo"), current);
        auto* form = new QFormLayout;
        form->addRow(UsersDialog::tr("&Role:"), role);
        layOutWithOkCancel(this, form);
    }
    QComboBox* role = nullptr;
};

}  // namespace

UsersDialog::UsersDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger) {
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_add = new QPushButton(tr("Add user…"), this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_reset = new QPushButton(tr("Set new password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_toggle = new QPushButton(tr("Switch off / on"), this);
    m_toggle->setObjectName(QStringLiteral("toggleUserButton"));
    m_role = new QPushButton(tr("Change role…"), this);
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    // Core refuses anyone else too; the page does not offer what it would refuse.
    m_role->setEnabled(ledger.writer().context().access.allows(Permission::ManageAccounts));
    auto* close = new QPushButton(tr("Close"), this);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_role);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(620, 420);
    reload();
}

void UsersDialog::reload() {
    const QVector<Account> accounts = Accounts(m_ledger).list();
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const Account& a = accounts[row];
        m_table->setItem(row, 0, new QTableWidgetItem(a.name));
        m_table->setItem(row, 1, new QTableWidgetItem(roleLabel(a.role)));
        QString state = a.disabled ? tr("switched off") : tr("active");
        if (a.mustChangePassword)
            state += tr(", must choose a new password");
        m_table->setItem(row, 2, new QTableWidgetItem(state));
    }
}

QString UsersDialog::selectedName() const {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_table->item(selected.first()->row(), 0)->text();
}

void UsersDialog::showOutcome(const QString& message, bool failed) {
    m_message->setStyleSheet(failed ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void UsersDialog::addUser() {
    AccountForm form(this, tr("Add user"), true);
    if (form.exec() != QDialog::Accepted)
        return;
    QString problem;
    QString password = repeatedPassword(form.password, form.repeat, &problem);
    if (!problem.isEmpty())
        return showOutcome(problem, true);
    Role role = Role::Reviewer;
    roleFromCode(form.role->currentData().toString(), &role);
    const Status added = Accounts(m_ledger).add(form.name->text(), role, passwordBytes(password));
    showOutcome(
        added ? tr("The user %1 was added.").arg(form.name->text().trimmed()) : added.message(),
        !added);
    reload();
}

void UsersDialog::resetPassword() {
    const QString name = selectedName();
    if (name.isEmpty())
        return showOutcome(tr("Choose a user in the list first."), true);
    AccountForm form(this, tr("New password for %1").arg(name), false);
    if (form.exec() != QDialog::Accepted)
        return;
    QString problem;
    QString password = repeatedPassword(form.password, form.repeat, &problem);
    if (!problem.isEmpty())
        return showOutcome(problem, true);
    const Status reset = Accounts(m_ledger).resetPassword(name, passwordBytes(password));
    showOutcome(reset ? tr("%1 has a new password and will be asked to change it at the next "
                           "login.")
                            .arg(name)
                      : reset.message(),
                !reset);
    reload();
}

std::optional<Account> UsersDialog::selectedAccount() {
    const QString name = selectedName();
    if (name.isEmpty()) {
        showOutcome(tr("Choose a user in the list first."), true);
        return std::nullopt;
    }
    return Accounts(m_ledger).find(name);
}

void UsersDialog::toggleDisabled() {
    const std::optional<Account> account = selectedAccount();
    if (!account)
        return;
    const QString& name = account->name;
    const Status done = Accounts(m_ledger).setDisabled(name, !account->disabled);
    showOutcome(done ? (account->disabled ? tr("%1 can log in again.").arg(name)
                                          : tr("%1 can no longer log in.").arg(name))
                     : done.message(),
                !done);
    reload();
}

void UsersDialog::changeRole() {
    const std::optional<Account> account = selectedAccount();
    if (!account)
        return;
    const QString& name = account->name;
    RoleForm form(this, name, account->role);
    if (form.exec() != QDialog::Accepted)
        return;
    Role role = account->role;
    roleFromCode(form.role->currentData().toString(), &role);
    if (role == account->role)
        return;
    // Core keeps the last administrator (it says so: add another one first).
    const Status changed = Accounts(m_ledger).setRole(name, role);
    showOutcome(changed ? tr("%1 is now %2. The new role applies from the next login.")
                              .arg(name, roleLabel(role))
                        : changed.message(),
                !changed);
    reload();
}

}  // namespace tongbao
