#pragma once

#include <QString>

namespace tongbao {

// The roles a ledger account will have (design.md §5). Accounts come in a later issue; the
// checks that depend on a role are gathered here now so that the screens and the CLI ask one
// place, and the accounts work only has to say who is logged in.
enum class Role {
    Administrator,  // keeps the ledger and its accounts
    Supervisor,     // the child-welfare supervisor (儿童主任) who keeps the files
    Reviewer,       // reads the register to check it; changes nothing
    TownOfficer,    // town or subdistrict staff (街镇) who receive the village's reports
};

// Safety reports describe abuse, sexual assault and self-harm in detail (domain.md, "Safety
// protection": only the roles that need them see them). The supervisor writes them, the town
// officer receives them (the town must be told at once) and the administrator keeps the file;
// a reviewer checks the register's completeness and does not need them, so sees neither the
// reports nor their count.
bool canSeeSafetyReports(Role role);

// Stable ASCII codes for storing and parsing roles: administrator, supervisor, reviewer, town.
QString roleCode(Role role);
bool roleFromCode(const QString& code, Role* role);

}  // namespace tongbao
