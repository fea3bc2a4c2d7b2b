#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace tongbao {

class Database;

// One open file with what the schedule reads about it: the child's own facts and the
// aggregates of its visits (never the visits themselves).
struct ChildScheduleRow {
    QString childId;
    QString name;
    QString villageGroup;
    QString riskLevel;
    QString fileStatus;
    QDate birthDate;
    QDate openedOn;
    QDate lastInPerson;
    QDate latestVisit;
    QDate latestNextVisit;
};

struct MeasureEndingRow {
    QString measureId;
    QString childId;
    QString childName;
    QString villageGroup;
    QString riskLevel;
    QString kind;
    QString department;
    QString status;
    QDate endDate;
};

// An open safety report with the few facts the workbench shows; notifications and steps are
// summarised, not loaded.
struct OpenSafetyReportRow {
    QString reportId;
    QString childId;
    QString childName;
    QString villageGroup;
    QString riskLevel;
    QDateTime discoveredAt;
    QString discoveredBy;
    QStringList situations;
    QDateTime policeNotifiedAt;  // earliest live police notification; invalid when none
    int stepCount = 0;
};

// The SQL behind the visit schedule and the workbench. The rules themselves are in
// core/schedule/VisitSchedule; these queries only gather, per child, the aggregates those rules
// need (latest in-person visit, latest visit and its next-visit date) through the visit index,
// so that a district ledger of 100,000 children and a million visits is not loaded
// into memory to find who is due.
class ScheduleQueries {
public:
    explicit ScheduleQueries(Database& db);

    // Calls `row` for every live child whose file is open (在册), in no particular order.
    // Returns false when the file could not be read.
    bool forEachOpenFile(const std::function<void(const ChildScheduleRow&)>& row) const;
    // The same facts for one child (open or closed), e.g. for the child's file.
    std::optional<ChildScheduleRow> child(const QString& childId) const;

    // Live, not yet ended measures of open files ending from `first` through `last`.
    QVector<MeasureEndingRow> measuresEnding(const QDate& first, const QDate& last) const;

    // Live safety reports whose status is open, oldest discovery first.
    QVector<OpenSafetyReportRow> openSafetyReports() const;

private:
    Database& m_db;
};

}  // namespace tongbao
