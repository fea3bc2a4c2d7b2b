#include "common/Clock.h"

namespace tongbao {

namespace {
const Clock* g_current = nullptr;
}

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTime();
}

const Clock& Clock::current() {
    static const SystemClock systemClock;
    return g_current ? *g_current : systemClock;
}

void Clock::setCurrent(const Clock* clock) {
    g_current = clock;
}

}  // namespace tongbao
