#pragma once

#include "storage/ColumnMapping.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace tongbao {

class Database;

// One stored account as the table holds it (security/Accounts turns it into an Account).
struct AccountRow {
    QString name;
    QString role;  // roleCode()
    QString passwordHash;
    QString hashParameters;  // PasswordHash::describe() of the parameters it was made with
    bool disabled = false;
    bool mustChangePassword = false;  // set when an administrator reset it
    QDateTime createdAt;
    QDateTime passwordChangedAt;
};

// Wrong passwords typed for one user name, kept in the file so that restarting the program
// does not reset the wait.
struct LoginFailures {
    int count = 0;
    QDateTime last;  // UTC
};

// The SQL of ledger accounts: the account table and the record of wrong passwords. Both are
// local to this file (never exported: a town has its own users); changes to accounts are
// audited by security/Accounts in the ledger's hash chain.
class AccountQueries {
public:
    static QStringList schema();  // migration step 10

    static bool hasAccounts(Database& db);
    static std::optional<AccountRow> find(Database& db, const QString& name);
    static QVector<AccountRow> all(Database& db);
    static int activeAdministrators(Database& db);

    static bool insert(Database& db, const AccountRow& row);
    static bool setPassword(Database& db,
                            const QString& name,
                            const QString& hash,
                            const QString& parameters,
                            bool mustChange,
                            const QDateTime& at);
    static bool setDisabled(Database& db, const QString& name, bool disabled);
    static bool setRole(Database& db, const QString& name, const QString& role);

    static LoginFailures failures(Database& db, const QString& name);
    static bool recordFailure(Database& db, const QString& name, const QDateTime& at);
    static bool clearFailures(Database& db, const QString& name);
};

}  // namespace tongbao
