// The access log (issue 7) for what leaves and enters a ledger besides batches: a town writing a
// signed receipt for a village leaves an "export" row naming the file and the village; the
// village importing it leaves one "import" row (the receipt's history entry, which names who
// imported it); a receipt seen before, or a refused one, leaves none. All in the hash chain that
// `check` verifies. A ledger without accounts has nobody to name and records no access.
#include "TempLedger.h"
#include "tst_exchange_fixture.h"

#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/AccessLog.h"

#include <QFileInfo>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

QVector<AuditEntry> accessRows(Ledger& ledger, const QString& action) {
    AuditFilter filter;
    filter.action = action;
    return AccessLog::search(ledger.database(), filter);
}

bool checks(Ledger& ledger) {
    const LedgerCheck::Report report = LedgerCheck(ledger.database()).run();
    for (const LedgerFinding& finding : report.findings)
        qWarning().noquote() << finding.message;
    return report.clean();
}

}  // namespace

class TestAccessLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useFastPasswordHashing(); }

    void receiptsLeaveRowsOnBothSides() {
        World world;
        auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                    QStringLiteral("500110001001"));
        auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                                 QStringLiteral("500110001000"));
        QVERIFY(village && town && World::connect(*village, *town));
        QCOMPARE(addAccount(*village->ledger, QStringLiteral("village-admin"), Role::Administrator),
                 QString());
        QCOMPARE(addAccount(*town->ledger, QStringLiteral("town-admin"), Role::Administrator),
                 QString());
        QCOMPARE(addAccount(*town->ledger, QStringLiteral("officer"), Role::TownOfficer),
                 QString());
        QCOMPARE(logIn(*town->ledger, QStringLiteral("officer")), QString());

        const qint64 source = TrustRegistry(*town->ledger).list().first().id;
        const QString receiptPath = world.dir() + QStringLiteral("/receipt-1.tar");
        const Result<ReceiptContent> written =
            Receipts(*town->ledger).write(source, *town->keys, receiptPath);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        const QVector<AuditEntry> exported = accessRows(*town->ledger, AccessLog::Export);
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().actor, QStringLiteral("officer"));
        QVERIFY(AccessLog::whatOf(exported.first()).contains(QStringLiteral("receipt-1.tar")));
        QVERIFY(AccessLog::whatOf(exported.first()).contains(QStringLiteral("桥河社区")));
        QVERIFY(checks(*town->ledger));

        bool already = true;
        QVERIFY(Receipts(*village->ledger).import(receiptPath, &already).ok());
        QVERIFY(!already);
        QVector<AuditEntry> imported = accessRows(*village->ledger, AccessLog::Import);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().actor, QStringLiteral("village-admin"));
        QCOMPARE(imported.first().entity, QStringLiteral("receipt"));
        QVERIFY(checks(*village->ledger));

        // The same receipt again changes nothing and is no new import; a refused one neither.
        QVERIFY(Receipts(*village->ledger).import(receiptPath, &already).ok());
        QVERIFY(already);
        QByteArray changed = readFile(receiptPath);
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x04);
        QBuffer buffer(&changed);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(!Receipts(*village->ledger).import(buffer).ok());
        QCOMPARE(accessRows(*village->ledger, AccessLog::Import).size(), 1);
    }

    void aLedgerWithoutAccountsRecordsNothing() {
        World world;
        auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                    QStringLiteral("500110001001"));
        auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                                 QStringLiteral("500110001000"));
        QVERIFY(village && town && World::connect(*village, *town));
        const qint64 source = TrustRegistry(*town->ledger).list().first().id;
        const QString receiptPath = world.dir() + QStringLiteral("/receipt.tar");
        QVERIFY(Receipts(*town->ledger).write(source, *town->keys, receiptPath).ok());
        QVERIFY(Receipts(*village->ledger).import(receiptPath).ok());
        QVERIFY(accessRows(*town->ledger, AccessLog::Export).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
