#pragma once

#include "domain/SyncMeta.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace tongbao {

// One child's file (一人一档): the facts of shared/docs/domain.md "Records / Child". Codes are
// from the vocabulary; sex and birth date follow from the ID number when it is valid.
struct Child {
    SyncMeta meta;
    QString householdId;  // may be empty
    QString name;
    QString idNumber;  // normalised 18 characters, or empty when the child has none yet
    QString sex;       // M / F
    QDate birthDate;
    QString ethnicity;                    // vocabulary ethnicity (GB 3304 code)
    std::optional<bool> hukouRegistered;  // 是否登记户口; unknown until asked
    QString hukouAreaCode;
    QString hukouAddress;
    QString residenceAreaCode;
    QString residenceAddress;
    QString villageGroup;    // 组/社 of the current residence
    QStringList categories;  // vocabulary category, several allowed
    QString riskLevel;       // vocabulary risk_level
    QString health;          // vocabulary health
    QString illnessType;
    QString disabilityCertificate;  // 第二代残疾人证 number
    QString disabilityCategory;     // vocabulary disability_category
    int disabilityLevel = 0;        // 1..4, 0 = none
    QString schooling;              // vocabulary schooling
    QString schoolName;
    std::optional<bool> boarding;
    QString phone;
    QString fileStatus = QStringLiteral("active");  // vocabulary file_status
    QString exitReason;                             // vocabulary exit_reason
    QDate exitDate;
    QDate openedOn;  // date the file was opened
    QString notes;
    // Facts that classified protection (core/policy) reads, from migration 9.
    QString medicalInsurance;            // vocabulary medical_insurance
    std::optional<bool> registeredPoor;  // 建档立卡贫困户; unknown until asked
    QStringList diagnoses;  // vocabulary diagnosis (孤独症, 脑瘫), several allowed
    QString livingSetting;  // vocabulary living_setting (社会散居 / 机构养育)

    bool isActive() const { return fileStatus == QLatin1String("active"); }
    // Age in whole years on the given day, or -1 without a birth date.
    int ageOn(const QDate& day) const;
};

}  // namespace tongbao
