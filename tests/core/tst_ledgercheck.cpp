// LedgerCheck: a sound ledger has no findings; each kind of damage a tamperer, a crash or a bad
// tool can leave (edited, deleted, reordered or cut-off history, broken links between records,
// sync columns out of line, damaged pages) is found and named.
#include "TempLedger.h"

#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/LedgerCheck.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

using Area = LedgerFinding::Area;

QString describe(const LedgerCheck::Report& report) {
    QStringList lines;
    for (const LedgerFinding& finding : report.findings)
        lines.append(QString::number(int(finding.area)) + QStringLiteral(": ") + finding.message);
    return lines.isEmpty() ? QStringLiteral("(no findings)") : lines.join(QLatin1Char('\n'));
}

bool hasFinding(const LedgerCheck::Report& report, Area area, const QString& text) {
    for (const LedgerFinding& finding : report.findings) {
        if (finding.area == area && finding.message.contains(text))
            return true;
    }
    return false;
}

int countIn(const LedgerCheck::Report& report, Area area) {
    int count = 0;
    for (const LedgerFinding& finding : report.findings)
        count += finding.area == area ? 1 : 0;
    return count;
}

}  // namespace

class TestLedgerCheck : public QObject {
    Q_OBJECT

private:
    QString m_householdId;
    QStringList m_childIds;

    // A household with a member, four children in it, and an update to each of two of them:
    // 1 creation + 2 (household, member) + 4 + 2 = 9 history entries.
    void fill(TempLedger& temp) {
        m_childIds.clear();
        Household household;
        household.headName = QStringLiteral("王建国");
        household.villageGroup = QStringLiteral("3组");
        HouseholdMember member;
        member.name = QStringLiteral("李秀英");
        member.relation = QStringLiteral("spouse");
        household.members.append(member);
        QVERIFY(temp->households().save(household).ok());
        m_householdId = household.meta.id;
        for (int i = 0; i < 4; ++i) {
            Child child;
            child.householdId = m_householdId;
            child.name = QStringLiteral("王小%1").arg(i);
            child.riskLevel = QStringLiteral("low");
            QVERIFY(temp->children().save(child).ok());
            m_childIds.append(child.meta.id);
            if (i % 2 == 1) {
                temp.clock().advanceSeconds(60);
                child.riskLevel = QStringLiteral("high");
                QVERIFY(temp->children().save(child).ok());
            }
        }
    }

    void dropGuards(Database& db) {
        QVERIFY(db.execute(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(db.execute(QStringLiteral("DROP TRIGGER audit_no_delete")));
    }

    LedgerCheck::Report check(TempLedger& temp) { return LedgerCheck(temp->database()).run(); }

private slots:
    void soundLedgerHasNoFindings() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        fill(temp);
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(report.clean(), qPrintable(describe(report)));
        QCOMPARE(report.historyEntries, qint64(9));
        QCOMPARE(report.version, Migrations::latestVersion());
        QVERIFY(report.notes.join(QLatin1Char(' '))
                    .contains(QString::number(Migrations::latestVersion())));
    }

    void checkingAFileDoesNotChangeWhatItHolds() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        temp.close();
        const auto first =
            LedgerCheck::checkFile(temp.path(), QStringLiteral("tester"), temp.clock());
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QVERIFY2(first->clean(), qPrintable(describe(*first)));
        QCOMPARE(first->versionBefore, Migrations::latestVersion());
        const auto second =
            LedgerCheck::checkFile(temp.path(), QStringLiteral("tester"), temp.clock());
        QVERIFY(second.ok());
        QCOMPARE(second->historyEntries, first->historyEntries);
    }

    void olderFileIsUpgradedAndSaysSo() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.tongbao"));
        {
            auto connected = Database::connect(path);
            QVERIFY(connected.ok());
            Database& db = **connected;
            QVERIFY(db.execute(
                QStringLiteral("PRAGMA application_id = %1").arg(Ledger::ApplicationId)));
            QVERIFY(Migrations::migrate(db, 2).ok());
            QVERIFY(db.execute(QStringLiteral(
                "INSERT INTO ledger (singleton, id, kind, name, area_code, created_at) VALUES "
                "(1, 'old-ledger', 'village', '老台账', '500110001001', "
                "'2025-01-01T00:00:00Z')")));
        }
        FixedClock clock(TempLedger::defaultStart());
        const auto report = LedgerCheck::checkFile(path, QStringLiteral("tester"), clock);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(report->clean(), qPrintable(describe(*report)));
        QCOMPARE(report->versionBefore, 2);
        QCOMPARE(report->version, Migrations::latestVersion());
        QVERIFY(report->notes.join(QLatin1Char(' ')).contains(QLatin1String("upgraded")));
    }

    void unopenableFilesGiveTheOpenError() {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200, 'x'));
        file.close();
        const auto report = LedgerCheck::checkFile(text, QStringLiteral("tester"));
        QVERIFY(!report.ok());
        QVERIFY(report.message().contains(QLatin1String("not a Tongbao ledger")));
        QCOMPARE(fileBytes(text), QByteArray(200, 'x'));

        const auto missing = LedgerCheck::checkFile(dir.filePath(QStringLiteral("none.tongbao")),
                                                    QStringLiteral("t"));
        QVERIFY(!missing.ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.tongbao"))));
    }

    void editedHistoryEntryIsNamed() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        dropGuards(temp->database());
        QVERIFY(temp->database().execute(
            QStringLiteral("UPDATE audit SET changes = '[]' WHERE seq = 5")));
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(hasFinding(report, Area::History, QStringLiteral("entry 5 was altered")),
                 qPrintable(describe(report)));
        // Dropping the guards is a finding of its own.
        QVERIFY(hasFinding(report, Area::History, QStringLiteral("protection")));
        QCOMPARE(countIn(report, Area::History), 2);
    }

    void deletedMiddleEntryIsNamed() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        dropGuards(temp->database());
        QVERIFY(temp->database().execute(QStringLiteral("DELETE FROM audit WHERE seq = 4")));
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(hasFinding(report, Area::History, QStringLiteral("entry 4 is missing")),
                 qPrintable(describe(report)));
        // The record whose creation was entry 4 now has no history for its revision.
        QVERIFY2(hasFinding(report, Area::History, QStringLiteral("without an entry")),
                 qPrintable(describe(report)));
    }

    void reorderedEntriesAreNamed() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        Database& db = temp->database();
        dropGuards(db);
        QVERIFY(db.execute(QStringLiteral("UPDATE audit SET seq = -1 WHERE seq = 6")));
        QVERIFY(db.execute(QStringLiteral("UPDATE audit SET seq = 6 WHERE seq = 7")));
        QVERIFY(db.execute(QStringLiteral("UPDATE audit SET seq = 7 WHERE seq = -1")));
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(hasFinding(report, Area::History, QStringLiteral("entry 6")),
                 qPrintable(describe(report)));
    }

    void cutOffEndOfHistoryIsFound() {
        // The chain alone cannot see this: what is left still links up.
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        dropGuards(temp->database());
        QVERIFY(temp->database().execute(QStringLiteral("DELETE FROM audit WHERE seq >= 8")));
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(hasFinding(report, Area::History, QStringLiteral("newest history entries")),
                 qPrintable(describe(report)));
        QCOMPARE(report.historyEntries, qint64(7));
    }

    void brokenLinkBetweenRecordsIsFound() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        Database& db = temp->database();
        QVERIFY(db.execute(QStringLiteral("PRAGMA foreign_keys = OFF")));
        SqlQuery remove(db, QStringLiteral("DELETE FROM household WHERE id = :id"));
        remove.bind(QStringLiteral(":id"), m_householdId);
        QVERIFY(remove.exec());
        QVERIFY(db.execute(QStringLiteral("PRAGMA foreign_keys = ON")));
        const LedgerCheck::Report report = check(temp);
        // Four children and one member pointed at the household.
        QCOMPARE(countIn(report, Area::References), 5);
        QVERIFY2(hasFinding(report, Area::References, QStringLiteral("children's files")),
                 qPrintable(describe(report)));
        QVERIFY(hasFinding(report, Area::References, QStringLiteral("households")));
    }

    void revisionBeyondTheCounterIsFound() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        SqlQuery bump(temp->database(),
                      QStringLiteral("UPDATE child SET rev = rev + 100 WHERE id = :id"));
        bump.bind(QStringLiteral(":id"), m_childIds.at(2));
        QVERIFY(bump.exec());
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(hasFinding(report, Area::Sync, m_childIds.at(2)), qPrintable(describe(report)));
        QCOMPARE(report.findings.size(), 1);
    }

    void revisionWithoutHistoryIsFound() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        // Revision 1 is the household's; the child has no history entry at it.
        SqlQuery lower(temp->database(), QStringLiteral("UPDATE child SET rev = 1 WHERE id = :id"));
        lower.bind(QStringLiteral(":id"), m_childIds.at(0));
        QVERIFY(lower.exec());
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(hasFinding(report, Area::History, m_childIds.at(0)), qPrintable(describe(report)));
        QCOMPARE(report.findings.size(), 1);
    }

    void counterBehindHistoryIsFound() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        QVERIFY(
            temp->database().execute(QStringLiteral("UPDATE ledger SET last_rev = last_rev - 1")));
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(hasFinding(report, Area::Sync, QStringLiteral("counter stands at")),
                 qPrintable(describe(report)));
        // The last change's row is now beyond the counter too.
        QCOMPARE(countIn(report, Area::Sync), 2);
    }

    void recordWithoutOwnerIsFound() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        QVERIFY(temp->database().execute(QStringLiteral("UPDATE household SET owner = ''")));
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(hasFinding(report, Area::Sync, QStringLiteral("no owner")),
                 qPrintable(describe(report)));
        QCOMPARE(report.findings.size(), 1);
    }

    void rowsOfOtherLedgersKeepTheirOwnNumbers() {
        // A town holds villages' rows with the villages' revisions; they are not ours to count.
        TempLedger temp(QStringLiteral("town"));
        QVERIFY(temp.ok());
        fill(temp);
        QVERIFY(temp->database().execute(QStringLiteral(
            "INSERT INTO child (id, owner, rev, updated_at, updated_by, name) VALUES "
            "('village-child', 'village-ledger', 987654, '2026-11-01T00:00:00Z', 'clerk', "
            "'张三')")));
        const LedgerCheck::Report report = check(temp);
        QVERIFY2(report.clean(), qPrintable(describe(report)));
    }

    void damagedPagesAreFound() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fill(temp);
        Database& db = temp->database();
        const qint64 pageSize = db.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        const qint64 rootPage =
            db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                     "'child_name'"))
                .toLongLong();
        QVERIFY(pageSize > 0 && rootPage > 1);
        temp.close();  // the last connection checkpoints the write-ahead log into the file
        QFile file(temp.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((rootPage - 1) * pageSize));
        file.write(QByteArray(int(pageSize), '\xff'));
        file.close();

        const auto report =
            LedgerCheck::checkFile(temp.path(), QStringLiteral("tester"), temp.clock());
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(countIn(*report, Area::Storage) > 0, qPrintable(describe(*report)));
    }
};

QTEST_GUILESS_MAIN(TestLedgerCheck)
#include "tst_ledgercheck.moc"
