// A town's merged ledger in the main window (issue 6, "the town's view"): the register shows each
// child's village and offers the registered villages as a filter chip, and a bar of the
// workbench's overdue chart opens the register filtered to its village. A village's own ledger
// shows neither the column nor the filter.
#include "TempLedger.h"
#include "TempTown.h"
#include "app/MainWindow.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "register/ChildListModel.h"
#include "register/FilterChipBar.h"
#include "register/RegisterPage.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "workbench/WorkbenchCharts.h"
#include "workbench/WorkbenchListModel.h"
#include "workbench/WorkbenchPage.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace tongbao;

namespace {

// Children of one village, every other one not seen since October (overdue).
bool addChildren(Ledger& ledger, const QString& given, int count) {
    Transaction transaction(ledger.database());
    for (int i = 0; i < count; ++i) {
        Child child;
        child.name = QStringLiteral("王") + given + QString::number(i);
        child.riskLevel = QStringLiteral("high");
        child.villageGroup = QStringLiteral("1组");
        child.openedOn = QDate(2026, 1, 10);
        if (!ledger.children().save(child))
            return false;
        Visit visit;
        visit.childId = child.meta.id;
        visit.visitDate = i % 2 ? QDate(2026, 11, 25) : QDate(2026, 10, 1);
        visit.mode = QStringLiteral("home");
        visit.childSeenInPerson = true;
        if (!ledger.visits().save(visit))
            return false;
    }
    return transaction.commit();
}

}  // namespace

class TestTownViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registerNamesEachChildsVillage();
    void filterMenuOffersTheRegisteredVillages();
    void anOverdueBarOpensTheRegisterFilteredToItsVillage();
    void aVillageLedgerLooksAsBefore();

private:
    bool open(const QString& path, FixedClock& clock);
    RegisterPage* registerPage() const { return m_window->registerPage(); }
    ChildListModel* model() const { return registerPage()->model(); }
    QTableView* table() const {
        return m_window->findChild<QTableView*>(QStringLiteral("childTable"));
    }
    QString currentSection() const {
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        return navigation->currentItem() ? navigation->currentItem()->data(Qt::UserRole).toString()
                                         : QString();
    }
    // The filter menu as it is about to show, and its submenu of villages if any.
    QMenu* villageMenu() const {
        auto* add = registerPage()->findChild<QToolButton*>(QStringLiteral("addFilterButton"));
        emit add->menu()->aboutToShow();
        return add->menu()->findChild<QMenu*>(QStringLiteral("villageMenu"));
    }

    std::unique_ptr<test::TempTown> m_town;
    std::unique_ptr<MainWindow> m_window;
    QString m_qiaohe;
    QString m_shimen;
};

void TestTownViews::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_town_views"));
    Localization::install(Localization::Language::English);
}

void TestTownViews::init() {
    QSettings().clear();
    Dialogs::reset();
    m_town = std::make_unique<test::TempTown>();
    QVERIFY2(m_town->ok(), qPrintable(m_town->error()));
    // Registered in this order; listed by area code: 石门村 (…002) first.
    m_qiaohe = m_town->addVillage(
        QStringLiteral("古南街道桥河社区居委会"), QStringLiteral("500110001003"),
        [](Ledger& ledger) { return addChildren(ledger, QStringLiteral("桥"), 6); });
    m_shimen = m_town->addVillage(
        QStringLiteral("石门村"), QStringLiteral("500110001002"),
        [](Ledger& ledger) { return addChildren(ledger, QStringLiteral("石"), 3); });
    QVERIFY2(!m_qiaohe.isEmpty() && !m_shimen.isEmpty(), qPrintable(m_town->error()));
    m_town->close();
    QVERIFY(open(m_town->path(), m_town->clock()));
}

void TestTownViews::cleanup() {
    m_window.reset();
    m_town.reset();
}

bool TestTownViews::open(const QString& path, FixedClock& clock) {
    m_window.reset();
    auto opened = Ledger::open(path, QStringLiteral("tester"), clock);
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return false;
    }
    m_window = std::make_unique<MainWindow>(std::move(*opened));
    m_window->resize(1366, 768);
    m_window->show();
    new QAbstractItemModelTester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 model());
    return QTest::qWaitForWindowExposed(m_window.get());
}

void TestTownViews::registerNamesEachChildsVillage() {
    QVERIFY(m_window->showSection(QStringLiteral("register")));
    QVERIFY(!table()->isColumnHidden(ChildListModel::Village));
    QVERIFY(table()->columnWidth(ChildListModel::Village) > 0);
    QCOMPARE(model()->headerData(ChildListModel::Village, Qt::Horizontal).toString(),
             QStringLiteral("Village"));
    QCOMPARE(model()->rowCount(), 9);
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QString name = model()->index(row, ChildListModel::Name).data().toString();
        QCOMPARE(model()->index(row, ChildListModel::Village).data().toString(),
                 name.contains(QStringLiteral("桥")) ? QStringLiteral("古南街道桥河社区居委会")
                                                     : QStringLiteral("石门村"));
    }
    // A click on the header sorts by village: 石门村 first, by its area code.
    table()->sortByColumn(ChildListModel::Village, Qt::AscendingOrder);
    QCOMPARE(model()->sortColumn(), int(ChildListModel::Village));
    QCOMPARE(model()->index(0, ChildListModel::Village).data().toString(),
             QStringLiteral("石门村"));
    QCOMPARE(model()->index(3, ChildListModel::Village).data().toString(),
             QStringLiteral("古南街道桥河社区居委会"));
    table()->sortByColumn(ChildListModel::Village, Qt::DescendingOrder);
    QCOMPARE(model()->index(0, ChildListModel::Village).data().toString(),
             QStringLiteral("古南街道桥河社区居委会"));
}

void TestTownViews::filterMenuOffersTheRegisteredVillages() {
    QVERIFY(m_window->showSection(QStringLiteral("register")));
    QMenu* villages = villageMenu();
    QVERIFY(villages);
    QStringList offered;
    QAction* shimen = nullptr;
    for (QAction* action : villages->actions()) {
        offered.append(action->text());
        if (action->text() == QStringLiteral("石门村"))
            shimen = action;
    }
    QCOMPARE(offered,
             (QStringList{QStringLiteral("石门村"), QStringLiteral("古南街道桥河社区居委会")}));
    shimen->trigger();
    auto* chip = registerPage()->findChild<QToolButton*>(QStringLiteral("chip_village"));
    QVERIFY(chip);
    QVERIFY2(chip->text().startsWith(QStringLiteral("石门村")), qPrintable(chip->text()));
    QCOMPARE(model()->filter().owner, m_shimen);
    QCOMPARE(model()->matchingCount(), 3);
    QCOMPARE(model()->totalCount(), 9);
    // One click on the chip shows every village again.
    QTest::mouseClick(chip, Qt::LeftButton);
    QTRY_VERIFY(!registerPage()->findChild<QToolButton*>(QStringLiteral("chip_village")));
    QCOMPARE(model()->matchingCount(), 9);
}

void TestTownViews::anOverdueBarOpensTheRegisterFilteredToItsVillage() {
    QVERIFY(m_window->showSection(QStringLiteral("workbench")));
    auto* workbench = m_window->findChild<WorkbenchPage*>();
    QVERIFY(QTest::qWaitFor(
        [workbench] { return !workbench->isComputing() && workbench->lists().has_value(); },
        20000));
    QCOMPARE(workbench->lists()->overdue.size(), 5);  // 3 of 桥河, 2 of 石门
    auto* charts = m_window->findChild<WorkbenchCharts*>();
    QVERIFY(charts->overdueByVillage());
    const QList<QBarSet*> sets = charts->overdueChart()->findChildren<QBarSet*>();
    QCOMPARE(sets.size(), 1);
    // One bar per village, the most overdue on top (drawn last).
    QCOMPARE(sets.first()->count(), 2);
    QCOMPARE(sets.first()->at(1), 3.0);
    emit sets.first()->clicked(1);
    QCOMPARE(currentSection(), QStringLiteral("register"));
    QCOMPARE(model()->filter().owner, m_qiaohe);
    QCOMPARE(model()->matchingCount(), 6);
    auto* chip = registerPage()->findChild<QToolButton*>(QStringLiteral("chip_village"));
    QVERIFY(chip);
    QVERIFY2(chip->text().startsWith(QStringLiteral("古南街道桥河社区居委会")),
             qPrintable(chip->text()));
}

void TestTownViews::aVillageLedgerLooksAsBefore() {
    test::TempLedger village;
    QVERIFY(village.ok());
    QVERIFY(addChildren(village.ledger(), QStringLiteral("村"), 4));
    village.close();
    QVERIFY(open(village.path(), village.clock()));
    QVERIFY(m_window->showSection(QStringLiteral("register")));
    QVERIFY(table()->isColumnHidden(ChildListModel::Village));
    QVERIFY(!villageMenu());
    QCOMPARE(model()->rowCount(), 4);
    m_window->showSection(QStringLiteral("workbench"));
    auto* workbench = m_window->findChild<WorkbenchPage*>();
    QVERIFY(QTest::qWaitFor(
        [workbench] { return !workbench->isComputing() && workbench->lists().has_value(); },
        20000));
    QVERIFY(!m_window->findChild<WorkbenchCharts*>()->overdueByVillage());
    QCOMPARE(workbench->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Group"));
    m_window.reset();
}

QTEST_MAIN(TestTownViews)
#include "tst_town_views.moc"
