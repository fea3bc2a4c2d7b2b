// The life of a mandatory report (core/safety/SafetyWorkflow): started from a visit, urgent until
// the police report is recorded, followed up with the three kinds of step and closed; the cases
// the workflow refuses, with the words the person at the keyboard sees; and who may see reports
// at all (core/security/Permissions).
#include "TempLedger.h"
#include "safety/SafetyWorkflow.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"

#include <QTest>
#include <QTimeZone>

using namespace tongbao;

Q_DECLARE_METATYPE(tongbao::Role)

namespace {

QDateTime beijing(int month, int day, int hour, int minute) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

SafetyNotification notification(const char* recipient, const QDateTime& at = {}) {
    SafetyNotification n;
    n.recipient = QString::fromLatin1(recipient);
    n.method = QStringLiteral("phone");
    n.notifiedAt = at;
    n.receiver = QStringLiteral("值班民警");
    n.receiptNumber = QStringLiteral("JJ20261129001");
    return n;
}

SafetyStep step(const char* kind, const char* outcome = "已处理") {
    SafetyStep s;
    s.kind = QString::fromLatin1(kind);
    s.action = QStringLiteral("联系镇派出所与镇民政办");
    s.outcome = QString::fromUtf8(outcome);
    return s;
}

}  // namespace

class TestSafetyWorkflow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fromVisitToClosed();
    void startFromChildFile();
    void startRefused_data();
    void startRefused();
    void notificationRefused_data();
    void notificationRefused();
    void stepRefused_data();
    void stepRefused();
    void closingRefusedWithoutPolice();
    void closingWithReasonInsteadOfPolice();
    void closedReportTakesNothingMore();
    void elapsedText_data();
    void elapsedText();
    void visibility_data();
    void visibility();
    void roleCodes();

private:
    std::unique_ptr<test::TempLedger> m_ledger;
    QString m_childId;
    QString m_otherChildId;
    QString m_visitId;
    SafetyReport startedReport();
};

void TestSafetyWorkflow::init() {
    m_ledger = std::make_unique<test::TempLedger>();
    QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
    Ledger& ledger = m_ledger->ledger();
    Child child;
    child.name = QStringLiteral("马超");
    child.riskLevel = QStringLiteral("high");
    QVERIFY(ledger.children().save(child));
    m_childId = child.meta.id;
    Child other;
    other.name = QStringLiteral("朱琳");
    QVERIFY(ledger.children().save(other));
    m_otherChildId = other.meta.id;
    Visit visit;
    visit.childId = m_childId;
    visit.visitDate = QDate(2026, 11, 29);
    visit.mode = QStringLiteral("home");
    visit.childSeenInPerson = true;
    QVERIFY(ledger.visits().save(visit));
    m_visitId = visit.meta.id;
}

void TestSafetyWorkflow::cleanup() {
    m_ledger.reset();
}

SafetyReport TestSafetyWorkflow::startedReport() {
    SafetyWorkflow workflow(m_ledger->ledger());
    SafetyReport draft = workflow.draftForChild(m_childId);
    draft.situations = QStringList{QStringLiteral("injury_abuse")};
    const Result<SafetyReport> started = workflow.start(draft);
    if (!started)
        qWarning("%s", qPrintable(started.message()));
    return started ? *started : SafetyReport();
}

void TestSafetyWorkflow::fromVisitToClosed() {
    Ledger& ledger = m_ledger->ledger();
    SafetyWorkflow workflow(ledger);

    // 09:00: the danger is found during the visit; one action starts the report.
    Result<SafetyReport> draft = workflow.draftForVisit(m_visitId);
    QVERIFY2(draft, qPrintable(draft.message()));
    QCOMPARE(draft->childId, m_childId);
    QCOMPARE(draft->visitId, m_visitId);
    QCOMPARE(draft->discoveredAt, beijing(11, 29, 9, 0));
    QCOMPARE(draft->discoveredBy, QStringLiteral("tester"));
    draft->situations = QStringList{QStringLiteral("injury_abuse"), QStringLiteral("abandoned")};
    draft->childSafeNow = false;
    draft->description = QStringLiteral("孩子身上多处淤青，独自在家");
    Result<SafetyReport> report = workflow.start(*draft);
    QVERIFY2(report, qPrintable(report.message()));
    const QString id = report->meta.id;
    QVERIFY(!id.isEmpty());
    QVERIFY(SafetyWorkflow::isOpen(*report));
    QVERIFY(SafetyWorkflow::isUrgent(*report));
    QCOMPARE(SafetyWorkflow::stillToTell(*report),
             (QStringList{QStringLiteral("police"), QStringLiteral("town")}));
    QCOMPARE(report->secondsToPoliceReport(), qint64(-1));
    QVERIFY(ledger.visits().load(m_visitId)->triggeredSafetyReport);
    QCOMPARE(ledger.safetyReports().open().size(), 1);

    // 09:25: the town is told first; still urgent, the police are still to be told.
    m_ledger->clock().advanceSeconds(25 * 60);
    report = workflow.recordNotification(id, notification("town"));
    QVERIFY2(report, qPrintable(report.message()));
    QVERIFY(SafetyWorkflow::isUrgent(*report));
    QCOMPARE(SafetyWorkflow::stillToTell(*report), QStringList{QStringLiteral("police")});

    // 09:40: the police (110); no longer urgent, 40 minutes after discovery.
    m_ledger->clock().advanceSeconds(15 * 60);
    report = workflow.recordNotification(id, notification("police"));
    QVERIFY2(report, qPrintable(report.message()));
    QVERIFY(!SafetyWorkflow::isUrgent(*report));
    QVERIFY(SafetyWorkflow::stillToTell(*report).isEmpty());
    QCOMPARE(report->secondsToPoliceReport(), qint64(40 * 60));
    QCOMPARE(SafetyWorkflow::elapsedText(report->secondsToPoliceReport()),
             QStringLiteral("40 minute(s)"));
    QCOMPARE(report->notifications.size(), 2);

    // The three follow-up steps over the next days.
    QCOMPARE(SafetyWorkflow::missingStepKinds(*report),
             (QStringList{QStringLiteral("emergency"), QStringLiteral("assessment"),
                          QStringLiteral("intervention")}));
    report = workflow.addStep(id, step("emergency", "孩子已由祖母临时照护"));
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->steps.last().stepDate, QDate(2026, 11, 29));
    QCOMPARE(report->steps.last().actor, QStringLiteral("tester"));
    m_ledger->clock().advanceDays(3);
    report = workflow.addStep(id, step("assessment", "评估为监护不当，需帮扶"));
    QVERIFY2(report, qPrintable(report.message()));
    m_ledger->clock().advanceDays(7);
    SafetyStep intervention = step("intervention", "父亲接受训诫，签订承诺书");
    intervention.actor = QStringLiteral("镇民政办 王主任");
    report = workflow.addStep(id, intervention);
    QVERIFY2(report, qPrintable(report.message()));
    QVERIFY(SafetyWorkflow::missingStepKinds(*report).isEmpty());
    QCOMPARE(report->steps.size(), 3);
    QCOMPARE(report->steps.last().actor, QStringLiteral("镇民政办 王主任"));

    // Closed with a result.
    report = workflow.close(id, QStringLiteral("孩子安全，家庭已纳入重点走访"));
    QVERIFY2(report, qPrintable(report.message()));
    QVERIFY(!SafetyWorkflow::isOpen(*report));
    QVERIFY(!SafetyWorkflow::isUrgent(*report));
    QCOMPARE(report->closedAt, beijing(12, 9, 9, 40));
    QCOMPARE(report->closingResult, QStringLiteral("孩子安全，家庭已纳入重点走访"));
    QVERIFY(ledger.safetyReports().open().isEmpty());

    // What was stored is what was shown, and the history is intact.
    const Result<SafetyReport> stored = ledger.safetyReports().load(id);
    QVERIFY(stored);
    QCOMPARE(stored->status, QStringLiteral("closed"));
    QCOMPARE(stored->notifications.size(), 2);
    QCOMPARE(stored->steps.size(), 3);
    QCOMPARE(stored->secondsToPoliceReport(), qint64(40 * 60));
    QCOMPARE(stored->childSafeNow, std::optional<bool>(false));
    QVERIFY(AuditLog::verify(ledger.database()).intact());
}

void TestSafetyWorkflow::startFromChildFile() {
    SafetyWorkflow workflow(m_ledger->ledger());
    SafetyReport draft = workflow.draftForChild(m_childId);
    QVERIFY(draft.visitId.isEmpty());
    // Found an hour ago, entered now.
    draft.discoveredAt = beijing(11, 29, 8, 0);
    draft.discoveredBy = QStringLiteral("村医 李医生");
    draft.situations = QStringList{QStringLiteral("other_harm")};
    const Result<SafetyReport> report = workflow.start(draft);
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->discoveredAt, beijing(11, 29, 8, 0));
    QCOMPARE(report->discoveredBy, QStringLiteral("村医 李医生"));
    QVERIFY(!m_ledger->ledger().visits().load(m_visitId)->triggeredSafetyReport);
    // Starting the same report again is refused.
    const Result<SafetyReport> again = workflow.start(*report);
    QVERIFY(!again);
    QCOMPARE(again.message(), QStringLiteral("This report has already been started."));
}

void TestSafetyWorkflow::startRefused_data() {
    QTest::addColumn<QString>("child");  // "child", "other", "none", "missing"
    QTest::addColumn<bool>("fromVisit");
    QTest::addColumn<QStringList>("situations");
    QTest::addColumn<QDateTime>("discoveredAt");
    QTest::addColumn<QString>("message");
    const QStringList abuse{QStringLiteral("injury_abuse")};
    const QDateTime earlier = beijing(11, 29, 8, 0);
    QTest::newRow("no child") << QStringLiteral("none") << false << abuse << earlier
                              << QStringLiteral("Choose the child this report is about.");
    QTest::newRow("unknown child") << QStringLiteral("missing") << false << abuse << earlier
                                   << QStringLiteral("The child's file was not found.");
    QTest::newRow("no situation") << QStringLiteral("child") << false << QStringList() << earlier
                                  << QStringLiteral(
                                         "Tick at least one of the situations that were found.");
    QTest::newRow("unknown situation")
        << QStringLiteral("child") << false << QStringList{QStringLiteral("bad_luck")} << earlier
        << QStringLiteral(
               "One of the ticked situations is not in the list (bad_luck). Please tick it "
               "again.");
    QTest::newRow("found in the future")
        << QStringLiteral("child") << false << abuse << beijing(11, 29, 9, 1)
        << QStringLiteral("The time the danger was found cannot be later than now.");
    QTest::newRow("visit of another child")
        << QStringLiteral("other") << true << abuse << earlier
        << QStringLiteral("The visit this report comes from is about another child.");
}

void TestSafetyWorkflow::startRefused() {
    QFETCH(QString, child);
    QFETCH(bool, fromVisit);
    QFETCH(QStringList, situations);
    QFETCH(QDateTime, discoveredAt);
    QFETCH(QString, message);
    SafetyWorkflow workflow(m_ledger->ledger());
    const QString childId = child == QLatin1String("child")   ? m_childId
                            : child == QLatin1String("other") ? m_otherChildId
                            : child == QLatin1String("none")  ? QString()
                                                              : QStringLiteral("no-such-child");
    SafetyReport draft = workflow.draftForChild(childId);
    if (fromVisit)
        draft.visitId = m_visitId;
    draft.situations = situations;
    draft.discoveredAt = discoveredAt;
    const Result<SafetyReport> report = workflow.start(draft);
    QVERIFY(!report);
    QCOMPARE(report.message(), message);
    QVERIFY(m_ledger->ledger().safetyReports().open().isEmpty());
    QVERIFY(!m_ledger->ledger().visits().load(m_visitId)->triggeredSafetyReport);
}

void TestSafetyWorkflow::notificationRefused_data() {
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("message");
    // The report was found at 09:00; now is 09:30.
    QTest::newRow("nobody") << QString() << QStringLiteral("phone") << QDateTime()
                            << QStringLiteral(
                                   "Choose who was told: the police, the town, or another office.");
    QTest::newRow("no method") << QStringLiteral("police") << QString() << QDateTime()
                               << QStringLiteral(
                                      "Choose how they were told: by phone, in person, "
                                      "in writing or online.");
    QTest::newRow("before it was found")
        << QStringLiteral("police") << QStringLiteral("phone") << beijing(11, 29, 8, 59)
        << QStringLiteral("The time they were told cannot be before the danger was found (%1).")
               .arg(beijing(11, 29, 9, 0)
                        .toLocalTime()
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QTest::newRow("in the future")
        << QStringLiteral("town") << QStringLiteral("in_person") << beijing(11, 29, 9, 31)
        << QStringLiteral("The time they were told cannot be later than now.");
}

void TestSafetyWorkflow::notificationRefused() {
    QFETCH(QString, recipient);
    QFETCH(QString, method);
    QFETCH(QDateTime, at);
    QFETCH(QString, message);
    const SafetyReport report = startedReport();
    QVERIFY(!report.meta.id.isEmpty());
    m_ledger->clock().advanceSeconds(30 * 60);
    SafetyNotification n;
    n.recipient = recipient;
    n.method = method;
    n.notifiedAt = at;
    SafetyWorkflow workflow(m_ledger->ledger());
    const Result<SafetyReport> result = workflow.recordNotification(report.meta.id, n);
    QVERIFY(!result);
    QCOMPARE(result.message(), message);
    QVERIFY(m_ledger->ledger().safetyReports().load(report.meta.id)->notifications.isEmpty());
}

void TestSafetyWorkflow::stepRefused_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("message");
    // Found 2026-11-29 09:00; today is 2026-11-30.
    QTest::newRow("no kind") << QString() << QDate() << QStringLiteral("x")
                             << QStringLiteral(
                                    "Choose the kind of step: emergency handling, "
                                    "assessment and help, or guardianship "
                                    "intervention.");
    QTest::newRow("before it was found")
        << QStringLiteral("emergency") << QDate(2026, 11, 28) << QStringLiteral("x")
        << QStringLiteral("The date of the step cannot be before the danger was found (%1).")
               .arg(beijing(11, 29, 9, 0).toLocalTime().date().toString(Qt::ISODate));
    QTest::newRow("in the future")
        << QStringLiteral("assessment") << QDate(2026, 12, 1) << QStringLiteral("x")
        << QStringLiteral("The date of the step cannot be later than today.");
    QTest::newRow("no outcome") << QStringLiteral("intervention") << QDate() << QStringLiteral("  ")
                                << QStringLiteral("Write down what came of the step.");
}

void TestSafetyWorkflow::stepRefused() {
    QFETCH(QString, kind);
    QFETCH(QDate, date);
    QFETCH(QString, outcome);
    QFETCH(QString, message);
    const SafetyReport report = startedReport();
    m_ledger->clock().advanceDays(1);
    SafetyStep s;
    s.kind = kind;
    s.stepDate = date;
    s.outcome = outcome;
    SafetyWorkflow workflow(m_ledger->ledger());
    const Result<SafetyReport> result = workflow.addStep(report.meta.id, s);
    QVERIFY(!result);
    QCOMPARE(result.message(), message);
}

void TestSafetyWorkflow::closingRefusedWithoutPolice() {
    const SafetyReport report = startedReport();
    SafetyWorkflow workflow(m_ledger->ledger());
    QVERIFY(workflow.recordNotification(report.meta.id, notification("town")));
    Result<SafetyReport> closed = workflow.close(report.meta.id, QStringLiteral("已处理"));
    QVERIFY(!closed);
    QCOMPARE(closed.message(),
             QStringLiteral("The report to the police has not been recorded. Record it first, or "
                            "write down why the police were not told."));
    closed = workflow.close(report.meta.id, QStringLiteral("  "), QStringLiteral("误报"));
    QVERIFY(!closed);
    QCOMPARE(closed.message(), QStringLiteral("Write down how the case ended before closing it."));
    QVERIFY(SafetyWorkflow::isOpen(*m_ledger->ledger().safetyReports().load(report.meta.id)));
}

void TestSafetyWorkflow::closingWithReasonInsteadOfPolice() {
    const SafetyReport report = startedReport();
    SafetyWorkflow workflow(m_ledger->ledger());
    const Result<SafetyReport> closed = workflow.close(
        report.meta.id, QStringLiteral("核实为误会"), QStringLiteral("伤痕系体育课摔伤，校医证明"));
    QVERIFY2(closed, qPrintable(closed.message()));
    QCOMPARE(closed->status, QStringLiteral("closed"));
    QCOMPARE(
        closed->closingResult,
        QStringLiteral("核实为误会\nWhy the police were not told: 伤痕系体育课摔伤，校医证明"));
    QCOMPARE(closed->secondsToPoliceReport(), qint64(-1));
}

void TestSafetyWorkflow::closedReportTakesNothingMore() {
    const SafetyReport report = startedReport();
    SafetyWorkflow workflow(m_ledger->ledger());
    QVERIFY(workflow.recordNotification(report.meta.id, notification("police")));
    QVERIFY(workflow.close(report.meta.id, QStringLiteral("已结案")));
    const QString closedMessage =
        QStringLiteral("This report is closed; nothing more can be added to it.");
    Result<SafetyReport> result = workflow.recordNotification(report.meta.id, notification("town"));
    QVERIFY(!result);
    QCOMPARE(result.message(), closedMessage);
    result = workflow.addStep(report.meta.id, step("assessment"));
    QVERIFY(!result);
    QCOMPARE(result.message(), closedMessage);
    result = workflow.close(report.meta.id, QStringLiteral("again"));
    QVERIFY(!result);
    QCOMPARE(result.message(), QStringLiteral("This report is already closed."));
    result = workflow.addStep(QStringLiteral("no-such-report"), step("assessment"));
    QVERIFY(!result);
    QCOMPARE(result.message(), QStringLiteral("The safety report was not found."));
}

void TestSafetyWorkflow::elapsedText_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 minute(s)");
    QTest::newRow("minutes") << qint64(45 * 60 + 59) << QStringLiteral("45 minute(s)");
    QTest::newRow("whole hours") << qint64(2 * 3600) << QStringLiteral("2 hour(s)");
    QTest::newRow("hours and minutes")
        << qint64(3 * 3600 + 600) << QStringLiteral("3 hour(s) 10 minute(s)");
    QTest::newRow("days and hours")
        << qint64(2 * 86400 + 5 * 3600 + 59) << QStringLiteral("2 day(s) 5 hour(s)");
    QTest::newRow("whole day") << qint64(86400 + 1800) << QStringLiteral("1 day(s)");
}

void TestSafetyWorkflow::elapsedText() {
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(SafetyWorkflow::elapsedText(seconds), expected);
}

void TestSafetyWorkflow::visibility_data() {
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("sees");
    QTest::newRow("administrator") << Role::Administrator << true;
    QTest::newRow("supervisor") << Role::Supervisor << true;
    QTest::newRow("town officer") << Role::TownOfficer << true;
    QTest::newRow("reviewer") << Role::Reviewer << false;
}

void TestSafetyWorkflow::visibility() {
    QFETCH(Role, role);
    QFETCH(bool, sees);
    QCOMPARE(canSeeSafetyReports(role), sees);
}

void TestSafetyWorkflow::roleCodes() {
    for (Role role : {Role::Administrator, Role::Supervisor, Role::Reviewer, Role::TownOfficer}) {
        Role parsed = Role::Reviewer;
        QVERIFY(roleFromCode(roleCode(role), &parsed));
        QCOMPARE(parsed, role);
    }
    QVERIFY(!roleFromCode(QStringLiteral("guest"), nullptr));
}

QTEST_GUILESS_MAIN(TestSafetyWorkflow)
#include "tst_safetyworkflow.moc"
