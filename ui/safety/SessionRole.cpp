#include "safety/SessionRole.h"

namespace tongbao {

namespace {
Role g_role = Role::Supervisor;
}

Role sessionRole() {
    return g_role;
}

void setSessionRole(Role role) {
    g_role = role;
}

}  // namespace tongbao
