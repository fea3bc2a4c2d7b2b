#include "security/Permissions.h"

namespace tongbao {

bool canSeeSafetyReports(Role role) {
    switch (role) {
        case Role::Administrator:
        case Role::Supervisor:
        case Role::TownOfficer:
            return true;
        case Role::Reviewer:
            return false;
    }
    return false;  // a role added later sees nothing until it is decided here
}

bool roleMay(Role role, Permission permission) {
    switch (role) {
        case Role::Administrator:
            return true;
        case Role::Supervisor:
            return permission == Permission::ChangeRecords ||
                   permission == Permission::ChangeSettings ||
                   permission == Permission::ExchangeBatches;
        case Role::TownOfficer:
            // A town ledger's records arrive by import; its officer also keeps the town's own
            // records (a safety report's follow-up) and sends reports upward.
            return permission == Permission::ChangeRecords ||
                   permission == Permission::ExchangeBatches;
        case Role::Reviewer:
            return false;
    }
    return false;  // a role added later may do nothing until it is decided here
}

QString roleCode(Role role) {
    switch (role) {
        case Role::Administrator:
            return QStringLiteral("administrator");
        case Role::Supervisor:
            return QStringLiteral("supervisor");
        case Role::Reviewer:
            return QStringLiteral("reviewer");
        case Role::TownOfficer:
            return QStringLiteral("town");
    }
    return {};
}

bool roleFromCode(const QString& code, Role* role) {
    for (Role candidate : allRoles()) {
        if (roleCode(candidate) == code) {
            if (role)
                *role = candidate;
            return true;
        }
    }
    return false;
}

QList<Role> allRoles() {
    return {Role::Administrator, Role::Supervisor, Role::Reviewer, Role::TownOfficer};
}

QString roleLabel(Role role) {
    switch (role) {
        case Role::Administrator:
            return Access::tr("administrator");
        case Role::Supervisor:
            return Access::tr("supervisor");
        case Role::Reviewer:
            return Access::tr("reviewer");
        case Role::TownOfficer:
            return Access::tr("town officer");
    }
    return {};
}

Access Access::unrestricted() {
    return Access(Kind::Unrestricted, Role::Administrator);
}

Access Access::signedOut() {
    return Access(Kind::SignedOut, Role::Reviewer);
}

Access Access::as(Role role) {
    return Access(Kind::Signed, role);
}

std::optional<Role> Access::role() const {
    if (m_kind == Kind::Signed)
        return m_role;
    return std::nullopt;
}

bool Access::allows(Permission permission) const {
    switch (m_kind) {
        case Kind::Unrestricted:
            return true;
        case Kind::SignedOut:
            return false;
        case Kind::Signed:
            return roleMay(m_role, permission);
    }
    return false;
}

bool Access::seesSafetyReports() const {
    switch (m_kind) {
        case Kind::Unrestricted:
            return true;
        case Kind::SignedOut:
            return false;
        case Kind::Signed:
            return canSeeSafetyReports(m_role);
    }
    return false;
}

Status Access::requireSafetyReports() const {
    if (seesSafetyReports())
        return Status::success();
    return Status::failure(
        tr("Your account may not see safety reports; they are kept for the supervisor, the "
           "town and the administrator."));
}

Status Access::require(Permission permission) const {
    if (allows(permission))
        return Status::success();
    if (m_kind == Kind::SignedOut)
        return Status::failure(tr("Log in to change this ledger. Nothing was changed."));
    const QString role = roleLabel(m_role);
    switch (permission) {
        case Permission::ChangeRecords:
            return Status::failure(
                tr("Your account (%1) may read and print the register but not change it. "
                   "Nothing was changed.")
                    .arg(role));
        case Permission::ChangeSettings:
            return Status::failure(
                tr("Your account (%1) may not change the ledger's settings. Nothing was changed.")
                    .arg(role));
        case Permission::ExchangeBatches:
            return Status::failure(
                tr("Your account (%1) may not export or import batches. Nothing was changed.")
                    .arg(role));
        case Permission::ManageKeys:
            return Status::failure(
                tr("Only an administrator may manage the ledger's keys. Nothing was changed."));
        case Permission::ManageAccounts:
            return Status::failure(
                tr("Only an administrator may manage user accounts. Nothing was changed."));
        case Permission::ReadAccessLog:
            return Status::failure(tr("Only an administrator may read the access log."));
    }
    return Status::failure(tr("Your account may not do this. Nothing was changed."));
}

}  // namespace tongbao
