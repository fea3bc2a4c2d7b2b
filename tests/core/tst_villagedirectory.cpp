// VillageDirectory: a town names the owners of its merged rows as it registered the villages.
#include "TempLedger.h"

#include "exchange/VillageDirectory.h"
#include "storage/ExchangeStore.h"
#include "storage/Ledger.h"

#include <QTest>
#include <QTimeZone>

using namespace tongbao;
using namespace tongbao::test;

namespace {

QString str(const char* text) {
    return QString::fromUtf8(text);
}

void registerKey(TempLedger& temp,
                 const QString& ledgerId,
                 const QString& name,
                 const QString& area,
                 const QString& role = QStringLiteral("source")) {
    static char keyByte = 1;
    TrustedKey key;
    key.ledgerId = ledgerId;
    key.kind = role == QLatin1String("source") ? QStringLiteral("village") : QStringLiteral("town");
    key.name = name;
    key.areaCode = area;
    key.role = role;
    key.keyId = QByteArray(8, keyByte);
    key.signingKey = QByteArray(32, keyByte++);
    key.fingerprint = QStringLiteral("FP-%1").arg(int(keyByte));
    key.registeredAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
    QVERIFY(ExchangeStore(temp->database())
                .addTrustedKey(key, {temp->identity().id, QStringLiteral("tester"), &temp.clock()})
                .ok());
}

const QString kEast = QStringLiteral("01a22837-85dd-73f6-8169-b9f46793fe4b");
const QString kWest = QStringLiteral("01a22837-901d-7444-80b0-c28810d34715");

}  // namespace

class TestVillageDirectory : public QObject {
    Q_OBJECT

private slots:
    void aVillageLedgerKnowsOnlyItself() {
        TempLedger temp;
        QVERIFY(temp.ok());
        // A village trusts its town (upstream): that is not a village whose rows it holds.
        registerKey(temp, kEast, str("古南街道"), QStringLiteral("500110001000"),
                    QStringLiteral("upstream"));
        const VillageDirectory directory(temp.ledger());
        QVERIFY(!directory.merged());
        QCOMPARE(directory.units().size(), 1);
        QVERIFY(directory.units().first().own);
        QVERIFY(directory.villages().isEmpty());
        QCOMPARE(directory.nameOf(temp->identity().id), temp->identity().name);
    }

    void aTownNamesItsVillagesAsRegistered() {
        TempLedger temp(QStringLiteral("town"));
        QVERIFY(temp.ok());
        registerKey(temp, kWest, str("西村"), QStringLiteral("500110001002"));
        registerKey(temp, kEast, str("东村（旧名）"), QStringLiteral("500110001001"));
        // The village got a new key after a lost laptop, under its new name: the latest wins.
        registerKey(temp, kEast, str("东村"), QStringLiteral("500110001001"));
        const VillageDirectory directory(temp.ledger());
        QVERIFY(directory.merged());
        QCOMPARE(directory.units().size(), 3);
        QVERIFY(directory.isOwn(directory.units().first().ledgerId));
        const QVector<LedgerUnit> villages = directory.villages();
        QCOMPARE(villages.size(), 2);
        QCOMPARE(villages[0].name, str("东村"));  // by area code
        QCOMPARE(villages[1].name, str("西村"));
        QCOMPARE(directory.nameOf(kEast), str("东村"));
        QCOMPARE(directory.areaCodeOf(kWest), QStringLiteral("500110001002"));
    }

    void anUnregisteredOwnerIsRecognisable() {
        TempLedger temp(QStringLiteral("town"));
        QVERIFY(temp.ok());
        const VillageDirectory directory(temp.ledger());
        // Two ledgers made in the same minute share the start of their ids, not the end.
        const QString east = directory.nameOf(kEast);
        const QString west = directory.nameOf(kWest);
        QVERIFY(east != west);
        QVERIFY2(east.contains(QStringLiteral("b9f46793fe4b").right(8)), qPrintable(east));
        QVERIFY(directory.areaCodeOf(kEast).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVillageDirectory)
#include "tst_villagedirectory.moc"
