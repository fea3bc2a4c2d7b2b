// Recording a visit (core/visits/VisitService): what a new visit starts as, the next visit the
// schedule proposes, the rules a visit must meet (table-driven, with the field each problem is
// shown at), and saving, which discards the form's draft in the same transaction.
#include "TempLedger.h"
#include "schedule/ScheduleSettings.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "visits/VisitDraftStore.h"
#include "visits/VisitService.h"

#include <QTest>

using namespace tongbao;

Q_DECLARE_METATYPE(tongbao::Visit)

namespace {

const QDate kToday(2026, 11, 29);

Visit validVisit(const QString& childId) {
    Visit visit;
    visit.childId = childId;
    visit.visitDate = kToday;
    visit.mode = QStringLiteral("home");
    visit.childSeenInPerson = true;
    visit.nextVisitDate = kToday.addDays(30);
    return visit;
}

}  // namespace

class TestVisitService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newVisitIsANormalHomeVisitToday();
    void newVisitOfAnUnknownChildIsRefused();
    void proposesTheNextVisitByRisk_data();
    void proposesTheNextVisitByRisk();
    void problems_data();
    void problems();
    void savesAndDiscardsTheDraft();
    void refusedSaveKeepsTheDraft();
    void refusesAnUnknownChild();
    void updatesAnExistingVisit();
    void keepsTheLinkToASafetyReport();

private:
    std::unique_ptr<test::TempLedger> m_ledger;
    QString m_childId;
};

void TestVisitService::init() {
    m_ledger = std::make_unique<test::TempLedger>();
    QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
    Child child;
    child.name = QStringLiteral("王小明");
    child.riskLevel = QStringLiteral("medium");
    QVERIFY(m_ledger->ledger().children().save(child));
    m_childId = child.meta.id;
}

void TestVisitService::cleanup() {
    m_ledger.reset();
}

void TestVisitService::newVisitIsANormalHomeVisitToday() {
    const Result<Visit> visit = VisitService(m_ledger->ledger()).newVisit(m_childId);
    QVERIFY2(visit, qPrintable(visit.message()));
    QCOMPARE(visit->childId, m_childId);
    QVERIFY(visit->meta.id.isEmpty());
    QCOMPARE(visit->visitDate, kToday);
    QCOMPARE(visit->mode, QStringLiteral("home"));
    QCOMPARE(visit->visitor, QStringLiteral("tester"));
    QVERIFY(visit->childSeenInPerson);
    for (auto check :
         {&Visit::living, &Visit::health, &Visit::schooling, &Visit::safety, &Visit::mood}) {
        QCOMPARE(((*visit).*check).result, QStringLiteral("normal"));
        QVERIFY(((*visit).*check).note.isEmpty());
    }
    QCOMPARE(visit->nextVisitDate, kToday.addDays(30));  // medium risk: monthly
    QVERIFY(!visit->guardianConfirmed);
    // As it starts, it can be saved at once.
    QVERIFY(VisitService::check(*visit, kToday));
}

void TestVisitService::newVisitOfAnUnknownChildIsRefused() {
    const Result<Visit> visit = VisitService(m_ledger->ledger()).newVisit(QStringLiteral("nobody"));
    QVERIFY(!visit);
    QVERIFY(!visit.message().isEmpty());
}

void TestVisitService::proposesTheNextVisitByRisk_data() {
    QTest::addColumn<QString>("risk");
    QTest::addColumn<int>("highDays");
    QTest::addColumn<QDate>("visitDate");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("high") << "high" << 14 << kToday << QDate(2026, 12, 13);
    QTest::newRow("medium") << "medium" << 14 << kToday << QDate(2026, 12, 29);
    QTest::newRow("low") << "low" << 14 << kToday << QDate(2027, 2, 27);
    QTest::newRow("not assessed: monthly") << "" << 14 << kToday << QDate(2026, 12, 29);
    QTest::newRow("setting changed") << "high" << 7 << kToday << QDate(2026, 12, 6);
    QTest::newRow("leap year") << "high" << 14 << QDate(2028, 2, 20) << QDate(2028, 3, 5);
}

void TestVisitService::proposesTheNextVisitByRisk() {
    QFETCH(QString, risk);
    QFETCH(int, highDays);
    QFETCH(QDate, visitDate);
    QFETCH(QDate, expected);
    Ledger& ledger = m_ledger->ledger();
    Child child = *ledger.children().load(m_childId);
    child.riskLevel = risk;
    QVERIFY(ledger.children().save(child));
    ScheduleSettings settings = ScheduleSettings::load(ledger);
    settings.highDays = highDays;
    QVERIFY(settings.save(ledger));
    QCOMPARE(VisitService(ledger).proposedNextVisit(m_childId, visitDate), expected);
}

void TestVisitService::problems_data() {
    QTest::addColumn<Visit>("visit");
    QTest::addColumn<QStringList>("fields");

    const Visit ok = validVisit(QStringLiteral("c"));
    QTest::newRow("a normal home visit") << ok << QStringList();
    Visit v = ok;
    v.mode = QStringLiteral("school");
    QTest::newRow("seen at school") << v << QStringList();
    v = ok;
    v.mode = QStringLiteral("phone");
    v.childSeenInPerson = false;
    QTest::newRow("a phone call") << v << QStringList();
    v = ok;
    v.nextVisitDate = QDate();
    QTest::newRow("no next date") << v << QStringList();
    v = ok;
    v.visitDate = QDate(2026, 11, 1);
    QTest::newRow("earlier this month") << v << QStringList();

    v = ok;
    v.visitDate = QDate();
    QTest::newRow("no date") << v << QStringList{QStringLiteral("visit_date")};
    v = ok;
    v.visitDate = kToday.addDays(1);
    QTest::newRow("tomorrow") << v << QStringList{QStringLiteral("visit_date")};
    v = ok;
    v.mode.clear();
    QTest::newRow("no mode") << v << QStringList{QStringLiteral("mode")};
    v = ok;
    v.mode = QStringLiteral("letter");
    QTest::newRow("unknown mode") << v << QStringList{QStringLiteral("mode")};
    v = ok;
    v.mode = QStringLiteral("phone");
    QTest::newRow("seen in person by phone") << v << QStringList{QStringLiteral("seen_in_person")};
    v = ok;
    v.mode = QStringLiteral("video");
    QTest::newRow("seen in person by video") << v << QStringList{QStringLiteral("seen_in_person")};
    v = ok;
    v.nextVisitDate = v.visitDate;
    QTest::newRow("next visit the same day") << v << QStringList{QStringLiteral("next_visit_date")};
    v = ok;
    v.nextVisitDate = v.visitDate.addDays(-3);
    QTest::newRow("next visit before") << v << QStringList{QStringLiteral("next_visit_date")};
    v = ok;
    v.safety.result = QStringLiteral("bad");
    QTest::newRow("unknown check answer") << v << QStringList{QStringLiteral("safety")};
    v = ok;
    v.guardianshipAssessment = QStringLiteral("great");
    QTest::newRow("unknown assessment")
        << v << QStringList{QStringLiteral("guardianship_assessment")};
    v = ok;
    v.visitDate = kToday.addDays(2);
    v.mode.clear();
    v.nextVisitDate = kToday;
    QTest::newRow("several, in the form's order")
        << v
        << QStringList{QStringLiteral("visit_date"), QStringLiteral("mode"),
                       QStringLiteral("next_visit_date")};
}

void TestVisitService::problems() {
    QFETCH(Visit, visit);
    QFETCH(QStringList, fields);
    QStringList found;
    for (const VisitProblem& problem : VisitService::problems(visit, kToday)) {
        found.append(problem.field);
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(found, fields);
    QCOMPARE(VisitService::check(visit, kToday).ok(), fields.isEmpty());
}

void TestVisitService::savesAndDiscardsTheDraft() {
    Ledger& ledger = m_ledger->ledger();
    VisitDraftStore drafts(ledger);
    Visit visit = validVisit(m_childId);
    visit.problems = QStringLiteral("无");
    VisitDraft draft;
    draft.childId = m_childId;
    draft.payload = VisitDraftStore::payloadOf(visit);
    QVERIFY(drafts.save(draft));

    const Result<Visit> saved = VisitService(ledger).save(visit, draft.id);
    QVERIFY2(saved, qPrintable(saved.message()));
    QVERIFY(!saved->meta.id.isEmpty());
    QCOMPARE(ledger.visits().forChild(m_childId).size(), 1);
    QCOMPARE(ledger.visits().load(saved->meta.id)->problems, QStringLiteral("无"));
    QVERIFY(!drafts.load(draft.id));
}

void TestVisitService::refusedSaveKeepsTheDraft() {
    Ledger& ledger = m_ledger->ledger();
    VisitDraftStore drafts(ledger);
    Visit visit = validVisit(m_childId);
    visit.visitDate = kToday.addDays(1);
    VisitDraft draft;
    draft.childId = m_childId;
    draft.payload = VisitDraftStore::payloadOf(visit);
    QVERIFY(drafts.save(draft));

    const Result<Visit> saved = VisitService(ledger).save(visit, draft.id);
    QVERIFY(!saved);
    QVERIFY(saved.message().contains(QStringLiteral("2026-11-29")));
    QVERIFY(ledger.visits().forChild(m_childId).isEmpty());
    QVERIFY(drafts.load(draft.id));
}

void TestVisitService::refusesAnUnknownChild() {
    const Result<Visit> saved =
        VisitService(m_ledger->ledger()).save(validVisit(QStringLiteral("nobody")));
    QVERIFY(!saved);
    QVERIFY(!saved.message().isEmpty());
}

void TestVisitService::updatesAnExistingVisit() {
    Ledger& ledger = m_ledger->ledger();
    VisitService service(ledger);
    Result<Visit> saved = service.save(validVisit(m_childId));
    QVERIFY(saved);
    Visit changed = *saved;
    changed.needs = QStringLiteral("学习用品");
    const Result<Visit> again = service.save(changed);
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->meta.id, saved->meta.id);
    QCOMPARE(ledger.visits().forChild(m_childId).size(), 1);
    QCOMPARE(ledger.visits().load(saved->meta.id)->needs, QStringLiteral("学习用品"));
}

void TestVisitService::keepsTheLinkToASafetyReport() {
    Ledger& ledger = m_ledger->ledger();
    VisitService service(ledger);
    Visit visit = validVisit(m_childId);
    visit.triggeredSafetyReport = true;
    Result<Visit> saved = service.save(visit);
    QVERIFY(saved);
    Visit edited = *saved;
    edited.triggeredSafetyReport = false;
    QVERIFY(service.save(edited));
    QVERIFY(ledger.visits().load(saved->meta.id)->triggeredSafetyReport);
}

QTEST_GUILESS_MAIN(TestVisitService)
#include "tst_visitservice.moc"
