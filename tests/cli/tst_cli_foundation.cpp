// The foundation verbs of the built tongbao-cli, end to end on temporary files: init creates a
// ledger and refuses what it must, list prints the register (masked unless asked, filtered,
// paged), check tells a sound file from a tampered, foreign or unreadable one.
#include "common/Clock.h"
#include "domain/IdNumber.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
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
    // A failing verb says why in exactly one line, starting with its name.
    bool oneLineReason(const QString& verb) const {
        return err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1 &&
               err.startsWith(QStringLiteral("tongbao-cli ") + verb + QStringLiteral(": "));
    }
};

Run run(const QStringList& arguments, const QProcessEnvironment& environment = {}) {
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
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

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A valid ID number of the Qijiang district (500110) for this birth date and sequence (odd: a
// boy, even: a girl).
QString idNumberFor(const QDate& birth, int sequence) {
    const QString first17 = QStringLiteral("500110") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

const QString kArea = QStringLiteral("500110001001");
const QDate kBoyBirth(2015, 3, 1);
const QDate kGirlBirth(2012, 7, 15);

}  // namespace

class TestCliFoundation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_register;  // a ledger with four children, made once for the list tests
    QString m_boyId;
    QString m_girlId;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool init(const QString& file) {
        const Run created = run({QStringLiteral("init"), file, QStringLiteral("--kind"),
                                 QStringLiteral("village"), QStringLiteral("--name"),
                                 QStringLiteral("桥河村委会"), QStringLiteral("--area"), kArea});
        return created.exitCode == 0;
    }

    void fillRegister() {
        QVERIFY(init(m_register));
        auto opened = Ledger::open(m_register, QStringLiteral("tester"));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Ledger& ledger = **opened;

        Household wang;
        wang.headName = QStringLiteral("王建国");
        wang.villageGroup = QStringLiteral("3组");
        QVERIFY(ledger.households().save(wang).ok());

        Child boy;
        boy.householdId = wang.meta.id;
        boy.name = QStringLiteral("王小明");
        boy.idNumber = idNumberFor(kBoyBirth, 11);
        boy.sex = QStringLiteral("M");
        boy.birthDate = kBoyBirth;
        boy.villageGroup = QStringLiteral("3组");
        boy.categories = {QStringLiteral("orphan"), QStringLiteral("disability")};
        boy.riskLevel = QStringLiteral("high");
        QVERIFY(ledger.children().save(boy).ok());
        m_boyId = boy.idNumber;

        Child girl;
        girl.name = QStringLiteral("李小红");
        girl.idNumber = idNumberFor(kGirlBirth, 22);
        girl.sex = QStringLiteral("F");
        girl.birthDate = kGirlBirth;
        girl.villageGroup = QStringLiteral("1组");
        girl.categories = {QStringLiteral("left_behind")};
        girl.riskLevel = QStringLiteral("medium");
        QVERIFY(ledger.children().save(girl).ok());
        m_girlId = girl.idNumber;

        Child unknown;  // no ID number or birth date yet
        unknown.name = QStringLiteral("张三丰");
        unknown.riskLevel = QStringLiteral("low");
        QVERIFY(ledger.children().save(unknown).ok());

        Child closed;
        closed.name = QStringLiteral("赵晓");
        closed.fileStatus = QStringLiteral("closed");
        closed.exitReason = QStringLiteral("moved_out");
        QVERIFY(ledger.children().save(closed).ok());
    }

    // Rows of `list` keyed by name (TSV columns as in the header).
    QHash<QString, QStringList> tsvRows(const Run& listed) {
        QHash<QString, QStringList> rows;
        const QStringList lines = listed.lines();
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(QLatin1Char('\t'));
            rows.insert(fields.value(1), fields);
        }
        return rows;
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(qEnvironmentVariable("TONGBAO_CLI")));
        QVERIFY(m_dir.isValid());
        m_register = path(QStringLiteral("register.tongbao"));
        fillRegister();
    }

    // --- init ---

    void initCreatesALedgerAndPrintsItsId() {
        const QString file = path(QStringLiteral("new.tongbao"));
        const Run created = run(
            {QStringLiteral("init"), file, QStringLiteral("--kind"), QStringLiteral("town"),
             QStringLiteral("--name"), QStringLiteral("古南街道"), QStringLiteral("--area"),
             QStringLiteral("500110001000"), QStringLiteral("--user"), QStringLiteral("张主任")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.err.isEmpty());
        const QString id = created.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(id).hasMatch());

        auto opened = Ledger::open(file, QStringLiteral("tester"));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE((*opened)->identity().id, id);
        QCOMPARE((*opened)->identity().kind, QStringLiteral("town"));
        QCOMPARE((*opened)->identity().name, QStringLiteral("古南街道"));
        QCOMPARE((*opened)->identity().areaCode, QStringLiteral("500110001000"));
        SqlQuery actor((*opened)->database(), QStringLiteral("SELECT actor FROM audit"));
        QVERIFY(actor.exec() && actor.next());
        QCOMPARE(actor.value(0).toString(), QStringLiteral("张主任"));
    }

    void initNamesTheUserFromTheEnvironment_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("USER set") << "clerk"
                                  << "clerk";
        QTest::newRow("USER unset") << QString() << "admin";
    }
    void initNamesTheUserFromTheEnvironment() {
        QFETCH(QString, user);
        QFETCH(QString, recorded);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("USER"));
        if (!user.isEmpty())
            environment.insert(QStringLiteral("USER"), user);
        const QString file = path(QStringLiteral("user-%1.tongbao").arg(recorded));
        const Run created =
            run({QStringLiteral("init"), file, QStringLiteral("--kind"), QStringLiteral("village"),
                 QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--area"), kArea},
                environment);
        QCOMPARE(created.exitCode, 0);
        auto opened = Ledger::open(file, QStringLiteral("tester"));
        QVERIFY(opened.ok());
        SqlQuery actor((*opened)->database(), QStringLiteral("SELECT actor FROM audit"));
        QVERIFY(actor.exec() && actor.next());
        QCOMPARE(actor.value(0).toString(), recorded);
    }

    void initRefusesAnExistingFile() {
        const QString ledger = path(QStringLiteral("existing.tongbao"));
        QVERIFY(init(ledger));
        const QString text = path(QStringLiteral("existing.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a list kept by hand\n");
        file.close();
        for (const QString& target : {ledger, text}) {
            const QByteArray before = fileBytes(target);
            const Run again = run({QStringLiteral("init"), target, QStringLiteral("--kind"),
                                   QStringLiteral("village"), QStringLiteral("--name"),
                                   QStringLiteral("x"), QStringLiteral("--area"), kArea});
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.oneLineReason(QStringLiteral("init")), qPrintable(again.err));
            QVERIFY(again.err.contains(QLatin1String("already exists")));
            QVERIFY(again.out.isEmpty());
            QCOMPARE(fileBytes(target), before);
            QVERIFY(!QFile::exists(target + QStringLiteral(".creating")));
        }
    }

    void initRejectsWrongFacts_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("reason");
        QTest::newRow("kind") << "city"
                              << "x" << kArea << "village, town or district";
        QTest::newRow("short area") << "village"
                                    << "x"
                                    << "50011000"
                                    << "12 digits";
        QTest::newRow("letters in area") << "village"
                                         << "x"
                                         << "50011000100A"
                                         << "12 digits";
        QTest::newRow("unknown county") << "village"
                                        << "x"
                                        << "999999001001"
                                        << "999999";
        QTest::newRow("blank name") << "village"
                                    << "  " << kArea << "name";
    }
    void initRejectsWrongFacts() {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, area);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("wrong.tongbao"));
        const Run refused = run({QStringLiteral("init"), file, QStringLiteral("--kind"), kind,
                                 QStringLiteral("--name"), name, QStringLiteral("--area"), area});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.oneLineReason(QStringLiteral("init")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(reason), qPrintable(refused.err));
        QVERIFY(!QFile::exists(file));
    }

    void initWithoutWhatItNeedsIsAUsageError_data() {
        QTest::addColumn<QStringList>("arguments");
        const QString file = path(QStringLiteral("usage.tongbao"));
        const QStringList kind{QStringLiteral("--kind"), QStringLiteral("village")};
        const QStringList name{QStringLiteral("--name"), QStringLiteral("x")};
        const QStringList area{QStringLiteral("--area"), kArea};
        QTest::newRow("no file") << QStringList(kind + name + area);
        QTest::newRow("no kind") << QStringList(QStringList{file} + name + area);
        QTest::newRow("no name") << QStringList(QStringList{file} + kind + area);
        QTest::newRow("no area") << QStringList(QStringList{file} + kind + name);
        QTest::newRow("two files") << QStringList(QStringList{file, file} + kind + name + area);
        QTest::newRow("unknown option")
            << QStringList(QStringList{file, QStringLiteral("--colour")} + kind + name + area);
        QTest::newRow("option without value") << QStringList{file, QStringLiteral("--kind")};
    }
    void initWithoutWhatItNeedsIsAUsageError() {
        QFETCH(QStringList, arguments);
        const Run refused = run(QStringList{QStringLiteral("init")} + arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.oneLineReason(QStringLiteral("init")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("usage.tongbao"))));
    }

    // --- help and verbs ---

    void eachVerbHasHelp_data() {
        QTest::addColumn<QString>("verb");
        QTest::newRow("init") << "init";
        QTest::newRow("check") << "check";
        QTest::newRow("list") << "list";
    }
    void eachVerbHasHelp() {
        QFETCH(QString, verb);
        const Run help = run({verb, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("tongbao-cli ") + verb), qPrintable(help.out));
        QVERIFY(help.out.contains(QLatin1String("FILE")));
        QVERIFY(run({QStringLiteral("--help")}).out.contains(verb));
    }

    void unknownVerbIsAUsageError() {
        const Run unknown = run({QStringLiteral("frobnicate"), m_register});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.oneLineReason(QStringLiteral("frobnicate")));
    }

    // --- list ---

    void listPrintsAHeaderAndOneRowPerChildOnFile() {
        const Run listed = run({QStringLiteral("list"), m_register});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.err.isEmpty());
        const QStringList lines = listed.lines();
        QCOMPARE(lines.value(0),
                 QStringLiteral("id\tname\tsex\tbirth_date\tage\tid_number\tvillage_group\t"
                                "categories\trisk_level\tfile_status\thousehold_head"));
        QCOMPARE(lines.size(), 4);  // the closed file is not on the list by default
        const QHash<QString, QStringList> rows = tsvRows(listed);
        const QStringList boy = rows.value(QStringLiteral("王小明"));
        QCOMPARE(boy.size(), 11);
        QCOMPARE(boy[2], QStringLiteral("M"));
        QCOMPARE(boy[3], QStringLiteral("2015-03-01"));
        Child child;
        child.birthDate = kBoyBirth;
        QCOMPARE(boy[4], QString::number(child.ageOn(Clock::current().today())));
        QCOMPARE(boy[6], QStringLiteral("3组"));
        QCOMPARE(boy[7], QStringLiteral("orphan,disability"));
        QCOMPARE(boy[8], QStringLiteral("high"));
        QCOMPARE(boy[9], QStringLiteral("active"));
        QCOMPARE(boy[10], QStringLiteral("王建国"));
        const QStringList unknown = rows.value(QStringLiteral("张三丰"));
        QCOMPARE(unknown.size(), 11);
        QVERIFY(unknown[3].isEmpty() && unknown[4].isEmpty() && unknown[5].isEmpty());
    }

    void listMasksIdNumbersUnlessAsked() {
        const Run masked = run({QStringLiteral("list"), m_register});
        QVERIFY(!masked.out.contains(m_boyId));
        QVERIFY(!masked.out.contains(m_girlId));
        QCOMPARE(tsvRows(masked).value(QStringLiteral("王小明")).value(5), IdNumber::mask(m_boyId));
        QVERIFY(IdNumber::mask(m_boyId).contains(QLatin1Char('*')));

        const Run full = run({QStringLiteral("list"), m_register, QStringLiteral("--full-id")});
        QCOMPARE(full.exitCode, 0);
        QCOMPARE(tsvRows(full).value(QStringLiteral("王小明")).value(5), m_boyId);
        QCOMPARE(tsvRows(full).value(QStringLiteral("李小红")).value(5), m_girlId);
    }

    void listAsJson() {
        const Run listed =
            run({QStringLiteral("list"), m_register, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--status"), QStringLiteral("all")});
        QCOMPARE(listed.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 4);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& value : array)
            byName.insert(value[QLatin1String("name")].toString(), value.toObject());
        const QJsonObject boy = byName.value(QStringLiteral("王小明"));
        QCOMPARE(boy.value(QLatin1String("categories")).toArray(),
                 QJsonArray({QStringLiteral("orphan"), QStringLiteral("disability")}));
        QCOMPARE(boy.value(QLatin1String("id_number")).toString(), IdNumber::mask(m_boyId));
        QCOMPARE(boy.value(QLatin1String("birth_date")).toString(), QStringLiteral("2015-03-01"));
        QVERIFY(boy.value(QLatin1String("age")).isDouble());
        QCOMPARE(boy.value(QLatin1String("household_head")).toString(), QStringLiteral("王建国"));
        const QJsonObject unknown = byName.value(QStringLiteral("张三丰"));
        QVERIFY(unknown.value(QLatin1String("birth_date")).isNull());
        QVERIFY(unknown.value(QLatin1String("age")).isNull());
        QCOMPARE(unknown.value(QLatin1String("categories")).toArray(), QJsonArray());
        QCOMPARE(byName.value(QStringLiteral("赵晓")).value(QLatin1String("file_status")),
                 QJsonValue(QStringLiteral("closed")));

        const Run none =
            run({QStringLiteral("list"), m_register, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--search"), QStringLiteral("nobody")});
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array(), QJsonArray());
    }

    void listFilters_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("part of a name")
            << QStringList{QStringLiteral("--search"), QStringLiteral("小明")}
            << QStringList{QStringLiteral("王小明")};
        QTest::newRow("part of an ID number")
            << QStringList{QStringLiteral("--search"), QStringLiteral("20120715")}
            << QStringList{QStringLiteral("李小红")};
        QTest::newRow("household head")
            << QStringList{QStringLiteral("--search"), QStringLiteral("建国")}
            << QStringList{QStringLiteral("王小明")};
        QTest::newRow("risk") << QStringList{QStringLiteral("--risk"), QStringLiteral("medium")}
                              << QStringList{QStringLiteral("李小红")};
        QTest::newRow("category") << QStringList{QStringLiteral("--category"),
                                                 QStringLiteral("disability")}
                                  << QStringList{QStringLiteral("王小明")};
        QTest::newRow("closed") << QStringList{QStringLiteral("--status"), QStringLiteral("closed")}
                                << QStringList{QStringLiteral("赵晓")};
        QTest::newRow("all") << QStringList{QStringLiteral("--status"), QStringLiteral("all")}
                             << QStringList{QStringLiteral("李小红"), QStringLiteral("王小明"),
                                            QStringLiteral("张三丰"), QStringLiteral("赵晓")};
    }
    void listFilters() {
        QFETCH(QStringList, options);
        QFETCH(QStringList, names);
        const Run listed = run(QStringList{QStringLiteral("list"), m_register} + options);
        QCOMPARE(listed.exitCode, 0);
        QStringList found = tsvRows(listed).keys();
        found.sort();
        names.sort();
        QCOMPARE(found, names);
    }

    void listRefusesWrongOptions_data() {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("risk") << QStringList{QStringLiteral("--risk"), QStringLiteral("extreme")};
        QTest::newRow("category") << QStringList{QStringLiteral("--category"),
                                                 QStringLiteral("rich")};
        QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("gone")};
    }
    void listRefusesWrongOptions() {
        QFETCH(QStringList, options);
        const Run refused = run(QStringList{QStringLiteral("list"), m_register} + options);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.oneLineReason(QStringLiteral("list")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
    }

    void listOfAMissingFileFails() {
        const Run missing = run({QStringLiteral("list"), path(QStringLiteral("none.tongbao"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.oneLineReason(QStringLiteral("list")));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.tongbao"))));
    }

    void listPagesThroughMoreChildrenThanOnePage() {
        const QString file = path(QStringLiteral("many.tongbao"));
        QVERIFY(init(file));
        constexpr int kChildren = 2345;
        {
            auto opened = Ledger::open(file, QStringLiteral("tester"));
            QVERIFY(opened.ok());
            Transaction transaction((*opened)->database());
            for (int i = 0; i < kChildren; ++i) {
                Child child;
                // Equal names make the order rest on the id, across page boundaries.
                child.name = QStringLiteral("儿童%1").arg(i % 7);
                QVERIFY((*opened)->children().save(child).ok());
            }
            QVERIFY(transaction.commit());
        }
        const Run tsv = run({QStringLiteral("list"), file});
        QCOMPARE(tsv.exitCode, 0);
        const QStringList lines = tsv.lines();
        QCOMPARE(lines.size(), kChildren + 1);
        QSet<QString> ids;
        for (int i = 1; i < lines.size(); ++i)
            ids.insert(lines[i].section(QLatin1Char('\t'), 0, 0));
        QCOMPARE(ids.size(), kChildren);

        const Run json =
            run({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), kChildren);
    }

    // --- check ---

    void checkOfASoundLedgerIsClean() {
        const Run fresh = run({QStringLiteral("check"), m_register});
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY(fresh.err.isEmpty());
        QVERIFY(fresh.out.contains(QLatin1String("No problems found")));
        QVERIFY(!fresh.out.contains(QLatin1String("PROBLEM")));
    }

    void checkNamesATamperedHistoryEntry() {
        const QString file = path(QStringLiteral("tampered.tongbao"));
        QFile::remove(file);
        QVERIFY(QFile::copy(m_register, file));
        {
            // A tamperer with plain SQL: remove the guards, then rewrite who did something.
            auto connected = Database::connect(file);
            QVERIFY(connected.ok());
            Database& db = **connected;
            QVERIFY(db.execute(QStringLiteral("DROP TRIGGER audit_no_update")));
            QVERIFY(db.execute(QStringLiteral("DROP TRIGGER audit_no_delete")));
            QVERIFY(db.execute(QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 3")));
        }
        const Run checked = run({QStringLiteral("check"), file});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QLatin1String("History entry 3")), qPrintable(checked.out));
        QVERIFY(checked.lines().last().contains(QLatin1String("problem")));
    }

    void checkRefusesFilesThatAreNotLedgers() {
        const QString foreign = path(QStringLiteral("other.sqlite"));
        {
            auto connected = Database::connect(foreign);
            QVERIFY(connected.ok());
            QVERIFY((*connected)->execute(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            QVERIFY((*connected)->execute(QStringLiteral("INSERT INTO notes VALUES ('hello')")));
        }
        const QString newer = path(QStringLiteral("newer.tongbao"));
        QVERIFY(QFile::copy(m_register, newer));
        {
            auto connected = Database::connect(newer);
            QVERIFY(connected.ok());
            QVERIFY((*connected)->execute(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QString text = path(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300, 'n'));
        file.close();

        const QList<QPair<QString, QString>> cases{
            {foreign, QStringLiteral("another program")},
            {text, QStringLiteral("not a Tongbao ledger")},
            {newer, QStringLiteral("newer version")},
            {path(QStringLiteral("absent.tongbao")), QStringLiteral("does not exist")}};
        for (const auto& [target, reason] : cases) {
            const QByteArray before = fileBytes(target);
            const Run checked = run({QStringLiteral("check"), target});
            QCOMPARE(checked.exitCode, 1);
            QVERIFY2(checked.oneLineReason(QStringLiteral("check")), qPrintable(checked.err));
            QVERIFY2(checked.err.contains(reason), qPrintable(checked.err));
            QCOMPARE(fileBytes(target), before);
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("absent.tongbao"))));
        QCOMPARE(run({QStringLiteral("check")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
