// LedgerBuild: a new ledger filled in one go appears under its name only once complete, with
// the schema the migrations make (journal, triggers) and each child's latest visit as the
// triggers would have kept it; a build that stops leaves nothing behind; an encrypted build,
// its pages sealed on a second thread, is whole and sealed even when its pages spill and are
// read back before they reach the file.
#include "TempLedger.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/IdNumber.h"
#include "security/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerBuild.h"
#include "storage/LedgerCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

const Ledger::NewLedger kVillage{QStringLiteral("village"), QStringLiteral("桥河社区"),
                                 QStringLiteral("500110001001")};

// Every table, index and trigger, as SQLite keeps it.
QStringList schemaOf(Database& db) {
    QStringList items;
    SqlQuery query(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    if (!query.exec())
        return {QStringLiteral("cannot read the schema")};
    while (query.next())
        items.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toString()}
                         .join(QLatin1Char('|')));
    return items;
}

}  // namespace

class TestLedgerBuild : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0))};
    const QString m_actor = QStringLiteral("tester");

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    // A finished build of `children` demo children at `file`.
    bool build(const QString& file, int children) {
        auto created = LedgerBuild::create(file, kVillage, m_actor, m_clock);
        if (!created || !(*created)->startFill())
            return false;
        DemoOptions options{children, 3};
        options.childrenPerTransaction = 0;
        return DemoGenerator::fill((*created)->ledger(), options).ok() && (*created)->finish();
    }

private slots:
    void initTestCase() { useFastPasswordHashing(); }
    void cleanup() { Accounts::setCredentialSource({}); }

    void theLedgerAppearsOnlyWhenComplete() {
        const QString file = path("complete.tongbao");
        auto created = LedgerBuild::create(file, kVillage, m_actor, m_clock);
        QVERIFY(created.ok());
        LedgerBuild& building = **created;
        QVERIFY(building.startFill());
        QVERIFY(DemoGenerator::fill(building.ledger(), DemoOptions{40, 3}).ok());
        // Filled, not finished: nothing under the name yet.
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(QFileInfo::exists(LedgerBuild::buildingPath(file)));
        QVERIFY(building.finish());
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(LedgerBuild::buildingPath(file)));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));

        auto opened = Ledger::open(file, m_actor, m_clock);
        QVERIFY(opened.ok());
        Database& db = (*opened)->database();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM child")).toInt(), 40);
        QVERIFY(AuditLog::verify(db).intact());
    }

    void theSchemaIsTheMigrations() {
        const QString built = path("schema-built.tongbao");
        QVERIFY(build(built, 30));
        auto made = Ledger::create(path("schema-made.tongbao"), kVillage, m_actor, m_clock);
        QVERIFY(made.ok());
        auto opened = Ledger::open(built, m_actor, m_clock);
        QVERIFY(opened.ok());
        QCOMPARE(schemaOf((*opened)->database()), schemaOf((*made)->database()));
    }

    void latestVisitsAreThoseTheTriggersKeep() {
        const QString file = path("visits.tongbao");
        QVERIFY(build(file, 120));
        auto opened = Ledger::open(file, m_actor, m_clock);
        QVERIFY(opened.ok());
        Database& db = (*opened)->database();
        // Built without the triggers: every child's latest visit as they compute it.
        const QString wrong = QStringLiteral(
            "SELECT count(*) FROM child_search s WHERE s.last_visit IS NOT coalesce((SELECT "
            "max(v.visit_date) FROM visit v WHERE v.child_id = s.child_id AND v.deleted = 0), "
            "'')");
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM child_search WHERE last_visit "
                                         "<> ''"))
                    .toInt() > 100);
        QCOMPARE(db.scalar(wrong).toInt(), 0);
        // And the triggers work again: a new visit is the child's latest at once.
        const QString childId =
            db.scalar(QStringLiteral("SELECT child_id FROM child_search LIMIT 1")).toString();
        Visit visit;
        visit.childId = childId;
        visit.visitDate = QDate(2026, 11, 28);
        visit.mode = QStringLiteral("home");
        visit.childSeenInPerson = true;
        QVERIFY((*opened)->visits().save(visit));
        SqlQuery latest(db, QStringLiteral("SELECT last_visit FROM child_search WHERE child_id "
                                           "= :id"));
        latest.bind(QStringLiteral(":id"), childId);
        QVERIFY(latest.exec() && latest.next());
        QCOMPARE(latest.value(0).toString(), QStringLiteral("2026-11-28"));
        QCOMPARE(db.scalar(wrong).toInt(), 0);
    }

    void aBuildThatStopsLeavesNothing() {
        const QString file = path("stopped.tongbao");
        {
            auto created = LedgerBuild::create(file, kVillage, m_actor, m_clock);
            QVERIFY(created.ok());
            QVERIFY((*created)->startFill());
            QVERIFY(DemoGenerator::fill((*created)->ledger(), DemoOptions{20, 3}).ok());
        }
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(LedgerBuild::buildingPath(file)));
    }

    void whatAnEarlierBuildLeftIsReplaced() {
        const QString file = path("left.tongbao");
        QFile stale(LedgerBuild::buildingPath(file));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("half a ledger");
        stale.close();
        QVERIFY(build(file, 10));
        auto opened = Ledger::open(file, m_actor, m_clock);
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->database().scalar(QStringLiteral("SELECT count(*) FROM child")).toInt(),
                 10);
    }

    void anEncryptedBuildIsWholeAndSealed() {
        const QString file = path("sealed.tongbao");
        const QString name = QStringLiteral("欧阳雨涵");
        {
            auto created = LedgerBuild::create(file, kVillage, m_actor, m_clock);
            QVERIFY(created.ok());
            LedgerBuild& building = **created;
            // The first account encrypts the file.
            QCOMPARE(addAccount(building.ledger(), QStringLiteral("admin"), Role::Administrator),
                     QString());
            QVERIFY(building.startFill());
            QVERIFY(DemoGenerator::fill(building.ledger(), DemoOptions{60, 5}).ok());
            // A cache of a few pages: pages spill to the writing thread and are read back
            // (and changed again) before it has written them.
            Database& db = building.ledger().database();
            QVERIFY(db.execute(QStringLiteral("PRAGMA cache_size = 12")));
            Transaction transaction(db);
            for (int i = 0; i < 400; ++i) {
                Child child;
                child.name = name + QString::number(i);
                const QString first17 =
                    QStringLiteral("500110201503%1").arg(i, 5, 10, QLatin1Char('0'));
                child.idNumber = first17 + IdNumber::checkCharacter(first17);
                child.birthDate = QDate(2015, 3, 17);
                child.villageGroup = QStringLiteral("%1组").arg(i % 9 + 1);
                QVERIFY(building.ledger().children().save(child));
            }
            QVERIFY(transaction.commit());
            QVERIFY(building.finish());
        }
        // Nothing in clear, as UTF-8 or UTF-16.
        const QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.size() > 500 * 1024);
        QVERIFY(!bytes.contains(name.toUtf8()));
        QVERIFY(!bytes.contains(
            QByteArray(reinterpret_cast<const char*>(name.utf16()), name.size() * 2)));
        // Every page's seal, SQLite's structure, the history chain and the sync columns.
        Accounts::setCredentialSource(testCredentials);
        const auto checked = LedgerCheck::checkFile(file, QStringLiteral("admin"), m_clock);
        QVERIFY2(checked, qPrintable(checked.message()));
        QVERIFY2(checked->clean(),
                 qPrintable(checked->findings.isEmpty() ? QString()
                                                        : checked->findings.first().message));
        auto opened = Ledger::open(file, QStringLiteral("admin"), m_clock);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Database& db = (*opened)->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM child")).toInt(), 460);
        SqlQuery last(db, QStringLiteral("SELECT id_number FROM child WHERE name = :name"));
        last.bind(QStringLiteral(":name"), name + QStringLiteral("399"));
        QVERIFY(last.exec() && last.next());
        QCOMPARE(last.value(0).toString().left(17), QStringLiteral("50011020150300399"));
    }

    void anExistingFileIsRefusedAndKept() {
        const QString file = path("existing.tongbao");
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone's file");
        existing.close();
        auto created = LedgerBuild::create(file, kVillage, m_actor, m_clock);
        QVERIFY(!created.ok());
        QVERIFY(created.message().contains(file));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("someone's file"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerBuild)
#include "tst_ledgerbuild.moc"
