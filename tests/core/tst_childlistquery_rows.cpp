// The rows of the register list as ChildListQuery reads them (from SQLite's statement, as UTF-8,
// rather than value by value through QtSql): every column as stored, NULLs as null strings and
// invalid dates, codes split as the repositories split them, dates stored in another form read
// as sqlvalue::from reads them; fetch() and forEach() give the same rows, a page at a time or
// whole.
#include "TempLedger.h"

#include "domain/IdNumber.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/ColumnMapping.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"

#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

QString validId(const QString& first17) {
    return first17 + IdNumber::checkCharacter(first17);
}

QStringList ids(const QVector<ChildListRow>& rows) {
    QStringList list;
    for (const ChildListRow& row : rows)
        list.append(row.id);
    return list;
}

}  // namespace

class TestChildListQueryRows : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsEveryColumnAsStored();
    void leavesWhatIsMissingEmpty();
    void readsDatesStoredInAnotherForm();
    void pagesAndStreamsTheSameRows();

private:
    ChildListRow onlyRow(const QString& name);

    std::unique_ptr<TempLedger> m_ledger;
    QString m_withEverything;
    QString m_withNothing;
};

void TestChildListQueryRows::init() {
    m_ledger = std::make_unique<TempLedger>();
    QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
    Ledger& ledger = m_ledger->ledger();

    Household household;
    household.headName = QStringLiteral("阿依古丽·买买提");
    QVERIFY(ledger.households().save(household).ok());

    Child full;
    full.name = QStringLiteral("王子涵");
    full.sex = QStringLiteral("F");
    full.birthDate = QDate(2015, 3, 9);
    full.idNumber = validId(QStringLiteral("50011020150309002"));
    full.householdId = household.meta.id;
    full.villageGroup = QStringLiteral("3组");
    full.categories = {QStringLiteral("orphan"), QStringLiteral("left_behind")};
    full.riskLevel = QStringLiteral("high");
    full.fileStatus = QStringLiteral("active");
    QVERIFY(ledger.children().save(full).ok());
    m_withEverything = full.meta.id;
    for (const QDate& day : {QDate(2026, 10, 2), QDate(2026, 11, 20), QDate(2026, 9, 1)}) {
        Visit visit;
        visit.childId = full.meta.id;
        visit.visitDate = day;
        visit.mode = QStringLiteral("home");
        QVERIFY(ledger.visits().save(visit).ok());
    }

    Child bare;
    bare.name = QStringLiteral("李");
    QVERIFY(ledger.children().save(bare).ok());
    m_withNothing = bare.meta.id;

    // Enough children for several pages.
    for (int i = 0; i < 23; ++i) {
        Child child;
        child.name = QStringLiteral("张%1").arg(QChar(0x4e00 + i % 7));
        child.birthDate = QDate(2012, 1, 1).addDays(i * 97);
        child.categories = {QStringLiteral("poverty_dibao")};
        child.riskLevel = i % 2 ? QStringLiteral("low") : QStringLiteral("medium");
        QVERIFY(ledger.children().save(child).ok());
    }
}

void TestChildListQueryRows::cleanup() {
    m_ledger.reset();
}

ChildListRow TestChildListQueryRows::onlyRow(const QString& name) {
    ChildListFilter filter;
    filter.search = name;
    const QVector<ChildListRow> rows =
        ChildListQuery(m_ledger->ledger().database(), m_ledger->clock()).fetch(filter, {}, 0, 50);
    return rows.size() == 1 ? rows.first() : ChildListRow();
}

void TestChildListQueryRows::readsEveryColumnAsStored() {
    const ChildListRow row = onlyRow(QStringLiteral("王子涵"));
    QCOMPARE(row.id, m_withEverything);
    QCOMPARE(row.name, QStringLiteral("王子涵"));
    QCOMPARE(row.sex, QStringLiteral("F"));
    QCOMPARE(row.birthDate, QDate(2015, 3, 9));
    QCOMPARE(row.idNumber, validId(QStringLiteral("50011020150309002")));
    QCOMPARE(row.villageGroup, QStringLiteral("3组"));
    QCOMPARE(row.categories,
             QStringList({QStringLiteral("orphan"), QStringLiteral("left_behind")}));
    QCOMPARE(row.riskLevel, QStringLiteral("high"));
    QCOMPARE(row.fileStatus, QStringLiteral("active"));
    QCOMPARE(row.householdHead, QStringLiteral("阿依古丽·买买提"));
    QCOMPARE(row.lastVisit, QDate(2026, 11, 20));
    QCOMPARE(row.owner, m_ledger->ledger().identity().id);
}

void TestChildListQueryRows::leavesWhatIsMissingEmpty() {
    const ChildListRow row = onlyRow(QStringLiteral("李"));
    QCOMPARE(row.id, m_withNothing);
    // No household: no head (NULL from the join, a null string as QtSql gives it).
    QVERIFY(row.householdHead.isNull());
    QVERIFY(!row.lastVisit.isValid());
    QVERIFY(!row.birthDate.isValid());
    QVERIFY(row.categories.isEmpty());
    QVERIFY(row.idNumber.isEmpty());
    QVERIFY(row.riskLevel.isEmpty());
    QCOMPARE(row.owner, m_ledger->ledger().identity().id);

    // Empty parts of a code list are left out, as the repositories leave them out.
    Database& db = m_ledger->ledger().database();
    SqlQuery update(db, QStringLiteral("UPDATE child SET categories = :codes WHERE id = :id"));
    update.bind(QStringLiteral(":codes"), QStringLiteral(",orphan,,disability,"));
    update.bind(QStringLiteral(":id"), m_withNothing);
    QVERIFY(update.exec());
    QCOMPARE(onlyRow(QStringLiteral("李")).categories,
             QStringList({QStringLiteral("orphan"), QStringLiteral("disability")}));
}

void TestChildListQueryRows::readsDatesStoredInAnotherForm() {
    // Written by hand or by an older program: read as sqlvalue::from reads them.
    Database& db = m_ledger->ledger().database();
    const QStringList stored = {QStringLiteral("2015-03-09T08:00:00"), QStringLiteral("2015-3-9"),
                                QStringLiteral("2015-02-30"),          QStringLiteral("0000-01-01"),
                                QStringLiteral("2015/03/09"),          QString()};
    for (const QString& text : stored) {
        SqlQuery update(db, QStringLiteral("UPDATE child SET birth_date = :born WHERE id = :id"));
        update.bind(QStringLiteral(":born"), text);
        update.bind(QStringLiteral(":id"), m_withEverything);
        QVERIFY(update.exec());
        QDate expected;
        sqlvalue::from(QVariant(text), expected);
        QCOMPARE(onlyRow(QStringLiteral("王子涵")).birthDate, expected);
    }
}

void TestChildListQueryRows::pagesAndStreamsTheSameRows() {
    const ChildListQuery query(m_ledger->ledger().database(), m_ledger->clock());
    for (const ChildListSort& sort : {ChildListSort{}, ChildListSort{ChildListColumn::Age, true},
                                      ChildListSort{ChildListColumn::RiskLevel, false}}) {
        const QVector<ChildListRow> whole = query.fetch({}, sort, 0, -1);
        QCOMPARE(whole.size(), 25);
        QVector<ChildListRow> paged;
        for (int offset = 0; offset < whole.size(); offset += 4)
            paged += query.fetch({}, sort, offset, 4);
        QCOMPARE(ids(paged), ids(whole));
        QVector<ChildListRow> streamed;
        QVERIFY(query.forEach({}, sort, [&streamed](const ChildListRow& row) {
            streamed.append(row);
            return true;
        }));
        QCOMPARE(ids(streamed), ids(whole));
        for (int i = 0; i < whole.size(); ++i) {
            QCOMPARE(streamed[i].name, whole[i].name);
            QCOMPARE(streamed[i].birthDate, whole[i].birthDate);
            QCOMPARE(streamed[i].categories, whole[i].categories);
            QCOMPARE(streamed[i].lastVisit, whole[i].lastVisit);
        }
        // Stopping early stops.
        int seen = 0;
        QVERIFY(query.forEach({}, sort, [&seen](const ChildListRow&) { return ++seen < 3; }));
        QCOMPARE(seen, 3);
    }
    // Nothing found: no rows, and no failure.
    ChildListFilter nobody;
    nobody.search = QStringLiteral("nobody like this");
    QVERIFY(query.fetch(nobody, {}, 0, 50).isEmpty());
    QVERIFY(query.forEach(nobody, {}, [](const ChildListRow&) { return true; }));
}

QTEST_GUILESS_MAIN(TestChildListQueryRows)
#include "tst_childlistquery_rows.moc"
