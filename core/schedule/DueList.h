#pragma once

#include "common/Result.h"
#include "schedule/ScheduleSettings.h"
#include "schedule/VisitSchedule.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace tongbao {

class Ledger;

// A child in one of the visit lists (overdue, due this week, never seen in person).
struct DueChild {
    QString childId;
    QString name;
    QString villageGroup;
    QString riskLevel;
    NextDue due;
    QDate lastInPerson;  // invalid when never seen in person
    QDate openedOn;
    // Overdue: days past the due date. Due this week: days until it (0 = today).
    // Never visited: days since the file was opened (0 without an opened-on date).
    int days = 0;
};

struct DueBirthday {
    QString childId;
    QString name;
    QString villageGroup;
    QString riskLevel;
    QDate birthDate;
    WatchedBirthday birthday;
    int daysUntil = 0;
};

struct DueMeasureEnd {
    QString measureId;
    QString childId;
    QString childName;
    QString villageGroup;
    QString riskLevel;
    QString kind;        // vocabulary measure_kind
    QString department;  // vocabulary department
    QString status;      // vocabulary measure_status
    QDate endDate;
    int daysLeft = 0;
};

struct DueSafetyReport {
    QString reportId;
    QString childId;
    QString childName;
    QString villageGroup;
    QString riskLevel;
    QDateTime discoveredAt;
    QString discoveredBy;
    QStringList situations;
    qint64 ageSeconds = 0;  // from discovery to now
    bool urgent = false;    // no report to the police recorded yet
    QDateTime policeNotifiedAt;
    qint64 secondsToPoliceReport = -1;
    int stepCount = 0;
};

// The workbench's lists on one day. Each list is sorted the way it is read: overdue by days
// overdue (most first), due this week and birthdays and measures by date, never visited by
// opened-on date, safety reports urgent first then oldest first; ties by name.
struct DueLists {
    QDate today;
    QDateTime now;
    ScheduleSettings settings;
    QVector<DueChild> overdue;
    QVector<DueChild> dueThisWeek;
    QVector<DueChild> neverVisited;
    QVector<DueBirthday> birthdays;
    QVector<DueMeasureEnd> measuresEnding;
    bool safetyReportsShown = true;  // false: the role may not see them; the list stays empty
    QVector<DueSafetyReport> openSafetyReports;
};

struct DueListOptions {
    bool includeSafetyReports = true;

    static DueListOptions forRole(Role role);
};

// Computes the workbench's lists for a ledger at a moment, applying VisitSchedule's rules to
// per-child aggregates from ScheduleQueries. One pass over the open files gives the visit lists
// and the birthdays; measures and safety reports come from their own small queries. The child
// lists cover open files (在册) only; an open safety report is listed whatever its child's file
// says, because a report never waits for paperwork.
class DueList {
    Q_DECLARE_TR_FUNCTIONS(DueList)
public:
    explicit DueList(Ledger& ledger);

    Result<DueLists> compute(const QDateTime& now, const DueListOptions& options = {}) const;
    // At the ledger clock's now.
    Result<DueLists> compute(const DueListOptions& options = {}) const;

    // One child's next visit (for the child's file and the visit form).
    Result<NextDue> nextDueFor(const QString& childId, const QDate& today) const;

private:
    Ledger& m_ledger;
};

}  // namespace tongbao
