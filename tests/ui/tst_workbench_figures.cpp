// What the workbench reads in the background, at a ledger whose answers are known: the visits
// chart's count per month and the entitlement check's children with their own measures and
// referrals. Both reads were rewritten so that SQLite streams them from indexes instead of
// sorting every row in memory (issue 3, docs/performance.md); the figures must not change.
#include "TempLedger.h"
#include "common/Localization.h"
#include "policy/PolicySubject.h"
#include "report/WorkbenchFigures.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/PolicyQueries.h"

#include <QtTest>

#include <algorithm>

using namespace tongbao;

class TestWorkbenchFigures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void visitsAreCountedPerMonth();
    void openFilesComeWithTheirOwnMeasuresAndReferrals();

private:
    static QString addChild(Ledger& ledger, const QString& name, const QString& status = {});
    static QString addVisit(Ledger& ledger, const QString& childId, const QDate& day);
    static QString addMeasure(Ledger& ledger, const QString& childId, const QString& kind);
    static QString addReferral(Ledger& ledger, const QString& childId, const QString& purpose);
};

void TestWorkbenchFigures::initTestCase() {
    Localization::install(Localization::Language::English);
}

QString TestWorkbenchFigures::addChild(Ledger& ledger, const QString& name, const QString& status) {
    Child child;
    child.name = name;
    child.openedOn = QDate(2025, 1, 10);
    if (!status.isEmpty())
        child.fileStatus = status;
    return ledger.children().save(child) ? child.meta.id : QString();
}

QString TestWorkbenchFigures::addVisit(Ledger& ledger, const QString& childId, const QDate& day) {
    Visit visit;
    visit.childId = childId;
    visit.visitDate = day;
    visit.mode = QStringLiteral("home");
    visit.childSeenInPerson = true;
    return ledger.visits().save(visit) ? visit.meta.id : QString();
}

QString TestWorkbenchFigures::addMeasure(Ledger& ledger,
                                         const QString& childId,
                                         const QString& kind) {
    Measure measure;
    measure.childId = childId;
    measure.kind = kind;
    measure.department = QStringLiteral("civil_affairs");
    measure.startDate = QDate(2026, 1, 1);
    return ledger.measures().save(measure) ? measure.meta.id : QString();
}

QString TestWorkbenchFigures::addReferral(Ledger& ledger,
                                          const QString& childId,
                                          const QString& purpose) {
    Referral referral;
    referral.childId = childId;
    referral.department = QStringLiteral("civil_affairs");
    referral.referredOn = QDate(2026, 3, 1);
    referral.purpose = purpose;
    return ledger.referrals().save(referral) ? referral.meta.id : QString();
}

void TestWorkbenchFigures::visitsAreCountedPerMonth() {
    // The clock stands at 2026-11-29: the chart covers December 2025 to November 2026.
    test::TempLedger fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    Ledger& ledger = fixture.ledger();
    const QString a = addChild(ledger, QStringLiteral("甲"));
    const QString b = addChild(ledger, QStringLiteral("乙"));
    const QString removed = addChild(ledger, QStringLiteral("丙"));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !removed.isEmpty());
    const QVector<QPair<QString, QDate>> visits = {
        {a, QDate(2025, 11, 30)},                                // the month before the chart
        {a, QDate(2025, 12, 1)},       {b, QDate(2025, 12, 1)},  // twice on one day
        {a, QDate(2025, 12, 31)},      {b, QDate(2026, 1, 1)},   {a, QDate(2026, 2, 28)},
        {b, QDate(2026, 6, 15)},       {a, QDate(2026, 11, 29)},  // today
        {removed, QDate(2026, 6, 16)},                            // a child no longer on the ledger
    };
    for (const auto& [child, day] : visits)
        QVERIFY(!addVisit(ledger, child, day).isEmpty());
    const QString withdrawn = addVisit(ledger, b, QDate(2026, 6, 20));
    QVERIFY(ledger.visits().remove(withdrawn));
    QVERIFY(ledger.children().remove(removed));

    const Result<WorkbenchFigures> figures = WorkbenchFigures::compute(ledger);
    QVERIFY2(figures.ok(), qPrintable(figures.message()));
    QCOMPARE(figures->visitsByMonth.size(), 12);
    QHash<QString, qint64> counted;
    for (const auto& [month, count] : figures->visitsByMonth)
        counted.insert(month.toString(QStringLiteral("yyyy-MM")), count);
    QCOMPARE(figures->visitsByMonth.first().first, QDate(2025, 12, 1));
    QCOMPARE(figures->visitsByMonth.last().first, QDate(2026, 11, 1));
    QCOMPARE(counted.value(QStringLiteral("2025-12")), 3);
    QCOMPARE(counted.value(QStringLiteral("2026-01")), 1);
    QCOMPARE(counted.value(QStringLiteral("2026-02")), 1);
    QCOMPARE(counted.value(QStringLiteral("2026-06")), 1);
    QCOMPARE(counted.value(QStringLiteral("2026-11")), 1);
    qint64 total = 0;
    for (const auto& month : figures->visitsByMonth)
        total += month.second;
    QCOMPARE(total, 7);
}

void TestWorkbenchFigures::openFilesComeWithTheirOwnMeasuresAndReferrals() {
    test::TempLedger fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    Ledger& ledger = fixture.ledger();
    // Children with several rows, none, only a referral, a closed file and a removed row, saved
    // in an order unrelated to their ids.
    QHash<QString, QStringList> measures;
    QHash<QString, QStringList> referrals;
    QStringList open;
    for (int i = 0; i < 12; ++i) {
        const QString child = addChild(ledger, QStringLiteral("孩子%1").arg(i));
        QVERIFY(!child.isEmpty());
        open.append(child);
    }
    const QString closed = addChild(ledger, QStringLiteral("退出"), QStringLiteral("closed"));
    QVERIFY(!closed.isEmpty());
    QVERIFY(!addMeasure(ledger, closed, QStringLiteral("dibao")).isEmpty());
    for (int round = 0; round < 3; ++round) {
        for (int i = open.size() - 1; i >= 0; --i) {
            if (i % 4 == 0 || (i % 4 == 1 && round > 0))
                continue;  // none, or a single one
            const QString id = addMeasure(ledger, open.at(i), QStringLiteral("dibao"));
            QVERIFY(!id.isEmpty());
            measures[open.at(i)].append(id);
        }
        const QString child = open.at((round * 5 + 2) % open.size());
        const QString id = addReferral(ledger, child, QStringLiteral("round %1").arg(round));
        QVERIFY(!id.isEmpty());
        referrals[child].append(id);
    }
    const QString gone = addMeasure(ledger, open.at(3), QStringLiteral("temporary_assistance"));
    QVERIFY(ledger.measures().remove(gone));

    QStringList seen;
    QVERIFY(PolicyQueries(ledger.database()).forEachOpenFile([&](const PolicySubject& s) {
        seen.append(s.childId);
        QStringList measureIds;
        for (const PolicyMeasure& m : s.measures)
            measureIds.append(m.id);
        QStringList referralIds;
        for (const PolicyReferral& r : s.referrals)
            referralIds.append(r.id);
        // Each child's rows in the order they were saved in.
        QCOMPARE(measureIds, measures.value(s.childId));
        QCOMPARE(referralIds, referrals.value(s.childId));
    }));
    QStringList expected = open;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(seen, expected);
}

QTEST_MAIN(TestWorkbenchFigures)
#include "tst_workbench_figures.moc"
