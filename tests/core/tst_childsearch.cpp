// The register list's search and filters on a real ledger: pinyin (full, from a syllable,
// initials), surnames read as surnames, ID number and household head parts, the search index
// kept up to date by saves and rebuilt on open, age bands and "no visit in N days" on a fixed
// clock, and sorting by age and last visit.
#include "TempLedger.h"

#include "demo/DemoGenerator.h"
#include "domain/IdNumber.h"
#include "domain/Pinyin.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/SearchIndex.h"

#include <QSet>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

QString validId(const QString& first17) {
    return first17 + IdNumber::checkCharacter(first17);
}

QString addChild(Ledger& ledger,
                 const QString& name,
                 const QDate& born,
                 const QString& idNumber = {},
                 const QString& householdId = {}) {
    Child child;
    child.name = name;
    child.birthDate = born;
    child.idNumber = idNumber;
    child.householdId = householdId;
    child.sex = QStringLiteral("M");
    child.riskLevel = QStringLiteral("low");
    const Status saved = ledger.children().save(child);
    return saved ? child.meta.id : QString();
}

void addVisit(Ledger& ledger, const QString& childId, const QDate& day) {
    Visit visit;
    visit.childId = childId;
    visit.visitDate = day;
    visit.mode = QStringLiteral("home");
    QVERIFY(ledger.visits().save(visit).ok());
}

QStringList namesFound(Ledger& ledger,
                       const ChildListFilter& filter,
                       const ChildListSort& sort = {}) {
    const ChildListQuery query(ledger.database(), ledger.clock());
    QStringList names;
    for (const ChildListRow& row : query.fetch(filter, sort, 0, -1))
        names.append(row.name);
    // The count the list shows must agree with the rows it pages through.
    if (query.count(filter) != names.size())
        names.append(QStringLiteral("count %1 differs").arg(query.count(filter)));
    return names;
}

QStringList search(Ledger& ledger, const QString& text) {
    ChildListFilter filter;
    filter.search = text;
    QStringList names = namesFound(ledger, filter);
    names.sort();
    return names;
}

QStringList sorted(QStringList names) {
    names.sort();
    return names;
}

}  // namespace

class TestChildSearch : public QObject {
    Q_OBJECT

private slots:
    void findsByPinyinAndInitials() {
        TempLedger temp;
        QVERIFY(temp.ok());
        addChild(temp.ledger(), QStringLiteral("张三"), QDate(2015, 1, 1));
        addChild(temp.ledger(), QStringLiteral("李四"), QDate(2015, 1, 1));
        addChild(temp.ledger(), QStringLiteral("王小明"), QDate(2015, 1, 1));
        const QStringList zhangSan{QStringLiteral("张三")};
        QCOMPARE(search(temp.ledger(), QStringLiteral("zs")), zhangSan);
        QCOMPARE(search(temp.ledger(), QStringLiteral("zhangsan")), zhangSan);
        QCOMPARE(search(temp.ledger(), QStringLiteral("ZhangS")), zhangSan);
        QCOMPARE(search(temp.ledger(), QStringLiteral("zhang san")), zhangSan);
        QCOMPARE(search(temp.ledger(), QStringLiteral("san")), zhangSan);
        QCOMPARE(search(temp.ledger(), QStringLiteral("张")), zhangSan);
        QCOMPARE(search(temp.ledger(), QStringLiteral("三")), zhangSan);
        QCOMPARE(search(temp.ledger(), QStringLiteral("xm")),
                 QStringList{QStringLiteral("王小明")});
        // Pinyin matches where a syllable starts, not inside one.
        QVERIFY(search(temp.ledger(), QStringLiteral("ang")).isEmpty());
        QVERIFY(search(temp.ledger(), QStringLiteral("zx")).isEmpty());
        // Nothing to search for is no search.
        QCOMPARE(search(temp.ledger(), QStringLiteral(" · ")).size(), 3);
    }

    void readsPolyphonicSurnamesAsSurnames() {
        TempLedger temp;
        QVERIFY(temp.ok());
        addChild(temp.ledger(), QStringLiteral("单田芳"), QDate(2015, 1, 1));
        addChild(temp.ledger(), QStringLiteral("曾小贤"), QDate(2015, 1, 1));
        addChild(temp.ledger(), QStringLiteral("吕佳"), QDate(2015, 1, 1));
        addChild(temp.ledger(), QStringLiteral("王重阳"), QDate(2015, 1, 1));
        QCOMPARE(search(temp.ledger(), QStringLiteral("shantianfang")),
                 QStringList{QStringLiteral("单田芳")});
        QCOMPARE(search(temp.ledger(), QStringLiteral("stf")),
                 QStringList{QStringLiteral("单田芳")});
        // The customary reading still finds the child, for whoever reads it so.
        QCOMPARE(search(temp.ledger(), QStringLiteral("dantian")),
                 QStringList{QStringLiteral("单田芳")});
        QCOMPARE(search(temp.ledger(), QStringLiteral("zengx")),
                 QStringList{QStringLiteral("曾小贤")});
        QCOMPARE(search(temp.ledger(), QStringLiteral("lvjia")),
                 QStringList{QStringLiteral("吕佳")});
        QCOMPARE(search(temp.ledger(), QStringLiteral("lujia")),
                 QStringList{QStringLiteral("吕佳")});
        QCOMPARE(search(temp.ledger(), QStringLiteral("chongyang")),
                 QStringList{QStringLiteral("王重阳")});
        QCOMPARE(search(temp.ledger(), QStringLiteral("zhongyang")),
                 QStringList{QStringLiteral("王重阳")});
    }

    void findsByIdNumberPartAndHouseholdHead() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Household household;
        household.headName = QStringLiteral("赵大山");
        QVERIFY(temp->households().save(household).ok());
        const QString id = validId(QStringLiteral("50011020150317062"));
        addChild(temp.ledger(), QStringLiteral("赵小雨"), QDate(2015, 3, 17), id,
                 household.meta.id);
        addChild(temp.ledger(), QStringLiteral("钱多多"), QDate(2016, 1, 1));
        const QStringList xiaoYu{QStringLiteral("赵小雨")};
        QCOMPARE(search(temp.ledger(), QStringLiteral("20150317")), xiaoYu);
        QCOMPARE(search(temp.ledger(), id.right(4)), xiaoYu);
        QCOMPARE(search(temp.ledger(), id), xiaoYu);
        QCOMPARE(search(temp.ledger(), QStringLiteral("大山")), xiaoYu);

        // The head's new name is found as soon as the household is saved, the old one no more.
        household.headName = QStringLiteral("孙大海");
        QVERIFY(temp->households().save(household).ok());
        QCOMPARE(search(temp.ledger(), QStringLiteral("大海")), xiaoYu);
        QVERIFY(search(temp.ledger(), QStringLiteral("大山")).isEmpty());
    }

    void keepsTheIndexUpToDateOnSave() {
        TempLedger temp;
        QVERIFY(temp.ok());
        const QString id = addChild(temp.ledger(), QStringLiteral("张三"), QDate(2015, 1, 1));
        Result<Child> child = temp->children().load(id);
        QVERIFY(child.ok());
        child->name = QStringLiteral("李四");
        QVERIFY(temp->children().save(*child).ok());
        QVERIFY(search(temp.ledger(), QStringLiteral("zs")).isEmpty());
        QCOMPARE(search(temp.ledger(), QStringLiteral("ls")), QStringList{QStringLiteral("李四")});

        // A deleted child is found only when deleted children are asked for.
        QVERIFY(temp->children().remove(id).ok());
        QVERIFY(search(temp.ledger(), QStringLiteral("ls")).isEmpty());
        ChildListFilter withDeleted;
        withDeleted.search = QStringLiteral("ls");
        withDeleted.includeDeleted = true;
        QCOMPARE(namesFound(temp.ledger(), withDeleted), QStringList{QStringLiteral("李四")});
    }

    void rebuildsTheIndexOnOpen() {
        TempLedger temp;
        QVERIFY(temp.ok());
        addChild(temp.ledger(), QStringLiteral("张三"), QDate(2015, 1, 1));
        addChild(temp.ledger(), QStringLiteral("李四"), QDate(2015, 1, 1));
        // Rows written another way (an import, an older program) have no search row.
        Database& db = temp->database();
        QVERIFY(db.execute(QStringLiteral(
            "INSERT INTO child_search_fts (child_search_fts) VALUES ('delete-all')")));
        QVERIFY(db.execute(QStringLiteral("DELETE FROM child_search")));
        QVERIFY(search(temp.ledger(), QStringLiteral("zs")).isEmpty());
        QVERIFY(temp.reopen());
        QCOMPARE(search(temp.ledger(), QStringLiteral("zs")), QStringList{QStringLiteral("张三")});

        // A new format of the keys rebuilds every row.
        QVERIFY(temp->database().execute(
            QStringLiteral("UPDATE child_search_state SET key_version = 0")));
        QVERIFY(temp->database().execute(QStringLiteral(
            "INSERT INTO child_search_fts (child_search_fts) VALUES ('delete-all')")));
        QVERIFY(temp.reopen());
        QCOMPARE(search(temp.ledger(), QStringLiteral("ls")), QStringList{QStringLiteral("李四")});
        QCOMPARE(temp->database()
                     .scalar(QStringLiteral("SELECT key_version FROM child_search_state"))
                     .toInt(),
                 SearchIndex::KeyVersion);
        QVERIFY(SearchIndex::rebuild(temp->database()).ok());
        QCOMPARE(search(temp.ledger(), QStringLiteral("zs")), QStringList{QStringLiteral("张三")});
    }

    void filtersByAgeBand() {
        // Today is 2026-11-29 (TempLedger's clock).
        TempLedger temp;
        QVERIFY(temp.ok());
        Ledger& ledger = temp.ledger();
        addChild(ledger, QStringLiteral("六岁今天"), QDate(2020, 11, 29));
        addChild(ledger, QStringLiteral("五岁明天六"), QDate(2020, 11, 30));
        addChild(ledger, QStringLiteral("十一岁"), QDate(2014, 11, 30));
        addChild(ledger, QStringLiteral("十二岁今天"), QDate(2014, 11, 29));
        addChild(ledger, QStringLiteral("零岁"), QDate(2026, 6, 1));
        addChild(ledger, QStringLiteral("没有生日"), QDate());
        ChildListFilter primary;
        primary.ageFrom = 6;
        primary.ageTo = 11;
        QCOMPARE(sorted(namesFound(ledger, primary)),
                 sorted({QStringLiteral("六岁今天"), QStringLiteral("十一岁")}));
        ChildListFilter preschool;
        preschool.ageFrom = 0;
        preschool.ageTo = 5;
        QCOMPARE(sorted(namesFound(ledger, preschool)),
                 sorted({QStringLiteral("五岁明天六"), QStringLiteral("零岁")}));
        ChildListFilter twelvePlus;
        twelvePlus.ageFrom = 12;
        QCOMPARE(namesFound(ledger, twelvePlus), QStringList{QStringLiteral("十二岁今天")});
        QCOMPARE(ChildListQuery::standardAgeBands().size(), 4);

        // Born on 29 February: 6 only from 1 March in a year without one.
        temp.clock().set(QDateTime(QDate(2026, 2, 28), QTime(9, 0)));
        addChild(ledger, QStringLiteral("闰日"), QDate(2020, 2, 29));
        ChildListFilter six;
        six.ageFrom = 6;
        six.ageTo = 6;
        six.search = QStringLiteral("闰日");
        QVERIFY(namesFound(ledger, six).isEmpty());
        temp.clock().set(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        QCOMPARE(namesFound(ledger, six), QStringList{QStringLiteral("闰日")});
    }

    void filtersAndSortsByLastVisit() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Ledger& ledger = temp.ledger();
        const QDate today = temp.clock().today();
        const QString recent = addChild(ledger, QStringLiteral("最近"), QDate(2015, 1, 1));
        const QString longAgo = addChild(ledger, QStringLiteral("很久"), QDate(2015, 1, 1));
        addChild(ledger, QStringLiteral("从未"), QDate(2015, 1, 1));
        addVisit(ledger, recent, today.addDays(-10));
        addVisit(ledger, longAgo, today.addDays(-100));
        addVisit(ledger, longAgo, today.addDays(-40));
        // A deleted visit does not count.
        Visit deleted;
        deleted.childId = longAgo;
        deleted.visitDate = today.addDays(-1);
        QVERIFY(ledger.visits().save(deleted).ok());
        QVERIFY(ledger.visits().remove(deleted.meta.id).ok());

        ChildListFilter month;
        month.noVisitForDays = 30;
        QCOMPARE(sorted(namesFound(ledger, month)),
                 sorted({QStringLiteral("很久"), QStringLiteral("从未")}));
        month.noVisitForDays = 40;  // the visit 40 days ago is not within the last 40 days
        QCOMPARE(namesFound(ledger, month).size(), 2);
        month.noVisitForDays = 41;
        QCOMPARE(namesFound(ledger, month), QStringList{QStringLiteral("从未")});

        const ChildListSort byLastVisit{ChildListColumn::LastVisit, false};
        QCOMPARE(
            namesFound(ledger, {}, byLastVisit),
            (QStringList{QStringLiteral("从未"), QStringLiteral("很久"), QStringLiteral("最近")}));
        const ChildListQuery query(ledger.database(), ledger.clock());
        const QVector<ChildListRow> rows = query.fetch({}, byLastVisit, 0, -1);
        QVERIFY(!rows[0].lastVisit.isValid());
        QCOMPARE(rows[1].lastVisit, today.addDays(-40));
        QCOMPARE(rows[2].lastVisit, today.addDays(-10));
    }

    // Migration 7 kept NULL for a child never visited; migration 8 makes it '' so that the
    // filter reads one range. A ledger upgraded from 7 finds its never-visited children.
    void upgradedLedgerFindsChildrenNeverVisited() {
        TempLedger temp;
        QVERIFY(temp.ok());
        addChild(temp.ledger(), QStringLiteral("从未"), QDate(2015, 1, 1));
        Database& db = temp->database();
        QVERIFY(db.execute(QStringLiteral("UPDATE child_search SET last_visit = NULL")));
        // What migration 8 does to such a ledger (its statements can run again; the later
        // migrations' cannot, so the file is not simply marked as version 7 and reopened).
        for (const QString& statement : SearchIndex::schemaNameOrder())
            QVERIFY2(db.execute(statement), qPrintable(statement));
        ChildListFilter month;
        month.noVisitForDays = 30;
        QCOMPARE(namesFound(temp.ledger(), month), QStringList{QStringLiteral("从未")});
    }

    void sortsByEveryColumnAndPagesConsistently() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Ledger& ledger = temp.ledger();
        for (int i = 0; i < 12; ++i)
            addChild(ledger, i % 2 ? QStringLiteral("张%1").arg(i) : QStringLiteral("章%1").arg(i),
                     QDate(2010 + i % 5, 1 + i, 1));
        addChild(ledger, QStringLiteral("李四"), QDate(2012, 5, 5));
        const QStringList byAge =
            namesFound(ledger, {}, ChildListSort{ChildListColumn::Age, false});
        QCOMPARE(byAge.first(), QStringLiteral("张9"));  // born 2014-10-01, the youngest

        const ChildListQuery query(ledger.database(), ledger.clock());
        ChildListFilter filter;
        filter.search = QStringLiteral("zhang");
        for (const ChildListColumn column :
             {ChildListColumn::Name, ChildListColumn::Sex, ChildListColumn::BirthDate,
              ChildListColumn::IdNumber, ChildListColumn::VillageGroup, ChildListColumn::RiskLevel,
              ChildListColumn::FileStatus, ChildListColumn::Age, ChildListColumn::Categories,
              ChildListColumn::HouseholdHead, ChildListColumn::LastVisit}) {
            for (const bool descending : {false, true}) {
                const ChildListSort sort{column, descending};
                const QVector<ChildListRow> all = query.fetch(filter, sort, 0, -1);
                QCOMPARE(all.size(), 12);
                QVector<ChildListRow> paged;
                for (int offset = 0; offset < 12; offset += 5)
                    paged += query.fetch(filter, sort, offset, 5);
                QCOMPARE(paged.size(), all.size());
                for (int i = 0; i < all.size(); ++i)
                    QCOMPARE(paged[i].id, all[i].id);
            }
        }
        const QVector<ChildListRow> byName = query.fetch(filter, {}, 0, -1);
        QCOMPARE(byName.first().name, QStringLiteral("张1"));
        const QVector<ChildListRow> byNameDown =
            query.fetch(filter, {ChildListColumn::Name, true}, 0, 1);
        QCOMPARE(byNameDown.first().name, QStringLiteral("章8"));
    }

    // On a demo register: every search finds exactly the children one of whose tokens starts
    // with the folded text, in the same order whether a page is found by walking the name
    // index (many matches) or by sorting the matches (few), and the latest visit kept by the
    // triggers is the latest live visit.
    void agreesWithTheTokensOnADemoRegister() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Ledger& ledger = temp.ledger();
        QVERIFY(DemoGenerator::fill(ledger, DemoOptions{150, 3}).ok());
        const ChildListQuery query(ledger.database(), ledger.clock());
        const QVector<ChildListRow> everyone = query.fetch({}, {}, 0, -1);
        QVERIFY(everyone.size() >= 150);

        QSet<QString> texts{QStringLiteral("z"), QStringLiteral("y"), QStringLiteral("l"),
                            QStringLiteral("5001"), QStringLiteral("x")};
        for (int i = 0; i < everyone.size(); i += 7) {
            const ChildListRow& row = everyone[i];
            texts << row.name.left(1) << row.name.mid(1, 1) << row.idNumber.right(4)
                  << Pinyin::initials(row.name).left(2) << Pinyin::fullSpelling(row.name);
        }
        for (const QString& text : texts) {
            QStringList expected;
            const QString folded = Pinyin::fold(text);
            for (const ChildListRow& row : everyone) {
                for (const QString& token :
                     SearchIndex::tokensFor(row.name, row.idNumber, row.householdHead)) {
                    if (token.startsWith(folded)) {
                        expected.append(row.id);
                        break;
                    }
                }
            }
            ChildListFilter filter;
            filter.search = text;
            QStringList found;
            for (const ChildListRow& row : query.fetch(filter, {}, 0, -1))
                found.append(row.id);
            QCOMPARE(query.count(filter), int(expected.size()));
            QCOMPARE(sorted(found), sorted(expected));
            // Paged (possibly walking the name index) as the list model pages.
            QStringList paged;
            for (int offset = 0; offset < found.size(); offset += 20) {
                const ChildListQuery fresh(ledger.database(), ledger.clock());
                for (const ChildListRow& row : fresh.fetch(filter, {}, offset, 20))
                    paged.append(row.id);
            }
            QCOMPARE(paged, found);
        }

        // The same for filters that walk the name index.
        ChildListFilter unvisited;
        unvisited.noVisitForDays = 60;
        ChildListFilter young;
        young.ageFrom = 0;
        young.ageTo = 5;
        for (const ChildListFilter& filter : {unvisited, young}) {
            QStringList all;
            for (const ChildListRow& row : query.fetch(filter, {}, 0, -1))
                all.append(row.id);
            QStringList paged;
            for (int offset = 0; offset < all.size(); offset += 20) {
                const ChildListQuery fresh(ledger.database(), ledger.clock());
                for (const ChildListRow& row : fresh.fetch(filter, {}, offset, 20))
                    paged.append(row.id);
            }
            QCOMPARE(paged, all);
        }

        QCOMPARE(ledger.database()
                     .scalar(QStringLiteral(
                         "SELECT count(*) FROM child_search s WHERE s.last_visit <> "
                         "coalesce((SELECT max(v.visit_date) FROM visit v WHERE v.child_id = "
                         "s.child_id AND v.deleted = 0), '')"))
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestChildSearch)
#include "tst_childsearch.moc"
