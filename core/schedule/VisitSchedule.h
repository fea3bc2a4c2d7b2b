#pragma once

#include "domain/Child.h"
#include "domain/Measure.h"
#include "domain/Visit.h"
#include "schedule/ScheduleSettings.h"

#include <QDate>
#include <QVector>

namespace tongbao {

// The few facts about a child's visits that the schedule reads. The due list gets them from
// SQL aggregates; a child's file can get them from its visits with of().
struct VisitHistory {
    QDate lastInPerson;     // latest visit at which the child was seen in person
    QDate latestVisit;      // latest visit of any kind (phone, video, school included)
    QDate latestNextVisit;  // next-visit date written on the latest visit; the latest such date
                            // when several visits share that day; invalid when none was written

    // Reads a child's visits in any order; tombstoned visits do not count.
    static VisitHistory of(const QVector<Visit>& visits);
};

// Everything the schedule needs about one child, as plain values.
struct ScheduleFacts {
    QString riskLevel;  // vocabulary risk_level
    QString fileStatus = QStringLiteral("active");
    QDate openedOn;
    QDate birthDate;
    VisitHistory visits;

    bool isActive() const { return fileStatus == QLatin1String("active"); }
    static ScheduleFacts of(const Child& child, const QVector<Visit>& visits);
};

// Why a child is due on a date, so the screen can say so.
enum class DueBasis {
    NotDue,     // the file is closed (退出): never due
    Interval,   // last in-person visit + the risk level's interval
    Explicit,   // the next-visit date written on the latest visit
    NeverSeen,  // never seen in person: due from the day the file was opened
};

struct NextDue {
    QDate date;  // invalid only for NotDue
    DueBasis basis = DueBasis::NotDue;

    bool isDue() const { return basis != DueBasis::NotDue; }
};

enum class DueState { NotDue, Later, DueThisWeek, Overdue };

// A run of whole days, both ends included.
struct DateWindow {
    QDate first;
    QDate last;

    bool contains(const QDate& day) const { return day.isValid() && first <= day && day <= last; }
};

// A 16th or 18th birthday coming up.
struct WatchedBirthday {
    int age = 0;  // 16 or 18; 0 when none is in the window
    QDate date;

    bool isValid() const { return age > 0; }
};

// All the rules of the visit schedule, in one place (design.md §2), as pure functions of plain
// values so that every rule can be checked in a table: when each child is next due, what counts
// as overdue or due this week, and the other dates the workbench watches (16th and 18th
// birthdays, measures that end). The rules, decided for issue 4:
//
// - A closed file (退出) is never due and watches no dates.
// - An explicit next-visit date written on the latest visit wins: the supervisor who was there
//   knows best. It counts only when it falls after that visit's date (an earlier date is a slip
//   and is ignored). It stands even if the risk level changes later; change it with a new visit.
// - Otherwise the child is due the risk level's interval (a ledger setting: high 14, medium 30,
//   low 90 days) after the last visit at which the child was seen in person. Phone and video
//   contacts do not move this date. A change of risk level moves the date at once.
// - A child never seen in person is due on the day the file was opened (today when the file has
//   no opened-on date): the first visit is owed at once, and is overdue by the days since the
//   file was opened. Visits dated before the opened-on date still count (the screening visit
//   that led to the file often comes first).
// - Overdue: due before today, by (today - due) days. Due this week: due from today through
//   today + 6 (a rolling seven days, not the calendar week, so that Sunday still looks ahead).
// - Windows of N days run from today through today + N - 1 (30 days: today and the 29 after).
// - Birthdays: the 16th (a child under 16 may not be left to live alone) and the 18th (the file
//   is closed as 年满18周岁). A 29 February birthday falls on 1 March in common years, as in
//   Child::ageOn. Only the next watched birthday within the window is reported.
// - Measures: a live measure not yet ended (status other than 已终止) whose end date is in the
//   window, for a child whose file is open.
class VisitSchedule {
public:
    static constexpr int WeekDays = 7;
    static const QVector<int>& watchedAges();  // 16, 18

    // An open file whose child has never been seen in person (phone calls do not count). Such a
    // child is listed as never visited even when a phone call set an explicit next date.
    static bool neverSeen(const ScheduleFacts& facts);
    static NextDue nextDue(const ScheduleFacts& facts,
                           const ScheduleSettings& settings,
                           const QDate& today);
    static DueState state(const NextDue& due, const QDate& today);
    // Whole days past the due date; 0 when not overdue.
    static int daysOverdue(const NextDue& due, const QDate& today);

    // The date a visit form proposes as the next visit: the risk level's interval after it.
    static QDate proposedNextVisit(const QString& riskLevel,
                                   const QDate& visitDate,
                                   const ScheduleSettings& settings);

    static DateWindow window(const QDate& today, int days);
    static DateWindow thisWeek(const QDate& today) { return window(today, WeekDays); }

    // The day a person born on birthDate turns `age`.
    static QDate birthday(const QDate& birthDate, int age);
    static WatchedBirthday watchedBirthday(const ScheduleFacts& facts,
                                           const QDate& today,
                                           int windowDays);

    static bool measureEndsWithin(const Measure& measure, const DateWindow& window);

    // Stable codes for the basis, for files and scripts: interval, explicit, opened.
    static QString basisCode(DueBasis basis);
};

}  // namespace tongbao
