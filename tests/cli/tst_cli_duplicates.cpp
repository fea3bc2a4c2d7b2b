// tongbao-cli duplicates FILE: one TSV line per group of suspected duplicates; exit 0 when
// there are none, 1 when some were found, 2 when called wrongly.
#include "TempLedger.h"
#include "domain/IdNumber.h"
#include "storage/ChildRepository.h"

#include <QProcess>
#include <QTest>

using namespace tongbao;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments) {
    QProcess process;
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString idNumber(const QDate& birth, int sequence) {
    const QString first17 = QStringLiteral("500110") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString addChild(Ledger& ledger, const QString& name, const QDate& birth, const QString& number) {
    Child child;
    child.name = name;
    child.birthDate = birth;
    child.idNumber = number;
    if (!ledger.children().save(child))
        return {};
    return child.meta.id;
}

}  // namespace

class TestCliDuplicates : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("TONGBAO_CLI")), "TONGBAO_CLI not built");
    }

    void noDuplicatesExitsZero() {
        test::TempLedger fixture;
        QVERIFY(fixture.ok());
        QVERIFY(!addChild(fixture.ledger(), QStringLiteral("王小明"), QDate(2015, 3, 1),
                          idNumber(QDate(2015, 3, 1), 11))
                     .isEmpty());
        fixture.close();
        const Run result = run({QStringLiteral("duplicates"), fixture.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
    }

    void listsEachGroupAsOneLine() {
        test::TempLedger fixture;
        QVERIFY(fixture.ok());
        const QString number = idNumber(QDate(2015, 3, 1), 11);
        const QString a =
            addChild(fixture.ledger(), QStringLiteral("王小明"), QDate(2015, 3, 1), number);
        const QString b =
            addChild(fixture.ledger(), QStringLiteral("王晓明"), QDate(2015, 3, 1), number);
        const QString c =
            addChild(fixture.ledger(), QStringLiteral("刘洋"), QDate(2014, 5, 6), QString());
        const QString d = addChild(fixture.ledger(), QStringLiteral("刘洋"), QDate(2014, 5, 6),
                                   idNumber(QDate(2014, 5, 6), 31));
        fixture.close();

        const Run result = run({QStringLiteral("duplicates"), fixture.path()});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList first = lines[0].split(QLatin1Char('\t'));
        QCOMPARE(first.size(), 4);
        QCOMPARE(first[0], QStringLiteral("id_number"));
        const QStringList ids = first[1].split(QLatin1Char(','));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), QSet<QString>({a, b}));
        QVERIFY(first[2].contains(QStringLiteral("王小明")));
        QVERIFY(first[3].contains(IdNumber::mask(number)));
        QVERIFY(!result.out.contains(number));  // the full number never leaves on a screen
        const QStringList second = lines[1].split(QLatin1Char('\t'));
        QCOMPARE(second[0], QStringLiteral("name_birth_date"));
        QVERIFY(second[1].contains(c) && second[1].contains(d));
        QCOMPARE(second[2], QStringLiteral("刘洋,刘洋"));
        QVERIFY(second[3].contains(QStringLiteral("2014-05-06")));
    }

    void usageAndMissingFile() {
        QCOMPARE(run({QStringLiteral("duplicates")}).exitCode, 2);
        const Run missing = run({QStringLiteral("duplicates"), QStringLiteral("/nonexistent/x")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith(QStringLiteral("tongbao-cli duplicates: ")));
        QCOMPARE(missing.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDuplicates)
#include "tst_cli_duplicates.moc"
