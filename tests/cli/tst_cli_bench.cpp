// tongbao-cli bench on a tiny demo ledger: not a timing test, only that every measurement line
// is printed with numbers for both sides and a ratio, and that the usage errors are refused.
#include "CliLogin.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.setProcessEnvironment(tongbao::test::demoLogin());  // demo ledgers have accounts
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    process.waitForFinished(600000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

class TestCliBench : public QObject {
    Q_OBJECT

private slots:
    void printsOneLinePerMeasurement() {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 program is not installed");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bench.tongbao"));
        const Run demo =
            cli({QStringLiteral("demo"), file, QStringLiteral("--children"), QStringLiteral("30"),
                 QStringLiteral("--on"), QStringLiteral("2026-11-29")});
        QCOMPARE(demo.exitCode, 0);

        const Run bench = cli({QStringLiteral("bench"), file, QStringLiteral("--runs"),
                               QStringLiteral("1"), QStringLiteral("--show-sql")});
        QCOMPARE(bench.exitCode, 0);
        // label, then wall ms of both and their ratio, then processor ms of both and ratio.
        static const QRegularExpression measured(
            QStringLiteral("^(\\S.*\\S)\\s+(\\d+\\.\\d\\d)\\s+(\\d+\\.\\d\\d)\\s+(\\d+\\.\\d\\d|-)"
                           "\\s+(\\d+\\.\\d\\d)\\s+(\\d+\\.\\d\\d)\\s+(\\d+\\.\\d\\d|-)$"));
        QStringList labels;
        for (const QString& line : bench.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1Char('#')) ||
                line.startsWith(QLatin1String("measurement")) || line.startsWith(QLatin1Char(' ')))
                continue;
            const QRegularExpressionMatch match = measured.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            labels.append(match.captured(1));
        }
        for (const char* expected :
             {"open ledger", "first screen", "search name part", "search pinyin initials",
              "search ID part", "sort by age", "filter risk high", "open a child's file"}) {
            bool found = false;
            for (const QString& label : labels)
                found = found || label.startsWith(QLatin1String(expected));
            QVERIFY2(found, expected);
        }
        QVERIFY(bench.out.contains(QLatin1String("# search keystrokes (target:")));
        // --show-sql prints the very statements sqlite3 was given.
        QVERIFY(bench.err.contains(QLatin1String("f.child_search_fts MATCH '\"")));
    }

    void refusesWrongCalls() {
        QCOMPARE(cli({QStringLiteral("bench")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("bench"), QStringLiteral("x.tongbao"),
                      QStringLiteral("--runs"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("bench"), QStringLiteral("/nonexistent/x.tongbao")}).exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "tst_cli_bench.moc"
