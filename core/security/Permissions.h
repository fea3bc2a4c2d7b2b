#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tongbao {

// The roles of a ledger's accounts (design.md §5, issue 7). Every check that depends on a role
// is gathered here, so that the screens, the CLI and the core services ask one place and a new
// rule is decided once.
enum class Role {
    Administrator,  // keeps the ledger, its accounts, keys and settings; may do everything
    Supervisor,     // the child-welfare supervisor (儿童主任) who keeps the files
    Reviewer,       // reads and prints the register to check it; changes nothing
    TownOfficer,    // town or subdistrict staff (街镇): imports, merges and reports
};

// What an acting user may be asked to do. Reading and printing need no permission beyond being
// logged in; every kind of change has one.
enum class Permission {
    ChangeRecords,    // children, households, visits, measures, safety reports, drafts
    ChangeSettings,   // ledger-wide settings (visit frequencies, idle lock)
    ExchangeBatches,  // export, import, receipts
    ManageKeys,       // the ledger's own keys and the trusted keys of others
    ManageAccounts,   // add users, reset passwords, disable
    ReadAccessLog,    // the audit page: who opened, printed, exported what
};

// Safety reports describe abuse, sexual assault and self-harm in detail (domain.md, "Safety
// protection": only the roles that need them see them). The supervisor writes them, the town
// officer receives them (the town must be told at once) and the administrator keeps the file;
// a reviewer checks the register's completeness and does not need them, so sees neither the
// reports nor their count.
bool canSeeSafetyReports(Role role);

// Whether a role is allowed a kind of change.
bool roleMay(Role role, Permission permission);

// Stable ASCII codes for storing and parsing roles: administrator, supervisor, reviewer, town.
QString roleCode(Role role);
bool roleFromCode(const QString& code, Role* role);
// The role's name for people, in the current language.
QString roleLabel(Role role);
QList<Role> allRoles();

// What the party acting on an open ledger may do. A ledger without accounts (made before
// accounts existed, or by a test) is open to anyone at the keyboard, as it always was; a ledger
// with accounts allows nothing until someone logs in, then what that person's role allows. The
// storage layer asks this before every write, so the rule holds whichever front end asks.
class Access {
    Q_DECLARE_TR_FUNCTIONS(Access)
public:
    static Access unrestricted();
    static Access signedOut();
    static Access as(Role role);

    bool allows(Permission permission) const;
    // Success, or a translated message saying why this change is refused and that nothing was
    // changed.
    Status require(Permission permission) const;
    // Unrestricted access sees everything; signed out sees nothing.
    bool seesSafetyReports() const;
    Status requireSafetyReports() const;

    bool isUnrestricted() const { return m_kind == Kind::Unrestricted; }
    bool isSignedOut() const { return m_kind == Kind::SignedOut; }
    std::optional<Role> role() const;

private:
    enum class Kind { Unrestricted, SignedOut, Signed };
    Access(Kind kind, Role role)
        : m_kind(kind)
        , m_role(role) {}

    Kind m_kind = Kind::Unrestricted;
    Role m_role = Role::Reviewer;
};

}  // namespace tongbao
