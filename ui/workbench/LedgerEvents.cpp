#include "workbench/LedgerEvents.h"

namespace tongbao {

LedgerEvents& LedgerEvents::instance() {
    static LedgerEvents events;
    return events;
}

}  // namespace tongbao
