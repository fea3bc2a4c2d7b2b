#include "users/AccountActions.h"

#include "app/MainWindow.h"
#include "audit/AuditDialog.h"
#include "security/Accounts.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"
#include "users/ChangePasswordDialog.h"
#include "users/UsersDialog.h"

#include <QAction>
#include <QMenu>

namespace tongbao {

AccountActions::AccountActions(MainWindow* window)
    : QObject(window)
    , m_window(window) {
    m_changePassword = new QAction(this);
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    m_users = new QAction(this);
    m_users->setObjectName(QStringLiteral("usersAction"));
    m_audit = new QAction(this);
    m_audit->setObjectName(QStringLiteral("auditAction"));
    connect(m_changePassword, &QAction::triggered, this, [this] {
        ChangePasswordDialog dialog(m_window->ledger(), m_window);
        dialog.exec();
    });
    connect(m_users, &QAction::triggered, this, [this] {
        UsersDialog dialog(m_window->ledger(), m_window);
        dialog.exec();
    });
    connect(m_audit, &QAction::triggered, this, [this] {
        AuditDialog dialog(m_window->ledger(), m_window);
        dialog.exec();
    });
    // The window has no ledger yet while it builds its menus: the entries are decided when
    // the menu opens.
    m_changePassword->setText(tr("Change my password…"));
    m_users->setText(tr("Users…"));
    m_audit->setText(tr("History and access log…"));
}

void AccountActions::addTo(QMenu* menu) {
    menu->addSeparator();
    menu->addAction(m_changePassword);
    menu->addAction(m_users);
    menu->addAction(m_audit);
    connect(menu, &QMenu::aboutToShow, this, &AccountActions::update);
}

void AccountActions::update() {
    m_changePassword->setText(tr("Change my password…"));
    m_users->setText(tr("Users…"));
    m_audit->setText(tr("History and access log…"));
    Ledger& ledger = m_window->ledger();
    const Access& access = ledger.writer().context().access;
    m_changePassword->setVisible(Accounts(ledger).current().has_value());
    // A ledger without accounts shows Users… so that its first administrator can be added.
    m_users->setVisible(access.allows(Permission::ManageAccounts));
    m_audit->setVisible(access.allows(Permission::ReadAccessLog));
}

}  // namespace tongbao
