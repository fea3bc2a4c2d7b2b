#pragma once

#include "domain/SyncMeta.h"

#include <QDate>

namespace tongbao {

// A referral to a department (一门受理、协同办理).
struct Referral {
    SyncMeta meta;
    QString childId;
    QString department;  // vocabulary department
    QDate referredOn;
    QString purpose;
    QString outcome;
    QDate outcomeOn;
};

}  // namespace tongbao
