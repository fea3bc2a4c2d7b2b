// tongbao-cli notes FILE --child ID: the notes in a child's file as TSV, newest first, with who
// wrote each and which office; --add writes one signed by the acting user (TONGBAO_USER), and
// --remove takes away one of this ledger's own. In a town, a village's notes are listed with the
// village's name and cannot be removed; the town's own note is the town's.
#include "../core/tst_exchange_fixture.h"
#include "TempLedger.h"

#include "register/CaseNotes.h"

#include <QProcess>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments, const QString& user = QStringLiteral("zhangsan")) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TONGBAO_USER"), user);
    process.setProcessEnvironment(environment);
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

QStringList lines(const QString& text) {
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const QString kHeader = QStringLiteral("id\twritten_on\tunit\tauthor\ttext");

}  // namespace

class TestCliNotes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("TONGBAO_CLI")), "TONGBAO_CLI not built");
    }

    void addListAndRemove() {
        TempLedger fixture;
        QVERIFY(fixture.ok());
        Child child;
        child.name = QStringLiteral("王小燕");
        QVERIFY(fixture->children().save(child));
        const QString unit = fixture->identity().name;
        fixture.close();
        const QString file = fixture.path();
        const QString id = child.meta.id;

        Run result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lines(result.out), QStringList{kHeader});

        result =
            run({QStringLiteral("notes"), file, QStringLiteral("--child"), id,
                 QStringLiteral("--add"), QStringLiteral("奶奶来电：孩子发烧\t已就医\n明天再问"),
                 QStringLiteral("--date"), QStringLiteral("2026-11-20")});
        QCOMPARE(result.exitCode, 0);
        const QString first = result.out.trimmed();
        QVERIFY(!first.isEmpty());
        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id,
                      QStringLiteral("--add"), QStringLiteral("学校说成绩有进步")},
                     QStringLiteral("lisi"));
        QCOMPARE(result.exitCode, 0);
        const QString second = result.out.trimmed();

        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id});
        QCOMPARE(result.exitCode, 0);
        const QStringList listed = lines(result.out);
        QCOMPARE(listed.size(), 3);
        // Newest first; the note's own tab and line break do not break the line.
        QCOMPARE(listed[1].split(QLatin1Char('\t')).first(), second);
        QCOMPARE(listed[2],
                 QStringList({first, QStringLiteral("2026-11-20"), unit, QStringLiteral("zhangsan"),
                              QStringLiteral("奶奶来电：孩子发烧 已就医 明天再问")})
                     .join(QLatin1Char('\t')));
        QCOMPARE(listed[1].split(QLatin1Char('\t')).at(3), QStringLiteral("lisi"));

        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id,
                      QStringLiteral("--remove"), first});
        QCOMPARE(result.exitCode, 0);
        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id});
        QCOMPARE(lines(result.out).size(), 2);

        QVERIFY(fixture.reopen());
        const Result<CaseNote> removed = CaseNotes(fixture.ledger()).load(first);
        QVERIFY(removed.ok() && removed->meta.deleted);  // a tombstone, so the removal travels
    }

    void wrongCallsAndRefusals() {
        TempLedger fixture;
        QVERIFY(fixture.ok());
        Child child;
        child.name = QStringLiteral("王小燕");
        QVERIFY(fixture->children().save(child));
        fixture.close();
        const QString file = fixture.path();
        const QString id = child.meta.id;

        Run result = run({QStringLiteral("notes"), file});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("--child")));
        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id,
                      QStringLiteral("--add"), QStringLiteral("x"), QStringLiteral("--date"),
                      QStringLiteral("29.11.2026")});
        QCOMPARE(result.exitCode, 2);
        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"),
                      QStringLiteral("no-such-child")});
        QCOMPARE(result.exitCode, 1);
        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id,
                      QStringLiteral("--add"), QStringLiteral("   ")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(lines(result.err).size(), 1);  // one line saying why
        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id,
                      QStringLiteral("--add"), QStringLiteral("明天的事"), QStringLiteral("--date"),
                      QStringLiteral("2099-01-01")});
        QCOMPARE(result.exitCode, 1);
        result = run({QStringLiteral("notes"), file, QStringLiteral("--child"), id,
                      QStringLiteral("--remove"), QStringLiteral("no-such-note")});
        QCOMPARE(result.exitCode, 1);
    }

    void townReadsTheVillagesNotesAndAddsItsOwn() {
        World world;
        auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                    QStringLiteral("500110001001"));
        auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                                 QStringLiteral("500110001000"));
        QVERIFY(village && town && World::connect(*village, *town));
        QVERIFY(fillEveryKind(*village, 1));
        const QString childId =
            (*village)->children().where(QStringLiteral("deleted"), 0).first().meta.id;
        const QString villageNote = CaseNotes(*village->ledger).forChild(childId).first().meta.id;
        const QString batch = world.exportBatch(*village);
        QVERIFY(!batch.isEmpty());
        QVERIFY(importFile(*town, batch).ok());
        const QString townId = (*town)->identity().id;
        town->ledger.reset();  // the CLI opens the file itself

        Run result = run({QStringLiteral("notes"), town->path, QStringLiteral("--child"), childId});
        QCOMPARE(result.exitCode, 0);
        QStringList listed = lines(result.out);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[1].split(QLatin1Char('\t')).at(2), QStringLiteral("桥河社区"));

        result = run({QStringLiteral("notes"), town->path, QStringLiteral("--child"), childId,
                      QStringLiteral("--remove"), villageNote});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("another office")));

        result = run({QStringLiteral("notes"), town->path, QStringLiteral("--child"), childId,
                      QStringLiteral("--add"), QStringLiteral("镇里已联系区教委")});
        QCOMPARE(result.exitCode, 0);
        const QString townNote = result.out.trimmed();
        result = run({QStringLiteral("notes"), town->path, QStringLiteral("--child"), childId});
        listed = lines(result.out);
        QCOMPARE(listed.size(), 3);
        const QStringList newest = listed[1].split(QLatin1Char('\t'));
        QCOMPARE(newest.at(0), townNote);
        QCOMPARE(newest.at(2), QStringLiteral("古南街道"));

        auto reopened = Ledger::open(town->path, QStringLiteral("tester"), world.clock());
        QVERIFY(reopened.ok());
        QCOMPARE(CaseNotes(**reopened).load(townNote)->meta.owner, townId);
    }
};

QTEST_GUILESS_MAIN(TestCliNotes)
#include "tst_cli_notes.moc"
