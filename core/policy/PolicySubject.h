#pragma once

#include <QDate>
#include <QStringList>
#include <QVector>

#include <optional>

namespace tongbao {

// A measure on file as the entitlement check sees it: its kind, who acts, how far it got.
struct PolicyMeasure {
    QString id;
    QString kind;        // vocabulary measure_kind
    QString department;  // vocabulary department
    QString status;      // vocabulary measure_status
    QDate startDate;
    QDate endDate;
};

// A referral on file; the check links it to a rule through the rule id written in its purpose.
struct PolicyReferral {
    QString id;
    QString department;
    QDate referredOn;
    QString purpose;
    QString outcome;
    QDate outcomeOn;
};

// Everything about one child that the classified-protection rules may read: the child's own
// facts, the guardianship form, the household's support status, and the measures and referrals
// on file. A plain value, filled in bulk by storage/PolicyQueries, so that the evaluator stays
// pure and a district ledger of 100,000 children is checked without 100,000 repository loads.
struct PolicySubject {
    QString childId;
    QString name;
    QString villageGroup;
    QString fileStatus;
    QDate birthDate;
    QStringList categories;
    QString health;
    QString disabilityCategory;
    int disabilityLevel = 0;
    bool disabilityCertified = false;
    QString schooling;
    QString medicalInsurance;
    std::optional<bool> registeredPoor;
    QStringList diagnoses;
    QString livingSetting;
    QString fatherStatus;
    QString motherStatus;
    QString guardianshipType;
    QString guardianCapacity;
    QString supportStatus;  // of the household; empty without one
    QVector<PolicyMeasure> measures;
    QVector<PolicyReferral> referrals;
};

}  // namespace tongbao
