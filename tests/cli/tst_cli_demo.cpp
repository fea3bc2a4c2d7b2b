// tongbao-cli demo: creates a village ledger when the file is new, fills it with the asked number
// of children, adds more on a second run, gives the same data for the same --seed and --on, and
// leaves a file that opens and passes `check`.
#include "CliLogin.h"
#include "storage/ChildListQuery.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments) {
    QProcess process;
    process.setProcessEnvironment(tongbao::test::demoLogin());  // demo ledgers have accounts
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

int childrenIn(const QString& path) {
    unlockDemo(path);
    auto opened = Ledger::open(path, QStringLiteral("tester"));
    if (!opened)
        return -1;
    ChildListFilter everyone;
    return ChildListQuery((*opened)->database()).count(everyone);
}

// The children's rows without the columns that name the ledger or the time of writing.
QStringList childRows(const QString& path) {
    QStringList rows;
    unlockDemo(path);
    auto opened = Ledger::open(path, QStringLiteral("tester"));
    if (!opened)
        return rows;
    SqlQuery query((*opened)->database(), QStringLiteral("SELECT * FROM child ORDER BY id"));
    if (!query.exec())
        return rows;
    while (query.next()) {
        QStringList fields;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) != QLatin1String("owner") &&
                record.fieldName(i) != QLatin1String("updated_at"))
                fields.append(query.value(i).toString());
        }
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

}  // namespace

class TestCliDemo : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("TONGBAO_CLI")), "TONGBAO_CLI not built");
        QVERIFY(m_dir.isValid());
    }

    void createsAVillageLedgerAndFillsIt() {
        const QString path = file("demo.tongbao");
        const Run made = run({QStringLiteral("demo"), path, QStringLiteral("--children"),
                              QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.err.isEmpty(), qPrintable(made.err));
        QVERIFY2(made.out.startsWith(QStringLiteral("60 children, ")), qPrintable(made.out));
        QCOMPARE(made.out.count(QLatin1Char('\n')), 1);

        QVERIFY(unlockDemo(path));
        auto opened = Ledger::open(path, QStringLiteral("tester"));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE((*opened)->identity().kind, QStringLiteral("village"));
        QCOMPARE((*opened)->identity().name, QStringLiteral("古南街道桥河社区居委会"));
        QVERIFY((*opened)->identity().areaCode.startsWith(QLatin1String("500110001")));
        opened->reset();
        QCOMPARE(childrenIn(path), 60);

        const Run checked = run({QStringLiteral("check"), path});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    }

    void aSecondRunAddsToTheLedger() {
        const QString path = file("twice.tongbao");
        QCOMPARE(
            run({QStringLiteral("demo"), path, QStringLiteral("--children"), QStringLiteral("40")})
                .exitCode,
            0);
        const Run again =
            run({QStringLiteral("demo"), path, QStringLiteral("--children"), QStringLiteral("25")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith(QStringLiteral("25 children, ")), qPrintable(again.out));
        QCOMPARE(childrenIn(path), 65);
        QCOMPARE(run({QStringLiteral("check"), path}).exitCode, 0);
    }

    void sameSeedAndDayGiveTheSameChildren() {
        const QStringList common{QStringLiteral("--children"), QStringLiteral("30"),
                                 QStringLiteral("--seed"),     QStringLiteral("11"),
                                 QStringLiteral("--on"),       QStringLiteral("2026-11-29")};
        const QString a = file("a.tongbao");
        const QString b = file("b.tongbao");
        QCOMPARE(run(QStringList{QStringLiteral("demo"), a} + common).exitCode, 0);
        QCOMPARE(run(QStringList{QStringLiteral("demo"), b} + common).exitCode, 0);
        const QStringList rows = childRows(a);
        QCOMPARE(rows.size(), 30);
        QCOMPARE(childRows(b), rows);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString path = file("usage.tongbao");
        QTest::newRow("no children") << QStringList{QStringLiteral("demo"), path} << 2;
        QTest::newRow("zero") << QStringList{QStringLiteral("demo"), path,
                                             QStringLiteral("--children"), QStringLiteral("0")}
                              << 2;
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("demo"), path, QStringLiteral("--children"),
                           QStringLiteral("many")}
            << 2;
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"),       path,
                                                 QStringLiteral("--children"), QStringLiteral("5"),
                                                 QStringLiteral("--seed"),     QStringLiteral("x")}
                                  << 2;
        QTest::newRow("bad day") << QStringList{QStringLiteral("demo"),
                                                path,
                                                QStringLiteral("--children"),
                                                QStringLiteral("5"),
                                                QStringLiteral("--on"),
                                                QStringLiteral("2026-13-01")}
                                 << 2;
        QTest::newRow("no file") << QStringList{QStringLiteral("demo"),
                                                QStringLiteral("--children"), QStringLiteral("5")}
                                 << 2;
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.err.startsWith(QStringLiteral("tongbao-cli demo: ")));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFileInfo::exists(file("usage.tongbao")));
    }

    void refusesAFileThatIsNotALedger() {
        const QString path = file("notes.txt");
        QFile notes(path);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a ledger\n");
        notes.close();
        const Run result =
            run({QStringLiteral("demo"), path, QStringLiteral("--children"), QStringLiteral("5")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(fileBytesOf(path), QByteArray("not a ledger\n"));
    }

    void helpSaysWhatHappensToAnExistingFile() {
        const Run help = run({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--children")));
        QVERIFY(help.out.contains(QStringLiteral("--seed")));
        QVERIFY(help.out.contains(QStringLiteral("existing ledger")));
    }

private:
    static QByteArray fileBytesOf(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
