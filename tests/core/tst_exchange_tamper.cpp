// Every single-byte change and every truncation of a small batch is refused, and the town's data
// is the same before and after (compared as content, not file bytes: WAL may change those).
#include "tst_exchange_fixture.h"

#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

class TestExchangeTamper : public QObject {
    Q_OBJECT

private slots:
    void everyByteChangeAndTruncationIsRefused();
};

void TestExchangeTamper::everyByteChangeAndTruncationIsRefused() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town));
    Child child;
    child.name = QStringLiteral("小明");
    QVERIFY((*village)->children().save(child).ok());
    const QByteArray batch = readFile(world.exportBatch(*village));
    QVERIFY(batch.size() > 2048);
    const QStringList before = fullDump(*town);

    int refused = 0;
    for (int i = 0; i < batch.size(); ++i) {
        QByteArray changed = batch;
        changed[i] = char(changed[i] ^ (i % 2 ? 0x01 : 0x80));
        const ImportResult result = importBytes(*town, changed);
        if (result.ok())
            QFAIL(qPrintable(QStringLiteral("a change at byte %1 was accepted").arg(i)));
        ++refused;
    }
    for (int length = 0; length < batch.size(); ++length) {
        if (importBytes(*town, batch.left(length)).ok())
            QFAIL(qPrintable(QStringLiteral("a batch cut to %1 bytes was accepted").arg(length)));
        ++refused;
    }
    QVERIFY(importBytes(*town, batch + QByteArray(512, '\0')).outcome ==
            ImportResult::Outcome::Refused);
    QCOMPARE(refused, 2 * batch.size());
    QCOMPARE(fullDump(*town), before);
    // The batch itself is fine.
    QVERIFY(importBytes(*town, batch).ok());
}

QTEST_GUILESS_MAIN(TestExchangeTamper)
#include "tst_exchange_tamper.moc"
