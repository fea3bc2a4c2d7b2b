// A village's safety report at its town (issue 6, "the town's view"): the red banner names the
// child with the village that must report, tells the town to call that village, and opens the
// report to read — the town cannot record the village's police report or close its case, so it
// is never offered a form that would refuse what was typed. The town's own banner does not tell
// it to "tell the town".
#include "TempTown.h"
#include "app/MainWindow.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "safety/SafetyBanner.h"
#include "safety/SafetyReportForm.h"
#include "safety/SafetyWorkflow.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace tongbao;

namespace {

template <typename T>
T* in(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

SafetyReportForm* openReportForm() {
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* form = qobject_cast<SafetyReportForm*>(widget); form && form->isVisible())
            return form;
    }
    return nullptr;
}

// A village child with a safety report started this morning and not yet told to the police.
bool addUnreportedDanger(Ledger& ledger) {
    Child child;
    child.name = QStringLiteral("王诺子");
    child.riskLevel = QStringLiteral("high");
    child.villageGroup = QStringLiteral("2组");
    child.openedOn = QDate(2026, 1, 10);
    if (!ledger.children().save(child))
        return false;
    SafetyWorkflow workflow(ledger);
    SafetyReport report = workflow.draftForChild(child.meta.id);
    report.situations = {QStringLiteral("injury_abuse")};
    report.childSafeNow = false;
    report.description = QStringLiteral("孩子称被打");
    report.discoveredAt = ledger.clock().now().addSecs(-2 * 3600);
    return workflow.start(report).ok();
}

}  // namespace

class TestSafetyTownGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_safety_town_gui"));
        Localization::install(Localization::Language::English);
        QSettings().clear();
        Dialogs::reset();
    }

    void aVillagesReportIsReadAtTheTown() {
        test::TempTown town;
        QVERIFY2(town.ok(), qPrintable(town.error()));
        const QString village = town.addVillage(
            QStringLiteral("石门村"), QStringLiteral("500110001002"), addUnreportedDanger);
        QVERIFY2(!village.isEmpty(), qPrintable(town.error()));
        town.close();
        auto opened = Ledger::open(town.path(), QStringLiteral("tester"), town.clock());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        MainWindow window(std::move(*opened));
        window.setRemembersGeometry(false);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        SafetyBanner* banner = window.safetyBanner();
        QTRY_VERIFY(banner->isVisible());
        const QString text = in<QLabel>(banner, "safetyBannerText")->text();
        QVERIFY2(text.contains(QStringLiteral("王诺子")) && text.contains(QStringLiteral("石门村")),
                 qPrintable(text));
        const QString call = in<QLabel>(banner, "safetyBannerCall")->text();
        QVERIFY2(call.contains(QStringLiteral("village")) && call.contains(QStringLiteral("110")),
                 qPrintable(call));
        QVERIFY(!call.contains(QStringLiteral("tell the town")));
        auto* button = in<QPushButton>(banner, "safetyBannerButton");
        QCOMPARE(button->text(), QStringLiteral("Open the oldest report…"));

        button->click();
        SafetyReportForm* form = nullptr;
        QTRY_VERIFY((form = openReportForm()) != nullptr);
        QVERIFY(form->isKeptElsewhere());
        // Read, not edited: no row to record a report, add a step or close the case.
        QVERIFY(!in<QPushButton>(form, "recordButton")->isVisible());
        QVERIFY(!in<QPushButton>(form, "addStepButton")->isVisible());
        QVERIFY(!in<QWidget>(form, "closingResult")->isVisible());
        const QString hint = in<QLabel>(form, "followUpHint")->text();
        QVERIFY2(hint.contains(QStringLiteral("石门村")), qPrintable(hint));
        QVERIFY(in<QLabel>(form, "closedText")->text().contains(QStringLiteral("village")));
        // What the village wrote is all there.
        QCOMPARE(form->report().description, QStringLiteral("孩子称被打"));
        form->close();
    }
};

QTEST_MAIN(TestSafetyTownGui)
#include "tst_safety_town_gui.moc"
