#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

#include <functional>

namespace tongbao {

class Ledger;
struct TimelineRow;

// One change in a child's history, in plain words.
struct TimelineEntry {
    qint64 seq = 0;
    QDateTime at;  // local time
    QString actor;
    QString entity;  // the record changed: child, guardianship, measure, ...
    QString text;    // "Risk level: Medium → High"

    // "2026-11-03, supervisor1: Risk level: Medium → High"
    QString sentence() const;
};

// The timeline of a child's file (变更记录): every audit row of the child and of its records
// turned into a sentence in the user's language, newest first. Field names come from
// FieldLabels and coded values from the vocabulary, so the history reads like the form.
class ChildTimeline {
    Q_DECLARE_TR_FUNCTIONS(ChildTimeline)

public:
    static QVector<TimelineEntry> build(Ledger& ledger, const QString& childId, int limit = -1);

    // The words for one audit row; `householdName` turns a household id into words.
    static QString describe(const TimelineRow& row,
                            const std::function<QString(const QString&)>& householdName);
};

}  // namespace tongbao
