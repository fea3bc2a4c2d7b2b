// The due list (core/schedule/DueList) on a hand-built ledger of sixteen children on
// Sunday 2026-11-29, with visit histories chosen to hit each rule of VisitSchedule. The expected
// lists below were worked out by hand from those rules (see the comment on each child), and the
// test asserts exactly which children appear in each list, in order.
#include "TempLedger.h"
#include "schedule/DueList.h"
#include "schedule/ScheduleSettings.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace tongbao;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime beijing(const char* date, int hour, int minute) {
    return QDateTime(d(date), QTime(hour, minute), QTimeZone(8 * 3600));
}

struct FixtureVisit {
    const char* date;
    bool inPerson;
    const char* next;
    bool deleted;
};

struct FixtureChild {
    const char* name;
    const char* risk;
    bool closed;
    const char* openedOn;
    const char* birthDate;
    QVector<FixtureVisit> visits;
};

// Today is 2026-11-29 (a Sunday); this week is 11-29 .. 12-05; the 30-day windows end 12-28.
// Default frequencies: high 14, medium 30, low 90 days.
const QVector<FixtureChild> kChildren{
    // in person 11-10 + 14 = 11-24: overdue 5
    {"王小明", "high", false, "2025-03-01", "2015-04-02", {{"2026-11-10", true, "", false}}},
    // in person 11-01 + 30 = 12-01: due this week
    {"李娜", "medium", false, "2025-03-01", "2014-05-06", {{"2026-11-01", true, "", false}}},
    // in person 10-01 + 90 = 12-30: later, in no list
    {"张伟", "low", false, "2025-03-01", "2013-07-08", {{"2026-10-01", true, "", false}}},
    // explicit 12-20 beats 11-20 + 14 = 12-04 (which would be this week): in no list
    {"刘洋",
     "high",
     false,
     "2025-03-01",
     "2016-01-15",
     {{"2026-11-20", true, "2026-12-20", false}}},
    // explicit 11-15 beats 06-01 + 90: overdue 14
    {"陈静", "low", false, "2025-03-01", "2012-03-03", {{"2026-06-01", true, "2026-11-15", false}}},
    // in person 10-15 + 30 = 11-14; the phone call on 11-25 does not count: overdue 15
    {"杨帆",
     "medium",
     false,
     "2025-03-01",
     "2011-09-09",
     {{"2026-10-15", true, "", false}, {"2026-11-25", false, "", false}}},
    // never seen, opened 11-20: overdue 9 and never visited
    {"赵磊", "medium", false, "2026-11-20", "2017-10-10", {}},
    // never seen, opened today: due this week (today) and never visited
    {"黄丽", "high", false, "2026-11-29", "2018-02-11", {}},
    // closed file: in no list, although its 18th birthday and a measure fall in the windows
    {"周杰", "high", true, "2024-01-01", "2008-12-05", {{"2025-01-10", true, "", false}}},
    // in person 11-15 + 90: later; 16th birthday on 12-10
    {"吴芳", "low", false, "2025-03-01", "2010-12-10", {{"2026-11-15", true, "", false}}},
    // in person 11-28 + 30: later; 18th birthday on 12-28, the windows' last day; measure ends
    // 12-15
    {"徐强", "medium", false, "2025-03-01", "2008-12-28", {{"2026-11-28", true, "", false}}},
    // in person 11-20 + 30 = 12-20: later; 18th birthday 12-29 is one day beyond the window
    {"孙悦", "medium", false, "2025-03-01", "2008-12-29", {{"2026-11-20", true, "", false}}},
    // in person 10-05 + 90: later; has an open safety report not yet told to the police
    {"马超", "low", false, "2025-03-01", "2012-06-01", {{"2026-10-05", true, "", false}}},
    // in person 11-05 + 30 = 12-05, this week's last day; open report, police told
    {"朱琳", "medium", false, "2025-03-01", "2013-08-08", {{"2026-11-05", true, "", false}}},
    // in person 11-15 + 14 = 11-29: due today, not overdue
    {"林涛", "high", false, "2025-03-01", "2014-11-30", {{"2026-11-15", true, "", false}}},
    // the 11-25 visit was deleted: 10-01 + 30 = 10-31, overdue 29
    {"郭敏",
     "medium",
     false,
     "2025-03-01",
     "2015-12-31",
     {{"2026-10-01", true, "", false}, {"2026-11-25", true, "2026-12-25", true}}},
};

// Builds the fixture; returns child ids by name. A deleted child (胡军) is added too.
QHash<QString, QString> buildFixture(Ledger& ledger) {
    QHash<QString, QString> ids;
    Transaction transaction(ledger.database());
    for (const FixtureChild& spec : kChildren) {
        Child child;
        child.name = QString::fromUtf8(spec.name);
        child.riskLevel = QString::fromLatin1(spec.risk);
        child.openedOn = d(spec.openedOn);
        child.birthDate = d(spec.birthDate);
        child.villageGroup = QStringLiteral("3组");
        if (spec.closed) {
            child.fileStatus = QStringLiteral("closed");
            child.exitReason = QStringLiteral("moved_out");
            child.exitDate = d("2026-06-30");
        }
        if (!ledger.children().save(child))
            return {};
        ids.insert(child.name, child.meta.id);
        for (const FixtureVisit& spec : spec.visits) {
            Visit visit;
            visit.childId = child.meta.id;
            visit.visitDate = d(spec.date);
            visit.mode = spec.inPerson ? QStringLiteral("home") : QStringLiteral("phone");
            visit.childSeenInPerson = spec.inPerson;
            visit.nextVisitDate = d(spec.next);
            if (!ledger.visits().save(visit))
                return {};
            if (spec.deleted && !ledger.visits().remove(visit.meta.id))
                return {};
        }
    }

    Child deleted;
    deleted.name = QStringLiteral("胡军");
    deleted.riskLevel = QStringLiteral("high");
    deleted.openedOn = d("2026-11-01");
    deleted.birthDate = d("2010-12-01");
    if (!ledger.children().save(deleted) || !ledger.children().remove(deleted.meta.id))
        return {};

    const auto measure = [&](const char* child, const char* end, const char* status, bool remove) {
        Measure m;
        m.childId = ids.value(QString::fromUtf8(child));
        m.kind = QStringLiteral("dibao");
        m.department = QStringLiteral("civil_affairs");
        m.startDate = d("2026-01-01");
        m.endDate = d(end);
        m.status = QString::fromLatin1(status);
        return ledger.measures().save(m) && (!remove || ledger.measures().remove(m.meta.id));
    };
    if (!measure("徐强", "2026-12-15", "in_place", false) ||  // listed
        !measure("孙悦", "2026-12-29", "in_place", false) ||  // one day beyond
        !measure("孙悦", "2026-12-10", "ended", false) ||     // already ended
        !measure("张伟", "2026-12-01", "in_place", true) ||   // deleted
        !measure("周杰", "2026-12-01", "in_place", false) ||  // closed file
        !measure("李娜", "2026-11-28", "in_place", false))    // ended yesterday
        return {};

    const auto report = [&](const char* child, const QDateTime& found, const QDateTime& police,
                            bool closed) {
        SafetyReport r;
        r.childId = ids.value(QString::fromUtf8(child));
        r.discoveredAt = found;
        r.discoveredBy = QStringLiteral("tester");
        r.situations = QStringList{QStringLiteral("injury_abuse")};
        if (police.isValid()) {
            SafetyNotification n;
            n.recipient = QStringLiteral("police");
            n.method = QStringLiteral("phone");
            n.notifiedAt = police;
            r.notifications.append(n);
        }
        if (closed) {
            r.status = QStringLiteral("closed");
            r.closedAt = found.addDays(20);
            r.closingResult = QStringLiteral("已妥善安置");
        }
        return bool(ledger.safetyReports().save(r));
    };
    if (!report("马超", beijing("2026-11-28", 20, 0), {}, false) ||
        !report("朱琳", beijing("2026-11-20", 9, 0), beijing("2026-11-20", 10, 30), false) ||
        !report("周杰", beijing("2026-10-01", 8, 0), beijing("2026-10-01", 8, 20), false) ||
        !report("王小明", beijing("2026-09-01", 8, 0), beijing("2026-09-01", 9, 0), true))
        return {};
    if (!transaction.commit())
        return {};
    return ids;
}

template <typename Entry>
QStringList names(const QVector<Entry>& entries) {
    QStringList result;
    for (const Entry& entry : entries) {
        if constexpr (std::is_same_v<Entry, DueMeasureEnd> ||
                      std::is_same_v<Entry, DueSafetyReport>)
            result.append(entry.childName);
        else
            result.append(entry.name);
    }
    return result;
}

QStringList zh(std::initializer_list<const char*> list) {
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromUtf8(name));
    return result;
}

}  // namespace

class TestDueList : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsOnTheFixedDate();
    void daysAndDates();
    void safetyReportsHiddenFromReviewers();
    void frequencySettingChangesLists();
    void riskChangeMovesChild();
    void visitRecordedLeavesOverdue();
    void nextDueForOneChild();

private:
    std::unique_ptr<test::TempLedger> m_ledger;
    QHash<QString, QString> m_ids;
    DueLists computeOk(const DueListOptions& options = {});
};

void TestDueList::init() {
    m_ledger = std::make_unique<test::TempLedger>();
    QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
    m_ids = buildFixture(m_ledger->ledger());
    QCOMPARE(m_ids.size(), kChildren.size());
    QCOMPARE(m_ledger->clock().today(), d("2026-11-29"));
}

void TestDueList::cleanup() {
    m_ledger.reset();
}

DueLists TestDueList::computeOk(const DueListOptions& options) {
    const Result<DueLists> lists = DueList(m_ledger->ledger()).compute(options);
    if (!lists)
        qWarning("%s", qPrintable(lists.message()));
    return lists ? *lists : DueLists();
}

void TestDueList::listsOnTheFixedDate() {
    const DueLists lists = computeOk();
    QCOMPARE(lists.today, d("2026-11-29"));
    QCOMPARE(names(lists.overdue), zh({"郭敏", "杨帆", "陈静", "赵磊", "王小明"}));
    QCOMPARE(names(lists.dueThisWeek), zh({"林涛", "黄丽", "李娜", "朱琳"}));
    QCOMPARE(names(lists.neverVisited), zh({"赵磊", "黄丽"}));
    QCOMPARE(names(lists.birthdays), zh({"吴芳", "徐强"}));
    QCOMPARE(names(lists.measuresEnding), zh({"徐强"}));
    QVERIFY(lists.safetyReportsShown);
    QCOMPARE(names(lists.openSafetyReports), zh({"马超", "周杰", "朱琳"}));
}

void TestDueList::daysAndDates() {
    const DueLists lists = computeOk();
    const QVector<int> overdueDays{29, 15, 14, 9, 5};
    for (int i = 0; i < lists.overdue.size(); ++i)
        QCOMPARE(lists.overdue[i].days, overdueDays[i]);
    QCOMPARE(lists.overdue[2].due.basis, DueBasis::Explicit);   // 陈静
    QCOMPARE(lists.overdue[3].due.basis, DueBasis::NeverSeen);  // 赵磊
    QCOMPARE(lists.overdue[4].due.basis, DueBasis::Interval);   // 王小明
    QCOMPARE(lists.overdue[4].lastInPerson, d("2026-11-10"));

    const QVector<int> daysUntil{0, 0, 2, 6};
    for (int i = 0; i < lists.dueThisWeek.size(); ++i)
        QCOMPARE(lists.dueThisWeek[i].days, daysUntil[i]);
    QCOMPARE(lists.dueThisWeek[3].due.date, d("2026-12-05"));

    QCOMPARE(lists.neverVisited[0].days, 9);
    QCOMPARE(lists.neverVisited[1].days, 0);

    QCOMPARE(lists.birthdays[0].birthday.age, 16);
    QCOMPARE(lists.birthdays[0].birthday.date, d("2026-12-10"));
    QCOMPARE(lists.birthdays[0].daysUntil, 11);
    QCOMPARE(lists.birthdays[1].birthday.age, 18);
    QCOMPARE(lists.birthdays[1].daysUntil, 29);

    QCOMPARE(lists.measuresEnding[0].endDate, d("2026-12-15"));
    QCOMPARE(lists.measuresEnding[0].daysLeft, 16);
    QCOMPARE(lists.measuresEnding[0].kind, QStringLiteral("dibao"));

    // Now is 2026-11-29 09:00 in Beijing.
    const DueSafetyReport& urgent = lists.openSafetyReports[0];
    QVERIFY(urgent.urgent);
    QCOMPARE(urgent.ageSeconds, qint64(13 * 3600));
    QCOMPARE(urgent.secondsToPoliceReport, qint64(-1));
    QVERIFY(!urgent.policeNotifiedAt.isValid());
    const DueSafetyReport& told = lists.openSafetyReports[2];
    QVERIFY(!told.urgent);
    QCOMPARE(told.secondsToPoliceReport, qint64(90 * 60));
    QCOMPARE(told.ageSeconds, qint64(9 * 86400));
}

void TestDueList::safetyReportsHiddenFromReviewers() {
    const DueLists reviewer = computeOk(DueListOptions::forRole(Role::Reviewer));
    QVERIFY(!reviewer.safetyReportsShown);
    QVERIFY(reviewer.openSafetyReports.isEmpty());
    QCOMPARE(reviewer.overdue.size(), 5);  // the rest is the same
    for (Role role : {Role::Supervisor, Role::Administrator, Role::TownOfficer}) {
        const DueLists lists = computeOk(DueListOptions::forRole(role));
        QVERIFY(lists.safetyReportsShown);
        QCOMPARE(lists.openSafetyReports.size(), 3);
    }
}

void TestDueList::frequencySettingChangesLists() {
    ScheduleSettings settings = ScheduleSettings::load(m_ledger->ledger());
    settings.highDays = 7;     // 王小明 11-17 (12 overdue), 林涛 11-22 (7 overdue)
    settings.mediumDays = 35;  // 李娜 12-06 leaves the week; 朱琳 12-10 too; 杨帆 11-19
    settings.birthdayWindowDays = 31;  // 孙悦's 18th on 12-29 comes in
    settings.measureWindowDays = 31;   // 孙悦's measure ending 12-29 comes in
    QVERIFY(settings.save(m_ledger->ledger()));
    const DueLists lists = computeOk();
    QCOMPARE(names(lists.overdue), zh({"郭敏", "陈静", "王小明", "杨帆", "赵磊", "林涛"}));
    QCOMPARE(names(lists.dueThisWeek), zh({"黄丽"}));
    QCOMPARE(names(lists.birthdays), zh({"吴芳", "徐强", "孙悦"}));
    QCOMPARE(names(lists.measuresEnding), zh({"徐强", "孙悦"}));
}

void TestDueList::riskChangeMovesChild() {
    Result<Child> child = m_ledger->ledger().children().load(m_ids.value(QStringLiteral("张伟")));
    QVERIFY(child);
    child->riskLevel = QStringLiteral("high");  // 10-01 + 14 = 10-15: overdue 45
    QVERIFY(m_ledger->ledger().children().save(*child));
    const DueLists lists = computeOk();
    QCOMPARE(names(lists.overdue), zh({"张伟", "郭敏", "杨帆", "陈静", "赵磊", "王小明"}));
    QCOMPARE(lists.overdue[0].days, 45);
}

void TestDueList::visitRecordedLeavesOverdue() {
    Visit visit;
    visit.childId = m_ids.value(QStringLiteral("赵磊"));
    visit.visitDate = d("2026-11-29");
    visit.mode = QStringLiteral("home");
    visit.childSeenInPerson = true;
    QVERIFY(m_ledger->ledger().visits().save(visit));
    const DueLists lists = computeOk();
    QCOMPARE(names(lists.overdue), zh({"郭敏", "杨帆", "陈静", "王小明"}));
    QCOMPARE(names(lists.neverVisited), zh({"黄丽"}));

    // A day later the same lists move on: 林涛 and 黄丽 become overdue by one day.
    m_ledger->clock().advanceDays(1);
    const DueLists tomorrow = computeOk();
    QCOMPARE(names(tomorrow.overdue), zh({"郭敏", "杨帆", "陈静", "王小明", "林涛", "黄丽"}));
}

void TestDueList::nextDueForOneChild() {
    const DueList dueList(m_ledger->ledger());
    const Result<NextDue> due =
        dueList.nextDueFor(m_ids.value(QStringLiteral("刘洋")), d("2026-11-29"));
    QVERIFY(due);
    QCOMPARE(due->date, d("2026-12-20"));
    QCOMPARE(due->basis, DueBasis::Explicit);
    const Result<NextDue> deletedVisit =
        dueList.nextDueFor(m_ids.value(QStringLiteral("郭敏")), d("2026-11-29"));
    QVERIFY(deletedVisit);
    QCOMPARE(deletedVisit->date, d("2026-10-31"));
    const Result<NextDue> closed =
        dueList.nextDueFor(m_ids.value(QStringLiteral("周杰")), d("2026-11-29"));
    QVERIFY(closed);
    QVERIFY(!closed->isDue());
    QVERIFY(!dueList.nextDueFor(QStringLiteral("no-such-child"), d("2026-11-29")));
}

QTEST_GUILESS_MAIN(TestDueList)
#include "tst_duelist.moc"
