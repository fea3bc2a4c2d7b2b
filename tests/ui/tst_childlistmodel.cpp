// The register list model: pages fetched lazily, order and search done in SQL, labels and masked
// ID numbers as the list shows them; in a town's merged ledger, each child's village, sorted
// and filtered in SQL too. A QAbstractItemModelTester watches every model.
#include "TempLedger.h"
#include "TempTown.h"
#include "common/Localization.h"
#include "domain/IdNumber.h"
#include "register/ChildListModel.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace tongbao;

namespace {

constexpr int kGeneratedChildren = 600;
const QString kFindableName = QStringLiteral("林静怡");

QString idNumber(const QString& area, const QDate& birth, int sequence) {
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

Child makeChild(int i) {
    static const QStringList surnames = {
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵")};
    static const QStringList givenNames = {
        QStringLiteral("子涵"), QStringLiteral("浩然"), QStringLiteral("雨桐"),
        QStringLiteral("俊杰"), QStringLiteral("梓萱"), QStringLiteral("宇轩"),
        QStringLiteral("诗琪"), QStringLiteral("博文"), QStringLiteral("欣妍")};
    static const QStringList risks = {QStringLiteral("low"), QStringLiteral("medium"),
                                      QStringLiteral("high")};
    static const QVector<QStringList> categories = {
        {QStringLiteral("left_behind")},
        {QStringLiteral("orphan")},
        {QStringLiteral("poverty_dibao"), QStringLiteral("disability")},
        {}};
    Child child;
    child.name = surnames[i % surnames.size()] + givenNames[(i / 8) % givenNames.size()];
    // Born 2012..2024, never on the findable child's birthday.
    child.birthDate = QDate(2012, 1, 1).addDays((i * 131) % 4700);
    child.idNumber = idNumber(QStringLiteral("500110"), child.birthDate, i);
    child.sex = (i % 2) ? QStringLiteral("M") : QStringLiteral("F");
    child.villageGroup = QStringLiteral("%1组").arg(i % 6 + 1);
    child.categories = categories[i % categories.size()];
    child.riskLevel = risks[i % risks.size()];
    child.fileStatus = i % 17 == 0 ? QStringLiteral("closed") : QStringLiteral("active");
    return child;
}

}  // namespace

class TestChildListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsPagesAsRowsAreShownAndKeepsFew();
    void countsShownAndTotal();
    void sortsByNameInSql();
    void sortsByRiskSeverity();
    void sortsByAge();
    void searchNarrowsTheCount();
    void searchByIdNumberDigits();
    void showsMaskedIdNumbersAndAge();
    void showsLabelsInTheCurrentLanguage();
    void emptyLedgerHasNoRows();
    void townShowsSortsAndFiltersByVillage();
    void villageLedgerIsNotMerged();

private:
    std::unique_ptr<ChildListModel> newModel();

    std::unique_ptr<test::TempLedger> m_fixture;
    QString m_findableIdNumber;
};

void TestChildListModel::initTestCase() {
    m_fixture = std::make_unique<test::TempLedger>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    Ledger& ledger = m_fixture->ledger();
    Transaction transaction(ledger.database());
    for (int i = 0; i < kGeneratedChildren; ++i) {
        Child child = makeChild(i);
        const Status saved = ledger.children().save(child);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
    }
    Child findable;
    findable.name = kFindableName;
    findable.birthDate = QDate(2011, 11, 30);  // turns 15 the day after the fixture's "today"
    findable.idNumber = idNumber(QStringLiteral("500110"), findable.birthDate, 428);
    findable.sex = QStringLiteral("F");
    findable.categories = {QStringLiteral("orphan"), QStringLiteral("left_behind")};
    findable.riskLevel = QStringLiteral("high");
    QVERIFY(ledger.children().save(findable).ok());
    m_findableIdNumber = findable.idNumber;
    QVERIFY(transaction.commit());
}

void TestChildListModel::cleanupTestCase() {
    Localization::install(Localization::Language::English);
    m_fixture.reset();
}

std::unique_ptr<ChildListModel> TestChildListModel::newModel() {
    auto model = std::make_unique<ChildListModel>();
    new QAbstractItemModelTester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    model->setLedger(&m_fixture->ledger());
    return model;
}

void TestChildListModel::readsPagesAsRowsAreShownAndKeepsFew() {
    // Counted without a tester: QAbstractItemModelTester reads rows of its own as it checks.
    ChildListModel model;
    model.setCachedPages(2);
    model.setLedger(&m_fixture->ledger());
    // A row for every child at once, so that the scroll bar tells the length of the list, but
    // only the first screen's rows read.
    QCOMPARE(model.rowCount(), kGeneratedChildren + 1);
    QCOMPARE(model.cachedRowCount(), ChildListModel::FirstScreenRows);
    // A row after the first screen reads the rest of the first page.
    QVERIFY(!model.index(ChildListModel::FirstScreenRows, ChildListModel::Name).data().isNull());
    QCOMPARE(model.cachedRowCount(), ChildListModel::PageSize);
    QStringList pieced;
    for (int row = 0; row < ChildListModel::PageSize; ++row)
        pieced.append(model.index(row, 0).data(ChildListModel::ChildIdRole).toString());
    QCOMPARE(model.cachedRowCount(), ChildListModel::PageSize);

    // Showing a row far down reads its page only.
    const QString last = model.index(kGeneratedChildren, ChildListModel::Name).data().toString();
    QVERIFY(!last.isEmpty());
    QCOMPARE(model.cachedRowCount(), ChildListModel::PageSize + 1);
    // A third page pushes out the one used longest ago (the first), not the one just used.
    QVERIFY(!model.index(ChildListModel::PageSize, ChildListModel::Name).data().isNull());
    QCOMPARE(model.cachedRowCount(), ChildListModel::PageSize + 1);
    QCOMPARE(model.index(kGeneratedChildren, ChildListModel::Name).data().toString(), last);
    QCOMPARE(model.cachedRowCount(), ChildListModel::PageSize + 1);
    // Read again when shown again, the same rows in the same order.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QStringList firstPage;
    for (int row = 0; row < ChildListModel::PageSize; ++row)
        firstPage.append(model.index(row, ChildListModel::Name).data().toString());
    // The page of the last row stays, the second page (used longest ago) went.
    QCOMPARE(model.cachedRowCount(), ChildListModel::PageSize + 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(firstPage.size(), ChildListModel::PageSize);
    QVERIFY(!firstPage.contains(QString()));
    // Read whole now, the first page holds the rows it held when read in two parts.
    QStringList whole;
    for (int row = 0; row < ChildListModel::PageSize; ++row)
        whole.append(model.index(row, 0).data(ChildListModel::ChildIdRole).toString());
    QCOMPARE(whole, pieced);

    // Every row, watched by the tester from the start, with the usual number of pages kept.
    auto watched = newModel();
    for (int row = 0; row < watched->rowCount(); ++row)
        QVERIFY(!watched->index(row, ChildListModel::Name).data().toString().isEmpty());
    QVERIFY(watched->cachedRowCount() <=
            ChildListModel::DefaultCachedPages * ChildListModel::PageSize);
}

void TestChildListModel::countsShownAndTotal() {
    auto model = newModel();
    QCOMPARE(model->totalCount(), kGeneratedChildren + 1);
    QCOMPARE(model->matchingCount(), kGeneratedChildren + 1);
    QCOMPARE(model->rowCount(), model->matchingCount());
    QVERIFY(model->cachedRowCount() < model->matchingCount());
}

void TestChildListModel::sortsByNameInSql() {
    auto model = newModel();
    model->sort(ChildListModel::Name, Qt::AscendingOrder);
    // SQLite compares names by code point, which QString::compare reproduces.
    for (int row = 1; row < model->rowCount(); ++row) {
        const QString previous = model->index(row - 1, ChildListModel::Name).data().toString();
        const QString current = model->index(row, ChildListModel::Name).data().toString();
        QVERIFY2(previous.compare(current) <= 0, qPrintable(previous + QLatin1Char('>') + current));
    }
    const QString firstAscending = model->index(0, ChildListModel::Name).data().toString();
    model->sort(ChildListModel::Name, Qt::DescendingOrder);
    QCOMPARE(model->rowCount(), kGeneratedChildren + 1);
    QCOMPARE(model->cachedRowCount(), ChildListModel::FirstScreenRows);
    QVERIFY(model->index(0, ChildListModel::Name).data().toString() > firstAscending);
}

void TestChildListModel::sortsByRiskSeverity() {
    auto model = newModel();
    model->sort(ChildListModel::Risk, Qt::AscendingOrder);
    QCOMPARE(model->index(0, ChildListModel::Risk).data(ChildListModel::RiskLevelRole).toString(),
             QStringLiteral("high"));
    QCOMPARE(model->index(model->rowCount() - 1, ChildListModel::Risk)
                 .data(ChildListModel::RiskLevelRole)
                 .toString(),
             QStringLiteral("low"));
    model->sort(ChildListModel::Risk, Qt::DescendingOrder);
    QCOMPARE(model->index(0, ChildListModel::Risk).data(ChildListModel::RiskLevelRole).toString(),
             QStringLiteral("low"));
}

void TestChildListModel::sortsByAge() {
    auto model = newModel();
    model->sort(ChildListModel::Age, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, ChildListModel::Age).data().toInt() <=
                model->index(row, ChildListModel::Age).data().toInt());
    QVERIFY(model->index(0, ChildListModel::Age).data().toInt() <
            model->index(model->rowCount() - 1, ChildListModel::Age).data().toInt());
}

void TestChildListModel::searchNarrowsTheCount() {
    auto model = newModel();
    QSignalSpy counts(model.get(), &ChildListModel::countsChanged);
    model->setSearch(kFindableName);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model->matchingCount(), 1);
    QCOMPARE(model->totalCount(), kGeneratedChildren + 1);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->index(0, ChildListModel::Name).data().toString(), kFindableName);

    model->setSearch(QStringLiteral("王"));
    QCOMPARE(model->matchingCount(), kGeneratedChildren / 8);

    model->setSearch(QStringLiteral("nobody like this"));
    QCOMPARE(model->matchingCount(), 0);
    QCOMPARE(model->rowCount(), 0);

    model->setSearch(QString());
    QCOMPARE(model->matchingCount(), kGeneratedChildren + 1);
}

void TestChildListModel::searchByIdNumberDigits() {
    auto model = newModel();
    model->setSearch(m_findableIdNumber.mid(6, 8));  // the birth date: only the findable child
    QCOMPARE(model->matchingCount(), 1);
    QCOMPARE(model->index(0, ChildListModel::Name).data().toString(), kFindableName);
}

void TestChildListModel::showsMaskedIdNumbersAndAge() {
    auto model = newModel();
    model->setSearch(kFindableName);
    const QString shown = model->index(0, ChildListModel::IdNumber).data().toString();
    QCOMPARE(shown, IdNumber::mask(m_findableIdNumber));
    QVERIFY(!shown.contains(m_findableIdNumber.mid(6, 8)));
    QVERIFY(shown.startsWith(QStringLiteral("500110")));
    QVERIFY(shown.contains(QLatin1Char('*')));
    // Born 2011-11-30; the fixture's today is 2026-11-29: still 14 for one more day.
    QCOMPARE(model->index(0, ChildListModel::Age).data().toInt(), 14);
    m_fixture->clock().advanceDays(1);
    QCOMPARE(model->index(0, ChildListModel::Age).data().toInt(), 15);
    m_fixture->clock().set(test::TempLedger::defaultStart());
    QVERIFY(!model->index(0, ChildListModel::Name).data(ChildListModel::ChildIdRole).isNull());
}

void TestChildListModel::showsLabelsInTheCurrentLanguage() {
    auto model = newModel();
    model->setSearch(kFindableName);
    Localization::install(Localization::Language::English);
    model->retranslate();
    QCOMPARE(model->index(0, ChildListModel::Categories).data().toString(),
             QStringLiteral("Orphan, Left-behind"));
    QCOMPARE(model->index(0, ChildListModel::Risk).data().toString(), QStringLiteral("High"));
    QCOMPARE(model->index(0, ChildListModel::Sex).data().toString(), QStringLiteral("Female"));

    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy headers(model.get(), &QAbstractItemModel::headerDataChanged);
    Localization::install(Localization::Language::Chinese);
    model->retranslate();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(model->index(0, ChildListModel::Categories).data().toString(),
             QStringLiteral("孤儿、留守"));
    QCOMPARE(model->index(0, ChildListModel::Risk).data().toString(), QStringLiteral("高"));
    QCOMPARE(model->index(0, ChildListModel::FileStatus).data().toString(), QStringLiteral("在册"));
    Localization::install(Localization::Language::English);
}

void TestChildListModel::emptyLedgerHasNoRows() {
    test::TempLedger empty;
    QVERIFY(empty.ok());
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLedger(&empty.ledger());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setLedger(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestChildListModel::townShowsSortsAndFiltersByVillage() {
    // More children than a page in the village listed last, so that reading lazily shows.
    test::TempTown town;
    QVERIFY2(town.ok(), qPrintable(town.error()));
    const auto fill = [](int count) {
        return [count](Ledger& ledger) {
            Transaction transaction(ledger.database());
            for (int i = 0; i < count; ++i) {
                Child child = makeChild(i);
                if (!ledger.children().save(child))
                    return false;
            }
            return transaction.commit();
        };
    };
    const QString qiaohe =
        town.addVillage(QStringLiteral("桥河村"), QStringLiteral("500110001003"), fill(230));
    const QString shimen =
        town.addVillage(QStringLiteral("石门村"), QStringLiteral("500110001002"), fill(30));
    QVERIFY2(!qiaohe.isEmpty() && !shimen.isEmpty(), qPrintable(town.error()));

    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLedger(&town.ledger());
    QVERIFY(model.merged());
    QCOMPARE(model.totalCount(), 260);
    QCOMPARE(model.headerData(ChildListModel::Village, Qt::Horizontal).toString(),
             QStringLiteral("Village"));
    QVERIFY(ChildListModel::isSortable(ChildListModel::Village));

    // By village: 石门村 (…002) before 桥河村 (…003), names in order within each.
    model.sort(ChildListModel::Village, Qt::AscendingOrder);
    QCOMPARE(model.cachedRowCount(), ChildListModel::FirstScreenRows);
    QCOMPARE(model.index(0, ChildListModel::Village).data().toString(), QStringLiteral("石门村"));
    QCOMPARE(model.index(29, ChildListModel::Village).data().toString(), QStringLiteral("石门村"));
    QCOMPARE(model.index(30, ChildListModel::Village).data().toString(), QStringLiteral("桥河村"));
    QCOMPARE(model.index(259, ChildListModel::Village).data().toString(), QStringLiteral("桥河村"));
    QVERIFY(model.index(30, ChildListModel::Village)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("500110001003")));
    for (int row = 1; row < 30; ++row)
        QVERIFY(model.index(row - 1, ChildListModel::Name).data().toString().toUtf8() <=
                model.index(row, ChildListModel::Name).data().toString().toUtf8());
    model.sort(ChildListModel::Village, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ChildListModel::Village).data().toString(), QStringLiteral("桥河村"));
    QCOMPARE(model.index(259, ChildListModel::Village).data().toString(), QStringLiteral("石门村"));

    // One village: the count and the rows narrow, the total stays.
    ChildListFilter filter;
    filter.owner = shimen;
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 30);
    QCOMPARE(model.totalCount(), 260);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ChildListModel::Village).data().toString(),
                 QStringLiteral("石门村"));
    filter.owner = qiaohe;
    filter.riskLevel = QStringLiteral("high");
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 76);  // i % 3 == 2 of 230
    QCOMPARE(model.index(0, ChildListModel::Risk).data(ChildListModel::RiskLevelRole).toString(),
             QStringLiteral("high"));
}

void TestChildListModel::villageLedgerIsNotMerged() {
    auto model = newModel();
    QVERIFY(!model->merged());
    // The column is there for the views to hide; it names the ledger itself.
    QCOMPARE(model->columnCount(), int(ChildListModel::ColumnCount));
    QCOMPARE(model->index(0, ChildListModel::Village).data().toString(),
             m_fixture->ledger().identity().name);
}

QTEST_MAIN(TestChildListModel)
#include "tst_childlistmodel.moc"
