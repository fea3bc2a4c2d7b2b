#pragma once

#include "domain/SyncMeta.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>
#include <optional>

namespace tongbao {

// Who was told of a safety report, when, how, who took it and the receipt number.
struct SafetyNotification {
    SyncMeta meta;
    QString reportId;
    QString recipient;  // vocabulary safety_recipient
    QDateTime notifiedAt;
    QString method;  // vocabulary notification_method
    QString receiver;
    QString receiptNumber;
};

// A follow-up step: emergency handling, assessment and help, or guardianship intervention.
struct SafetyStep {
    SyncMeta meta;
    QString reportId;
    QString kind;  // vocabulary safety_step_kind
    QDate stepDate;
    QString actor;
    QString action;
    QString outcome;
};

// A mandatory report (强制报告) of a child harmed, suspected harmed or in danger.
struct SafetyReport {
    SyncMeta meta;
    QString childId;
    QString visitId;  // the visit that triggered it, if any
    QDateTime discoveredAt;
    QString discoveredBy;
    QStringList situations;  // vocabulary safety_situation
    QString description;
    std::optional<bool> childSafeNow;
    QString status = QStringLiteral("open");  // vocabulary safety_report_status
    QDateTime closedAt;
    QString closingResult;
    QVector<SafetyNotification> notifications;
    QVector<SafetyStep> steps;

    // The police notification, if recorded; the report is urgent until there is one.
    const SafetyNotification* policeNotification() const;
    // Seconds from discovery to the police report, or -1 while not reported.
    qint64 secondsToPoliceReport() const;
};

}  // namespace tongbao
