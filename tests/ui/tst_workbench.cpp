// The workbench (工作台): its counts are DueList's, computed off the window's thread with a quiet
// "Computing…" meanwhile; a count opens its list; a row opens the visit form, and a saved visit
// or a kept draft shows on the workbench without asking. In a town's merged ledger the lists name
// each child's village and the overdue chart has a bar per village, not per village group.
#include "TempLedger.h"
#include "TempTown.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"
#include "visits/VisitDraftStore.h"
#include "visits/VisitEntryForm.h"
#include "workbench/LedgerEvents.h"
#include "workbench/WorkbenchCharts.h"
#include "workbench/WorkbenchListModel.h"
#include "workbench/WorkbenchPage.h"
#include "workbench/WorkbenchTile.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace tongbao;

class TestWorkbench : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsAreTheDueLists();
    void aCountOpensItsList();
    void aRowOpensTheVisitFormAndTheSavedVisitShows();
    void keptDraftsAreCounted();
    void aVillageChartsByGroup();
    void aTownNamesVillagesAndChartsByVillage();

private:
    bool computed() {
        return QTest::qWaitFor(
            [this] { return !m_page->isComputing() && m_page->lists().has_value(); }, 20000);
    }
    WorkbenchTile* tile(const char* name) {
        return m_page->findChild<WorkbenchTile*>(QLatin1String(name));
    }
    QString addChild(const QString& name, const QString& risk, const QDate& lastSeen);
    // The child's id, or an empty string.
    static QString addChildTo(Ledger& ledger,
                              const QString& name,
                              const QString& risk,
                              const QDate& lastSeen,
                              const QString& group = {});
    // The overdue chart's bars: their names (top to bottom for a horizontal chart) and counts.
    QVector<QPair<QString, qint64>> overdueBars(QBarSet** set = nullptr) const;

    std::unique_ptr<test::TempLedger> m_fixture;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<WorkbenchPage> m_page;
    QString m_overdueChild;
};

void TestWorkbench::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
    Localization::install(Localization::Language::English);
}

QString TestWorkbench::addChild(const QString& name, const QString& risk, const QDate& lastSeen) {
    return addChildTo(m_fixture->ledger(), name, risk, lastSeen);
}

QString TestWorkbench::addChildTo(Ledger& ledger,
                                  const QString& name,
                                  const QString& risk,
                                  const QDate& lastSeen,
                                  const QString& group) {
    Child child;
    child.name = name;
    child.riskLevel = risk;
    child.villageGroup = group;
    child.openedOn = QDate(2026, 1, 10);
    if (!ledger.children().save(child))
        return {};
    if (lastSeen.isValid()) {
        Visit visit;
        visit.childId = child.meta.id;
        visit.visitDate = lastSeen;
        visit.mode = QStringLiteral("home");
        visit.childSeenInPerson = true;
        if (!ledger.visits().save(visit))
            return {};
    }
    return child.meta.id;
}

QVector<QPair<QString, qint64>> TestWorkbench::overdueBars(QBarSet** set) const {
    auto* charts = m_page->findChild<WorkbenchCharts*>();
    const QList<QBarSet*> sets = charts->overdueChart()->findChildren<QBarSet*>();
    const QList<QAbstractAxis*> axes = charts->overdueChart()->axes();
    QStringList names;
    for (QAbstractAxis* axis : axes) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            names = categories->categories();
    }
    QVector<QPair<QString, qint64>> bars;
    if (sets.size() != 1)
        return bars;
    if (set)
        *set = sets.first();
    for (int i = 0; i < sets.first()->count() && i < names.size(); ++i)
        bars.append({names[i], qint64(sets.first()->at(i))});
    return bars;
}

void TestWorkbench::init() {
    Dialogs::reset();
    m_fixture = std::make_unique<test::TempLedger>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    // Today is 2026-11-29. High risk: every 14 days; low: every 90.
    m_overdueChild = addChild(QStringLiteral("张三"), QStringLiteral("high"), QDate(2026, 11, 1));
    QVERIFY(!m_overdueChild.isEmpty());
    QVERIFY(
        !addChild(QStringLiteral("李四"), QStringLiteral("high"), QDate(2026, 11, 18)).isEmpty());
    QVERIFY(!addChild(QStringLiteral("王五"), QStringLiteral("low"), QDate()).isEmpty());
    QVERIFY(
        !addChild(QStringLiteral("赵六"), QStringLiteral("low"), QDate(2026, 11, 20)).isEmpty());
    m_fixture->close();
    auto opened = Ledger::open(m_fixture->path(), QStringLiteral("tester"), m_fixture->clock());
    QVERIFY(opened);
    m_ledger = std::move(*opened);
    m_page = std::make_unique<WorkbenchPage>();
    m_page->resize(1100, 650);
    m_page->show();
    m_page->setLedger(m_ledger.get());
}

void TestWorkbench::cleanup() {
    m_page.reset();
    m_ledger.reset();
    m_fixture.reset();
}

void TestWorkbench::countsAreTheDueLists() {
    // While the lists are computed away from the window, it says so quietly.
    QVERIFY(m_page->isComputing());
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("workbenchState"))->text(),
             QStringLiteral("Computing…"));
    QVERIFY(computed());
    const DueLists& lists = *m_page->lists();
    QCOMPARE(lists.today, QDate(2026, 11, 29));
    // 张三: due 11-15, overdue 14 days; 王五: never seen, overdue since the file was opened.
    QCOMPARE(lists.overdue.size(), 2);
    QCOMPARE(lists.overdue.first().name, QStringLiteral("王五"));
    // 李四: due 12-02, this week.
    QCOMPARE(lists.dueThisWeek.size(), 1);
    QCOMPARE(lists.dueThisWeek.first().name, QStringLiteral("李四"));
    QCOMPARE(lists.neverVisited.size(), 1);
    QCOMPARE(tile("overdueTile")->count(), 2);
    QCOMPARE(tile("dueThisWeekTile")->count(), 1);
    QCOMPARE(tile("neverVisitedTile")->count(), 1);
    QCOMPARE(tile("draftsTile")->count(), 0);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("workbenchState"))
                ->text()
                .startsWith(QStringLiteral("As of")));
}

void TestWorkbench::aCountOpensItsList() {
    QVERIFY(computed());
    QCOMPARE(m_page->currentList(), WorkbenchPage::List::Overdue);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QTest::mouseClick(tile("dueThisWeekTile"), Qt::LeftButton);
    QCOMPARE(m_page->currentList(), WorkbenchPage::List::DueThisWeek);
    QVERIFY(tile("dueThisWeekTile")->isSelected());
    QVERIFY(!tile("overdueTile")->isSelected());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->row(0).cells.first(), QStringLiteral("李四"));
    // From the keyboard too.
    tile("neverVisitedTile")->setFocus();
    QTest::keyClick(tile("neverVisitedTile"), Qt::Key_Space);
    QCOMPARE(m_page->currentList(), WorkbenchPage::List::NeverVisited);
    QCOMPARE(m_page->model()->row(0).cells.first(), QStringLiteral("王五"));
}

void TestWorkbench::aRowOpensTheVisitFormAndTheSavedVisitShows() {
    QVERIFY(computed());
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("workbenchTable"));
    int row = -1;
    for (int i = 0; i < m_page->model()->rowCount(); ++i) {
        if (m_page->model()->row(i).childId == m_overdueChild)
            row = i;
    }
    QVERIFY(row >= 0);
    QSignalSpy activated(m_page.get(), &WorkbenchPage::childActivated);
    emit table->activated(m_page->model()->index(row, 0));
    QCOMPARE(activated.count(), 1);
    VisitEntryForm* form = m_page->findChild<VisitEntryForm*>();
    QVERIFY(form);
    QCOMPARE(form->childId(), m_overdueChild);
    QVERIFY(form->save());
    // The workbench computes again by itself: 张三 is no longer overdue.
    QTRY_VERIFY(m_page->isComputing() || m_page->lists()->overdue.size() == 1);
    QVERIFY(computed());
    QCOMPARE(m_page->lists()->overdue.size(), 1);
    QCOMPARE(tile("overdueTile")->count(), 1);
}

void TestWorkbench::keptDraftsAreCounted() {
    QVERIFY(computed());
    VisitDraft draft;
    draft.childId = m_overdueChild;
    QVERIFY(VisitDraftStore(*m_ledger).save(draft));
    emit LedgerEvents::instance().visitDraftsChanged();
    QCOMPARE(tile("draftsTile")->count(), 1);
    QTest::mouseClick(tile("draftsTile"), Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->row(0).cells.first(), QStringLiteral("张三"));
    QCOMPARE(m_page->model()->row(0).recordId, draft.id);
}

void TestWorkbench::aVillageChartsByGroup() {
    QVERIFY(computed());
    auto* charts = m_page->findChild<WorkbenchCharts*>();
    QVERIFY(!charts->overdueByVillage());
    // Neither child has a group: one bar, "No group"; the lists have no village column.
    QCOMPARE(overdueBars(), (QVector<QPair<QString, qint64>>{{QStringLiteral("No group"), 2}}));
    QCOMPARE(charts->overdueChart()->title(), QStringLiteral("Visits overdue by village group"));
    QCOMPARE(m_page->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Group"));
}

void TestWorkbench::aTownNamesVillagesAndChartsByVillage() {
    // Both villages have a 1组: the town's chart must not add them up.
    test::TempTown town;
    QVERIFY2(town.ok(), qPrintable(town.error()));
    const QDate longAgo(2026, 10, 1);
    const QString qiaohe = town.addVillage(
        QStringLiteral("古南街道桥河社区居委会"), QStringLiteral("500110001003"), [&](Ledger& l) {
            return !addChildTo(l, QStringLiteral("桥一"), QStringLiteral("high"), longAgo,
                               QStringLiteral("1组"))
                        .isEmpty() &&
                   !addChildTo(l, QStringLiteral("桥二"), QStringLiteral("high"), longAgo,
                               QStringLiteral("2组"))
                        .isEmpty() &&
                   !addChildTo(l, QStringLiteral("桥三"), QStringLiteral("low"),
                               QDate(2026, 11, 20), QStringLiteral("1组"))
                        .isEmpty();
        });
    const QString shimen =
        town.addVillage(QStringLiteral("石门村"), QStringLiteral("500110001002"), [&](Ledger& l) {
            // A report the police have not heard of yet, for the red strip at the top.
            SafetyReport report;
            report.childId = addChildTo(l, QStringLiteral("石一"), QStringLiteral("high"), longAgo,
                                        QStringLiteral("1组"));
            report.discoveredAt = town.clock().now().addSecs(-3600);
            report.discoveredBy = QStringLiteral("tester");
            report.situations = QStringList{QStringLiteral("injury_abuse")};
            return !report.childId.isEmpty() && l.safetyReports().save(report).ok();
        });
    QVERIFY2(!qiaohe.isEmpty() && !shimen.isEmpty(), qPrintable(town.error()));
    m_page->setLedger(&town.ledger());
    QVERIFY(computed());
    QCOMPARE(m_page->lists()->overdue.size(), 3);

    // The lists: a village column before the group, with the registered names.
    QCOMPARE(m_page->currentList(), WorkbenchPage::List::Overdue);
    QCOMPARE(m_page->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Village"));
    QCOMPARE(m_page->model()->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Group"));
    QCOMPARE(m_page->model()->riskColumn(), 3);
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const WorkbenchListModel::Row& listed = m_page->model()->row(row);
        QCOMPARE(listed.cells.at(1), listed.cells.at(0).startsWith(QStringLiteral("桥"))
                                         ? QStringLiteral("古南街道桥河社区居委会")
                                         : QStringLiteral("石门村"));
    }
    QTest::mouseClick(tile("dueThisWeekTile"), Qt::LeftButton);
    QCOMPARE(m_page->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Village"));
    // The open report names the village with the group.
    QWidget* reportRow = m_page->findChild<QWidget*>(QStringLiteral("safetyRow0"));
    QVERIFY(reportRow);
    QStringList texts;
    for (QLabel* label : reportRow->findChildren<QLabel*>())
        texts.append(label->text());
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("石一 (石门村 1组)")),
             qPrintable(texts.join(QLatin1Char('|'))));

    // The chart: one bar per village, the most overdue at the top (a horizontal chart draws its
    // first bar at the bottom), named without the town's own name in front.
    auto* charts = m_page->findChild<WorkbenchCharts*>();
    QVERIFY(charts->overdueByVillage());
    QCOMPARE(charts->overdueChart()->title(), QStringLiteral("Visits overdue by village"));
    QBarSet* set = nullptr;
    QCOMPARE(overdueBars(&set), (QVector<QPair<QString, qint64>>{
                                    {QStringLiteral("石门村"), 1},
                                    {QStringLiteral("桥河社区居委会"), 2},
                                }));
    // A bar opens that village (in the window: the register filtered to it).
    QSignalSpy chosen(charts, &WorkbenchCharts::overdueVillageChosen);
    emit set->clicked(1);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), qiaohe);
    emit set->clicked(0);
    QCOMPARE(chosen.last().first().toString(), shimen);
    m_page->setLedger(nullptr);
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
