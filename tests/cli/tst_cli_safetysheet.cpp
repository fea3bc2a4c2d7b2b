// tongbao-cli safety-sheet: the filled-in 强制报告登记表 of a safety report as a PDF, read back
// with poppler's pdftotext and pdffonts (one A4 page, the ticked situation, the police report
// with its receipt number and the time it took, the embedded Song font), and the call's
// mistakes answered with exit code 2 and a one-line reason.
#include "TempLedger.h"

#include "safety/SafetyWorkflow.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace tongbao;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString tool(const QString& name, const QStringList& arguments) {
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        return {};
    QProcess process;
    process.start(path, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace

class TestCliSafetySheet : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writesTheFilledInForm();
    void mistakesInTheCall();

private:
    std::unique_ptr<test::TempLedger> m_ledger;
    QString m_reportId;
};

void TestCliSafetySheet::initTestCase() {
    m_ledger = std::make_unique<test::TempLedger>();
    QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
    Ledger& ledger = m_ledger->ledger();
    Child child;
    child.name = QStringLiteral("马超");
    child.idNumber = QStringLiteral("500110201703080016");
    child.villageGroup = QStringLiteral("3组");
    QVERIFY(ledger.children().save(child));
    SafetyWorkflow workflow(ledger);
    SafetyReport report = workflow.draftForChild(child.meta.id);
    report.situations = {QStringLiteral("abandoned")};
    report.childSafeNow = false;
    report.description = QStringLiteral("孩子独自在家多日");
    Result<SafetyReport> started = workflow.start(report);
    QVERIFY2(started, qPrintable(started.message()));
    m_reportId = started->meta.id;
    m_ledger->clock().advanceSeconds(40 * 60);
    SafetyNotification police;
    police.recipient = QStringLiteral("police");
    police.method = QStringLiteral("phone");
    police.receiver = QStringLiteral("镇派出所值班民警");
    police.receiptNumber = QStringLiteral("JJ20261129007");
    QVERIFY(workflow.recordNotification(m_reportId, police));
    m_ledger->close();
}

void TestCliSafetySheet::writesTheFilledInForm() {
    const QString pdf = m_ledger->dir() + QStringLiteral("/sheet.pdf");
    const Run run = cli({QStringLiteral("safety-sheet"), m_ledger->path(),
                         QStringLiteral("--report"), m_reportId, QStringLiteral("--out"), pdf});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (Debian package poppler-utils)");
    const QString text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const char* expected :
         {"强制报告登记表", "测试台账", "马超", "500110201703080016", "疑似遭受遗弃、长期无人照料",
          "孩子独自在家多日", "公安机关", "镇派出所值班民警", "JJ20261129007",
          "自发现至报告公安机关用时：40分钟", "应急处置", "评估帮扶", "监护干预", "报告人（签字）"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // The ticked situation carries the filled box; the others the empty one.
    QVERIFY(text.contains(QString::fromUtf8("■6")));
    QVERIFY(text.contains(QString::fromUtf8("□1")));
    QVERIFY(text.contains(QString::fromUtf8("■仍处于危险之中")));
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("(A4)")));
    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QStringLiteral(" yes ")), qPrintable(fonts));  // embedded
}

void TestCliSafetySheet::mistakesInTheCall() {
    const QString pdf = m_ledger->dir() + QStringLiteral("/none.pdf");
    Run run = cli({QStringLiteral("safety-sheet"), m_ledger->path(), QStringLiteral("--out"), pdf});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QStringLiteral("--report")));
    run = cli(
        {QStringLiteral("safety-sheet"), m_ledger->path(), QStringLiteral("--report"), m_reportId});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QString::fromUtf8("强制报告登记表_马超")), qPrintable(run.err));
    run = cli({QStringLiteral("safety-sheet"), m_ledger->path(), QStringLiteral("--report"),
               QStringLiteral("no-such-report"), QStringLiteral("--out"), pdf});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QStringLiteral(
        "tongbao-cli safety-sheet: no safety report no-such-report in this ledger")));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestCliSafetySheet)
#include "tst_cli_safetysheet.moc"
