#pragma once

#include "domain/Visit.h"

#include <QString>

namespace tongbao::visitform {

// The five quick checks of a visit in the order of the paper form, shared by the two halves of
// VisitEntryForm (its layout and its behaviour).
struct CheckSpec {
    const char* name;  // the column name: living, health, ...
    VisitCheck Visit::*check;
};
inline const CheckSpec kChecks[] = {
    {"living", &Visit::living}, {"health", &Visit::health}, {"schooling", &Visit::schooling},
    {"safety", &Visit::safety}, {"mood", &Visit::mood},
};
constexpr int kCheckCount = 5;
constexpr int kSafetyCheck = 3;

}  // namespace tongbao::visitform
