#pragma once

#include "domain/SyncMeta.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace tongbao {

// A member of a household other than the children on file (parents, grandparents, siblings).
struct HouseholdMember {
    SyncMeta meta;
    QString householdId;
    QString name;
    QString idNumber;  // normalised, may be empty
    QString relation;  // vocabulary member_relation (relation to the head)
    QDate birthDate;
    QString notes;
};

// A family (家庭). Several children of one family link to one household, entered once.
struct Household {
    SyncMeta meta;
    QString headName;
    QString headIdNumber;
    QString phone;
    QString areaCode;      // 12-digit code of the village or community
    QString villageGroup;  // 组/社
    QString address;
    QStringList incomeSources;  // vocabulary income_source
    QString supportStatus;      // vocabulary support_status
    QString notes;
    QVector<HouseholdMember> members;  // loaded and saved with the household
};

}  // namespace tongbao
