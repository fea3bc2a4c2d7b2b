#include "schedule/VisitSchedule.h"

namespace tongbao {

VisitHistory VisitHistory::of(const QVector<Visit>& visits) {
    VisitHistory history;
    for (const Visit& visit : visits) {
        if (visit.meta.deleted || !visit.visitDate.isValid())
            continue;
        if (visit.childSeenInPerson &&
            (!history.lastInPerson.isValid() || visit.visitDate > history.lastInPerson))
            history.lastInPerson = visit.visitDate;
        if (!history.latestVisit.isValid() || visit.visitDate > history.latestVisit) {
            history.latestVisit = visit.visitDate;
            history.latestNextVisit = visit.nextVisitDate;
        } else if (visit.visitDate == history.latestVisit && visit.nextVisitDate.isValid() &&
                   (!history.latestNextVisit.isValid() ||
                    visit.nextVisitDate > history.latestNextVisit)) {
            history.latestNextVisit = visit.nextVisitDate;
        }
    }
    return history;
}

ScheduleFacts ScheduleFacts::of(const Child& child, const QVector<Visit>& visits) {
    ScheduleFacts facts;
    facts.riskLevel = child.riskLevel;
    facts.fileStatus = child.fileStatus;
    facts.openedOn = child.openedOn;
    facts.birthDate = child.birthDate;
    facts.visits = VisitHistory::of(visits);
    return facts;
}

const QVector<int>& VisitSchedule::watchedAges() {
    static const QVector<int> ages{16, 18};
    return ages;
}

bool VisitSchedule::neverSeen(const ScheduleFacts& facts) {
    return facts.isActive() && !facts.visits.lastInPerson.isValid();
}

NextDue VisitSchedule::nextDue(const ScheduleFacts& facts,
                               const ScheduleSettings& settings,
                               const QDate& today) {
    if (!facts.isActive())
        return {};
    const VisitHistory& visits = facts.visits;
    if (visits.latestVisit.isValid() && visits.latestNextVisit.isValid() &&
        visits.latestNextVisit > visits.latestVisit)
        return {visits.latestNextVisit, DueBasis::Explicit};
    if (visits.lastInPerson.isValid())
        return {visits.lastInPerson.addDays(settings.intervalDays(facts.riskLevel)),
                DueBasis::Interval};
    return {facts.openedOn.isValid() ? facts.openedOn : today, DueBasis::NeverSeen};
}

DueState VisitSchedule::state(const NextDue& due, const QDate& today) {
    if (!due.isDue())
        return DueState::NotDue;
    if (due.date < today)
        return DueState::Overdue;
    if (thisWeek(today).contains(due.date))
        return DueState::DueThisWeek;
    return DueState::Later;
}

int VisitSchedule::daysOverdue(const NextDue& due, const QDate& today) {
    if (state(due, today) != DueState::Overdue)
        return 0;
    return int(due.date.daysTo(today));
}

QDate VisitSchedule::proposedNextVisit(const QString& riskLevel,
                                       const QDate& visitDate,
                                       const ScheduleSettings& settings) {
    if (!visitDate.isValid())
        return {};
    return visitDate.addDays(settings.intervalDays(riskLevel));
}

DateWindow VisitSchedule::window(const QDate& today, int days) {
    return {today, today.addDays(qMax(days, 1) - 1)};
}

QDate VisitSchedule::birthday(const QDate& birthDate, int age) {
    if (!birthDate.isValid())
        return {};
    const int year = birthDate.year() + age;
    // QDate::addYears would move 29 February to the 28th; the ledger counts the birthday on
    // 1 March in common years, like Child::ageOn.
    if (birthDate.month() == 2 && birthDate.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 3, 1);
    return QDate(year, birthDate.month(), birthDate.day());
}

WatchedBirthday VisitSchedule::watchedBirthday(const ScheduleFacts& facts,
                                               const QDate& today,
                                               int windowDays) {
    if (!facts.isActive() || !facts.birthDate.isValid())
        return {};
    const DateWindow ahead = window(today, windowDays);
    for (int age : watchedAges()) {
        const QDate date = birthday(facts.birthDate, age);
        if (ahead.contains(date))
            return {age, date};
    }
    return {};
}

bool VisitSchedule::measureEndsWithin(const Measure& measure, const DateWindow& window) {
    return !measure.meta.deleted && measure.status != QLatin1String("ended") &&
           window.contains(measure.endDate);
}

QString VisitSchedule::basisCode(DueBasis basis) {
    switch (basis) {
        case DueBasis::Interval:
            return QStringLiteral("interval");
        case DueBasis::Explicit:
            return QStringLiteral("explicit");
        case DueBasis::NeverSeen:
            return QStringLiteral("opened");
        case DueBasis::NotDue:
            break;
    }
    return QStringLiteral("none");
}

}  // namespace tongbao
