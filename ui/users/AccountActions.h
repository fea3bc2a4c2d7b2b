#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace tongbao {

class MainWindow;

// The window's entries for accounts (issue 7): Change my password…, Users… and History and access
// log… (the last two for an administrator). Each asks core, which refuses what the logged-in
// role may not do; the entries only hide what would be refused anyway.
class AccountActions : public QObject {
    Q_OBJECT
public:
    explicit AccountActions(MainWindow* window);

    void addTo(QMenu* menu);
    QAction* changePasswordAction() const { return m_changePassword; }
    QAction* usersAction() const { return m_users; }
    QAction* auditAction() const { return m_audit; }

private:
    void update();

    MainWindow* m_window;
    QAction* m_changePassword = nullptr;
    QAction* m_users = nullptr;
    QAction* m_audit = nullptr;
};

}  // namespace tongbao
