// Visit drafts (core/visits/VisitDraftStore, storage/VisitDraftQueries, migration 6): what a
// visit form holds is kept in the ledger file exactly as typed, found again by child and visit,
// replaced in place as typing goes on, survives closing the file, and goes away when discarded.
// Drafts are scratch, not records: they leave the audit chain alone.
#include "TempLedger.h"
#include "storage/AuditLog.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"
#include "visits/VisitDraftStore.h"

#include <QTest>

using namespace tongbao;

namespace {

qint64 auditRows(Ledger& ledger) {
    return ledger.database().scalar(QStringLiteral("SELECT count(*) FROM audit")).toLongLong();
}

// Every field set, with the characters a typist produces: CJK, full-width punctuation, line
// breaks, quotes and a backslash.
Visit typedVisit(const QString& childId) {
    Visit visit;
    visit.childId = childId;
    visit.visitDate = QDate(2026, 11, 28);
    visit.mode = QStringLiteral("school");
    visit.visitor = QStringLiteral("李主任");
    visit.childSeenInPerson = true;
    visit.living = {QStringLiteral("normal"), QString()};
    visit.health = {QStringLiteral("attention"), QStringLiteral("咳嗽一周，已去村卫生室")};
    visit.schooling = {QStringLiteral("normal"), QStringLiteral("住校")};
    visit.safety = {QStringLiteral("problem"), QStringLiteral("手臂有淤青，说是\"摔的\"")};
    visit.mood = {QStringLiteral("attention"), QStringLiteral("话少，低头")};
    visit.guardianshipAssessment = QStringLiteral("poor");
    visit.problems = QStringLiteral("奶奶腿脚不便，\n做饭困难；C:\\路径\t制表");
    visit.needs = QStringLiteral("申请临时救助");
    visit.actions = QStringLiteral("联系镇民政办");
    visit.followUp = QStringLiteral("一周后电话回访");
    visit.nextVisitDate = QDate(2026, 12, 12);
    visit.guardianConfirmed = true;
    return visit;
}

void compareVisits(const Visit& a, const Visit& b) {
    QCOMPARE(a.childId, b.childId);
    QCOMPARE(a.visitDate, b.visitDate);
    QCOMPARE(a.mode, b.mode);
    QCOMPARE(a.visitor, b.visitor);
    QCOMPARE(a.childSeenInPerson, b.childSeenInPerson);
    for (auto check :
         {&Visit::living, &Visit::health, &Visit::schooling, &Visit::safety, &Visit::mood}) {
        QCOMPARE((a.*check).result, (b.*check).result);
        QCOMPARE((a.*check).note, (b.*check).note);
    }
    QCOMPARE(a.guardianshipAssessment, b.guardianshipAssessment);
    QCOMPARE(a.problems, b.problems);
    QCOMPARE(a.needs, b.needs);
    QCOMPARE(a.actions, b.actions);
    QCOMPARE(a.followUp, b.followUp);
    QCOMPARE(a.nextVisitDate, b.nextVisitDate);
    QCOMPARE(a.guardianConfirmed, b.guardianConfirmed);
}

}  // namespace

class TestVisitDrafts : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void migrationCreatesTheTable();
    void savedDraftReadsBackExactly();
    void typingOnReplacesTheSameDraft();
    void findsTheDraftOfAVisit();
    void listsNewestFirst();
    void survivesClosingTheFile();
    void keepsTheFormsOwnKeys();
    void discardRemovesIt();
    void refusesADraftWithoutAChild();
    void leavesTheAuditChainAlone();

private:
    std::unique_ptr<test::TempLedger> m_ledger;
    QString m_childId;
    QString m_otherChildId;
};

void TestVisitDrafts::init() {
    m_ledger = std::make_unique<test::TempLedger>();
    QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
    Child child;
    child.name = QStringLiteral("王小明");
    child.riskLevel = QStringLiteral("medium");
    QVERIFY(m_ledger->ledger().children().save(child));
    m_childId = child.meta.id;
    Child other;
    other.name = QStringLiteral("赵小红");
    QVERIFY(m_ledger->ledger().children().save(other));
    m_otherChildId = other.meta.id;
}

void TestVisitDrafts::cleanup() {
    m_ledger.reset();
}

void TestVisitDrafts::migrationCreatesTheTable() {
    QVERIFY(Migrations::latestVersion() >= 6);
    QCOMPARE(m_ledger->ledger()
                 .database()
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                     "'visit_draft'"))
                 .toInt(),
             1);
}

void TestVisitDrafts::savedDraftReadsBackExactly() {
    VisitDraftStore store(m_ledger->ledger());
    VisitDraft draft;
    draft.childId = m_childId;
    draft.payload = VisitDraftStore::payloadOf(typedVisit(m_childId));
    QVERIFY(store.save(draft));
    QVERIFY(!draft.id.isEmpty());
    QCOMPARE(draft.user, QStringLiteral("tester"));
    QCOMPARE(draft.updatedAt, m_ledger->clock().nowUtc());

    const std::optional<VisitDraft> loaded = store.load(draft.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->childId, m_childId);
    QVERIFY(loaded->visitId.isEmpty());
    QCOMPARE(loaded->payload, draft.payload);
    QCOMPARE(loaded->updatedAt, draft.updatedAt);
    QCOMPARE(loaded->user, QStringLiteral("tester"));
    compareVisits(VisitDraftStore::visitOf(*loaded), typedVisit(m_childId));
}

void TestVisitDrafts::typingOnReplacesTheSameDraft() {
    VisitDraftStore store(m_ledger->ledger());
    Visit visit = typedVisit(m_childId);
    visit.problems = QStringLiteral("奶");
    VisitDraft draft;
    draft.childId = m_childId;
    draft.payload = VisitDraftStore::payloadOf(visit);
    QVERIFY(store.save(draft));
    const QString id = draft.id;

    m_ledger->clock().advanceSeconds(2);
    visit.problems = QStringLiteral("奶奶腿脚不便");
    draft.payload = VisitDraftStore::payloadOf(visit);
    QVERIFY(store.save(draft));
    QCOMPARE(draft.id, id);
    QCOMPARE(store.count(), 1);
    QCOMPARE(VisitDraftStore::visitOf(*store.load(id)).problems, QStringLiteral("奶奶腿脚不便"));
    QCOMPARE(store.load(id)->updatedAt, m_ledger->clock().nowUtc());
}

void TestVisitDrafts::findsTheDraftOfAVisit() {
    VisitDraftStore store(m_ledger->ledger());
    VisitDraft fresh;
    fresh.childId = m_childId;
    fresh.payload = VisitDraftStore::payloadOf(typedVisit(m_childId));
    QVERIFY(store.save(fresh));
    VisitDraft editing;
    editing.childId = m_childId;
    editing.visitId = QStringLiteral("visit-1");
    editing.payload = VisitDraftStore::payloadOf(typedVisit(m_childId));
    QVERIFY(store.save(editing));

    QCOMPARE(store.find(m_childId)->id, fresh.id);
    QCOMPARE(store.find(m_childId, QStringLiteral("visit-1"))->id, editing.id);
    QCOMPARE(VisitDraftStore::visitOf(*store.find(m_childId, QStringLiteral("visit-1"))).meta.id,
             QStringLiteral("visit-1"));
    QVERIFY(!store.find(m_otherChildId));
    QVERIFY(!store.find(m_childId, QStringLiteral("visit-2")));
}

void TestVisitDrafts::listsNewestFirst() {
    VisitDraftStore store(m_ledger->ledger());
    VisitDraft first;
    first.childId = m_childId;
    QVERIFY(store.save(first));
    m_ledger->clock().advanceSeconds(60);
    VisitDraft second;
    second.childId = m_otherChildId;
    QVERIFY(store.save(second));
    const QVector<VisitDraft> drafts = store.all();
    QCOMPARE(drafts.size(), 2);
    QCOMPARE(drafts[0].id, second.id);
    QCOMPARE(drafts[1].id, first.id);
}

void TestVisitDrafts::survivesClosingTheFile() {
    QString id;
    {
        VisitDraftStore store(m_ledger->ledger());
        VisitDraft draft;
        draft.childId = m_childId;
        draft.payload = VisitDraftStore::payloadOf(typedVisit(m_childId));
        QVERIFY(store.save(draft));
        id = draft.id;
    }
    m_ledger->close();
    QVERIFY(m_ledger->reopen());
    const std::optional<VisitDraft> loaded = VisitDraftStore(m_ledger->ledger()).load(id);
    QVERIFY(loaded);
    compareVisits(VisitDraftStore::visitOf(*loaded), typedVisit(m_childId));
}

void TestVisitDrafts::keepsTheFormsOwnKeys() {
    VisitDraftStore store(m_ledger->ledger());
    VisitDraft draft;
    draft.childId = m_childId;
    draft.payload = VisitDraftStore::payloadOf(typedVisit(m_childId));
    draft.payload.insert(QStringLiteral("next_visit_edited"), true);
    QVERIFY(store.save(draft));
    QCOMPARE(store.load(draft.id)->payload.value(QStringLiteral("next_visit_edited")).toBool(),
             true);
}

void TestVisitDrafts::discardRemovesIt() {
    VisitDraftStore store(m_ledger->ledger());
    VisitDraft draft;
    draft.childId = m_childId;
    QVERIFY(store.save(draft));
    QVERIFY(store.discard(draft.id));
    QVERIFY(!store.load(draft.id));
    QCOMPARE(store.count(), 0);
    // Already gone, or never there: nothing to complain about.
    QVERIFY(store.discard(draft.id));
    QVERIFY(store.discard(QString()));
}

void TestVisitDrafts::refusesADraftWithoutAChild() {
    VisitDraftStore store(m_ledger->ledger());
    VisitDraft draft;
    const Status saved = store.save(draft);
    QVERIFY(!saved);
    QVERIFY(!saved.message().isEmpty());
    QCOMPARE(store.count(), 0);
}

void TestVisitDrafts::leavesTheAuditChainAlone() {
    const qint64 before = auditRows(m_ledger->ledger());
    VisitDraftStore store(m_ledger->ledger());
    VisitDraft draft;
    draft.childId = m_childId;
    draft.payload = VisitDraftStore::payloadOf(typedVisit(m_childId));
    QVERIFY(store.save(draft));
    QVERIFY(store.save(draft));
    QVERIFY(store.discard(draft.id));
    QCOMPARE(auditRows(m_ledger->ledger()), before);
    QVERIFY(AuditLog::verify(m_ledger->ledger().database()).intact());
}

QTEST_GUILESS_MAIN(TestVisitDrafts)
#include "tst_visitdrafts.moc"
