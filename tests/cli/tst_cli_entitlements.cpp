// tongbao-cli entitlements on a 2,000-child demo ledger: every one of the 16 rules of the 2017
// set is reported for at least one child, the missing-only list shrinks as the suggested
// measures are created, --rules and the formats behave, the report files are written, and
// mistakes in the call exit 2 with a one-line reason.
#include "CliLogin.h"
#include "TempLedger.h"
#include "policy/Entitlements.h"
#include "security/Accounts.h"
#include "storage/Ledger.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
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
    // A new demo ledger has accounts: the documented demo administrator logs in.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TONGBAO_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("TONGBAO_PASSWORD"), Accounts::demoPassword());
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    Run result;
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

const QString kOn = QStringLiteral("2026-11-29");

}  // namespace

class TestCliEntitlements : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QJsonArray lines(const QStringList& extra = {}) {
        const Run r =
            run(QStringList{QStringLiteral("entitlements"), m_path, QStringLiteral("--on"), kOn,
                            QStringLiteral("--format"), QStringLiteral("json")} +
                extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value(QStringLiteral("entitlements"))
            .toArray();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("TONGBAO_CLI")), "TONGBAO_CLI not built");
        m_path = m_dir.filePath(QStringLiteral("demo.tongbao"));
        const Run made = run({QStringLiteral("demo"), m_path, QStringLiteral("--children"),
                              QStringLiteral("2000"), QStringLiteral("--on"), kOn});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void everyRuleIsReported() {
        const QJsonArray all = lines();
        QSet<QString> rules;
        QSet<QString> missingRules;
        for (const QJsonValue& line : all) {
            const QJsonObject o = line.toObject();
            rules.insert(o.value(QStringLiteral("rule")).toString());
            if (o.value(QStringLiteral("state")).toString() == QLatin1String("missing"))
                missingRules.insert(o.value(QStringLiteral("rule")).toString());
            QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("source")).toString().contains(QStringLiteral("綦江")));
        }
        auto set = RuleSet::builtIn(RuleSet::DefaultId);
        QVERIFY(set.ok());
        for (const PolicyRule& rule : set->rules)
            QVERIFY2(rules.contains(rule.id), qPrintable(rule.id));
        // The demo leaves gaps on purpose, so the missing list is never trivially empty.
        QVERIFY2(missingRules.size() >= 8, qPrintable(QString::number(missingRules.size())));
    }

    void tsvHasOneLinePerChildAndRule() {
        const Run r = run({QStringLiteral("entitlements"), m_path, QStringLiteral("--on"), kOn,
                           QStringLiteral("--rules"),
                           QStringLiteral("disability_screening,orphan_allowance")});
        QCOMPARE(r.exitCode, 0);
        const QStringList rows = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.first(), QStringLiteral("child_id\tname\trule\tstate\treason"));
        QVERIFY(rows.size() > 2);
        for (const QString& row : rows.mid(1)) {
            const QStringList fields = row.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 5);
            QVERIFY(fields[2] == QLatin1String("disability_screening") ||
                    fields[2] == QLatin1String("orphan_allowance"));
        }
    }

    void missingListShrinksAsMeasuresAreCreated() {
        const QJsonArray before = lines({QStringLiteral("--missing-only")});
        QVERIFY(before.size() > 10);
        for (const QJsonValue& line : before)
            QCOMPARE(line.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("missing"));
        {
            FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(10, 0)));
            QVERIFY(unlockDemo(m_path));
            auto opened = Ledger::open(m_path, QStringLiteral("tester"), clock);
            QVERIFY(opened.ok());
            const QString login =
                test::logIn(**opened, QStringLiteral("admin"), Accounts::demoPassword());
            QVERIFY2(login.isEmpty(), qPrintable(login));
            auto entitlements = Entitlements::forLedger(**opened);
            QVERIFY(entitlements.ok());
            for (int i = 0; i < 10; ++i) {
                const QJsonObject o = before.at(i).toObject();
                const QString child = o.value(QStringLiteral("child_id")).toString();
                const auto checked = (*entitlements)->checkChild(child, clock.today());
                QVERIFY(checked.ok());
                for (const Entitlement& e : *checked)
                    if (e.rule->id == o.value(QStringLiteral("rule")).toString())
                        QVERIFY((*entitlements)->createMissingMeasures(child, e).ok());
            }
        }
        const QJsonArray after = lines({QStringLiteral("--missing-only")});
        QCOMPARE(after.size(), before.size() - 10);
    }

    void reportFiles() {
        const QString xlsx = m_dir.filePath(QStringLiteral("missing.xlsx"));
        const QString pdf = m_dir.filePath(QStringLiteral("missing.pdf"));
        for (const QString& file : {xlsx, pdf}) {
            const Run r = run({QStringLiteral("entitlements"), m_path, QStringLiteral("--on"), kOn,
                               QStringLiteral("--missing-only"), QStringLiteral("--report"), file});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(QFileInfo(file).size() > 2000);
        }
    }

    void mistakes() {
        const Run noFile = run({QStringLiteral("entitlements")});
        QCOMPARE(noFile.exitCode, 2);
        const Run badRule = run({QStringLiteral("entitlements"), m_path, QStringLiteral("--rules"),
                                 QStringLiteral("free_bicycle")});
        QCOMPARE(badRule.exitCode, 2);
        QVERIFY(badRule.err.contains(QStringLiteral("free_bicycle")));
        QCOMPARE(run({QStringLiteral("entitlements"), m_path, QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .exitCode,
                 2);
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"format\": \"tongbao-rules/1\", \"id\": \"x\", \"version\": 1, \"rules\": "
            "[{\"id\": \"a\", \"facts\": [\"shoe_size\"], \"when\": {\"fact\": "
            "\"shoe_size\", \"under\": 3}}]}");
        file.close();
        const Run badFile =
            run({QStringLiteral("entitlements"), m_path, QStringLiteral("--rule-file"), broken});
        QCOMPARE(badFile.exitCode, 1);
        // One line says why (Qt may print its own notices about the platform besides).
        const QStringList reasons = badFile.err.split(QLatin1Char('\n'))
                                        .filter(QStringLiteral("tongbao-cli entitlements:"));
        QCOMPARE(reasons.size(), 1);
        QVERIFY2(reasons.first().contains(QStringLiteral("shoe_size")), qPrintable(badFile.err));
    }
};

QTEST_GUILESS_MAIN(TestCliEntitlements)
#include "tst_cli_entitlements.moc"
