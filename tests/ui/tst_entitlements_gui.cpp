// Classified protection in the window: the workbench counts the children who may be missing an
// entitlement, and a supervisor goes from that count to the child's missing entitlement to a
// created measure in three clicks (count, row, button); a referral is one click from the same
// place, and the section shows the policy's own words for the rule.
#include "TempLedger.h"
#include "childfile/ChildFileWindow.h"
#include "childfile/ChildFileWindows.h"
#include "childfile/EntitlementsSection.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "policy/EntitlementListDialog.h"
#include "policy/EntitlementTile.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"
#include "workbench/WorkbenchPage.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace tongbao;

class TestEntitlementsGui : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempLedger> m_fixture;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<WorkbenchPage> m_page;
    QString m_child;

    static ChildFileWindow* openFileWindow() {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* window = qobject_cast<ChildFileWindow*>(w); window && window->isVisible())
                return window;
        return nullptr;
    }

    static int rowOf(QTableWidget* table, int column, const QString& text) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, column) && table->item(row, column)->text() == text)
                return row;
        return -1;
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_entitlements_gui"));
        Localization::install(Localization::Language::English);
    }

    void init() {
        Dialogs::reset();
        m_fixture = std::make_unique<test::TempLedger>();
        QVERIFY(m_fixture->ok());
        Ledger& ledger = m_fixture->ledger();
        // A pupil of a 低保 family (低保托底 and 教育资助 apply) and a child to whom nothing does.
        Household household;
        household.headName = QStringLiteral("李大山");
        household.supportStatus = QStringLiteral("dibao");
        QVERIFY(ledger.households().save(household).ok());
        Child child;
        child.name = QStringLiteral("李小花");
        child.householdId = household.meta.id;
        child.birthDate = QDate(2016, 5, 1);
        child.openedOn = QDate(2026, 1, 10);
        child.categories = {QStringLiteral("poverty_dibao")};
        child.schooling = QStringLiteral("primary");
        child.medicalInsurance = QStringLiteral("resident_tier2");
        QVERIFY(ledger.children().save(child).ok());
        m_child = child.meta.id;
        Child other;
        other.name = QStringLiteral("王小明");
        other.birthDate = QDate(2014, 2, 1);
        other.schooling = QStringLiteral("junior");
        QVERIFY(ledger.children().save(other).ok());
        m_fixture->close();
        auto opened = Ledger::open(m_fixture->path(), QStringLiteral("tester"), m_fixture->clock());
        QVERIFY(opened);
        m_ledger = std::move(*opened);
        m_page = std::make_unique<WorkbenchPage>();
        m_page->resize(1300, 700);
        m_page->show();
        m_page->setLedger(m_ledger.get());
    }

    void cleanup() {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<ChildFileWindow*>(w))
                static_cast<ChildFileWindow*>(w)->discardAndClose();
        m_page.reset();
        m_ledger.reset();
        m_fixture.reset();
    }

    void threeClicksFromCountToMeasure() {
        auto* tile = m_page->findChild<EntitlementTile*>(QStringLiteral("entitlementsTile"));
        QVERIFY(tile);
        QVERIFY(QTest::qWaitFor([tile] { return tile->count() == 1; }, 20000));

        // 1: the count opens the list.
        QTest::mouseClick(tile, Qt::LeftButton);
        EntitlementListDialog* dialog = tile->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTableWidget* list = dialog->table();
        QCOMPARE(list->rowCount(), 2);  // 低保托底, 教育资助
        const int row =
            rowOf(list, 2, QStringLiteral("Minimum living guarantee at a raised level"));
        QVERIFY(row >= 0);
        QCOMPARE(list->item(row, 0)->text(), QStringLiteral("李小花"));

        // 2: the row opens the child's file at its entitlement check, that rule selected.
        const QRect cell = list->visualRect(list->model()->index(row, 0));
        // A double-click is a press and release followed by the double-click event.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        ChildFileWindow* window = openFileWindow();
        QVERIFY(window);
        QCOMPARE(window->childId(), m_child);
        QCOMPARE(window->currentSection(), QStringLiteral("entitlements"));
        EntitlementsSection* section = window->entitlements();
        QTableWidget* rules = section->table();
        QCOMPARE(rules->selectedItems().first()->row(),
                 rowOf(rules, 0, QStringLiteral("Minimum living guarantee at a raised level")));
        const QString source =
            section->findChild<QLabel*>(QStringLiteral("entitlementSource"))->text();
        QVERIFY2(source.contains(QStringLiteral("纳入低保托底保障范围")), qPrintable(source));

        // 3: the measure is created, to apply for.
        auto* create = section->findChild<QPushButton*>(QStringLiteral("createMeasureButton"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        const QVector<Measure> measures = m_ledger->measures().forChild(m_child);
        QCOMPARE(measures.size(), 1);
        QCOMPARE(measures.first().kind, QStringLiteral("dibao"));
        QCOMPARE(measures.first().status, QStringLiteral("pending"));
        QCOMPARE(measures.first().department, QStringLiteral("civil_affairs"));
        const int dibao =
            rowOf(rules, 0, QStringLiteral("Minimum living guarantee at a raised level"));
        QCOMPARE(rules->item(dibao, 1)->text(), QStringLiteral("In progress"));
        QVERIFY(!create->isEnabled());
        // The list behind the count follows.
        QVERIFY(QTest::qWaitFor([list] { return list->rowCount() == 1; }, 5000));

        // A referral to the department is one click from the same place.
        const int education =
            rowOf(rules, 0, QStringLiteral("Education aid and free compulsory schooling"));
        QVERIFY(education >= 0);
        rules->selectRow(education);
        auto* refer = section->findChild<QPushButton*>(QStringLiteral("referButton"));
        QVERIFY(refer->isEnabled());
        QCOMPARE(refer->text(), QStringLiteral("Refer to District education commission"));
        QTest::mouseClick(refer, Qt::LeftButton);
        const QVector<Referral> referrals = m_ledger->referrals().forChild(m_child);
        QCOMPARE(referrals.size(), 1);
        QCOMPARE(referrals.first().department, QStringLiteral("education"));
        QCOMPARE(rules
                     ->item(rowOf(rules, 0,
                                  QStringLiteral("Education aid and free compulsory schooling")),
                            1)
                     ->text(),
                 QStringLiteral("In progress"));
        QVERIFY(QTest::qWaitFor([tile] { return tile->count() == 0; }, 20000));

        // For review by eye: TONGBAO_SCREENSHOT_DIR=/some/dir keeps a picture of the section.
        const QString shots = qEnvironmentVariable("TONGBAO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window->resize(1366, 768);
            rules->selectRow(0);
            QTest::qWait(50);
            window->grab().save(shots + QStringLiteral("/entitlements-section.png"));
            dialog->grab().save(shots + QStringLiteral("/entitlements-list.png"));
            m_page->grab().save(shots + QStringLiteral("/entitlements-workbench.png"));
            window->showSection(QStringLiteral("basic"));
            QTest::qWait(50);
            window->grab().save(shots + QStringLiteral("/entitlements-basic-facts.png"));
        }
    }

    // In the main window a file opened from the list is the register's own window for that
    // child: never two windows for one child, and quitting asks about its unsaved changes.
    void fileOpensThroughTheWindowsKeeper() {
        auto* files = new ChildFileWindows(m_page.get());
        files->setLedger(m_ledger.get());
        auto* tile = m_page->findChild<EntitlementTile*>(QStringLiteral("entitlementsTile"));
        QVERIFY(QTest::qWaitFor([tile] { return tile->count() == 1; }, 20000));
        QTest::mouseClick(tile, Qt::LeftButton);
        EntitlementListDialog* dialog = tile->dialog();
        QVERIFY(dialog);
        ChildFileWindow* first = dialog->openRow(0);
        QVERIFY(first);
        QCOMPARE(dialog->openRow(1), first);  // both rows are the same child's
        QCOMPARE(files->open(m_child), first);
        QCOMPARE(files->windows().size(), 1);
        files->setLedger(nullptr);
    }
};

QTEST_MAIN(TestEntitlementsGui)
#include "tst_entitlements_gui.moc"
