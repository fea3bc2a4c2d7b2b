// A mandatory report from open to closed, through the window as a supervisor would do it: a
// visit finds the child in danger and starts the report; the red banner and the workbench show
// it while the police have not been told; the police report is recorded (and the time it took
// is shown), the three follow-up steps are added and the report is closed, after which neither
// the banner nor the workbench lists it. Roles that may not see reports see none of this.
#include "TempLedger.h"
#include "app/MainWindow.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "safety/SafetyBanner.h"
#include "safety/SafetyReportForm.h"
#include "safety/SafetyReports.h"
#include "safety/SessionRole.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"
#include "visits/VisitEntryForm.h"
#include "visits/VisitForms.h"
#include "workbench/WorkbenchPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QtTest>

using namespace tongbao;

namespace {

SafetyReportForm* openReportForm() {
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* form = qobject_cast<SafetyReportForm*>(widget); form && form->isVisible())
            return form;
    }
    return nullptr;
}

template <typename T>
T* in(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

}  // namespace

class TestSafetyWorkflowGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fromVisitToClosedReport();
    void rolesThatMayNotSeeReportsSeeNone();

private:
    bool waitForWorkbench();
    int openReportsOnWorkbench() const;

    std::unique_ptr<test::TempLedger> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_childId;
};

void TestSafetyWorkflowGui::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_safetyworkflow_gui"));
    Localization::install(Localization::Language::English);
}

void TestSafetyWorkflowGui::init() {
    QSettings().clear();
    Dialogs::reset();
    setSessionRole(Role::Supervisor);
    m_fixture = std::make_unique<test::TempLedger>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    Child child;
    child.name = QStringLiteral("马超");
    child.riskLevel = QStringLiteral("high");
    child.birthDate = QDate(2017, 3, 8);
    child.openedOn = QDate(2026, 1, 5);
    QVERIFY(m_fixture->ledger().children().save(child));
    m_childId = child.meta.id;
    m_fixture->close();
    auto opened = Ledger::open(m_fixture->path(), QStringLiteral("tester"), m_fixture->clock());
    QVERIFY2(opened, qPrintable(opened.message()));
    m_window = std::make_unique<MainWindow>(std::move(*opened));
    m_window->setRemembersGeometry(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(waitForWorkbench());
}

void TestSafetyWorkflowGui::cleanup() {
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(widget))
            widget->hide();
    }
    m_window.reset();
    m_fixture.reset();
    setSessionRole(Role::Supervisor);
}

bool TestSafetyWorkflowGui::waitForWorkbench() {
    WorkbenchPage* page = m_window->workbenchPage();
    return QTest::qWaitFor([page] { return !page->isComputing() && page->lists().has_value(); },
                           20000);
}

int TestSafetyWorkflowGui::openReportsOnWorkbench() const {
    const auto& lists = m_window->workbenchPage()->lists();
    return lists ? int(lists->openSafetyReports.size()) : -1;
}

void TestSafetyWorkflowGui::fromVisitToClosedReport() {
    Ledger& ledger = m_window->ledger();
    auto* navigation = in<QListWidget>(m_window.get(), "navigation");
    // The workbench is the first screen.
    QCOMPARE(navigation->currentRow(), 0);
    QCOMPARE(navigation->item(0)->data(Qt::UserRole).toString(), QStringLiteral("workbench"));
    auto* banner = m_window->safetyBanner();
    QVERIFY(!banner->isVisible());
    QCOMPARE(openReportsOnWorkbench(), 0);
    // The child has never been visited: the workbench lists the file.
    QCOMPARE(m_window->workbenchPage()->lists()->neverVisited.size(), 1);

    // 09:00 — the visit: the safety check finds a problem, which suggests the report at once.
    VisitEntryForm* visit = VisitForms::open(m_window.get(), ledger, m_childId);
    QVERIFY(visit);
    in<QRadioButton>(visit, "safety_problem")->click();
    auto* note = qobject_cast<QLineEdit*>(visit->field(QStringLiteral("safety_note")));
    note->setText(QStringLiteral("手臂多处淤青"));
    auto* suggested = in<QPushButton>(visit, "suggestedSafetyReportButton");
    QVERIFY(suggested->isVisible());
    QPointer<VisitEntryForm> visitForm(visit);
    suggested->click();

    // The visit is saved (and linked), its form gone; the report form is up.
    QTRY_VERIFY(!visitForm || !visitForm->isVisible());
    const QVector<Visit> visits = ledger.visits().forChild(m_childId);
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits.first().safety.result, QStringLiteral("problem"));
    SafetyReportForm* form = openReportForm();
    QVERIFY(form);
    QVERIFY(!form->isStarted());
    auto* urgent = in<QWidget>(form, "urgentNotice");
    QVERIFY(urgent->isVisible());
    QVERIFY(in<QLabel>(form, "urgentWhom")->text().contains(QStringLiteral("110")));
    QVERIFY(in<QLabel>(form, "urgentHotlines")->text().contains(QStringLiteral("12355")));
    QVERIFY(in<QLabel>(form, "urgentHotlines")->text().contains(QStringLiteral("12338")));

    // Nothing ticked: refused, in red next to the button.
    QVERIFY(!form->start());
    QVERIFY(in<QLabel>(form, "startError")->isVisible());
    in<QRadioButton>(form, "safeNo")->click();
    in<QCheckBox>(form, "situation_injury_abuse")->click();
    in<QPlainTextEdit>(form, "description")->setPlainText(QStringLiteral("孩子称被打"));
    in<QPushButton>(form, "startButton")->click();
    QVERIFY(form->isStarted());
    QCOMPARE(form->report().visitId, visits.first().meta.id);
    QVERIFY(ledger.visits().load(visits.first().meta.id)->triggeredSafetyReport);
    QCOMPARE(form->report().childSafeNow, std::optional<bool>(false));

    // Open and unreported: the red banner names the child; the workbench lists it first.
    QVERIFY(banner->isVisible());
    QVERIFY(in<QLabel>(banner, "safetyBannerText")->text().contains(QStringLiteral("马超")));
    QVERIFY(in<QLabel>(banner, "safetyBannerCall")->text().contains(QStringLiteral("110")));
    QCOMPARE(banner->reportIds(), QStringList{form->report().meta.id});
    QVERIFY(waitForWorkbench());
    QTRY_COMPARE(openReportsOnWorkbench(), 1);
    QVERIFY(m_window->workbenchPage()->lists()->openSafetyReports.first().urgent);
    QVERIFY(in<QWidget>(m_window.get(), "safetyStrip")->isVisible());

    // 09:25 — the police are told; the form says how long it took.
    m_fixture->clock().advanceSeconds(25 * 60);
    form->prepareReportToPolice();
    auto* recipient = in<QComboBox>(form, "recipient");
    QCOMPARE(recipient->currentData().toString(), QStringLiteral("police"));
    in<QLineEdit>(form, "receiver")->setText(QStringLiteral("镇派出所值班民警"));
    in<QLineEdit>(form, "receiptNumber")->setText(QStringLiteral("JJ20261129001"));
    in<QPushButton>(form, "recordButton")->click();
    QVERIFY2(!in<QLabel>(form, "notificationError")->isVisible(),
             qPrintable(in<QLabel>(form, "notificationError")->text()));
    QVERIFY(form->report().policeNotification());
    QCOMPARE(form->report().secondsToPoliceReport(), qint64(25 * 60));
    QVERIFY(in<QLabel>(form, "policeTime")->text().contains(QStringLiteral("25 minute")));
    // The banner goes at once; the town is still to be told, in amber on the form.
    QVERIFY(!banner->isVisible());
    QVERIFY(urgent->isVisible());
    QVERIFY(in<QLabel>(form, "urgentTitle")->text().contains(QStringLiteral("town")));
    QCOMPARE(recipient->currentData().toString(), QStringLiteral("town"));
    in<QLineEdit>(form, "receiver")->setText(QStringLiteral("镇民政办"));
    in<QPushButton>(form, "recordButton")->click();
    QVERIFY(!urgent->isVisible());
    QVERIFY(waitForWorkbench());
    QTRY_COMPARE(openReportsOnWorkbench(), 1);
    QVERIFY(!m_window->workbenchPage()->lists()->openSafetyReports.first().urgent);

    // The three follow-up steps, each with its outcome.
    auto* kind = in<QComboBox>(form, "stepKind");
    for (const char* code : {"emergency", "assessment", "intervention"}) {
        QCOMPARE(kind->currentData().toString(), QString::fromLatin1(code));
        in<QLineEdit>(form, "stepAction")
            ->setText(QStringLiteral("处置：") + QString::fromLatin1(code));
        // An outcome is required: refused without it.
        in<QPushButton>(form, "addStepButton")->click();
        QVERIFY(in<QLabel>(form, "stepError")->isVisible());
        in<QLineEdit>(form, "stepOutcome")->setText(QStringLiteral("已落实"));
        in<QPushButton>(form, "addStepButton")->click();
        QVERIFY2(!in<QLabel>(form, "stepError")->isVisible(),
                 qPrintable(in<QLabel>(form, "stepError")->text()));
    }
    QCOMPARE(form->report().steps.size(), 3);
    QCOMPARE(in<QTableWidget>(form, "stepsTable")->rowCount(), 3);

    // Closed with a result, after confirming.
    in<QPlainTextEdit>(form, "closingResult")
        ->setPlainText(QStringLiteral("孩子已安全，由亲属照看"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    in<QPushButton>(form, "closeReportButton")->click();
    QCOMPARE(form->report().status, QStringLiteral("closed"));
    QVERIFY(in<QLabel>(form, "closedText")->text().contains(QStringLiteral("孩子已安全")));
    QVERIFY(!in<QWidget>(form, "recordButton")->isVisible());

    // The filled-in form, saved as a PDF where the user chooses.
    const QString pdf = m_fixture->dir() + QStringLiteral("/report.pdf");
    Dialogs::setNextFileName(pdf);
    in<QPushButton>(form, "pdfButton")->click();
    QFile saved(pdf);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.read(5) == "%PDF-");

    // Closed: off the workbench, no banner.
    QVERIFY(waitForWorkbench());
    QTRY_COMPARE(openReportsOnWorkbench(), 0);
    QVERIFY(!in<QWidget>(m_window.get(), "safetyStrip")->isVisible());
    QVERIFY(!banner->isVisible());
    QCOMPARE(ledger.safetyReports().open().size(), 0);
    form->close();
}

void TestSafetyWorkflowGui::rolesThatMayNotSeeReportsSeeNone() {
    Ledger& ledger = m_window->ledger();
    SafetyReportForm* form = SafetyReports::open(m_window.get(), ledger, m_childId);
    QVERIFY(form);
    in<QCheckBox>(form, "situation_abandoned")->click();
    QVERIFY(form->start());
    form->close();
    QVERIFY(m_window->safetyBanner()->isVisible());

    setSessionRole(Role::Reviewer);
    m_window->safetyBanner()->refresh();
    QVERIFY(!m_window->safetyBanner()->isVisible());
    m_window->workbenchPage()->refresh();
    QVERIFY(waitForWorkbench());
    QVERIFY(!m_window->workbenchPage()->lists()->safetyReportsShown);
    QCOMPARE(openReportsOnWorkbench(), 0);
    QVERIFY(!in<QWidget>(m_window.get(), "safetyStrip")->isVisible());
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!SafetyReports::open(m_window.get(), ledger, m_childId));
    QCOMPARE(Dialogs::messageCount(), 1);
}

QTEST_MAIN(TestSafetyWorkflowGui)
#include "tst_safetyworkflow_gui.moc"
