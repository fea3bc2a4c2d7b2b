#pragma once

#include "security/Permissions.h"

namespace tongbao {

// The role of the person at the keyboard, asked by every screen that depends on it (safety
// reports above all). Accounts come in a later issue: until then everyone works as the
// supervisor (儿童主任) who keeps the files, and this is the one place that says so.
Role sessionRole();
// For the accounts work, and for tests that check what other roles see.
void setSessionRole(Role role);

}  // namespace tongbao
