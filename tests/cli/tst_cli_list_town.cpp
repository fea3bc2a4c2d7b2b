// tongbao-cli list on a town's merged ledger (issue 6): a village column with the names the town
// registered, --village by name or area code, a clear refusal of a village the town does not
// know; a village's own ledger lists exactly as before.
#include "TempLedger.h"
#include "TempTown.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace tongbao;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const {
        QStringList all = out.split(QLatin1Char('\n'));
        if (!all.isEmpty() && all.last().isEmpty())
            all.removeLast();
        return all;
    }
};

Run run(const QStringList& arguments) {
    QProcess process;
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool addChildren(Ledger& ledger, const QString& given, int count) {
    Transaction transaction(ledger.database());
    for (int i = 0; i < count; ++i) {
        Child child;
        child.name = QStringLiteral("李") + given + QString::number(i);
        child.villageGroup = QStringLiteral("1组");
        child.riskLevel = QStringLiteral("low");
        if (!ledger.children().save(child))
            return false;
    }
    return transaction.commit();
}

// The values of one column of a TSV listing, by its heading.
QStringList column(const Run& listed, const QString& heading) {
    const QStringList lines = listed.lines();
    if (lines.isEmpty())
        return {};
    const int at = lines.first().split(QLatin1Char('\t')).indexOf(heading);
    if (at < 0)
        return {QStringLiteral("no column ") + heading};
    QStringList values;
    for (const QString& line : lines.mid(1))
        values.append(line.split(QLatin1Char('\t')).value(at));
    return values;
}

}  // namespace

class TestCliListTown : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheVillageOfEachChild();
    void listsOneVillageByNameOrAreaCode();
    void refusesAVillageItDoesNotKnow();
    void aVillageLedgerListsAsBefore();

private:
    std::unique_ptr<test::TempTown> m_town;
};

void TestCliListTown::initTestCase() {
    QVERIFY(QFile::exists(qEnvironmentVariable("TONGBAO_CLI")));
    m_town = std::make_unique<test::TempTown>();
    QVERIFY2(m_town->ok(), qPrintable(m_town->error()));
    const QString qiaohe = m_town->addVillage(
        QStringLiteral("桥河村"), QStringLiteral("500110001003"),
        [](Ledger& ledger) { return addChildren(ledger, QStringLiteral("桥"), 3); });
    const QString shimen = m_town->addVillage(
        QStringLiteral("石门村"), QStringLiteral("500110001002"),
        [](Ledger& ledger) { return addChildren(ledger, QStringLiteral("石"), 2); });
    QVERIFY2(!qiaohe.isEmpty() && !shimen.isEmpty(), qPrintable(m_town->error()));
    m_town->close();
}

void TestCliListTown::listsTheVillageOfEachChild() {
    const Run listed = run({QStringLiteral("list"), m_town->path()});
    QCOMPARE(listed.exitCode, 0);
    const QStringList headings = listed.lines().value(0).split(QLatin1Char('\t'));
    // Before the village group, as on screen.
    QCOMPARE(headings.indexOf(QStringLiteral("village")) + 1,
             headings.indexOf(QStringLiteral("village_group")));
    const QStringList names = column(listed, QStringLiteral("name"));
    const QStringList villages = column(listed, QStringLiteral("village"));
    QCOMPARE(names.size(), 5);
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(villages[i], names[i].contains(QStringLiteral("桥")) ? QStringLiteral("桥河村")
                                                                      : QStringLiteral("石门村"));
    const Run json = run({QStringLiteral("list"), m_town->path(), QStringLiteral("--format"),
                          QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size(), 5);
    for (const QJsonValue& row : rows) {
        const QJsonObject child = row.toObject();
        QCOMPARE(child.value(QStringLiteral("village")).toString(),
                 child.value(QStringLiteral("name")).toString().contains(QStringLiteral("桥"))
                     ? QStringLiteral("桥河村")
                     : QStringLiteral("石门村"));
    }
}

void TestCliListTown::listsOneVillageByNameOrAreaCode() {
    for (const QString& village : {QStringLiteral("石门村"), QStringLiteral("500110001002")}) {
        const Run listed =
            run({QStringLiteral("list"), m_town->path(), QStringLiteral("--village"), village});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(column(listed, QStringLiteral("village")),
                 (QStringList{QStringLiteral("石门村"), QStringLiteral("石门村")}));
    }
    const Run risky =
        run({QStringLiteral("list"), m_town->path(), QStringLiteral("--village"),
             QStringLiteral("桥河村"), QStringLiteral("--search"), QStringLiteral("桥1")});
    QCOMPARE(risky.exitCode, 0);
    QCOMPARE(column(risky, QStringLiteral("name")), QStringList{QStringLiteral("李桥1")});
}

void TestCliListTown::refusesAVillageItDoesNotKnow() {
    const Run refused = run({QStringLiteral("list"), m_town->path(), QStringLiteral("--village"),
                             QStringLiteral("黑山村")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    // One line that names what the town does know.
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("tongbao-cli list: ")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("黑山村")) &&
                 refused.err.contains(QStringLiteral("石门村 (500110001002)")),
             qPrintable(refused.err));
}

void TestCliListTown::aVillageLedgerListsAsBefore() {
    test::TempLedger village;
    QVERIFY(village.ok());
    QVERIFY(addChildren(village.ledger(), QStringLiteral("村"), 2));
    village.close();
    const Run listed = run({QStringLiteral("list"), village.path()});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.lines().value(0),
             QStringLiteral("id\tname\tsex\tbirth_date\tage\tid_number\tvillage_group\tcategories\t"
                            "risk_level\tfile_status\thousehold_head"));
    const Run json = run({QStringLiteral("list"), village.path(), QStringLiteral("--format"),
                          QStringLiteral("json")});
    QVERIFY(!json.out.contains(QStringLiteral("\"village\"")));
}

QTEST_GUILESS_MAIN(TestCliListTown)
#include "tst_cli_list_town.moc"
