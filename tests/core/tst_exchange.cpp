// Batches from village to town: the round trip with every record kind, idempotent re-import,
// gaps, forks, unknown, revoked and misaddressed batches, and receipts. Order independence is
// tst_exchange_order, tampering tst_exchange_tamper.
#include "tst_exchange_fixture.h"

#include "storage/LedgerCheck.h"

#include <QDir>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

class TestExchange : public QObject {
    Q_OBJECT

private slots:
    void roundTripEveryRecordKind();
    void exportChangesOnlyTheMark();
    void repeatedBatchChangesNothing();
    void gapIsImportedAndReported();
    void forkIsRefused();
    void unknownKeyIsRefused();
    void revokedKeyIsRefusedAfterItsLastBatch();
    void batchForAnotherTownIsRefused();
    void receiptsTellTheVillageWhatArrived();
};

void TestExchange::roundTripEveryRecordKind() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town);
    QVERIFY(World::connect(*village, *town));
    QVERIFY(fillEveryKind(*village, 1));
    QVERIFY(fillEveryKind(*village, 2));

    const QString first = world.exportBatch(*village);
    QVERIFY(!first.isEmpty());
    ImportResult result = importFile(*town, first);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    QVERIFY(result.report.missingBefore.isEmpty());
    for (const QString& table : ExchangeStore::syncedTables())
        QVERIFY2(result.report.tables.value(table).added > 0, qPrintable(table));
    QCOMPARE(townRowsOf(*town, *village), ownRows(*village));

    // The village's history arrives beside the town's own chain, which stays intact.
    QCOMPARE(dumpTables((*town)->database(), {QStringLiteral("imported_audit")}).size(),
             dumpTables((*village)->database(), {QStringLiteral("audit")}).size());
    QVERIFY(AuditLog::verify((*town)->database()).intact());

    // Later changes, a tombstone among them, travel in the next batch.
    world.clock().advanceDays(3);
    QVERIFY(changeSomething(*village, 1));
    const QString second = world.exportBatch(*village);
    QVERIFY(!second.isEmpty());
    result = importFile(*town, second);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.report.tables.value(QStringLiteral("measure")).removed, 1);
    QCOMPARE(result.report.tables.value(QStringLiteral("child")).changed, 1);
    QCOMPARE(townRowsOf(*town, *village), ownRows(*village));
    QVERIFY(AuditLog::verify((*town)->database()).intact());
    // Both files are still sound by the ledger check's measure.
    for (Office* office : {village.get(), town.get()}) {
        const LedgerCheck::Report report = LedgerCheck((*office)->database()).run();
        for (const LedgerFinding& finding : report.findings)
            qWarning() << finding.message;
        QVERIFY(report.clean());
    }

    // The town reads the village's rows but cannot change them.
    Child child = (*town)->children().where(QStringLiteral("deleted"), 0).first();
    child.notes = QStringLiteral("changed at the town");
    const Status edited = (*town)->children().save(child);
    QVERIFY(!edited.ok());
    QVERIFY(edited.message().contains(QLatin1String("another ledger")));
    QCOMPARE(townRowsOf(*town, *village), ownRows(*village));
}

void TestExchange::exportChangesOnlyTheMark() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town) && fillEveryKind(*village, 1));

    QStringList tables = allTables((*village)->database());
    tables.removeAll(QStringLiteral("export_batch"));
    const QStringList before = dumpTables((*village)->database(), tables);

    // A batch that cannot be written leaves no mark and no file.
    const QString unwritable = world.dir() + QStringLiteral("/no/such/folder/batch.tar");
    QVERIFY(!BatchExporter(*village->ledger).exportTo(unwritable, *village->keys).ok());
    QVERIFY(!ExchangeStore((*village)->database()).lastExport());

    const QString path = world.exportBatch(*village);
    QVERIFY(!path.isEmpty());
    QCOMPARE(dumpTables((*village)->database(), tables), before);
    const auto mark = ExchangeStore((*village)->database()).lastExport();
    QVERIFY(mark);
    QCOMPARE(mark->sequence, 1);
    QCOMPARE(mark->revTo, ExchangeStore((*village)->database()).lastRev());
    // No temporary file is left beside the batch, and an existing file is never replaced.
    QCOMPARE(QDir(world.dir()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden),
             QStringList());
    QVERIFY(!BatchExporter(*village->ledger).exportTo(path, *village->keys).ok());
    QCOMPARE(ExchangeStore((*village)->database()).lastExport()->sequence, 1);

    // Nothing changed since: the next batch is empty but well-formed.
    const QString empty = world.exportBatch(*village);
    QVERIFY(!empty.isEmpty());
    QVERIFY(importFile(*town, path).ok());
    const ImportResult result = importFile(*town, empty);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.report.sequence, 2);
}

void TestExchange::repeatedBatchChangesNothing() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town) && fillEveryKind(*village, 1));
    const QString path = world.exportBatch(*village);
    QVERIFY(importFile(*town, path).ok());
    const QStringList before = fullDump(*town);
    world.clock().advanceDays(1);
    const ImportResult again = importFile(*town, path);
    QCOMPARE(again.outcome, ImportResult::Outcome::AlreadyImported);
    QVERIFY(again.message.contains(QLatin1String("already imported")));
    QCOMPARE(fullDump(*town), before);
}

void TestExchange::gapIsImportedAndReported() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto inOrder = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                                QStringLiteral("500110001000"));
    auto withGap = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                                QStringLiteral("500110002000"));
    QVERIFY(village && inOrder && withGap);
    QVERIFY(World::connect(*village, *inOrder));
    QVERIFY(TrustRegistry(*withGap->ledger)
                .add(KeyStore(*village->ledger).card()->toFile(), QStringLiteral("桥河社区"),
                     QStringLiteral("500110001001"))
                .ok());
    // Both towns open the village's batches (which are encrypted to the first).
    withGap->keys->encryption.emplace(
        *age::Identity::fromSecret(inOrder->keys->encryption->secret().data()));
    QStringList batches;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(i == 0 ? fillEveryKind(*village, i) : changeSomething(*village, i));
        if (i == 1)
            QVERIFY(fillEveryKind(*village, 10));  // batch 2 brings a new household and child
        batches.append(world.exportBatch(*village));
        world.clock().advanceDays(1);
    }
    for (const QString& batch : batches)
        QVERIFY(importFile(*inOrder, batch).ok());

    QVERIFY(importFile(*withGap, batches[0]).ok());
    const ImportResult third = importFile(*withGap, batches[2]);
    QVERIFY2(third.ok(), qPrintable(third.message));
    QCOMPARE(third.report.missingBefore, QVector<qint64>{2});
    const ImportResult second = importFile(*withGap, batches[1]);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QVERIFY(second.report.missingBefore.isEmpty());
    QVERIFY(second.report.tables.value(QStringLiteral("child")).unchanged > 0);  // newer held
    QCOMPARE(mergedDump(*withGap), mergedDump(*inOrder));
    QCOMPARE(townRowsOf(*withGap, *village), ownRows(*village));
}

void TestExchange::forkIsRefused() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town) && fillEveryKind(*village, 1));
    QVERIFY(importFile(*town, world.exportBatch(*village)).ok());

    // A copy of the village ledger goes its own way.
    village->ledger.reset();
    const QString copyPath = world.dir() + QStringLiteral("/copy.tongbao");
    QVERIFY(QFile::copy(village->path, copyPath));
    Office copy;
    copy.path = copyPath;
    copy.ledger = std::move(*Ledger::open(copyPath, QStringLiteral("tester"), world.clock()));
    copy.keys.emplace(std::move(*KeyStore(*copy.ledger).unlock(kPassword)));
    copy.exported = 100;
    village->ledger =
        std::move(*Ledger::open(village->path, QStringLiteral("tester"), world.clock()));

    QVERIFY(changeSomething(*village, 1));
    QVERIFY(changeSomething(copy, 2));
    const QString original = world.exportBatch(*village);
    const QString forked = world.exportBatch(copy);
    QVERIFY(!original.isEmpty() && !forked.isEmpty());
    QVERIFY(importFile(*town, original).ok());
    const QStringList before = fullDump(*town);
    const ImportResult refused = importFile(*town, forked);
    QCOMPARE(refused.outcome, ImportResult::Outcome::Refused);
    QCOMPARE(refused.refusal, ImportResult::Refusal::Fork);
    QCOMPARE(fullDump(*town), before);

    // The copy's next batch does not follow the town's batch 2 either.
    QVERIFY(changeSomething(copy, 3));
    const ImportResult next = importFile(*town, world.exportBatch(copy));
    QCOMPARE(next.refusal, ImportResult::Refusal::Fork);
    QCOMPARE(fullDump(*town), before);
}

void TestExchange::unknownKeyIsRefused() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && fillEveryKind(*village, 1));
    // The village knows the town, but the town never registered the village.
    QVERIFY(TrustRegistry(*village->ledger)
                .add(KeyStore(*town->ledger).card()->toFile(), QStringLiteral("古南街道"),
                     QStringLiteral("500110001000"))
                .ok());
    const QString path = world.exportBatch(*village);
    const QStringList before = fullDump(*town);
    const ImportResult refused = importFile(*town, path);
    QCOMPARE(refused.refusal, ImportResult::Refusal::UnknownKey);
    QVERIFY(!refused.report.decrypted);
    QCOMPARE(fullDump(*town), before);
    // verify() says the same, without a password.
    QCOMPARE(BatchImporter(*town->ledger).verify(path, nullptr).refusal,
             ImportResult::Refusal::UnknownKey);
}

void TestExchange::revokedKeyIsRefusedAfterItsLastBatch() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town) && fillEveryKind(*village, 1));
    const QString first = world.exportBatch(*village);
    QVERIFY(changeSomething(*village, 1));
    const QString second = world.exportBatch(*village);
    const qint64 id = TrustRegistry(*town->ledger).list().first().id;
    QVERIFY(TrustRegistry(*town->ledger).revoke(id, 1).ok());

    const ImportResult accepted = importFile(*town, first);  // signed before the revocation
    QVERIFY2(accepted.ok(), qPrintable(accepted.message));
    const QStringList before = fullDump(*town);
    const ImportResult refused = importFile(*town, second);
    QCOMPARE(refused.refusal, ImportResult::Refusal::Revoked);
    QVERIFY(!refused.report.decrypted);
    QCOMPARE(fullDump(*town), before);
}

void TestExchange::batchForAnotherTownIsRefused() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    auto other = world.office(QStringLiteral("town"), QStringLiteral("三江街道"),
                              QStringLiteral("500110002000"));
    QVERIFY(village && town && other && World::connect(*village, *town) &&
            fillEveryKind(*village, 1));
    QVERIFY(TrustRegistry(*other->ledger)
                .add(KeyStore(*village->ledger).card()->toFile(), QStringLiteral("桥河社区"),
                     QStringLiteral("500110001001"))
                .ok());
    const QString path = world.exportBatch(*village);
    const QStringList before = fullDump(*other);
    const ImportResult refused = importFile(*other, path);
    QCOMPARE(refused.refusal, ImportResult::Refusal::NotForUs);
    QCOMPARE(fullDump(*other), before);
    // A village cannot import at all.
    QCOMPARE(importFile(*village, path).refusal, ImportResult::Refusal::UnknownKey);
}

void TestExchange::receiptsTellTheVillageWhatArrived() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town));
    QStringList batches;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(fillEveryKind(*village, i));
        batches.append(world.exportBatch(*village));
    }
    QVERIFY(importFile(*town, batches[0]).ok());
    QVERIFY(importFile(*town, batches[1]).ok());

    ExchangeStatus status = Receipts(*village->ledger).status();
    QCOMPARE(status.exported, (QVector<qint64>{1, 2, 3}));
    QVERIFY(!status.hasReceipt);
    QCOMPARE(status.notReceived, (QVector<qint64>{1, 2, 3}));

    const qint64 source = TrustRegistry(*town->ledger).list().first().id;
    const QString receiptPath = world.dir() + QStringLiteral("/receipt.tar");
    const Result<ReceiptContent> written =
        Receipts(*town->ledger).write(source, *town->keys, receiptPath);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(written->lastSequence, 2);

    bool already = true;
    const Result<ReceiptContent> imported =
        Receipts(*village->ledger).import(receiptPath, &already);
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QVERIFY(!already);
    status = Receipts(*village->ledger).status();
    QVERIFY(status.hasReceipt);
    QCOMPARE(status.received, (QVector<qint64>{1, 2}));
    QCOMPARE(status.notReceived, QVector<qint64>{3});
    QVERIFY(status.different.isEmpty());
    QVERIFY(Receipts(*village->ledger).import(receiptPath, &already).ok());
    QVERIFY(already);

    // A changed receipt, or one from a town the village does not know, is refused.
    QByteArray bytes = readFile(receiptPath);
    const QStringList before = fullDump(*village);
    for (int i = 0; i < bytes.size(); i += 7) {
        QByteArray changed = bytes;
        changed[i] = char(changed[i] ^ 0x04);
        QBuffer buffer(&changed);
        buffer.open(QIODevice::ReadOnly);
        bool seen = false;
        const Result<ReceiptContent> result = Receipts(*village->ledger).import(buffer, &seen);
        QVERIFY2(!result.ok(), qPrintable(QString::number(i)));
    }
    QCOMPARE(fullDump(*village), before);
    auto stranger = world.office(QStringLiteral("village"), QStringLiteral("石坪村"),
                                 QStringLiteral("500110001002"));
    QVERIFY(!Receipts(*stranger->ledger).import(receiptPath).ok());
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
