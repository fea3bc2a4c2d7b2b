// The ledger file: creation, pragmas, stepwise migrations and refusal of files it must not touch.
#include "TempLedger.h"

#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{TempLedger::defaultStart()};

    QString freshPath(const QString& name) { return m_dir.filePath(name); }

    // A plain SQLite file written by "someone else", with the given header fields.
    QString makeSqliteFile(const QString& name, quint32 applicationId, int userVersion) {
        const QString path = freshPath(name);
        auto db = Database::connect(path);
        Q_ASSERT(db.ok());
        (*db)->execute(QStringLiteral("CREATE TABLE t (x)"));
        (*db)->execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        (*db)->execute(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
        return path;
    }

private slots:
    void freshLedgerHasTheDocumentedPragmas() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        Database& db = temp->database();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(),
                 qint64(Ledger::ApplicationId));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Migrations::latestVersion());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);  // FULL
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void freshLedgerRecordsItsIdentity() {
        TempLedger temp(QStringLiteral("town"));
        QVERIFY(temp.ok());
        const LedgerIdentity id = temp->identity();
        QCOMPARE(id.id.size(), 36);
        QCOMPARE(id.kind, QStringLiteral("town"));
        QCOMPARE(id.name, QStringLiteral("测试台账"));
        QCOMPARE(id.areaCode, QStringLiteral("500110001000"));
        QCOMPARE(id.createdAt, TempLedger::defaultStart().toUTC());
        // The identity survives closing and opening.
        QVERIFY(temp.reopen());
        QCOMPARE(temp->identity().id, id.id);
    }

    void migrationsApplyOneStepAtATimeAndKeepData() {
        const QString path = freshPath(QStringLiteral("steps.tongbao"));
        auto connected = Database::connect(path);
        QVERIFY(connected.ok());
        Database& db = **connected;
        QVERIFY(
            db.execute(QStringLiteral("PRAGMA application_id = %1").arg(Ledger::ApplicationId)));
        QVERIFY(Migrations::migrate(db, 1).ok());
        QCOMPARE(Migrations::currentVersion(db), 1);
        QVERIFY(db.execute(QStringLiteral(
            "INSERT INTO ledger (singleton, id, kind, name, area_code, created_at) VALUES "
            "(1, 'a5c1d9c0-0000-4000-8000-000000000001', 'village', '桥河社区', "
            "'500110001001', '2026-01-01T00:00:00Z')")));
        QVERIFY(!db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'child'"))
                     .isValid());
        for (int version = 2; version <= Migrations::latestVersion(); ++version) {
            QVERIFY(Migrations::migrate(db, version).ok());
            QCOMPARE(Migrations::currentVersion(db), version);
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM ledger")).toString(),
                 QStringLiteral("桥河社区"));
        for (const char* table :
             {"child", "household", "household_member", "guardianship", "measure", "referral",
              "visit", "safety_report", "safety_notification", "safety_step", "audit", "setting"}) {
            QVERIFY2(db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = '%1'")
                                   .arg(QLatin1String(table)))
                         .isValid(),
                     table);
        }
        connected->reset();
        // The stepwise file opens as a ledger.
        auto opened = Ledger::open(path, QStringLiteral("tester"), m_clock);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE((*opened)->identity().name, QStringLiteral("桥河社区"));
    }

    void aFailingMigrationLeavesTheFileAtItsVersion() {
        const QString path = freshPath(QStringLiteral("failing.tongbao"));
        auto connected = Database::connect(path);
        QVERIFY(connected.ok());
        Database& db = **connected;
        QVERIFY(Migrations::migrate(db, 1).ok());
        // Something already named like a table of step 2 makes that step fail half-way.
        QVERIFY(db.execute(QStringLiteral("CREATE TABLE referral (x)")));
        const Status migrated = Migrations::migrate(db);
        QVERIFY(!migrated.ok());
        QVERIFY(migrated.message().contains(QLatin1String("2")));
        QCOMPARE(Migrations::currentVersion(db), 1);
        // Nothing of step 2 was kept: its first table does not exist.
        QVERIFY(!db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'household'"))
                     .isValid());
    }

    void foreignSqliteFileIsRefusedAndUntouched() {
        const QString path = makeSqliteFile(QStringLiteral("other.db"), 0x12345678, 3);
        const QByteArray before = fileBytes(path);
        auto opened = Ledger::open(path, QStringLiteral("tester"), m_clock);
        QVERIFY(!opened.ok());
        QVERIFY(opened.message().contains(QLatin1String("not a Tongbao ledger")));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void plainSqliteWithoutApplicationIdIsRefused() {
        const QString path = makeSqliteFile(QStringLiteral("plain.db"), 0, 0);
        const QByteArray before = fileBytes(path);
        QVERIFY(!Ledger::open(path, QStringLiteral("tester"), m_clock).ok());
        QCOMPARE(fileBytes(path), before);
    }

    void nonSqliteFileIsRefusedAndUntouched_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArrayLiteral("姓名,身份证号\n张三,500110201001011234\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short header") << QByteArrayLiteral("SQLite format 3");
    }
    void nonSqliteFileIsRefusedAndUntouched() {
        QFETCH(QByteArray, content);
        const QString path = freshPath(QStringLiteral("not-a-ledger-%1.tongbao")
                                           .arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto opened = Ledger::open(path, QStringLiteral("tester"), m_clock);
        QVERIFY(!opened.ok());
        QVERIFY(opened.message().contains(QLatin1String("not a Tongbao ledger")));
        QCOMPARE(fileBytes(path), content);
    }

    void newerFileIsRefusedAndUntouched() {
        TempLedger temp;
        QVERIFY(temp.ok());
        QVERIFY(temp->database().execute(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        temp.close();
        const QByteArray before = fileBytes(temp.path());
        auto opened = Ledger::open(temp.path(), QStringLiteral("tester"), m_clock);
        QVERIFY(!opened.ok());
        QVERIFY(opened.message().contains(QLatin1String("newer version of Tongbao")));
        QCOMPARE(fileBytes(temp.path()), before);
    }

    void missingFileIsReported() {
        auto opened = Ledger::open(freshPath(QStringLiteral("nowhere.tongbao")),
                                   QStringLiteral("tester"), m_clock);
        QVERIFY(!opened.ok());
        QVERIFY(opened.message().contains(QLatin1String("does not exist")));
    }

    void createRefusesAnExistingFile() {
        TempLedger temp;
        QVERIFY(temp.ok());
        temp.close();
        const QByteArray before = fileBytes(temp.path());
        auto created = Ledger::create(
            temp.path(),
            {QStringLiteral("village"), QStringLiteral("另一个"), QStringLiteral("500110001001")},
            QStringLiteral("tester"), m_clock);
        QVERIFY(!created.ok());
        QVERIFY(created.message().contains(QLatin1String("already exists")));
        QCOMPARE(fileBytes(temp.path()), before);
    }

    void createValidatesTheLedgerFacts_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("problem");
        QTest::newRow("kind") << "county"
                              << "桥河"
                              << "500110001001"
                              << "village, town or district";
        QTest::newRow("name") << "village"
                              << "  "
                              << "500110001001"
                              << "name of the unit";
        QTest::newRow("short area") << "village"
                                    << "桥河"
                                    << "500110001"
                                    << "12 digits";
        QTest::newRow("letters") << "village"
                                 << "桥河"
                                 << "50011000100A"
                                 << "12 digits";
        QTest::newRow("unknown county") << "village"
                                        << "桥河"
                                        << "999999001001"
                                        << "999999";
    }
    void createValidatesTheLedgerFacts() {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, area);
        QFETCH(QString, problem);
        const QString path = freshPath(
            QStringLiteral("invalid-%1.tongbao").arg(QString::fromLatin1(QTest::currentDataTag())));
        auto created = Ledger::create(path, {kind, name, area}, QStringLiteral("tester"), m_clock);
        QVERIFY(!created.ok());
        QVERIFY2(created.message().contains(problem), qPrintable(created.message()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".creating")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
