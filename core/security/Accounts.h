#pragma once

#include "common/Result.h"
#include "security/Permissions.h"
#include "security/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>

namespace tongbao {

class Ledger;

// A ledger's user account as the screens and the CLI see it (never its password hash).
struct Account {
    QString name;
    Role role = Role::Reviewer;
    bool disabled = false;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime passwordChangedAt;
    QString hashParameters;
};

// A user name and password for logging in without asking a person (the CLI's --user and
// TONGBAO_PASSWORD).
struct Credentials {
    QString name;
    SecretBytes password;
};

// The accounts of one ledger (issue 7): who may log in, with which role, and the login itself.
// Passwords are Argon2id hashes (security/PasswordHash); a login under older hash parameters
// stores a fresh hash. Wrong passwords slow the next attempt down, per user name, counted in
// the file so that restarting does not reset the wait. A successful login tells the ledger who
// is acting (its actor name and Access), which is what the storage layer checks before every
// write. A ledger without accounts stays open to anyone, as ledgers were before accounts; its
// first account must be an administrator.
class Accounts {
    Q_DECLARE_TR_FUNCTIONS(Accounts)
public:
    explicit Accounts(Ledger& ledger);

    static constexpr int MinimumPasswordLength = 8;
    // Wrong passwords allowed before the waits start.
    static constexpr int FreeAttempts = 3;
    // The wait before the next attempt after `failures` wrong passwords in a row: none for the
    // first three, then 5 s doubling up to 5 minutes.
    static int secondsToWait(int failures);

    bool exist() const;
    QVector<Account> list() const;
    std::optional<Account> find(const QString& name) const;
    // The account logged in on this ledger, if any.
    std::optional<Account> current() const;

    // Checks the password; on success the ledger acts as this user from now on.
    Result<Account> login(const QString& name, SecretBytes password);
    // Checks the logged-in user's password again (unlocking the idle lock), throttled alike.
    Status confirm(SecretBytes password);

    // Adds an account. Needs an administrator, except for the first account of a ledger, which
    // must be an administrator and is logged in at once (the new-ledger wizard, `init`).
    Status add(const QString& name, Role role, SecretBytes password);
    Status changeOwnPassword(SecretBytes oldPassword, SecretBytes newPassword);
    // An administrator sets another user's password; that user is asked to change it.
    Status resetPassword(const QString& name, SecretBytes newPassword);
    Status setDisabled(const QString& name, bool disabled);
    Status setRole(const QString& name, Role role);

    // Demo ledgers (invented data): administrator "admin", supervisor "supervisor" and reviewer
    // "reviewer", all with demoPassword(); documented in the README.
    Status addDemoAccounts();
    static QString demoPassword();
    static bool isDemo(const Ledger& ledger);

    // Called by Ledger::open: a ledger with accounts starts signed out; when a credential source
    // is installed (the CLI), it logs in with what the source gives, or refuses the open.
    static Status admit(Ledger& ledger);
    using CredentialSource = std::function<Result<Credentials>(const QString& actor)>;
    static void setCredentialSource(CredentialSource source);
    // What the installed source gives for this user, to unlock an encrypted ledger before it is
    // opened; a refusal when there is no source (the GUI unlocks with its own dialog first).
    static Result<Credentials> credentialsFor(const QString& actor);

private:
    Status checkNewPassword(const SecretBytes& password) const;
    Status checkName(const QString& name) const;
    Status requireAdministrator() const;
    Status throttle(const QString& name) const;
    Status audit(const QString& action, const QString& name, const QString& changes);
    void recordAccess(const QString& action, const QString& actor);
    Status storePassword(const QString& name, const SecretBytes& password, bool mustChange);

    Ledger& m_ledger;
};

}  // namespace tongbao
