#include "schedule/DueList.h"

#include "safety/SafetyWorkflow.h"
#include "storage/Ledger.h"
#include "storage/ScheduleQueries.h"

#include <algorithm>

namespace tongbao {

namespace {

ScheduleFacts factsOf(const ChildScheduleRow& row) {
    ScheduleFacts facts;
    facts.riskLevel = row.riskLevel;
    facts.fileStatus = row.fileStatus;
    facts.openedOn = row.openedOn;
    facts.birthDate = row.birthDate;
    facts.visits.lastInPerson = row.lastInPerson;
    facts.visits.latestVisit = row.latestVisit;
    facts.visits.latestNextVisit = row.latestNextVisit;
    return facts;
}

DueChild dueChild(const ChildScheduleRow& row, const NextDue& due) {
    DueChild child;
    child.childId = row.childId;
    child.name = row.name;
    child.villageGroup = row.villageGroup;
    child.riskLevel = row.riskLevel;
    child.due = due;
    child.lastInPerson = row.lastInPerson;
    child.openedOn = row.openedOn;
    return child;
}

// The report as SafetyWorkflow sees it, built from the summary row, so that urgency and the
// time to the police report follow the workflow's own rules.
SafetyReport reportOf(const OpenSafetyReportRow& row) {
    SafetyReport report;
    report.meta.id = row.reportId;
    report.childId = row.childId;
    report.discoveredAt = row.discoveredAt;
    if (row.policeNotifiedAt.isValid()) {
        SafetyNotification police;
        police.recipient = QStringLiteral("police");
        police.notifiedAt = row.policeNotifiedAt;
        report.notifications.append(police);
    }
    return report;
}

// Ties are broken by name, then id, so that every list has one order. Comparators compare in
// place: 100,000-row lists are sorted here, and copying names for every comparison shows.
template <typename T>
int compareNames(const QString& nameA, const T& a, const QString& nameB, const T& b) {
    const int byName = QString::compare(nameA, nameB);
    return byName != 0 ? byName : QString::compare(a.childId, b.childId);
}

template <typename T>
int compareByName(const T& a, const T& b) {
    return compareNames(a.name, a, b.name, b);
}

template <typename T, typename Less>
void sortBy(QVector<T>& rows, Less less) {
    std::sort(rows.begin(), rows.end(), less);
}

}  // namespace

DueListOptions DueListOptions::forRole(Role role) {
    DueListOptions options;
    options.includeSafetyReports = canSeeSafetyReports(role);
    return options;
}

DueList::DueList(Ledger& ledger)
    : m_ledger(ledger) {}

Result<DueLists> DueList::compute(const DueListOptions& options) const {
    return compute(m_ledger.clock().now(), options);
}

Result<DueLists> DueList::compute(const QDateTime& now, const DueListOptions& options) const {
    DueLists lists;
    lists.now = now;
    lists.today = now.date();
    lists.settings = ScheduleSettings::load(m_ledger);
    const QDate today = lists.today;
    const ScheduleSettings& settings = lists.settings;
    const ScheduleQueries queries(m_ledger.database());

    const bool read = queries.forEachOpenFile([&](const ChildScheduleRow& row) {
        const ScheduleFacts facts = factsOf(row);
        const NextDue due = VisitSchedule::nextDue(facts, settings, today);
        switch (VisitSchedule::state(due, today)) {
            case DueState::Overdue: {
                DueChild child = dueChild(row, due);
                child.days = VisitSchedule::daysOverdue(due, today);
                lists.overdue.append(child);
                break;
            }
            case DueState::DueThisWeek: {
                DueChild child = dueChild(row, due);
                child.days = int(today.daysTo(due.date));
                lists.dueThisWeek.append(child);
                break;
            }
            case DueState::Later:
            case DueState::NotDue:
                break;
        }
        if (VisitSchedule::neverSeen(facts)) {
            DueChild child = dueChild(row, due);
            child.days =
                row.openedOn.isValid() ? int(qMax<qint64>(row.openedOn.daysTo(today), 0)) : 0;
            lists.neverVisited.append(child);
        }
        const WatchedBirthday birthday =
            VisitSchedule::watchedBirthday(facts, today, settings.birthdayWindowDays);
        if (birthday.isValid()) {
            DueBirthday entry;
            entry.childId = row.childId;
            entry.name = row.name;
            entry.villageGroup = row.villageGroup;
            entry.riskLevel = row.riskLevel;
            entry.birthDate = row.birthDate;
            entry.birthday = birthday;
            entry.daysUntil = int(today.daysTo(birthday.date));
            lists.birthdays.append(entry);
        }
    });
    if (!read)
        return Result<DueLists>::failure(
            tr("The visit schedule could not be read from the ledger file."));

    const DateWindow measureWindow = VisitSchedule::window(today, settings.measureWindowDays);
    for (const MeasureEndingRow& row :
         queries.measuresEnding(measureWindow.first, measureWindow.last)) {
        DueMeasureEnd entry;
        entry.measureId = row.measureId;
        entry.childId = row.childId;
        entry.childName = row.childName;
        entry.villageGroup = row.villageGroup;
        entry.riskLevel = row.riskLevel;
        entry.kind = row.kind;
        entry.department = row.department;
        entry.status = row.status;
        entry.endDate = row.endDate;
        entry.daysLeft = int(today.daysTo(row.endDate));
        lists.measuresEnding.append(entry);
    }

    lists.safetyReportsShown = options.includeSafetyReports;
    if (options.includeSafetyReports) {
        for (const OpenSafetyReportRow& row : queries.openSafetyReports()) {
            const SafetyReport report = reportOf(row);
            DueSafetyReport entry;
            entry.reportId = row.reportId;
            entry.childId = row.childId;
            entry.childName = row.childName;
            entry.villageGroup = row.villageGroup;
            entry.riskLevel = row.riskLevel;
            entry.discoveredAt = row.discoveredAt;
            entry.discoveredBy = row.discoveredBy;
            entry.situations = row.situations;
            entry.ageSeconds =
                row.discoveredAt.isValid() ? qMax<qint64>(row.discoveredAt.secsTo(now), 0) : 0;
            entry.urgent = SafetyWorkflow::isUrgent(report);
            entry.policeNotifiedAt = row.policeNotifiedAt;
            entry.secondsToPoliceReport = report.secondsToPoliceReport();
            entry.stepCount = row.stepCount;
            lists.openSafetyReports.append(entry);
        }
    }

    sortBy(lists.overdue, [](const DueChild& a, const DueChild& b) {
        return a.days != b.days ? a.days > b.days : compareByName(a, b) < 0;
    });
    sortBy(lists.dueThisWeek, [](const DueChild& a, const DueChild& b) {
        return a.due.date != b.due.date ? a.due.date < b.due.date : compareByName(a, b) < 0;
    });
    sortBy(lists.neverVisited, [](const DueChild& a, const DueChild& b) {
        // Files without an opened-on date go last, after the dated ones.
        if (a.openedOn.isValid() != b.openedOn.isValid())
            return a.openedOn.isValid();
        return a.openedOn != b.openedOn ? a.openedOn < b.openedOn : compareByName(a, b) < 0;
    });
    sortBy(lists.birthdays, [](const DueBirthday& a, const DueBirthday& b) {
        return a.birthday.date != b.birthday.date ? a.birthday.date < b.birthday.date
                                                  : compareByName(a, b) < 0;
    });
    sortBy(lists.openSafetyReports, [](const DueSafetyReport& a, const DueSafetyReport& b) {
        if (a.urgent != b.urgent)
            return a.urgent;
        if (a.discoveredAt != b.discoveredAt)
            return a.discoveredAt < b.discoveredAt;
        const int byName = compareNames(a.childName, a, b.childName, b);
        return byName != 0 ? byName < 0 : a.reportId < b.reportId;
    });
    return lists;
}

Result<NextDue> DueList::nextDueFor(const QString& childId, const QDate& today) const {
    const ScheduleQueries queries(m_ledger.database());
    const std::optional<ChildScheduleRow> row = queries.child(childId);
    if (!row)
        return Result<NextDue>::failure(tr("The child's file was not found."));
    return VisitSchedule::nextDue(factsOf(*row), ScheduleSettings::load(m_ledger), today);
}

}  // namespace tongbao
