#include "domain/Child.h"

namespace tongbao {

int Child::ageOn(const QDate& day) const {
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int years = day.year() - birthDate.year();
    // Not yet had this year's birthday (a 29 February birthday counts on 1 March).
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return years;
}

}  // namespace tongbao
