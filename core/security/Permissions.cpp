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
    for (Role candidate :
         {Role::Administrator, Role::Supervisor, Role::Reviewer, Role::TownOfficer}) {
        if (roleCode(candidate) == code) {
            if (role)
                *role = candidate;
            return true;
        }
    }
    return false;
}

}  // namespace tongbao
