#pragma once

#include "security/Accounts.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tongbao {

class Ledger;

// The administrator's page of users (issue 7): the accounts with their roles and state; add a
// user with a role, change a user's role, set a new password for one who forgot theirs, switch
// an account off or on.
// Core refuses what the logged-in role may not do; the page shows its message.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    explicit UsersDialog(Ledger& ledger, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The account of the selected row, or an empty string.
    QString selectedName() const;
    void showOutcome(const QString& message, bool failed);
    void reload();

private:
    void addUser();
    void resetPassword();
    void toggleDisabled();
    void changeRole();
    // The account of the selected row; when no row is selected, says so and gives nothing.
    std::optional<Account> selectedAccount();

    Ledger& m_ledger;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_role = nullptr;
};

}  // namespace tongbao
