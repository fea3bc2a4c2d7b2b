#pragma once

#include "domain/SyncMeta.h"

#include <QDate>

namespace tongbao {

// One parent's situation as the guardianship form records it.
struct ParentSituation {
    QString status;       // vocabulary parent_status
    QDate since;          // e.g. 失联 since, 服刑 since
    QString whereabouts;  // for 外出务工: where, to city level
};

// The guardianship situation of one child (监护情况): one row per child.
struct Guardianship {
    SyncMeta meta;
    QString childId;
    ParentSituation father;
    ParentSituation mother;
    QString caregiverName;  // the actual caregiver
    QString caregiverIdNumber;
    QString caregiverRelation;  // vocabulary caregiver_relation
    int caregiverAge = 0;
    QString caregiverHealth;  // vocabulary caregiver_health
    QString caregiverPhone;
    QString guardianshipType;  // vocabulary guardianship_type
    QString capacity;          // vocabulary guardian_capacity
    // For 委托照护: the day the committee was told in writing (未成年人保护法 art. 22).
    QDate entrustedNoticeDate;
    QString notes;
};

}  // namespace tongbao
