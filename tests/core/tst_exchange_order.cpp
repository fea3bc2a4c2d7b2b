// Twenty villages, two batches each, imported by three towns in three orders (forward, backward,
// shuffled, which also reverses and mixes each village's own batches): the merged data must be
// the same, row for row.
#include "tst_exchange_fixture.h"

#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

class TestExchangeOrder : public QObject {
    Q_OBJECT

private slots:
    void twentyVillagesInAnyOrderGiveTheSameTown();
};

void TestExchangeOrder::twentyVillagesInAnyOrderGiveTheSameTown() {
    World world;
    constexpr int kVillages = 20;
    std::vector<std::unique_ptr<Office>> towns;
    for (int t = 0; t < 3; ++t) {
        towns.push_back(world.office(
            QStringLiteral("town"), QStringLiteral("古南街道"),
            QStringLiteral("50011000") + QString::number(t + 1) + QStringLiteral("000")));
        QVERIFY(towns.back());
    }
    const QByteArray townCard = KeyStore(*towns[0]->ledger).card()->toFile();
    QVector<QString> batches;  // two per village
    for (int v = 0; v < kVillages; ++v) {
        const QString area = QStringLiteral("500110001%1").arg(v + 1, 3, 10, QLatin1Char('0'));
        auto village =
            world.office(QStringLiteral("village"), QStringLiteral("村%1").arg(v + 1), area);
        QVERIFY(village);
        // All three towns share the first town's encryption key, so each can open every batch.
        QVERIFY(TrustRegistry(*village->ledger)
                    .add(townCard, QStringLiteral("古南街道"), QStringLiteral("500110001000"))
                    .ok());
        for (auto& town : towns)
            QVERIFY(TrustRegistry(*town->ledger)
                        .add(KeyStore(*village->ledger).card()->toFile(),
                             (*village)->identity().name, area)
                        .ok());
        QVERIFY(fillEveryKind(*village, v));
        batches.append(world.exportBatch(*village));
        QVERIFY(changeSomething(*village, v));
        QVERIFY(fillEveryKind(*village, 100 + v));
        batches.append(world.exportBatch(*village));
        QVERIFY(!batches.last().isEmpty());
    }
    for (auto& town : towns) {
        town->keys->encryption.emplace(
            *age::Identity::fromSecret(towns[0]->keys->encryption->secret().data()));
    }

    QVector<QString> forward = batches;
    QVector<QString> backward(batches.rbegin(), batches.rend());
    QVector<QString> shuffled = batches;
    std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
    const QVector<QVector<QString>> orders{forward, backward, shuffled};
    for (int t = 0; t < 3; ++t) {
        for (const QString& batch : orders[t]) {
            const ImportResult result = importFile(*towns[t], batch);
            QVERIFY2(result.ok(), qPrintable(result.message));
        }
    }
    const QStringList reference = mergedDump(*towns[0]);
    QVERIFY(reference.size() > kVillages * 20);
    QCOMPARE(mergedDump(*towns[1]), reference);
    QCOMPARE(mergedDump(*towns[2]), reference);
    for (auto& town : towns)
        QVERIFY(AuditLog::verify((*town)->database()).intact());
}

QTEST_GUILESS_MAIN(TestExchangeOrder)
#include "tst_exchange_order.moc"
