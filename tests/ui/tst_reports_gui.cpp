// The reports section (统计报表): choosing a month shows the monthly report in a real table with
// the very numbers core's MonthlyReport computed; Save as xlsx / PDF / CSV write the files; the
// ledger spreadsheet and case sheets are saved from the same page; a refused save says why. The
// workbench charts draw the counts the ledger holds.
#include "TempLedger.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "demo/DemoGenerator.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportLayout.h"
#include "report/WorkbenchFigures.h"
#include "reports/MonthlyReportModel.h"
#include "reports/ReportsPage.h"
#include "security/Accounts.h"
#include "storage/AccessLog.h"
#include "storage/AuditLog.h"
#include "storage/Ledger.h"
#include "workbench/WorkbenchCharts.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace tongbao;

class TestReportsGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnLastMonth();
    void theTableShowsCoresNumbers();
    void choosingAMonthComputesIt();
    void savesXlsxPdfAndCsv();
    void savesTheLedgerSheetAndCaseSheets();
    void aRefusedSaveSaysWhy();
    void savedAndPrintedReportsAreInTheAccessLog();
    void chartsDrawTheLedgersCounts();

private:
    bool computed() {
        return QTest::qWaitFor(
            [this] { return !m_page->isComputing() && m_page->model()->report().has_value(); },
            30000);
    }
    // Answers the print preview the page opens: accepted is what the preview does after the
    // pages went to the printer; rejected is closing it without printing.
    static void answerPreview(bool print) {
        auto* timer = new QTimer;
        timer->setInterval(50);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, print] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QPrintPreviewDialog*>(widget);
                if (dialog && dialog->isVisible()) {
                    timer->stop();
                    timer->deleteLater();
                    print ? dialog->accept() : dialog->reject();
                    return;
                }
            }
        });
        timer->start();
    }
    int accessRows(const QString& action) {
        AuditFilter filter;
        filter.action = action;
        return int(AccessLog::search(m_ledger->database(), filter).size());
    }
    QPushButton* button(const char* name) {
        return m_page->findChild<QPushButton*>(QLatin1String(name));
    }

    std::unique_ptr<test::TempLedger> m_fixture;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<ReportsPage> m_page;
    QTemporaryDir m_out;
};

void TestReportsGui::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reports_gui"));
    Localization::install(Localization::Language::English);
    QVERIFY(m_out.isValid());
}

void TestReportsGui::init() {
    Dialogs::reset();
    m_fixture = std::make_unique<test::TempLedger>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    const Result<DemoSummary> filled = DemoGenerator::fill(m_fixture->ledger(), {60, 3});
    QVERIFY2(filled.ok(), qPrintable(filled.message()));
    m_fixture->close();
    auto opened = Ledger::open(m_fixture->path(), QStringLiteral("tester"), m_fixture->clock());
    QVERIFY(opened);
    m_ledger = std::move(*opened);
    m_page = std::make_unique<ReportsPage>();
    m_page->resize(1280, 760);
    m_page->setLedger(m_ledger.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestReportsGui::cleanup() {
    m_page.reset();
    m_ledger.reset();
    m_fixture.reset();
}

void TestReportsGui::opensOnLastMonth() {
    // Today is 2026-11-29 on the fixture's clock: the page offers October.
    QCOMPARE(m_page->month(), QDate(2026, 10, 1));
    QCOMPARE(m_page->findChild<QDateEdit*>(QStringLiteral("monthEdit"))->date(),
             QDate(2026, 10, 1));
    QVERIFY(computed());
    QCOMPARE(m_page->model()->report()->firstDay, QDate(2026, 10, 1));
    QVERIFY(button("saveXlsxButton")->isEnabled());
}

void TestReportsGui::theTableShowsCoresNumbers() {
    QVERIFY(computed());
    const Result<MonthlyReport> expected = MonthlyReport::compute(*m_ledger, QDate(2026, 10, 1));
    QVERIFY2(expected.ok(), qPrintable(expected.message()));
    QVERIFY(expected->total.onFile > 0);

    const QVector<ReportTable> tables = MonthlyReportLayout::tables(*expected);
    const QVector<ReportRow> rows = MonthlyReportLayout::rows(*expected);
    auto* tabs = m_page->findChild<QTabBar*>(QStringLiteral("reportTables"));
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("reportTable"));
    QVERIFY(tabs && view);
    QCOMPARE(tabs->count(), int(tables.size()));
    QCOMPARE(view->model(), m_page->model());
    const int headers = m_page->model()->rowHeaderColumns();
    // Every table, every row, every cell: the screen shows what core computed, as printed.
    for (int t = 0; t < tables.size(); ++t) {
        tabs->setCurrentIndex(t);
        QCOMPARE(m_page->model()->currentTable(), t);
        QCOMPARE(m_page->model()->rowCount(), int(rows.size()));
        QCOMPARE(m_page->model()->columnCount(), headers + int(tables[t].columns.size()));
        for (int r = 0; r < rows.size(); ++r) {
            QCOMPARE(m_page->model()->index(r, headers - 1).data().toString(), rows[r].group);
            for (int c = 0; c < tables[t].columns.size(); ++c) {
                const ReportCell cell = tables[t].columns[c].cell(*rows[r].figures);
                QCOMPARE(m_page->model()->index(r, headers + c).data().toString(),
                         MonthlyReportLayout::cellText(cell));
            }
        }
    }
    // The last row is the total (合计), with the ledger's total of children on file.
    tabs->setCurrentIndex(0);
    const int last = m_page->model()->rowCount() - 1;
    QCOMPARE(m_page->model()->index(last, headers).data(Qt::UserRole).toLongLong(),
             expected->total.onFile);
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("reportProblems"))->isVisible());
}

void TestReportsGui::choosingAMonthComputesIt() {
    QVERIFY(computed());
    auto* edit = m_page->findChild<QDateEdit*>(QStringLiteral("monthEdit"));
    edit->setDate(QDate(2026, 6, 1));
    QVERIFY(QTest::qWaitFor(
        [this] {
            return !m_page->isComputing() && m_page->model()->report() &&
                   m_page->model()->report()->firstDay == QDate(2026, 6, 1);
        },
        30000));
    const Result<MonthlyReport> june = MonthlyReport::compute(*m_ledger, QDate(2026, 6, 1));
    QVERIFY(june.ok());
    QCOMPARE(m_page->model()->report()->total.visits, june->total.visits);
    QCOMPARE(m_page->model()->report()->total.onFile, june->total.onFile);
    // "Last month" goes back to October.
    QTest::mouseClick(button("lastMonthButton"), Qt::LeftButton);
    QCOMPARE(m_page->month(), QDate(2026, 10, 1));
}

void TestReportsGui::savesXlsxPdfAndCsv() {
    QVERIFY(computed());
    const struct {
        const char* button;
        const char* suffix;
        QByteArray magic;
    } formats[] = {
        {"saveXlsxButton", "xlsx", QByteArray("PK")},
        {"savePdfButton", "pdf", QByteArray("%PDF")},
        {"saveCsvButton", "csv", QByteArray("\xEF\xBB\xBF")},
    };
    for (const auto& format : formats) {
        // The suffix is added when the user leaves it out.
        const QString chosen = m_out.filePath(
            QStringLiteral("october-") + QLatin1String(format.suffix) + QStringLiteral("-report"));
        Dialogs::setNextFileName(chosen);
        QTest::mouseClick(button(format.button), Qt::LeftButton);
        const QString written = chosen + QLatin1Char('.') + QLatin1String(format.suffix);
        QVERIFY2(QFileInfo::exists(written), qPrintable(written));
        QVERIFY(test::fileBytes(written).startsWith(format.magic));
    }
    QCOMPARE(Dialogs::messageCount(), 0);
    // The CSV carries the total of children on file that the table shows.
    const QString csv = QString::fromUtf8(
        test::fileBytes(m_out.filePath(QStringLiteral("october-csv-report.csv"))));
    QVERIFY(csv.contains(QString::number(m_page->model()->report()->total.onFile)));
}

void TestReportsGui::savesTheLedgerSheetAndCaseSheets() {
    const QString sheet = m_out.filePath(QStringLiteral("ledger.xlsx"));
    Dialogs::setNextFileName(sheet);
    QTest::mouseClick(button("ledgerSheetButton"), Qt::LeftButton);
    QVERIFY(test::fileBytes(sheet).startsWith("PK"));

    const QString sheets = m_out.filePath(QStringLiteral("case-sheets.pdf"));
    Dialogs::setNextFileName(sheets);
    QTest::mouseClick(button("caseSheetsButton"), Qt::LeftButton);
    QVERIFY(test::fileBytes(sheets).startsWith("%PDF"));

    const QString form = m_out.filePath(QStringLiteral("visit-form.pdf"));
    Dialogs::setNextFileName(form);
    QTest::mouseClick(button("visitFormButton"), Qt::LeftButton);
    QVERIFY(test::fileBytes(form).startsWith("%PDF"));
    QCOMPARE(Dialogs::messageCount(), 0);

    // Cancelling the file dialog writes nothing and says nothing.
    Dialogs::setNextFileName(QString());
    QCOMPARE(m_page->saveLedgerSheet(), QString());
    QCOMPARE(Dialogs::messageCount(), 0);
}

void TestReportsGui::aRefusedSaveSaysWhy() {
    QVERIFY(computed());
    // A folder that is not there (a USB stick taken out): a message naming what to do.
    const QString missing = m_out.filePath(QStringLiteral("gone/report.xlsx"));
    Dialogs::setNextFileName(missing);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(m_page->saveMonthlyReport(ReportOutput::Format::Xlsx), QString());
    QCOMPARE(Dialogs::messageCount(), 1);
    QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("does not exist")),
             qPrintable(Dialogs::lastMessage()));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestReportsGui::savedAndPrintedReportsAreInTheAccessLog() {
    QVERIFY(computed());
    // With a user logged in, every saved or printed report names them (issue 7).
    QCOMPARE(test::addAccount(*m_ledger, QStringLiteral("admin"), Role::Administrator), QString());
    const int exportsBefore = accessRows(AccessLog::Export);
    const int printsBefore = accessRows(AccessLog::Print);
    for (const auto format :
         {ReportOutput::Format::Xlsx, ReportOutput::Format::Pdf, ReportOutput::Format::Csv}) {
        Dialogs::setNextFileName(
            m_out.filePath(QStringLiteral("logged.") + ReportOutput::suffix(format)));
        QVERIFY(!m_page->saveMonthlyReport(format).isEmpty());
    }
    QCOMPARE(accessRows(AccessLog::Export), exportsBefore + 2);  // the workbook and the CSV
    QCOMPARE(accessRows(AccessLog::Print), printsBefore + 1);    // the PDF
    AuditFilter filter;
    filter.action = AccessLog::Export;
    const QVector<AuditEntry> exports = AccessLog::search(m_ledger->database(), filter);
    QCOMPARE(exports.first().actor, QStringLiteral("admin"));
    QCOMPARE(AccessLog::whatOf(exports.first()),
             QStringLiteral("monthly report 2026-10: logged.csv"));

    // A preview closed without printing is no print; a printed one is.
    answerPreview(false);
    m_page->printMonthlyReport();
    QCOMPARE(accessRows(AccessLog::Print), printsBefore + 1);
    answerPreview(true);
    m_page->printMonthlyReport();
    QCOMPARE(accessRows(AccessLog::Print), printsBefore + 2);
    filter.action = AccessLog::Print;
    QCOMPARE(AccessLog::whatOf(AccessLog::search(m_ledger->database(), filter).first()),
             QStringLiteral("monthly report 2026-10: printed"));

    // Case sheets of everyone on paper: one row per child.
    const int children = int(ReportOutput::childrenOnFile(*m_ledger).size());
    QVERIFY(children > 0);
    answerPreview(true);
    m_page->printAllCaseSheets();
    QCOMPARE(accessRows(AccessLog::Print), printsBefore + 2 + children);
    QVERIFY(AuditLog::verify(m_ledger->database()).intact());
    QCOMPARE(Dialogs::messageCount(), 0);
}

void TestReportsGui::chartsDrawTheLedgersCounts() {
    WorkbenchCharts charts;
    charts.resize(1100, 220);
    charts.show();
    QSignalSpy shown(&charts, &WorkbenchCharts::figuresShown);
    charts.setLedger(m_ledger.get());
    QVERIFY(shown.wait(30000) || shown.count() > 0);
    const Result<WorkbenchFigures> expected = WorkbenchFigures::compute(*m_ledger);
    QVERIFY(expected.ok());
    QVERIFY(charts.figures().has_value());
    QCOMPARE(charts.figures()->visitsByMonth.size(), 12);
    QCOMPARE(charts.figures()->visitsByMonth, expected->visitsByMonth);
    QCOMPARE(charts.figures()->childrenByCategory, expected->childrenByCategory);
    QVERIFY(!expected->childrenByCategory.isEmpty());
    // The bars are the counts.
    const QList<QBarSet*> sets = charts.visitsChart()->findChildren<QBarSet*>();
    qreal drawn = 0;
    qint64 counted = 0;
    for (const auto& month : expected->visitsByMonth)
        counted += month.second;
    for (QBarSet* set : sets)
        drawn += set->sum();
    QCOMPARE(qint64(drawn), counted);
}

QTEST_MAIN(TestReportsGui)
#include "tst_reports_gui.moc"
