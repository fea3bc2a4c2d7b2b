// The visit schedule's rules (core/schedule/VisitSchedule), table by table: next due dates across
// month ends and leap days, risk changes, explicit next-visit dates, never-visited and closed
// files, 16th and 18th birthdays (29 February included) and measures that end. "Today" comes from
// a FixedClock, as everywhere in the program.
#include "TempLedger.h"
#include "common/Clock.h"
#include "schedule/ScheduleSettings.h"
#include "schedule/VisitSchedule.h"

#include <QTest>
#include <QTimeZone>

using namespace tongbao;

Q_DECLARE_METATYPE(tongbao::DueBasis)
Q_DECLARE_METATYPE(tongbao::DueState)

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

FixedClock clockOn(const QDate& day) {
    return FixedClock(QDateTime(day, QTime(9, 0), QTimeZone(8 * 3600)));
}

Visit visit(const char* date, bool inPerson, const char* next = "", bool deleted = false) {
    Visit v;
    v.visitDate = d(date);
    v.childSeenInPerson = inPerson;
    v.mode = inPerson ? QStringLiteral("home") : QStringLiteral("phone");
    v.nextVisitDate = d(next);
    v.meta.deleted = deleted;
    return v;
}

}  // namespace

class TestVisitSchedule : public QObject {
    Q_OBJECT
private slots:
    void nextDue_data();
    void nextDue();
    void riskChangeMovesDueDate();
    void visitHistory();
    void proposedNextVisit_data();
    void proposedNextVisit();
    void birthday_data();
    void birthday();
    void watchedBirthday_data();
    void watchedBirthday();
    void measureEnds_data();
    void measureEnds();
    void settingsDefaultsAndKeys();
    void settingsSaveAndLoad();
    void settingsRefused_data();
    void settingsRefused();
    void unreadableSettingFallsBack();
};

void TestVisitSchedule::nextDue_data() {
    QTest::addColumn<QString>("risk");
    QTest::addColumn<QString>("fileStatus");
    QTest::addColumn<QDate>("openedOn");
    QTest::addColumn<QDate>("lastInPerson");
    QTest::addColumn<QDate>("latestVisit");
    QTest::addColumn<QDate>("latestNext");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expectedDate");
    QTest::addColumn<DueBasis>("expectedBasis");
    QTest::addColumn<DueState>("expectedState");
    QTest::addColumn<int>("expectedDaysOverdue");

    const QString high = QStringLiteral("high"), medium = QStringLiteral("medium"),
                  low = QStringLiteral("low"), active = QStringLiteral("active"),
                  closed = QStringLiteral("closed");
    const QDate none;
    const QDate opened = d("2025-09-01");
    using B = DueBasis;
    using S = DueState;

    // Month ends and leap days: plain day arithmetic, never "same day next month".
    QTest::newRow("Jan 31 + 30 days (common year) is 2 March")
        << medium << active << opened << d("2026-01-31") << d("2026-01-31") << none
        << d("2026-03-02") << d("2026-03-02") << B::Interval << S::DueThisWeek << 0;
    QTest::newRow("Jan 31 + 30 days (leap year) is 1 March")
        << medium << active << opened << d("2028-01-31") << d("2028-01-31") << none
        << d("2028-02-28") << d("2028-03-01") << B::Interval << S::DueThisWeek << 0;
    QTest::newRow("high: Feb 15 + 14 lands on the leap day")
        << high << active << opened << d("2028-02-15") << d("2028-02-15") << none << d("2028-03-01")
        << d("2028-02-29") << B::Interval << S::Overdue << 1;
    QTest::newRow("high: leap day + 14 is 14 March")
        << high << active << opened << d("2028-02-29") << d("2028-02-29") << none << d("2028-03-14")
        << d("2028-03-14") << B::Interval << S::DueThisWeek << 0;
    QTest::newRow("low: leap day + 90 is 29 May")
        << low << active << opened << d("2028-02-29") << d("2028-02-29") << none << d("2028-03-01")
        << d("2028-05-29") << B::Interval << S::Later << 0;
    QTest::newRow("medium across the year end")
        << medium << active << opened << d("2026-12-15") << d("2026-12-15") << none
        << d("2027-01-20") << d("2027-01-14") << B::Interval << S::Overdue << 6;
    QTest::newRow("unassessed risk is visited monthly")
        << QString() << active << opened << d("2026-11-01") << d("2026-11-01") << none
        << d("2026-11-29") << d("2026-12-01") << B::Interval << S::DueThisWeek << 0;
    QTest::newRow("unknown risk code is visited monthly")
        << QStringLiteral("severe") << active << opened << d("2026-11-01") << d("2026-11-01")
        << none << d("2026-11-29") << d("2026-12-01") << B::Interval << S::DueThisWeek << 0;

    // The edges of "overdue" and "this week".
    QTest::newRow("due today is due this week, not overdue")
        << high << active << opened << d("2026-11-15") << d("2026-11-15") << none << d("2026-11-29")
        << d("2026-11-29") << B::Interval << S::DueThisWeek << 0;
    QTest::newRow("due yesterday is one day overdue")
        << high << active << opened << d("2026-11-14") << d("2026-11-14") << none << d("2026-11-29")
        << d("2026-11-28") << B::Interval << S::Overdue << 1;
    QTest::newRow("due in 6 days is this week")
        << high << active << opened << d("2026-11-21") << d("2026-11-21") << none << d("2026-11-29")
        << d("2026-12-05") << B::Interval << S::DueThisWeek << 0;
    QTest::newRow("due in 7 days is later")
        << high << active << opened << d("2026-11-22") << d("2026-11-22") << none << d("2026-11-29")
        << d("2026-12-06") << B::Interval << S::Later << 0;

    // Explicit next-visit dates.
    QTest::newRow("explicit date on the latest visit wins over the interval")
        << high << active << opened << d("2026-11-20") << d("2026-11-20") << d("2026-12-20")
        << d("2026-11-29") << d("2026-12-20") << B::Explicit << S::Later << 0;
    QTest::newRow("explicit date earlier than the interval also wins")
        << low << active << opened << d("2026-06-01") << d("2026-06-01") << d("2026-11-15")
        << d("2026-11-29") << d("2026-11-15") << B::Explicit << S::Overdue << 14;
    QTest::newRow("explicit date on a later phone call wins")
        << medium << active << opened << d("2026-10-01") << d("2026-11-10") << d("2026-12-01")
        << d("2026-11-29") << d("2026-12-01") << B::Explicit << S::DueThisWeek << 0;
    QTest::newRow("a phone call without a date does not move the due date")
        << medium << active << opened << d("2026-10-01") << d("2026-11-10") << none
        << d("2026-11-29") << d("2026-10-31") << B::Interval << S::Overdue << 29;
    QTest::newRow("explicit date not after the visit is a slip and is ignored")
        << medium << active << opened << d("2026-11-01") << d("2026-11-01") << d("2026-11-01")
        << d("2026-11-29") << d("2026-12-01") << B::Interval << S::DueThisWeek << 0;
    QTest::newRow("explicit date across the leap day")
        << medium << active << opened << d("2028-02-20") << d("2028-02-20") << d("2028-02-29")
        << d("2028-03-01") << d("2028-02-29") << B::Explicit << S::Overdue << 1;

    // Never visited: due from the day the file was opened.
    QTest::newRow("never visited: overdue by the days since opened")
        << medium << active << d("2026-11-01") << none << none << none << d("2026-11-29")
        << d("2026-11-01") << B::NeverSeen << S::Overdue << 28;
    QTest::newRow("never visited, opened today: due today")
        << low << active << d("2026-11-29") << none << none << none << d("2026-11-29")
        << d("2026-11-29") << B::NeverSeen << S::DueThisWeek << 0;
    QTest::newRow("never visited, no opened-on date: due today")
        << low << active << none << none << none << none << d("2026-11-29") << d("2026-11-29")
        << B::NeverSeen << S::DueThisWeek << 0;
    QTest::newRow("only phone calls: still never seen")
        << high << active << d("2026-11-01") << none << d("2026-11-20") << none << d("2026-11-29")
        << d("2026-11-01") << B::NeverSeen << S::Overdue << 28;
    QTest::newRow("never visited across the leap day")
        << high << active << d("2028-02-28") << none << none << none << d("2028-03-01")
        << d("2028-02-28") << B::NeverSeen << S::Overdue << 2;
    QTest::newRow("a screening visit before the file was opened counts")
        << high << active << d("2026-11-10") << d("2026-11-05") << d("2026-11-05") << none
        << d("2026-11-29") << d("2026-11-19") << B::Interval << S::Overdue << 10;

    // Closed files are never due.
    QTest::newRow("closed file with an old visit")
        << high << closed << opened << d("2025-10-01") << d("2025-10-01") << none << d("2026-11-29")
        << none << B::NotDue << S::NotDue << 0;
    QTest::newRow("closed file with an explicit date")
        << high << closed << opened << d("2026-11-01") << d("2026-11-01") << d("2026-11-10")
        << d("2026-11-29") << none << B::NotDue << S::NotDue << 0;
    QTest::newRow("closed file never visited")
        << high << closed << opened << none << none << none << d("2026-11-29") << none << B::NotDue
        << S::NotDue << 0;
}

void TestVisitSchedule::nextDue() {
    QFETCH(QString, risk);
    QFETCH(QString, fileStatus);
    QFETCH(QDate, openedOn);
    QFETCH(QDate, lastInPerson);
    QFETCH(QDate, latestVisit);
    QFETCH(QDate, latestNext);
    QFETCH(QDate, today);
    QFETCH(QDate, expectedDate);
    QFETCH(DueBasis, expectedBasis);
    QFETCH(DueState, expectedState);
    QFETCH(int, expectedDaysOverdue);

    const FixedClock clock = clockOn(today);
    ScheduleFacts facts;
    facts.riskLevel = risk;
    facts.fileStatus = fileStatus;
    facts.openedOn = openedOn;
    facts.visits.lastInPerson = lastInPerson;
    facts.visits.latestVisit = latestVisit;
    facts.visits.latestNextVisit = latestNext;
    const NextDue due = VisitSchedule::nextDue(facts, ScheduleSettings(), clock.today());
    QCOMPARE(due.date, expectedDate);
    QCOMPARE(due.basis, expectedBasis);
    QCOMPARE(VisitSchedule::state(due, clock.today()), expectedState);
    QCOMPARE(VisitSchedule::daysOverdue(due, clock.today()), expectedDaysOverdue);
    QCOMPARE(VisitSchedule::neverSeen(facts),
             fileStatus == QLatin1String("active") && !lastInPerson.isValid());
}

void TestVisitSchedule::riskChangeMovesDueDate() {
    FixedClock clock = clockOn(d("2026-02-20"));
    ScheduleFacts facts;
    facts.openedOn = d("2025-09-01");
    facts.visits.lastInPerson = d("2026-01-31");
    facts.visits.latestVisit = d("2026-01-31");
    const ScheduleSettings settings;

    facts.riskLevel = QStringLiteral("high");
    NextDue due = VisitSchedule::nextDue(facts, settings, clock.today());
    QCOMPARE(due.date, d("2026-02-14"));
    QCOMPARE(VisitSchedule::state(due, clock.today()), DueState::Overdue);
    QCOMPARE(VisitSchedule::daysOverdue(due, clock.today()), 6);

    // Assessed lower: the same visit now carries the child to 1 May.
    facts.riskLevel = QStringLiteral("low");
    due = VisitSchedule::nextDue(facts, settings, clock.today());
    QCOMPARE(due.date, d("2026-05-01"));
    QCOMPARE(VisitSchedule::state(due, clock.today()), DueState::Later);

    // And raised again to medium: due 2 March, which is this week on 25 February.
    facts.riskLevel = QStringLiteral("medium");
    clock.advanceDays(5);
    due = VisitSchedule::nextDue(facts, settings, clock.today());
    QCOMPARE(due.date, d("2026-03-02"));
    QCOMPARE(VisitSchedule::state(due, clock.today()), DueState::DueThisWeek);

    // An explicit date does not follow the risk level.
    facts.visits.latestNextVisit = d("2026-04-01");
    facts.riskLevel = QStringLiteral("high");
    due = VisitSchedule::nextDue(facts, settings, clock.today());
    QCOMPARE(due.date, d("2026-04-01"));
    QCOMPARE(due.basis, DueBasis::Explicit);

    // The frequency is a setting: a district that visits high risk weekly.
    facts.visits.latestNextVisit = QDate();
    ScheduleSettings weekly;
    weekly.highDays = 7;
    QCOMPARE(VisitSchedule::nextDue(facts, weekly, clock.today()).date, d("2026-02-07"));
}

void TestVisitSchedule::visitHistory() {
    const QVector<Visit> visits{
        visit("2026-09-01", true, "2026-10-01"),
        visit("2026-11-10", false, "2026-11-20"),       // latest day: phone call with a date
        visit("2026-11-10", false, "2026-11-25"),       // same day: the later date is kept
        visit("2026-10-15", true),                      // latest in person
        visit("2026-11-20", true, "2026-12-30", true),  // tombstoned: does not count
        visit("2026-10-20", false, "2027-01-01"),       // older, its date does not count
    };
    const VisitHistory history = VisitHistory::of(visits);
    QCOMPARE(history.lastInPerson, d("2026-10-15"));
    QCOMPARE(history.latestVisit, d("2026-11-10"));
    QCOMPARE(history.latestNextVisit, d("2026-11-25"));

    Child child;
    child.riskLevel = QStringLiteral("medium");
    child.openedOn = d("2026-08-01");
    const ScheduleFacts facts = ScheduleFacts::of(child, visits);
    QCOMPARE(VisitSchedule::nextDue(facts, ScheduleSettings(), d("2026-11-29")).date,
             d("2026-11-25"));

    QCOMPARE(VisitHistory::of({}).latestVisit, QDate());
    const VisitHistory onlyPhone = VisitHistory::of({visit("2026-11-01", false)});
    QVERIFY(!onlyPhone.lastInPerson.isValid());
    QCOMPARE(onlyPhone.latestVisit, d("2026-11-01"));
}

void TestVisitSchedule::proposedNextVisit_data() {
    QTest::addColumn<QString>("risk");
    QTest::addColumn<QDate>("visitDate");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("high") << QStringLiteral("high") << d("2026-11-29") << d("2026-12-13");
    QTest::newRow("medium, month end")
        << QStringLiteral("medium") << d("2026-01-31") << d("2026-03-02");
    QTest::newRow("low, leap year") << QStringLiteral("low") << d("2027-12-31") << d("2028-03-30");
    QTest::newRow("no visit date") << QStringLiteral("low") << QDate() << QDate();
}

void TestVisitSchedule::proposedNextVisit() {
    QFETCH(QString, risk);
    QFETCH(QDate, visitDate);
    QFETCH(QDate, expected);
    QCOMPARE(VisitSchedule::proposedNextVisit(risk, visitDate, ScheduleSettings()), expected);
}

void TestVisitSchedule::birthday_data() {
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<int>("age");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ordinary 16th") << d("2010-12-10") << 16 << d("2026-12-10");
    QTest::newRow("ordinary 18th") << d("2008-06-30") << 18 << d("2026-06-30");
    QTest::newRow("29 Feb, 16th in a leap year") << d("2012-02-29") << 16 << d("2028-02-29");
    QTest::newRow("29 Feb, 18th in a common year") << d("2008-02-29") << 18 << d("2026-03-01");
    QTest::newRow("29 Feb, 16th in a leap year (2024)") << d("2008-02-29") << 16 << d("2024-02-29");
    QTest::newRow("28 Feb stays 28 Feb") << d("2010-02-28") << 16 << d("2026-02-28");
    QTest::newRow("31 Dec") << d("2008-12-31") << 18 << d("2026-12-31");
    QTest::newRow("no birth date") << QDate() << 18 << QDate();
}

void TestVisitSchedule::birthday() {
    QFETCH(QDate, birthDate);
    QFETCH(int, age);
    QFETCH(QDate, expected);
    QCOMPARE(VisitSchedule::birthday(birthDate, age), expected);
    if (!expected.isValid())
        return;
    // Agrees with the age the child's file shows.
    Child child;
    child.birthDate = birthDate;
    QCOMPARE(child.ageOn(expected), age);
    QCOMPARE(child.ageOn(expected.addDays(-1)), age - 1);
}

void TestVisitSchedule::watchedBirthday_data() {
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("fileStatus");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<int>("expectedAge");
    QTest::addColumn<QDate>("expectedDate");
    const QString active = QStringLiteral("active");
    QTest::newRow("16th in 11 days")
        << d("2010-12-10") << active << d("2026-11-29") << 30 << 16 << d("2026-12-10");
    QTest::newRow("18th today") << d("2008-11-29") << active << d("2026-11-29") << 30 << 18
                                << d("2026-11-29");
    QTest::newRow("18th yesterday: past")
        << d("2008-11-28") << active << d("2026-11-29") << 30 << 0 << QDate();
    QTest::newRow("18th on the window's last day")
        << d("2008-12-28") << active << d("2026-11-29") << 30 << 18 << d("2026-12-28");
    QTest::newRow("18th one day beyond the window")
        << d("2008-12-29") << active << d("2026-11-29") << 30 << 0 << QDate();
    QTest::newRow("wider window reaches it")
        << d("2008-12-29") << active << d("2026-11-29") << 31 << 18 << d("2026-12-29");
    QTest::newRow("17th is not watched")
        << d("2009-12-01") << active << d("2026-11-29") << 30 << 0 << QDate();
    QTest::newRow("16th across the year end")
        << d("2011-01-05") << active << d("2026-12-20") << 30 << 16 << d("2027-01-05");
    QTest::newRow("29 Feb: 18th on 1 March in a common year")
        << d("2008-02-29") << active << d("2026-02-28") << 30 << 18 << d("2026-03-01");
    QTest::newRow("29 Feb: 18th counted on 1 March itself")
        << d("2008-02-29") << active << d("2026-03-01") << 30 << 18 << d("2026-03-01");
    QTest::newRow("29 Feb: past on 2 March")
        << d("2008-02-29") << active << d("2026-03-02") << 30 << 0 << QDate();
    QTest::newRow("29 Feb: 16th on the leap day")
        << d("2012-02-29") << active << d("2028-02-01") << 30 << 16 << d("2028-02-29");
    QTest::newRow("closed file") << d("2010-12-10") << QStringLiteral("closed") << d("2026-11-29")
                                 << 30 << 0 << QDate();
    QTest::newRow("no birth date") << QDate() << active << d("2026-11-29") << 30 << 0 << QDate();
}

void TestVisitSchedule::watchedBirthday() {
    QFETCH(QDate, birthDate);
    QFETCH(QString, fileStatus);
    QFETCH(QDate, today);
    QFETCH(int, windowDays);
    QFETCH(int, expectedAge);
    QFETCH(QDate, expectedDate);
    const FixedClock clock = clockOn(today);
    ScheduleFacts facts;
    facts.birthDate = birthDate;
    facts.fileStatus = fileStatus;
    const WatchedBirthday found = VisitSchedule::watchedBirthday(facts, clock.today(), windowDays);
    QCOMPARE(found.age, expectedAge);
    QCOMPARE(found.date, expectedDate);
    QCOMPARE(found.isValid(), expectedAge > 0);
}

void TestVisitSchedule::measureEnds_data() {
    QTest::addColumn<QDate>("endDate");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<bool>("expected");
    const QString inPlace = QStringLiteral("in_place");
    // Today is 2026-11-29; the 30-day window runs to 2026-12-28.
    QTest::newRow("ends today") << d("2026-11-29") << inPlace << false << true;
    QTest::newRow("ends in 16 days") << d("2026-12-15") << inPlace << false << true;
    QTest::newRow("ends on the window's last day") << d("2026-12-28") << inPlace << false << true;
    QTest::newRow("ends a day beyond") << d("2026-12-29") << inPlace << false << false;
    QTest::newRow("ended yesterday") << d("2026-11-28") << inPlace << false << false;
    QTest::newRow("applied for, ends soon")
        << d("2026-12-01") << QStringLiteral("applying") << false << true;
    QTest::newRow("already marked ended")
        << d("2026-12-01") << QStringLiteral("ended") << false << false;
    QTest::newRow("deleted") << d("2026-12-01") << inPlace << true << false;
    QTest::newRow("no end date") << QDate() << inPlace << false << false;
}

void TestVisitSchedule::measureEnds() {
    QFETCH(QDate, endDate);
    QFETCH(QString, status);
    QFETCH(bool, deleted);
    QFETCH(bool, expected);
    const FixedClock clock = clockOn(d("2026-11-29"));
    Measure measure;
    measure.endDate = endDate;
    measure.status = status;
    measure.meta.deleted = deleted;
    const DateWindow window = VisitSchedule::window(clock.today(), 30);
    QCOMPARE(window.last, d("2026-12-28"));
    QCOMPARE(VisitSchedule::measureEndsWithin(measure, window), expected);
}

void TestVisitSchedule::settingsDefaultsAndKeys() {
    const ScheduleSettings defaults;
    QCOMPARE(defaults.intervalDays(QStringLiteral("high")), 14);
    QCOMPARE(defaults.intervalDays(QStringLiteral("medium")), 30);
    QCOMPARE(defaults.intervalDays(QStringLiteral("low")), 90);
    QCOMPARE(ScheduleSettings::HighDaysKey, QStringLiteral("schedule.days.high"));
    QCOMPARE(ScheduleSettings::MediumDaysKey, QStringLiteral("schedule.days.medium"));
    QCOMPARE(ScheduleSettings::LowDaysKey, QStringLiteral("schedule.days.low"));

    test::TempLedger ledger;
    QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
    QCOMPARE(ScheduleSettings::load(ledger.ledger()), defaults);
}

void TestVisitSchedule::settingsSaveAndLoad() {
    test::TempLedger ledger;
    QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
    ScheduleSettings settings;
    settings.highDays = 7;
    settings.mediumDays = 31;
    settings.lowDays = 92;
    settings.birthdayWindowDays = 60;
    settings.measureWindowDays = 45;
    const Status saved = settings.save(ledger.ledger());
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(ledger->setting(QStringLiteral("schedule.days.high")), QStringLiteral("7"));
    QVERIFY(ledger.reopen());
    QCOMPARE(ScheduleSettings::load(ledger.ledger()), settings);
}

void TestVisitSchedule::settingsRefused_data() {
    QTest::addColumn<int>("highDays");
    QTest::addColumn<int>("birthdayWindowDays");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero days") << 0 << 30
                               << QStringLiteral(
                                      "Visits for high-risk children must be a number "
                                      "of days from 1 to 366.");
    QTest::newRow("more than a year")
        << 14 << 400
        << QStringLiteral(
               "The look-ahead for 16th and 18th birthdays must be a number of days from 1 to "
               "366.");
}

void TestVisitSchedule::settingsRefused() {
    QFETCH(int, highDays);
    QFETCH(int, birthdayWindowDays);
    QFETCH(QString, message);
    test::TempLedger ledger;
    QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
    ScheduleSettings settings;
    settings.highDays = highDays;
    settings.birthdayWindowDays = birthdayWindowDays;
    const Status saved = settings.save(ledger.ledger());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.message(), message);
    // Nothing was written.
    QCOMPARE(ledger->setting(QStringLiteral("schedule.days.high")), QString());
}

void TestVisitSchedule::unreadableSettingFallsBack() {
    test::TempLedger ledger;
    QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
    QVERIFY(ledger->setSetting(QStringLiteral("schedule.days.high"), QStringLiteral("weekly")));
    QVERIFY(ledger->setSetting(QStringLiteral("schedule.days.low"), QStringLiteral("0")));
    QVERIFY(ledger->setSetting(QStringLiteral("schedule.days.medium"), QStringLiteral(" 21 ")));
    const ScheduleSettings loaded = ScheduleSettings::load(ledger.ledger());
    QCOMPARE(loaded.highDays, 14);
    QCOMPARE(loaded.lowDays, 90);
    QCOMPARE(loaded.mediumDays, 21);
}

QTEST_GUILESS_MAIN(TestVisitSchedule)
#include "tst_visitschedule.moc"
