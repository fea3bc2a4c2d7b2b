// How long computing the monthly report takes on a large ledger (docs/performance.md, "Monthly
// report"). Skipped unless TONGBAO_REPORT_LEDGER names a ledger file (a copy is used: opening
// migrates it); TONGBAO_REPORT_MONTH picks the month (default 2026-10), and the ledger's clock
// stands at the end of TONGBAO_REPORT_ON (default 2026-11-29). Prints the median of five runs,
// on the clock and in processor time, and fails above TONGBAO_REPORT_LIMIT_MS (default 1000)
// of processor time.
#include "common/Clock.h"
#include "report/MonthlyReconciliation.h"
#include "report/MonthlyReport.h"
#include "storage/Ledger.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace tongbao;

class TestReportSpeed : public QObject {
    Q_OBJECT

private slots:
    void monthlyReportOnALargeLedger();
};

void TestReportSpeed::monthlyReportOnALargeLedger() {
    const QString given = qEnvironmentVariable("TONGBAO_REPORT_LEDGER");
    if (given.isEmpty())
        QSKIP("set TONGBAO_REPORT_LEDGER to a large ledger (e.g. a 100,000-child demo) to measure");
    QTemporaryDir dir(QFileInfo(given).absolutePath() + QStringLiteral("/speed-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("copy.tongbao"));
    QVERIFY(QFile::copy(given, path));
    const QDate on = QDate::fromString(
        qEnvironmentVariable("TONGBAO_REPORT_ON", QStringLiteral("2026-11-29")), Qt::ISODate);
    const auto month = MonthlyReport::parseMonth(
        qEnvironmentVariable("TONGBAO_REPORT_MONTH", QStringLiteral("2026-10")));
    QVERIFY(on.isValid() && month);
    FixedClock clock(QDateTime(on, QTime(23, 59, 59)));

    QElapsedTimer opening;
    opening.start();
    auto opened = Ledger::open(path, QStringLiteral("bench"), clock);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    qInfo("first open (migrations included): %lld ms", opening.elapsed());

    QVector<double> wall, cpu;
    qint64 onFile = 0;
    for (int run = 0; run < 6; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t started = std::clock();
        const Result<MonthlyReport> report = MonthlyReport::compute(**opened, *month);
        const double cpuMs = 1000.0 * double(std::clock() - started) / CLOCKS_PER_SEC;
        const double wallMs = double(timer.nsecsElapsed()) / 1e6;
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(reconcile(*report).isEmpty());
        onFile = report->total.onFile;
        if (run == 0)
            continue;  // the first run warms the page cache
        wall.append(wallMs);
        cpu.append(cpuMs);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    qInfo(
        "monthly report %s, %lld children on file: median %.0f ms wall, %.0f ms cpu "
        "(cpu runs %.0f..%.0f ms)",
        qPrintable(month->toString(QStringLiteral("yyyy-MM"))), onFile, wall[2], cpu[2],
        cpu.first(), cpu.last());
    const double limit =
        qEnvironmentVariable("TONGBAO_REPORT_LIMIT_MS", QStringLiteral("1000")).toDouble();
    QVERIFY2(cpu[2] < limit, qPrintable(QString::number(cpu[2])));
}

QTEST_GUILESS_MAIN(TestReportSpeed)
#include "tst_report_speed.moc"
