// The register list of a town's merged ledger (issue 6): every row carries the village that owns
// it, the list narrows to one village in SQL, and the village order is the order of the
// villages' registered area codes and names (the town's own rows first, owners never registered
// last), by name within a village, read from an index rather than sorted. The town is built
// as in the field: villages export signed batches that the town imports.
#include "TempLedger.h"
#include "TempTown.h"

#include "exchange/VillageDirectory.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/SqlTrace.h"

#include <QTest>

#include <algorithm>

using namespace tongbao;
using namespace tongbao::test;

namespace {

const QStringList kSurnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                            QStringLiteral("陈"), QStringLiteral("杨")};

// Children whose names interleave with the other village's, so that the village order and the
// name order differ. One child of the village is in 9组, and only one in the whole town.
bool addChildren(Ledger& ledger, const QString& given, int count, bool withNinthGroup) {
    Transaction transaction(ledger.database());
    for (int i = 0; i < count; ++i) {
        Child child;
        child.name = kSurnames[i % kSurnames.size()] + given + QString::number(i);
        child.birthDate = QDate(2012, 1, 1).addDays(i * 37);
        child.sex = i % 2 ? QStringLiteral("M") : QStringLiteral("F");
        child.riskLevel = i % 3 == 0 ? QStringLiteral("high") : QStringLiteral("low");
        child.villageGroup = withNinthGroup && i == 5 ? QStringLiteral("9组")
                                                      : QStringLiteral("%1组").arg(i % 4 + 1);
        if (!ledger.children().save(child))
            return false;
        if (i % 2 == 0) {
            Visit visit;
            visit.childId = child.meta.id;
            visit.visitDate = QDate(2026, 11, 1);
            visit.mode = QStringLiteral("home");
            if (!ledger.visits().save(visit))
                return false;
        }
    }
    return transaction.commit();
}

QStringList ids(const QVector<ChildListRow>& rows) {
    QStringList list;
    for (const ChildListRow& row : rows)
        list.append(row.id);
    return list;
}

// What the village order must be: by the rank of the owner, then name, then id.
QVector<ChildListRow> inVillageOrder(QVector<ChildListRow> rows,
                                     const QStringList& ownerRank,
                                     bool descending) {
    std::sort(rows.begin(), rows.end(), [&](const ChildListRow& a, const ChildListRow& b) {
        const auto key = [&](const ChildListRow& row) {
            return std::make_tuple(ownerRank.indexOf(row.owner), row.name.toUtf8(), row.id);
        };
        return descending ? key(b) < key(a) : key(a) < key(b);
    });
    return rows;
}

QString queryPlan(Database& db, const QString& statement) {
    SqlQuery query(db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
    if (!query.exec())
        return QStringLiteral("cannot explain: ") + query.errorText();
    QStringList lines;
    while (query.next())
        lines.append(query.value(3).toString());
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestChildListQueryTown : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsCarryTheVillageThatOwnsThem();
    void filtersByVillage();
    void sortsByVillageThenName_data();
    void sortsByVillageThenName();
    void readsTheVillageOrderFromAnIndex();
    void latestRegistrationAndUnregisteredOwners();
    void aVillageLedgerIsOneUnit();
    void findsTheOwnersOfChildren();

private:
    QVector<ChildListRow> all(const ChildListFilter& filter = {}) {
        return ChildListQuery(m_town->ledger().database(), m_town->clock())
            .fetch(filter, {}, 0, -1);
    }

    std::unique_ptr<TempTown> m_town;
    QString m_shimen;  // registered second, area ...002: listed before 桥河村
    QString m_qiaohe;  // registered first, area ...003
    QString m_own;     // the town's own ledger id
};

void TestChildListQueryTown::initTestCase() {
    m_town = std::make_unique<TempTown>();
    QVERIFY2(m_town->ok(), qPrintable(m_town->error()));
    m_qiaohe = m_town->addVillage(
        QStringLiteral("桥河村"), QStringLiteral("500110001003"),
        [](Ledger& ledger) { return addChildren(ledger, QStringLiteral("桥"), 120, true); });
    QVERIFY2(!m_qiaohe.isEmpty(), qPrintable(m_town->error()));
    m_shimen = m_town->addVillage(
        QStringLiteral("石门村"), QStringLiteral("500110001002"),
        [](Ledger& ledger) { return addChildren(ledger, QStringLiteral("石"), 40, false); });
    QVERIFY2(!m_shimen.isEmpty(), qPrintable(m_town->error()));
    // A child the town keeps itself.
    QVERIFY(addChildren(m_town->ledger(), QStringLiteral("镇"), 2, false));
    m_own = m_town->ledger().identity().id;
    QVERIFY(m_town->reopen());
}

void TestChildListQueryTown::rowsCarryTheVillageThatOwnsThem() {
    const QVector<ChildListRow> rows = all();
    QCOMPARE(rows.size(), 162);
    QHash<QString, int> perOwner;
    for (const ChildListRow& row : rows)
        ++perOwner[row.owner];
    QCOMPARE(perOwner.value(m_qiaohe), 120);
    QCOMPARE(perOwner.value(m_shimen), 40);
    QCOMPARE(perOwner.value(m_own), 2);
    // The names are the ones the town registered, not the villages' own (村1, 村2).
    VillageDirectory directory(m_town->ledger());
    QVERIFY(directory.merged());
    QCOMPARE(directory.nameOf(m_qiaohe), QStringLiteral("桥河村"));
    QCOMPARE(directory.nameOf(m_shimen), QStringLiteral("石门村"));
    for (const ChildListRow& row : rows) {
        const QString expectedStart = row.owner == m_qiaohe   ? QStringLiteral("桥")
                                      : row.owner == m_shimen ? QStringLiteral("石")
                                                              : QStringLiteral("镇");
        QVERIFY2(row.name.mid(1, 1) == expectedStart, qPrintable(row.name));
    }
}

void TestChildListQueryTown::filtersByVillage() {
    const ChildListQuery query(m_town->ledger().database(), m_town->clock());
    ChildListFilter shimen;
    shimen.owner = m_shimen;
    QCOMPARE(query.count(shimen), 40);
    const QVector<ChildListRow> rows = query.fetch(shimen, {}, 0, -1);
    QCOMPARE(rows.size(), 40);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].owner, m_shimen);
        if (i > 0)
            QVERIFY(rows[i - 1].name.toUtf8() <= rows[i].name.toUtf8());
    }
    // Pages of one village agree with the whole list, both ways.
    for (const bool descending : {false, true}) {
        const ChildListSort sort{ChildListColumn::Name, descending};
        const QVector<ChildListRow> whole = query.fetch(shimen, sort, 0, -1);
        QVector<ChildListRow> paged;
        for (int offset = 0; offset < 40; offset += 7)
            paged += query.fetch(shimen, sort, offset, 7);
        QCOMPARE(ids(paged), ids(whole));
    }
    // With the other filters and the search.
    ChildListFilter risky = shimen;
    risky.riskLevel = QStringLiteral("high");
    QCOMPARE(query.count(risky), 14);
    for (const ChildListRow& row : query.fetch(risky, {}, 0, 100))
        QVERIFY(row.owner == m_shimen && row.riskLevel == QLatin1String("high"));
    ChildListFilter searched;
    searched.search = QStringLiteral("王");
    const int everyWang = query.count(searched);
    searched.owner = m_qiaohe;
    QCOMPARE(query.count(searched), 24);
    QVERIFY(everyWang > 24);
    for (const ChildListRow& row : query.fetch(searched, {}, 0, 100))
        QVERIFY(row.owner == m_qiaohe && row.name.startsWith(QStringLiteral("王")));
    ChildListFilter nobody;
    nobody.owner = QStringLiteral("no-such-ledger");
    QCOMPARE(query.count(nobody), 0);
    QVERIFY(query.fetch(nobody, {}, 0, 10).isEmpty());
}

void TestChildListQueryTown::sortsByVillageThenName_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("risk");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("noVisitForDays");
    QTest::addColumn<int>("expected");
    // Many matches: read village by village; few (one child in 162, or a search): sorted.
    QTest::newRow("everyone") << QString() << QString() << QString() << -1 << 162;
    QTest::newRow("high risk") << QString() << QStringLiteral("high") << QString() << -1 << 55;
    QTest::newRow("no visit") << QString() << QString() << QString() << 30 << 81;
    QTest::newRow("one group") << QString() << QString() << QStringLiteral("9组") << -1 << 1;
    QTest::newRow("search") << QStringLiteral("李") << QString() << QString() << -1 << 33;
}

void TestChildListQueryTown::sortsByVillageThenName() {
    QFETCH(QString, search);
    QFETCH(QString, risk);
    QFETCH(QString, group);
    QFETCH(int, noVisitForDays);
    QFETCH(int, expected);
    ChildListFilter filter;
    filter.search = search;
    filter.riskLevel = risk;
    filter.villageGroup = group;
    filter.noVisitForDays = noVisitForDays;
    const QStringList rank{m_own, m_shimen, m_qiaohe};
    const QVector<ChildListRow> matching = all(filter);
    QCOMPARE(matching.size(), expected);
    const ChildListQuery query(m_town->ledger().database(), m_town->clock());
    for (const bool descending : {false, true}) {
        const ChildListSort sort{ChildListColumn::Village, descending};
        const QVector<ChildListRow> whole = query.fetch(filter, sort, 0, -1);
        QCOMPARE(ids(whole), ids(inVillageOrder(matching, rank, descending)));
        QVector<ChildListRow> paged;
        for (int offset = 0; offset < whole.size(); offset += 25)
            paged += ChildListQuery(m_town->ledger().database(), m_town->clock())
                         .fetch(filter, sort, offset, 25);
        QCOMPARE(ids(paged), ids(whole));
        QVector<ChildListRow> streamed;
        QVERIFY(query.forEach(filter, sort, [&streamed](const ChildListRow& row) {
            streamed.append(row);
            return true;
        }));
        QCOMPARE(ids(streamed), ids(whole));
    }
    // One village in the village order is that village by name.
    filter.owner = m_qiaohe;
    QCOMPARE(ids(query.fetch(filter, {ChildListColumn::Village, false}, 0, -1)),
             ids(query.fetch(filter, {ChildListColumn::Name, false}, 0, -1)));
}

void TestChildListQueryTown::readsTheVillageOrderFromAnIndex() {
    Database& db = m_town->ledger().database();
    QString why;
    if (!SqlTrace::available(db, &why))
        QSKIP(qPrintable(why));
    const auto planOf = [&](const ChildListFilter& filter, const ChildListSort& sort) {
        SqlTrace trace;
        trace.attach(db);
        ChildListQuery(db, m_town->clock()).fetch(filter, sort, 0, 50);
        QString rowsStatement;
        for (const QString& statement : trace.statements()) {
            if (statement.contains(QLatin1String(" AS child_id")))
                rowsStatement = statement;
        }
        // The page's rows, chosen before "SCAN p"; the page itself is then put in order.
        return rowsStatement.isEmpty()
                   ? QStringLiteral("no statement")
                   : queryPlan(db, rowsStatement).section(QStringLiteral("\nSCAN p"), 0, 0);
    };
    // The whole register in the village order: no sort of every child.
    const QString byVillage = planOf({}, {ChildListColumn::Village, false});
    QVERIFY2(byVillage.contains(QLatin1String("child_list_owner")), qPrintable(byVillage));
    QVERIFY2(!byVillage.contains(QLatin1String("TEMP B-TREE")), qPrintable(byVillage));
    const QString backwards = planOf({}, {ChildListColumn::Village, true});
    QVERIFY2(!backwards.contains(QLatin1String("TEMP B-TREE")), qPrintable(backwards));
    // One village in name order, with or without another filter: from the index alone.
    ChildListFilter village;
    village.owner = m_qiaohe;
    const QString oneVillage = planOf(village, {});
    QVERIFY2(oneVillage.contains(QLatin1String("COVERING INDEX child_list_owner")),
             qPrintable(oneVillage));
    QVERIFY2(!oneVillage.contains(QLatin1String("TEMP B-TREE")), qPrintable(oneVillage));
    village.riskLevel = QStringLiteral("high");
    const QString filtered = planOf(village, {});
    QVERIFY2(filtered.contains(QLatin1String("COVERING INDEX child_list_owner")),
             qPrintable(filtered));
}

void TestChildListQueryTown::latestRegistrationAndUnregisteredOwners() {
    // A town of its own: this test rewrites the registrations.
    TempTown town;
    QVERIFY2(town.ok(), qPrintable(town.error()));
    const QString first =
        town.addVillage(QStringLiteral("一村"), QStringLiteral("500110001001"),
                        [](Ledger& l) { return addChildren(l, QStringLiteral("一"), 6, false); });
    const QString second =
        town.addVillage(QStringLiteral("二村"), QStringLiteral("500110001002"),
                        [](Ledger& l) { return addChildren(l, QStringLiteral("二"), 6, false); });
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(town.error()));
    Database& db = town.ledger().database();
    // The first village registered again later (a new key after a lost laptop) under another
    // name and code: the latest registration names and places it.
    SqlQuery again(
        db, QStringLiteral("INSERT INTO trusted_key (ledger_id, kind, name, area_code, role, "
                           "key_id, signing_key, fingerprint, registered_at) VALUES (:ledger, "
                           "'village', '新一村', '500110001009', 'source', 'new key', 'k', 'f', "
                           "'2026-11-29T01:00:00Z')"));
    again.bind(QStringLiteral(":ledger"), first);
    QVERIFY2(again.exec(), qPrintable(again.errorText()));
    // Rows of an owner the town never registered come last.
    SqlQuery stray(db, QStringLiteral("UPDATE child SET owner = 'unregistered-owner' WHERE id = "
                                      "(SELECT min(id) FROM child WHERE owner = :owner)"));
    stray.bind(QStringLiteral(":owner"), second);
    QVERIFY(stray.exec());

    const VillageDirectory directory(town.ledger());
    QCOMPARE(directory.nameOf(first), QStringLiteral("新一村"));
    QStringList rank;
    for (const LedgerUnit& unit : directory.units())
        rank.append(unit.ledgerId);
    QCOMPARE(rank, (QStringList{town->identity().id, second, first}));
    rank.append(QStringLiteral("unregistered-owner"));
    const ChildListQuery query(db, town.clock());
    const QVector<ChildListRow> everyone = query.fetch({}, {}, 0, -1);
    QCOMPARE(everyone.size(), 12);
    for (const bool descending : {false, true}) {
        const QVector<ChildListRow> sorted =
            query.fetch({}, {ChildListColumn::Village, descending}, 0, -1);
        QCOMPARE(ids(sorted), ids(inVillageOrder(everyone, rank, descending)));
    }
    QCOMPARE(query.fetch({}, {ChildListColumn::Village, false}, 11, 1).value(0).owner,
             QStringLiteral("unregistered-owner"));
}

void TestChildListQueryTown::aVillageLedgerIsOneUnit() {
    TempLedger village;
    QVERIFY(village.ok());
    QVERIFY(addChildren(village.ledger(), QStringLiteral("村"), 9, false));
    const ChildListQuery query(village->database(), village.clock());
    const QVector<ChildListRow> byName = query.fetch({}, {}, 0, -1);
    QCOMPARE(ids(query.fetch({}, {ChildListColumn::Village, false}, 0, -1)), ids(byName));
    for (const ChildListRow& row : byName)
        QCOMPARE(row.owner, village->identity().id);
    ChildListFilter own;
    own.owner = village->identity().id;
    QCOMPARE(query.count(own), 9);
    QVERIFY(!VillageDirectory(village.ledger()).merged());
}

void TestChildListQueryTown::findsTheOwnersOfChildren() {
    const QVector<ChildListRow> rows = all();
    QStringList some{rows.first().id, rows.last().id, QStringLiteral("no-such-child")};
    const QHash<QString, QString> owners =
        ChildListQuery(m_town->ledger().database()).ownersOf(some);
    QCOMPARE(owners.size(), 2);
    QCOMPARE(owners.value(rows.first().id), rows.first().owner);
    QCOMPARE(owners.value(rows.last().id), rows.last().owner);
    QVERIFY(ChildListQuery(m_town->ledger().database()).ownersOf({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestChildListQueryTown)
#include "tst_childlistquery_town.moc"
