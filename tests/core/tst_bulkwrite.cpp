// BulkWrite: writes inside a bulk scope leave exactly the rows, revs and history (hash chain
// bytes included) and the same search index that the same writes leave one by one; a write, or
// a unit of writes, that fails inside the scope fails the whole scope and nothing of it stays;
// rollbacks and other history writers inside the scope do not break the chain; search keys are
// written with each commit, and each child's latest visit kept as the triggers keep it (also for
// visits moved or removed); text with a lone surrogate is stored alike. New ids are time-ordered
// UUIDs.
#include "TempLedger.h"

#include "demo/DemoGenerator.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/RecordWriter.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace tongbao;
using namespace tongbao::test;

namespace {

// Every row of every table of the file, as sorted text. The full-text index is compared by
// what it holds (every term with every child's search number), not by the bytes of its
// segments: how many segments it has depends on how often it was flushed, which a bulk scope
// does once per commit instead of once per save.
QStringList dumpAll(Database& db) {
    QStringList tables;
    SqlQuery names(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                      "sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE "
                                      "'child\\_search\\_fts\\_%' ESCAPE '\\' ORDER BY name"));
    if (!names.exec())
        return {QStringLiteral("cannot list tables")};
    while (names.next())
        tables.append(names.value(0).toString());
    QStringList lines;
    for (const QString& table : tables) {
        SqlQuery query(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!query.exec())
            return {QStringLiteral("cannot read ") + table};
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList fields{table};
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = query.value(i);
                fields.append(record.fieldName(i) + QLatin1Char('=') +
                              (value.typeId() == QMetaType::QByteArray
                                   ? QString::fromLatin1(value.toByteArray().toHex())
                                   : value.toString()));
            }
            lines.append(fields.join(QLatin1Char('|')));
        }
    }
    if (!db.execute(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING "
                                   "fts5vocab(main, child_search_fts, instance)")))
        return {QStringLiteral("cannot read the full-text index")};
    SqlQuery terms(db, QStringLiteral("SELECT term, doc FROM temp.fts_terms"));
    if (!terms.exec())
        return {QStringLiteral("cannot read the full-text index")};
    while (terms.next())
        lines.append(QStringLiteral("fts|") + terms.value(0).toString() + QLatin1Char('|') +
                     terms.value(1).toString());
    SqlQuery integrity(db, QStringLiteral("INSERT INTO child_search_fts (child_search_fts) "
                                          "VALUES ('integrity-check')"));
    if (!integrity.exec())
        lines.append(QStringLiteral("full-text index damaged: ") + integrity.errorText());
    lines.sort();
    return lines;
}

qint64 number(Database& db, const QString& sql) {
    return db.scalar(sql).toLongLong();
}

// Two ledgers that start as copies of one file, so that their identity (which every row and
// every history entry carries) is the same.
class Twins {
public:
    // `before` writes what both have on file.
    explicit Twins(const std::function<bool(Ledger&)>& before = {}) {
        if (before && !before(m_base.ledger()))
            return;
        m_base.close();
        for (const QString& name : {QStringLiteral("a.tongbao"), QStringLiteral("b.tongbao")}) {
            const QString path = m_dir.filePath(name);
            if (!QFile::copy(m_base.path(), path))
                return;
            auto opened = Ledger::open(path, QStringLiteral("tester"), m_base.clock());
            if (!opened)
                return;
            m_ledgers.push_back(std::move(*opened));
        }
    }
    bool ok() const { return m_ledgers.size() == 2; }
    Ledger& plain() { return *m_ledgers[0]; }
    Ledger& bulk() { return *m_ledgers[1]; }
    FixedClock& clock() { return m_base.clock(); }

private:
    TempLedger m_base;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Ledger>> m_ledgers;
};

Child child(const QString& name) {
    Child c;
    c.name = name;
    c.sex = QStringLiteral("F");
    c.birthDate = QDate(2016, 3, 4);
    c.riskLevel = QStringLiteral("medium");
    c.fileStatus = QStringLiteral("active");
    return c;
}

Visit visit(const QString& childId, const QDate& date) {
    Visit v;
    v.childId = childId;
    v.visitDate = date;
    v.mode = QStringLiteral("home");
    v.childSeenInPerson = true;
    return v;
}

const QString kOnFile = QStringLiteral("00000000-0000-4000-8000-000000000100");

// Visits for a child on file and for a new one, then a visit moved and one removed.
bool visitWork(Ledger& ledger) {
    int next = 0;
    auto id = [&next] {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(++next, 12, 10, QLatin1Char('0'));
    };
    BulkWrite scope(ledger.writer());
    Child fresh = child(QStringLiteral("王小明"));
    fresh.meta.id = id();
    if (!ledger.children().save(fresh))
        return false;
    for (int month = 1; month <= 3; ++month) {
        for (const QString& childId : {kOnFile, fresh.meta.id}) {
            Visit v = visit(childId, QDate(2026, month, 10));
            v.meta.id = id();
            if (!ledger.visits().save(v))
                return false;
        }
    }
    if (!scope.commitAndContinue())
        return false;
    // A visit moved to the other child and the latest one of the child on file removed.
    Visit moved = *ledger.visits().load(QStringLiteral("00000000-0000-4000-8000-000000000002"));
    moved.childId = fresh.meta.id;
    moved.visitDate = QDate(2026, 5, 1);
    return ledger.visits().save(moved) &&
           ledger.visits().remove(QStringLiteral("00000000-0000-4000-8000-000000000006")) &&
           scope.commit();
}

bool childOnFile(Ledger& ledger) {
    Child c = child(QStringLiteral("李小花"));
    c.meta.id = kOnFile;
    return ledger.children().save(c).ok();
}

Household household(int n) {
    Household h;
    h.headName = QStringLiteral("王%1").arg(n);
    h.areaCode = QStringLiteral("500110001001");
    h.villageGroup = QStringLiteral("%1组").arg(n);
    h.incomeSources = {QStringLiteral("farming")};
    for (int i = 0; i < 2; ++i) {
        HouseholdMember member;
        member.name = QStringLiteral("王成员%1-%2").arg(n).arg(i);
        member.relation = QStringLiteral("spouse");
        member.birthDate = QDate(1980 + i, 1, 1 + n);
        h.members.append(member);
    }
    return h;
}

Child child(int n, const QString& householdId) {
    Child c;
    c.householdId = householdId;
    c.name = QStringLiteral("王小%1").arg(n);
    c.sex = n % 2 ? QStringLiteral("M") : QStringLiteral("F");
    c.birthDate = QDate(2015, 1 + n % 12, 1 + n % 28);
    c.categories = {QStringLiteral("left_behind")};
    c.riskLevel = QStringLiteral("medium");
    c.fileStatus = QStringLiteral("active");
    return c;
}

Visit visit(const QString& childId, int month) {
    Visit v;
    v.childId = childId;
    v.visitDate = QDate(2026, month, 10);
    v.mode = QStringLiteral("home");
    v.childSeenInPerson = true;
    return v;
}

// The same work for both ways: creates, updates (one that changes nothing), tombstones, a
// household that loses a member. Ids are given, as an import or the demo gives them.
bool work(Ledger& ledger, FixedClock& clock) {
    int next = 0;
    auto id = [&next] {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(++next, 12, 10, QLatin1Char('0'));
    };
    for (int n = 0; n < 5; ++n) {
        Household h = household(n);
        h.meta.id = id();
        for (HouseholdMember& member : h.members)
            member.meta.id = id();
        if (!ledger.households().save(h))
            return false;
        Child c = child(n, h.meta.id);
        c.meta.id = id();
        if (!ledger.children().save(c))
            return false;
        clock.advanceSeconds(1);
        for (int month = 1; month <= 3; ++month) {
            Visit v = visit(c.meta.id, month);
            v.meta.id = id();
            if (!ledger.visits().save(v))
                return false;
            if (month == 2 && !ledger.visits().remove(v.meta.id))
                return false;
        }
        c.name += QStringLiteral("明");
        if (!ledger.children().save(c) || !ledger.children().save(c))  // the second: no change
            return false;
        h.headName += QStringLiteral("华");
        h.members.removeLast();
        if (!ledger.households().save(h))
            return false;
    }
    return true;
}

}  // namespace

class TestBulkWrite : public QObject {
    Q_OBJECT

private slots:
    void demoDataIsTheSameBothWays() {
        Twins twins;
        QVERIFY(twins.ok());
        twins.plain().writer().setBulkWrites(false);
        const auto plain = DemoGenerator::fill(twins.plain(), DemoOptions{200, 7});
        const auto bulk = DemoGenerator::fill(twins.bulk(), DemoOptions{200, 7});
        QVERIFY2(plain.ok(), qPrintable(plain.message()));
        QVERIFY2(bulk.ok(), qPrintable(bulk.message()));
        const QStringList expected = dumpAll(twins.plain().database());
        QVERIFY(expected.size() > 2000);
        const QStringList actual = dumpAll(twins.bulk().database());
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(actual[i], expected[i]);
        QVERIFY(AuditLog::verify(twins.bulk().database()).intact());
    }

    void repositoryWritesAreTheSameBothWays() {
        Twins twins;
        QVERIFY(twins.ok());
        const QDateTime start = twins.clock().now();
        QVERIFY(work(twins.plain(), twins.clock()));
        twins.clock().set(start);  // the same times both ways
        {
            BulkWrite scope(twins.bulk().writer());
            QVERIFY(scope.active());
            QVERIFY(work(twins.bulk(), twins.clock()));
            QVERIFY(scope.commit());
        }
        Database& db = twins.bulk().database();
        QCOMPARE(dumpAll(db), dumpAll(twins.plain().database()));
        QCOMPARE(number(db, QStringLiteral("SELECT last_rev FROM ledger")),
                 number(db, QStringLiteral("SELECT max(rev) FROM audit")));
        QVERIFY(AuditLog::verify(db).intact());
    }

    void aFailedWriteRollsBackTheWholeScope() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        const QStringList before = dumpAll(db);
        {
            BulkWrite scope(temp->writer());
            Household h = household(1);
            QVERIFY(temp->households().save(h));
            Child c = child(1, h.meta.id);
            QVERIFY(temp->children().save(c));
            Measure orphan;  // names a child that does not exist: the foreign key refuses it
            orphan.childId = QStringLiteral("no-such-child");
            orphan.kind = QStringLiteral("dibao");
            QVERIFY(!temp->measures().save(orphan).ok());
            // The rev was advanced before the row was refused: the scope must not commit.
            QVERIFY(!scope.commit());
        }
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(dumpAll(db), before);
        // The writer is back on the normal path and the chain goes on from where it was.
        Household h = household(2);
        QVERIFY(temp->households().save(h));
        QVERIFY(AuditLog::verify(db).intact());
        QCOMPARE(number(db, QStringLiteral("SELECT last_rev FROM ledger")),
                 number(db, QStringLiteral("SELECT max(rev) FROM audit")));
    }

    void aScopeLeftWithoutCommitLeavesNothing() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        const QStringList before = dumpAll(db);
        {
            BulkWrite scope(temp->writer());
            QVERIFY(work(temp.ledger(), temp.clock()));
        }
        QCOMPARE(dumpAll(db), before);
    }

    void aRolledBackSavepointInsideTheScopeKeepsTheChain() {
        Twins twins;
        QVERIFY(twins.ok());
        auto steps = [](Ledger& ledger) {
            int next = 0;
            auto withIds = [&next](Household h) {
                h.meta.id = QStringLiteral("00000000-0000-4000-8000-0000000000%1").arg(++next);
                for (HouseholdMember& member : h.members)
                    member.meta.id =
                        QStringLiteral("00000000-0000-4000-8000-0000000000%1").arg(++next);
                return h;
            };
            Household kept = withIds(household(1));
            if (!ledger.households().save(kept))
                return false;
            {
                Transaction undone(ledger.database());
                Household dropped = withIds(household(2));
                if (!ledger.households().save(dropped))
                    return false;
            }  // rolled back: its rev and history entries are gone again
            Child c = child(1, kept.meta.id);
            c.meta.id = QStringLiteral("00000000-0000-4000-8000-000000000099");
            return bool(ledger.children().save(c));
        };
        QVERIFY(steps(twins.plain()));
        {
            BulkWrite scope(twins.bulk().writer());
            QVERIFY(steps(twins.bulk()));
            QVERIFY(scope.commit());
        }
        Database& db = twins.bulk().database();
        QVERIFY(AuditLog::verify(db).intact());
        QCOMPARE(dumpAll(db), dumpAll(twins.plain().database()));
        QCOMPARE(number(db, QStringLiteral("SELECT last_rev FROM ledger")),
                 number(db, QStringLiteral("SELECT max(rev) FROM audit")));
    }

    void historyWrittenByAnotherLogInsideTheScopeIsFollowed() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        {
            BulkWrite scope(temp->writer());
            Household first = household(1);
            QVERIFY(temp->households().save(first));
            // Another writer of the same chain on the same connection, as the access log.
            AuditEntry access;
            access.at = temp.clock().nowUtc();
            access.actor = QStringLiteral("tester");
            access.action = QStringLiteral("view");
            access.entity = QStringLiteral("access");
            access.entityId = QStringLiteral("");
            access.owner = temp->identity().id;
            access.changes = QStringLiteral("{}");
            AuditLog other(db);
            QVERIFY2(other.append(access), qPrintable(db.lastError()));
            Household second = household(2);
            QVERIFY(temp->households().save(second));
            QVERIFY(scope.commit());
        }
        const AuditLog::Verification verified = AuditLog::verify(db);
        QVERIFY2(verified.intact(), qPrintable(verified.problem));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'access'")),
                 qint64(1));
    }

    void scopesNest() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        {
            BulkWrite outer(temp->writer());
            Household h = household(1);
            QVERIFY(temp->households().save(h));
            {
                BulkWrite inner(temp->writer());
                QCOMPARE(db.transactionDepth(), 2);
                Household other = household(2);
                QVERIFY(temp->households().save(other));
                QVERIFY(inner.commit());
            }
            Household last = household(3);
            QVERIFY(temp->households().save(last));
            QVERIFY(outer.commit());
        }
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM household")), qint64(3));
        QVERIFY(AuditLog::verify(db).intact());
        QCOMPARE(number(db, QStringLiteral("SELECT last_rev FROM ledger")),
                 number(db, QStringLiteral("SELECT max(rev) FROM audit")));
    }
    void aUnitThatFailsHalfWayFailsTheScope() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        Household gone = household(1);
        QVERIFY(temp->households().save(gone));
        const QString tombstoned = gone.members.first().meta.id;
        QVERIFY(temp->households().remove(gone.meta.id));
        const QStringList before = dumpAll(db);
        {
            BulkWrite scope(temp->writer());
            Household h = household(2);
            // The household row is written, then its member names a deleted record: refused
            // without an SQL error, after the unit wrote something it cannot take back.
            h.members.last().meta.id = tombstoned;
            QVERIFY(!temp->households().save(h).ok());
            QVERIFY(!scope.commit());
        }
        QCOMPARE(dumpAll(db), before);
        QVERIFY(AuditLog::verify(db).intact());
    }

    void searchKeysAreWrittenWithEachCommit() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        const QString countKeys = QStringLiteral("SELECT count(*) FROM child_search");
        {
            BulkWrite scope(temp->writer());
            Household h = household(1);
            QVERIFY(temp->households().save(h));
            Child first = child(1, h.meta.id);
            QVERIFY(temp->children().save(first));
            QCOMPARE(number(db, countKeys), qint64(0));  // not yet: at the commit
            QVERIFY(scope.commitAndContinue());
            QCOMPARE(number(db, countKeys), qint64(1));
            Child second = child(2, h.meta.id);
            QVERIFY(temp->children().save(second));
        }  // left without commit: the second child goes, the first stays with its keys
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM child")), qint64(1));
        QCOMPARE(number(db, countKeys), qint64(1));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM child_search_fts WHERE "
                                           "child_search_fts MATCH '\"wangxiao\"*'")),
                 qint64(1));
    }

    void latestVisitsAreTheSameBothWays() {
        Twins twins(childOnFile);
        QVERIFY(twins.ok());
        twins.plain().writer().setBulkWrites(false);
        QVERIFY(visitWork(twins.plain()));
        QVERIFY(visitWork(twins.bulk()));
        Database& db = twins.bulk().database();
        QCOMPARE(dumpAll(db), dumpAll(twins.plain().database()));
        // The child on file kept only its visit of February (January's moved to the other
        // child, March's removed); the other child's latest is the one moved to it.
        const QString latest =
            QStringLiteral("SELECT last_visit FROM child_search WHERE child_id = '%1'");
        QCOMPARE(db.scalar(latest.arg(kOnFile)).toString(), QStringLiteral("2026-02-10"));
        QCOMPARE(db.scalar(latest.arg(QStringLiteral("00000000-0000-4000-8000-000000000001")))
                     .toString(),
                 QStringLiteral("2026-05-01"));
        QVERIFY(AuditLog::verify(db).intact());
        // After the scope the triggers keep the latest visit at once, and history rows are
        // still refused changes.
        Visit later = visit(kOnFile, QDate(2026, 6, 1));
        QVERIFY(twins.bulk().visits().save(later));
        QCOMPARE(db.scalar(latest.arg(kOnFile)).toString(), QStringLiteral("2026-06-01"));
        QVERIFY(!db.execute(QStringLiteral("UPDATE audit SET actor = 'someone else'")));
    }

    void aLoneSurrogateIsStoredAsRecordByRecord() {
        Twins twins;
        QVERIFY(twins.ok());
        twins.plain().writer().setBulkWrites(false);
        QString name = QStringLiteral("王");
        name.append(QChar(0xD800));  // a lone surrogate, as from a broken file
        name.append(QStringLiteral("明"));
        for (Ledger* ledger : {&twins.plain(), &twins.bulk()}) {
            BulkWrite scope(ledger->writer());
            Child c = child(name);
            c.meta.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
            QVERIFY(ledger->children().save(c));
            QVERIFY(scope.commit());
        }
        Database& db = twins.bulk().database();
        QCOMPARE(dumpAll(db), dumpAll(twins.plain().database()));
        QVERIFY(AuditLog::verify(db).intact());
    }

    void newIdsAreTimeOrderedUuids() {
        QString previous;
        for (int i = 0; i < 5000; ++i) {
            const QString id = newUuid();
            QCOMPARE(id.size(), 36);
            QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
            QCOMPARE(id.at(14), QLatin1Char('7'));                                 // version 7
            QVERIFY2(QStringLiteral("89ab").contains(id.at(19)), qPrintable(id));  // variant 10
            QVERIFY2(id > previous, qPrintable(previous + QLatin1Char(' ') + id));
            previous = id;
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkWrite)
#include "tst_bulkwrite.moc"
