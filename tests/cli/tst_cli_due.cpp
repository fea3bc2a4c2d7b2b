// tongbao-cli due on a hand-built ledger (the same kind of fixture as tst_duelist: sixteen
// children with chosen visit histories, measures and safety reports) with --on, in TSV and JSON.
// The expected children in each list were worked out by hand from the schedule's rules
// (core/schedule/VisitSchedule.h); the comments on the fixture give the arithmetic.
#include "TempLedger.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace tongbao;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime beijing(const char* date, int hour, int minute) {
    return QDateTime(d(date), QTime(hour, minute), QTimeZone(8 * 3600));
}

QStringList zh(std::initializer_list<const char*> list) {
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromUtf8(name));
    return result;
}

struct FixtureVisit {
    const char* date;
    bool inPerson;
    const char* next;
    bool deleted;
};

struct FixtureChild {
    const char* name;
    const char* risk;
    bool closed;
    const char* openedOn;
    const char* birthDate;
    QVector<FixtureVisit> visits;
};

// Due dates with the default frequencies (high 14, medium 30, low 90 days):
const QVector<FixtureChild> kChildren{
    {"王小明",
     "high",
     false,
     "2025-03-01",
     "2015-04-02",
     {{"2026-11-10", true, "", false}}},  // 11-24
    {"李娜",
     "medium",
     false,
     "2025-03-01",
     "2014-05-06",
     {{"2026-11-01", true, "", false}}},                                                    // 12-01
    {"张伟", "low", false, "2025-03-01", "2013-07-08", {{"2026-10-01", true, "", false}}},  // 12-30
    {"刘洋",
     "high",
     false,
     "2025-03-01",
     "2016-01-15",
     {{"2026-11-20", true, "2026-12-20", false}}},  // explicit 12-20
    {"陈静",
     "low",
     false,
     "2025-03-01",
     "2012-03-03",
     {{"2026-06-01", true, "2026-11-15", false}}},  // explicit 11-15
    {"杨帆",
     "medium",
     false,
     "2025-03-01",
     "2011-09-09",
     {{"2026-10-15", true, "", false}, {"2026-11-25", false, "", false}}},  // 11-14 (phone no)
    {"赵磊", "medium", false, "2026-11-20", "2017-10-10", {}},              // never seen: 11-20
    {"黄丽", "high", false, "2026-11-29", "2018-02-11", {}},                // never seen: 11-29
    {"周杰",
     "high",
     true,
     "2024-01-01",
     "2008-12-05",
     {{"2025-01-10", true, "", false}}},  // closed
    {"吴芳",
     "low",
     false,
     "2025-03-01",
     "2010-12-10",
     {{"2026-11-15", true, "", false}}},  // 2027-02-13; 16 on 12-10
    {"徐强",
     "medium",
     false,
     "2025-03-01",
     "2008-12-28",
     {{"2026-11-28", true, "", false}}},  // 12-28; 18 on 12-28
    {"孙悦",
     "medium",
     false,
     "2025-03-01",
     "2008-12-29",
     {{"2026-11-20", true, "", false}}},  // 12-20; 18 on 12-29
    {"马超",
     "low",
     false,
     "2025-03-01",
     "2012-06-01",
     {{"2026-10-05", true, "", false}}},  // 2027-01-03
    {"朱琳",
     "medium",
     false,
     "2025-03-01",
     "2013-08-08",
     {{"2026-11-05", true, "", false}}},  // 12-05
    {"林涛",
     "high",
     false,
     "2025-03-01",
     "2014-11-30",
     {{"2026-11-15", true, "", false}}},  // 11-29
    {"郭敏",
     "medium",
     false,
     "2025-03-01",
     "2015-12-31",
     {{"2026-10-01", true, "", false}, {"2026-11-25", true, "2026-12-25", true}}},  // 10-31
};

bool buildFixture(Ledger& ledger) {
    QHash<QString, QString> ids;
    Transaction transaction(ledger.database());
    for (const FixtureChild& spec : kChildren) {
        Child child;
        child.name = QString::fromUtf8(spec.name);
        child.riskLevel = QString::fromLatin1(spec.risk);
        child.openedOn = d(spec.openedOn);
        child.birthDate = d(spec.birthDate);
        child.villageGroup = QStringLiteral("3组");
        if (spec.closed)
            child.fileStatus = QStringLiteral("closed");
        if (!ledger.children().save(child))
            return false;
        ids.insert(child.name, child.meta.id);
        for (const FixtureVisit& v : spec.visits) {
            Visit visit;
            visit.childId = child.meta.id;
            visit.visitDate = d(v.date);
            visit.mode = v.inPerson ? QStringLiteral("home") : QStringLiteral("phone");
            visit.childSeenInPerson = v.inPerson;
            visit.nextVisitDate = d(v.next);
            if (!ledger.visits().save(visit) ||
                (v.deleted && !ledger.visits().remove(visit.meta.id)))
                return false;
        }
    }
    Child deleted;  // 胡军: deleted, appears nowhere
    deleted.name = QStringLiteral("胡军");
    deleted.riskLevel = QStringLiteral("high");
    deleted.openedOn = d("2026-11-01");
    deleted.birthDate = d("2010-12-01");
    if (!ledger.children().save(deleted) || !ledger.children().remove(deleted.meta.id))
        return false;

    const auto measure = [&](const char* child, const char* end, const char* status, bool remove) {
        Measure m;
        m.childId = ids.value(QString::fromUtf8(child));
        m.kind = QStringLiteral("dibao");
        m.endDate = d(end);
        m.status = QString::fromLatin1(status);
        return ledger.measures().save(m) && (!remove || ledger.measures().remove(m.meta.id));
    };
    if (!measure("徐强", "2026-12-15", "in_place", false) ||
        !measure("孙悦", "2026-12-29", "in_place", false) ||
        !measure("孙悦", "2026-12-10", "ended", false) ||
        !measure("张伟", "2026-12-01", "in_place", true) ||
        !measure("周杰", "2026-12-01", "in_place", false) ||
        !measure("李娜", "2026-11-28", "in_place", false))
        return false;

    const auto report = [&](const char* child, const QDateTime& found, const QDateTime& police,
                            bool closed) {
        SafetyReport r;
        r.childId = ids.value(QString::fromUtf8(child));
        r.discoveredAt = found;
        r.situations = QStringList{QStringLiteral("injury_abuse")};
        if (police.isValid()) {
            SafetyNotification n;
            n.recipient = QStringLiteral("police");
            n.method = QStringLiteral("phone");
            n.notifiedAt = police;
            r.notifications.append(n);
        }
        if (closed) {
            r.status = QStringLiteral("closed");
            r.closingResult = QStringLiteral("已妥善安置");
        }
        return bool(ledger.safetyReports().save(r));
    };
    return report("马超", beijing("2026-11-28", 20, 0), {}, false) &&
           report("朱琳", beijing("2026-11-20", 9, 0), beijing("2026-11-20", 10, 30), false) &&
           report("周杰", beijing("2026-10-01", 8, 0), beijing("2026-10-01", 8, 20), false) &&
           report("王小明", beijing("2026-09-01", 8, 0), beijing("2026-09-01", 9, 0), true) &&
           transaction.commit();
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// TSV rows grouped by the list column: list -> rows (fields).
QMap<QString, QVector<QStringList>> parseTsv(const QString& text, QStringList* header) {
    QMap<QString, QVector<QStringList>> lists;
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return lists;
    *header = lines.takeFirst().split(QLatin1Char('\t'));
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        lists[fields.value(0)].append(fields);
    }
    return lists;
}

QStringList column(const QVector<QStringList>& rows, int index) {
    QStringList values;
    for (const QStringList& row : rows)
        values.append(row.value(index));
    return values;
}

QStringList jsonNames(const QJsonObject& document, const QString& list) {
    QStringList names;
    for (const QJsonValue& value : document.value(list).toArray())
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    return names;
}

}  // namespace

class TestCliDue : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tsvOnFixedDate();
    void jsonOnFixedDate();
    void aWeekLater();
    void usageErrors_data();
    void usageErrors();

private:
    test::TempLedger m_ledger;
};

void TestCliDue::initTestCase() {
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("TONGBAO_CLI")), "TONGBAO_CLI not built");
    QVERIFY2(m_ledger.ok(), qPrintable(m_ledger.error()));
    QVERIFY(buildFixture(m_ledger.ledger()));
    m_ledger.close();
}

void TestCliDue::tsvOnFixedDate() {
    const Run run = runCli({QStringLiteral("due"), m_ledger.path(), QStringLiteral("--on"),
                            QStringLiteral("2026-11-29")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList header;
    const auto lists = parseTsv(run.out, &header);
    QCOMPARE(header, (QStringList{QStringLiteral("list"), QStringLiteral("child_id"),
                                  QStringLiteral("name"), QStringLiteral("village_group"),
                                  QStringLiteral("risk_level"), QStringLiteral("date"),
                                  QStringLiteral("days"), QStringLiteral("hours"),
                                  QStringLiteral("detail")}));
    QCOMPARE(lists.keys(),
             (QStringList{QStringLiteral("birthdays"), QStringLiteral("due_this_week"),
                          QStringLiteral("measures_ending"), QStringLiteral("never_visited"),
                          QStringLiteral("overdue"), QStringLiteral("safety_reports")}));

    const auto& overdue = lists[QStringLiteral("overdue")];
    QCOMPARE(column(overdue, 2), zh({"郭敏", "杨帆", "陈静", "赵磊", "王小明"}));
    QCOMPARE(column(overdue, 5),
             (QStringList{QStringLiteral("2026-10-31"), QStringLiteral("2026-11-14"),
                          QStringLiteral("2026-11-15"), QStringLiteral("2026-11-20"),
                          QStringLiteral("2026-11-24")}));
    QCOMPARE(column(overdue, 6),
             (QStringList{QStringLiteral("29"), QStringLiteral("15"), QStringLiteral("14"),
                          QStringLiteral("9"), QStringLiteral("5")}));
    QCOMPARE(column(overdue, 8),
             (QStringList{QStringLiteral("interval"), QStringLiteral("interval"),
                          QStringLiteral("explicit"), QStringLiteral("opened"),
                          QStringLiteral("interval")}));
    const auto& week = lists[QStringLiteral("due_this_week")];
    QCOMPARE(column(week, 2), zh({"林涛", "黄丽", "李娜", "朱琳"}));
    QCOMPARE(column(week, 6), (QStringList{QStringLiteral("0"), QStringLiteral("0"),
                                           QStringLiteral("2"), QStringLiteral("6")}));
    QCOMPARE(column(lists[QStringLiteral("never_visited")], 2), zh({"赵磊", "黄丽"}));
    const auto& birthdays = lists[QStringLiteral("birthdays")];
    QCOMPARE(column(birthdays, 2), zh({"吴芳", "徐强"}));
    QCOMPARE(column(birthdays, 5),
             (QStringList{QStringLiteral("2026-12-10"), QStringLiteral("2026-12-28")}));
    QCOMPARE(column(birthdays, 8), (QStringList{QStringLiteral("16"), QStringLiteral("18")}));
    const auto& measures = lists[QStringLiteral("measures_ending")];
    QCOMPARE(column(measures, 2), zh({"徐强"}));
    QCOMPARE(column(measures, 6), QStringList{QStringLiteral("16")});
    // --on is the end of that day: 23:59:59 in Beijing.
    const auto& reports = lists[QStringLiteral("safety_reports")];
    QCOMPARE(column(reports, 2), zh({"马超", "周杰", "朱琳"}));
    QCOMPARE(column(reports, 5),
             (QStringList{QStringLiteral("2026-11-28T20:00"), QStringLiteral("2026-10-01T08:00"),
                          QStringLiteral("2026-11-20T09:00")}));
    QCOMPARE(column(reports, 7),
             (QStringList{QStringLiteral("27"), QStringLiteral("1431"), QStringLiteral("230")}));
    QCOMPARE(column(reports, 8),
             (QStringList{QStringLiteral("urgent"), QStringLiteral("police_reported"),
                          QStringLiteral("police_reported")}));

    // Closed and deleted files are in no visit list; 周杰's open report still is listed.
    QVERIFY(!run.out.contains(QStringLiteral("胡军")));
    for (const QString& list : lists.keys()) {
        if (list != QLatin1String("safety_reports"))
            QVERIFY(!column(lists[list], 2).contains(QStringLiteral("周杰")));
    }
    QVERIFY(!run.out.contains(QStringLiteral("张伟")));
    QVERIFY(!run.out.contains(QStringLiteral("刘洋")));
}

void TestCliDue::jsonOnFixedDate() {
    const Run run =
        runCli({QStringLiteral("due"), m_ledger.path(), QStringLiteral("--on"),
                QStringLiteral("2026-11-29"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QStringLiteral("on")).toString(), QStringLiteral("2026-11-29"));
    QCOMPARE(jsonNames(object, QStringLiteral("overdue")),
             zh({"郭敏", "杨帆", "陈静", "赵磊", "王小明"}));
    QCOMPARE(jsonNames(object, QStringLiteral("due_this_week")),
             zh({"林涛", "黄丽", "李娜", "朱琳"}));
    QCOMPARE(jsonNames(object, QStringLiteral("never_visited")), zh({"赵磊", "黄丽"}));
    QCOMPARE(jsonNames(object, QStringLiteral("birthdays")), zh({"吴芳", "徐强"}));
    QCOMPARE(jsonNames(object, QStringLiteral("measures_ending")), zh({"徐强"}));
    QCOMPARE(jsonNames(object, QStringLiteral("safety_reports")), zh({"马超", "周杰", "朱琳"}));

    const QJsonObject first = object.value(QStringLiteral("overdue")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("days_overdue")).toInt(), 29);
    QCOMPARE(first.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-10-31"));
    QCOMPARE(first.value(QStringLiteral("last_in_person")).toString(),
             QStringLiteral("2026-10-01"));
    const QJsonArray reports = object.value(QStringLiteral("safety_reports")).toArray();
    QCOMPARE(object.value(QStringLiteral("now")).toString(),
             QStringLiteral("2026-11-29T23:59:59+08:00"));
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("discovered_at")).toString(),
             QStringLiteral("2026-11-28T20:00:00+08:00"));
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("age_hours")).toInt(), 27);
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("urgent")).toBool(), true);
    QVERIFY(reports.at(0).toObject().value(QStringLiteral("seconds_to_police_report")).isNull());
    QCOMPARE(reports.at(2).toObject().value(QStringLiteral("seconds_to_police_report")).toInt(),
             90 * 60);
    QCOMPARE(object.value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("high_days"))
                 .toInt(),
             14);
    QVERIFY(!run.out.contains(QStringLiteral("胡军")));
}

void TestCliDue::aWeekLater() {
    // 2026-12-06: this week runs to 12-12, the windows to 2027-01-04.
    const Run run =
        runCli({QStringLiteral("due"), m_ledger.path(), QStringLiteral("--on"),
                QStringLiteral("2026-12-06"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(jsonNames(object, QStringLiteral("overdue")),
             zh({"郭敏", "杨帆", "陈静", "赵磊", "王小明", "林涛", "黄丽", "李娜", "朱琳"}));
    QVERIFY(jsonNames(object, QStringLiteral("due_this_week")).isEmpty());
    QCOMPARE(jsonNames(object, QStringLiteral("never_visited")), zh({"赵磊", "黄丽"}));
    QCOMPARE(jsonNames(object, QStringLiteral("birthdays")), zh({"吴芳", "徐强", "孙悦"}));
    QCOMPARE(jsonNames(object, QStringLiteral("measures_ending")), zh({"徐强", "孙悦"}));
    QCOMPARE(jsonNames(object, QStringLiteral("safety_reports")), zh({"马超", "周杰", "朱琳"}));
}

void TestCliDue::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("LEDGER");
    QTest::newRow("no file") << QStringList{QStringLiteral("due")} << 2
                             << QStringLiteral("give exactly one ledger FILE");
    QTest::newRow("impossible date")
        << QStringList{QStringLiteral("due"), file, QStringLiteral("--on"),
                       QStringLiteral("2026-02-30")}
        << 2 << QStringLiteral("--on must be a calendar date written YYYY-MM-DD");
    QTest::newRow("bad format") << QStringList{QStringLiteral("due"), file,
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2 << QStringLiteral("--format must be tsv or json");
    QTest::newRow("missing file") << QStringList{QStringLiteral("due"),
                                                 QStringLiteral("/nonexistent/x.tongbao")}
                                  << 1 << QStringLiteral("tongbao-cli due: ");
}

void TestCliDue::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("LEDGER"), m_ledger.path());
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);  // one line
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDue)
#include "tst_cli_due.moc"
