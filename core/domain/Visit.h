#pragma once

#include "domain/SyncMeta.h"

#include <QDate>
#include <optional>

namespace tongbao {

// One quick check of a visit: a choice (vocabulary check_result) and an optional note.
struct VisitCheck {
    QString result;
    QString note;
};

// A home visit or other contact (走访).
struct Visit {
    SyncMeta meta;
    QString childId;
    QDate visitDate;
    QString mode;  // vocabulary visit_mode
    QString visitor;
    bool childSeenInPerson = false;
    VisitCheck living;
    VisitCheck health;
    VisitCheck schooling;
    VisitCheck safety;
    VisitCheck mood;
    QString guardianshipAssessment;  // vocabulary guardian_capacity
    QString problems;
    QString needs;
    QString actions;
    QString followUp;
    bool triggeredSafetyReport = false;
    QDate nextVisitDate;
    bool guardianConfirmed = false;
};

}  // namespace tongbao
