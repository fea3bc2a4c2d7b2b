// The audit chain: every change leaves a row; editing, deleting or re-chaining history with plain
// SQL is detected and the first broken row is named.
#include "TempLedger.h"

#include "storage/AuditLog.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"

#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    // A ledger with history: one creation, ten children, five edits.
    void fillHistory(TempLedger& temp) {
        for (int i = 0; i < 10; ++i) {
            Child child;
            child.name = QStringLiteral("儿童%1").arg(i);
            child.riskLevel = QStringLiteral("low");
            const Status created = temp->children().save(child);
            QVERIFY2(created.ok(), qPrintable(created.message() + temp->database().lastError()));
            if (i % 2 == 0) {
                temp.clock().advanceSeconds(60);
                child.riskLevel = QStringLiteral("high");
                QVERIFY(temp->children().save(child).ok());
            }
        }
    }

    // What a tamperer would do first: the program's own guard against edits.
    void dropGuards(Database& db) {
        QVERIFY(db.execute(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(db.execute(QStringLiteral("DROP TRIGGER audit_no_delete")));
    }

private slots:
    // The bytes an entry's hash covers never change (entries written before must verify): the
    // hash of a fixed entry, worked out apart (Python's hashlib.blake2b, digest_size=32, over
    // the length-prefixed UTF-8 of each field), and its change list as QJsonDocument writes it.
    void theHashOfAnEntryIsFixed() {
        const Fields before{{QStringLiteral("name"), QStringLiteral("张叁")},
                            {QStringLiteral("amount_fen"), QVariant()}};
        const Fields after{{QStringLiteral("name"), QStringLiteral("张三")},
                           {QStringLiteral("amount_fen"), QVariant(qint64(-1250))}};
        AuditEntry entry;
        entry.seq = 1234567;
        entry.at = QDateTime(QDate(2026, 11, 3), QTime(8, 5, 9), Qt::UTC);
        entry.actor = QStringLiteral("督导员1");
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("child");
        entry.entityId = QStringLiteral("0193a1b2-0000-7000-8000-000000000001");
        entry.owner = QStringLiteral("0193a1b2-0000-7000-8000-0000000000ff");
        entry.rev = 98765;
        entry.previousHash =
            QString(64, QLatin1Char('a')).replace(QStringLiteral("aa"), QStringLiteral("ab"));
        entry.changes = AuditLog::describeChanges(before, after);
        QCOMPARE(entry.changes, QStringLiteral("[{\"field\":\"name\",\"new\":\"张三\",\"old\":"
                                               "\"张叁\"},{\"field\":\"amount_fen\",\"new\":"
                                               "-1250,\"old\":null}]"));
        QCOMPARE(
            AuditLog::computeHash(entry),
            QStringLiteral("850c467f8b75b30a4a9071b302847b25c469fa2a8821f8357657b6b02103bbd3"));
        // A creation's list made directly as UTF-8 (bulk writes) is the same text.
        QCOMPARE(AuditLog::describeCreationUtf8(after), AuditLog::describeCreation(after).toUtf8());
    }

    void intactHistoryVerifies() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fillHistory(temp);
        const AuditLog::Verification result = AuditLog::verify(temp->database());
        QVERIFY2(result.intact(), qPrintable(result.problem));
        QCOMPARE(result.rowsChecked, qint64(16));
    }

    void theProgramCannotRewriteHistory() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fillHistory(temp);
        QVERIFY(!temp->database().execute(QStringLiteral("UPDATE audit SET actor = 'x'")));
        QVERIFY(!temp->database().execute(QStringLiteral("DELETE FROM audit WHERE seq = 3")));
    }

    void editedRowIsNamed_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("changes") << "changes"
                                 << "[]";
        QTest::newRow("actor") << "actor"
                               << "someone-else";
        QTest::newRow("time") << "at"
                              << "2020-01-01T00:00:00Z";
        QTest::newRow("entity id") << "entity_id"
                                   << "00000000-0000-0000-0000-000000000000";
    }
    void editedRowIsNamed() {
        QFETCH(QString, column);
        QFETCH(QString, value);
        TempLedger temp;
        QVERIFY(temp.ok());
        fillHistory(temp);
        dropGuards(temp->database());
        SqlQuery edit(temp->database(),
                      QStringLiteral("UPDATE audit SET %1 = :value WHERE seq = 7").arg(column));
        edit.bind(QStringLiteral(":value"), value);
        QVERIFY(edit.exec());
        const AuditLog::Verification result = AuditLog::verify(temp->database());
        QVERIFY(!result.intact());
        QCOMPARE(result.firstBrokenSeq, std::optional<qint64>(7));
        QVERIFY(result.problem.contains(QLatin1String("7")));
    }

    void deletedRowIsNamed() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fillHistory(temp);
        dropGuards(temp->database());
        QVERIFY(temp->database().execute(QStringLiteral("DELETE FROM audit WHERE seq = 5")));
        const AuditLog::Verification result = AuditLog::verify(temp->database());
        QCOMPARE(result.firstBrokenSeq, std::optional<qint64>(5));
    }

    void rehashedRowStillBreaksTheChainAfterIt() {
        // A tamperer who edits row 4 and recomputes its hash breaks the link from row 5.
        TempLedger temp;
        QVERIFY(temp.ok());
        fillHistory(temp);
        Database& db = temp->database();
        dropGuards(db);
        QVERIFY(db.execute(QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 4")));
        SqlQuery read(db, QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, owner, "
                                         "rev, changes, prev_hash FROM audit WHERE seq = 4"));
        QVERIFY(read.exec() && read.next());
        AuditEntry entry;
        entry.seq = 4;
        sqlvalue::from(read.value(1), entry.at);
        entry.actor = read.value(2).toString();
        entry.action = read.value(3).toString();
        entry.entity = read.value(4).toString();
        entry.entityId = read.value(5).toString();
        entry.owner = read.value(6).toString();
        entry.rev = read.value(7).toLongLong();
        entry.changes = read.value(8).toString();
        entry.previousHash = read.value(9).toString();
        SqlQuery rehash(db, QStringLiteral("UPDATE audit SET hash = :hash WHERE seq = 4"));
        rehash.bind(QStringLiteral(":hash"), AuditLog::computeHash(entry));
        QVERIFY(rehash.exec());
        const AuditLog::Verification result = AuditLog::verify(db);
        QCOMPARE(result.firstBrokenSeq, std::optional<qint64>(5));
    }

    void chainContinuesAcrossReopening() {
        TempLedger temp;
        QVERIFY(temp.ok());
        fillHistory(temp);
        QVERIFY(temp.reopen());
        fillHistory(temp);
        QVERIFY(AuditLog::verify(temp->database()).intact());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
