// ImportPreview: what a batch would do, counted by the importer with writing switched off, and
// the refusals it reports, with the town ledger unchanged in every case; PendingBatch: what the
// next export would hold, as the exporter then writes it.
#include "tst_exchange_fixture.h"

#include "exchange/ImportPreview.h"
#include "exchange/PendingBatch.h"

#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

class TestImportPreview : public QObject {
    Q_OBJECT

private slots:
    void init();
    void previewCountsWhatTheImportThenDoes();
    void changesClosingsAndDeletionsAreToldApart();
    void withoutKeysOnlyTheSenderIsChecked();
    void refusalsAreReportedAndNothingIsWritten();
    void pendingBatchMatchesTheExport();

private:
    std::unique_ptr<World> m_world;
    std::unique_ptr<Office> m_village;
    std::unique_ptr<Office> m_town;
};

void TestImportPreview::init() {
    m_world = std::make_unique<World>();
    m_village = m_world->office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    m_town = m_world->office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(m_village && m_town);
    QVERIFY(World::connect(*m_village, *m_town));
}

void TestImportPreview::previewCountsWhatTheImportThenDoes() {
    QVERIFY(fillEveryKind(*m_village, 1));
    QVERIFY(fillEveryKind(*m_village, 2));
    const QString batch = m_world->exportBatch(*m_village);
    QVERIFY(!batch.isEmpty());

    const QStringList before = fullDump(*m_town);
    const ImportPreview preview = ImportPreview::check(*m_town->ledger, batch, &*m_town->keys);
    QVERIFY2(preview.canImport(), qPrintable(preview.result.message));
    QCOMPARE(fullDump(*m_town), before);
    QCOMPARE(preview.report().sourceName, QStringLiteral("桥河社区"));
    QCOMPARE(preview.report().sourceArea, QStringLiteral("500110001001"));
    QCOMPARE(preview.report().sequence, qint64(1));
    QCOMPARE(preview.report().revFrom, qint64(0));
    QVERIFY(preview.report().revTo > 0);
    QCOMPARE(preview.children.added, qint64(2));
    QCOMPARE(preview.children.changed, qint64(0));
    QCOMPARE(preview.visits.added, qint64(2));
    QCOMPARE(preview.safetyReports.added, qint64(2));
    // households, members, guardianship, measures, referrals, notifications, steps, notes
    QCOMPARE(preview.otherRecords.added, qint64(2 * 8));
    QVERIFY(preview.historyEntries > 0);
    QVERIFY(preview.changesAnything());
    QVERIFY(preview.title().contains(QStringLiteral("桥河社区")));
    QCOMPARE(preview.countLines().size(), 5);
    QVERIFY(preview.gapText().isEmpty());

    const ImportResult imported = importFile(*m_town, batch);
    QCOMPARE(imported.outcome, ImportResult::Outcome::Imported);
    const ImportPreview done = ImportPreview::fromResult(imported);
    QCOMPARE(done.children.added, preview.children.added);
    QCOMPARE(done.visits.added, preview.visits.added);
    QCOMPARE(done.safetyReports.added, preview.safetyReports.added);
    QCOMPARE(done.otherRecords.added, preview.otherRecords.added);
    QCOMPARE(done.historyEntries, preview.historyEntries);

    // Once imported, the same file is "already imported", with nothing to do.
    const QStringList after = fullDump(*m_town);
    const ImportPreview again = ImportPreview::check(*m_town->ledger, batch, &*m_town->keys);
    QVERIFY(again.alreadyImported());
    QVERIFY(!again.canImport());
    QVERIFY(!again.refused());
    QCOMPARE(fullDump(*m_town), after);
}

void TestImportPreview::changesClosingsAndDeletionsAreToldApart() {
    QVERIFY(fillEveryKind(*m_village, 1));
    QVERIFY(importFile(*m_town, m_world->exportBatch(*m_village)).ok());

    m_world->clock().advanceDays(2);
    QVERIFY(changeSomething(*m_village, 0));  // a child edited, a measure deleted, a visit added
    QVector<Child> children = m_village->ledger->children().where(QStringLiteral("deleted"), 0);
    QCOMPARE(children.size(), 1);
    children[0].fileStatus = QStringLiteral("closed");
    QVERIFY(m_village->ledger->children().save(children[0]).ok());
    const QString second = m_world->exportBatch(*m_village);
    QVERIFY(!second.isEmpty());

    const QStringList before = fullDump(*m_town);
    const ImportPreview preview = ImportPreview::check(*m_town->ledger, second, &*m_town->keys);
    QVERIFY2(preview.canImport(), qPrintable(preview.result.message));
    QCOMPARE(fullDump(*m_town), before);
    QCOMPARE(preview.report().sequence, qint64(2));
    QCOMPARE(preview.children.added, qint64(0));
    QCOMPARE(preview.children.changed, qint64(1));
    QCOMPARE(preview.children.closed, qint64(1));
    QCOMPARE(preview.visits.added, qint64(1));
    QCOMPARE(preview.otherRecords.removed, qint64(1));
    QCOMPARE(preview.otherRecords.changed, qint64(0));
    QVERIFY(preview.countLines().first().contains(QStringLiteral("1 closed")));
}

void TestImportPreview::withoutKeysOnlyTheSenderIsChecked() {
    QVERIFY(fillEveryKind(*m_village, 1));
    const QString batch = m_world->exportBatch(*m_village);
    const QStringList before = fullDump(*m_town);
    const ImportPreview preview = ImportPreview::check(*m_town->ledger, batch, nullptr);
    QVERIFY(!preview.refused());
    QVERIFY(!preview.canImport());
    QVERIFY(!preview.report().decrypted);
    QCOMPARE(preview.report().sourceName, QStringLiteral("桥河社区"));
    QCOMPARE(preview.report().sequence, qint64(1));
    QVERIFY(preview.countLines().isEmpty());
    QCOMPARE(fullDump(*m_town), before);
}

void TestImportPreview::refusalsAreReportedAndNothingIsWritten() {
    // A village the town has never registered.
    auto stranger = m_world->office(QStringLiteral("village"), QStringLiteral("陌生村"),
                                    QStringLiteral("500110001009"));
    QVERIFY(stranger);
    QVERIFY(TrustRegistry(*stranger->ledger)
                .add(KeyStore(*m_town->ledger).card()->toFile(), QStringLiteral("古南街道"),
                     QStringLiteral("500110001000"))
                .ok());
    QVERIFY(fillEveryKind(*stranger, 5));
    const QString foreign = m_world->exportBatch(*stranger);
    QVERIFY(!foreign.isEmpty());

    const QStringList before = fullDump(*m_town);
    for (const UnlockedKeys* keys : {static_cast<const UnlockedKeys*>(nullptr),
                                     static_cast<const UnlockedKeys*>(&*m_town->keys)}) {
        const ImportPreview preview = ImportPreview::check(*m_town->ledger, foreign, keys);
        QVERIFY(preview.refused());
        QCOMPARE(preview.result.refusal, ImportResult::Refusal::UnknownKey);
        QVERIFY(!preview.result.message.isEmpty());
        QVERIFY(!preview.canImport());
        QCOMPARE(fullDump(*m_town), before);
    }

    // A revoked key: batches after the last accepted one are refused.
    QVERIFY(fillEveryKind(*m_village, 1));
    const QString first = m_world->exportBatch(*m_village);
    const auto source = TrustRegistry(*m_town->ledger).findSource(QStringLiteral("500110001001"));
    QVERIFY(source);
    QVERIFY(TrustRegistry(*m_town->ledger).revoke(source->id, 0).ok());
    const QStringList revokedBefore = fullDump(*m_town);
    const ImportPreview revoked = ImportPreview::check(*m_town->ledger, first, &*m_town->keys);
    QCOMPARE(revoked.result.refusal, ImportResult::Refusal::Revoked);
    QCOMPARE(revoked.report().sequence, qint64(1));
    QCOMPARE(fullDump(*m_town), revokedBefore);

    // Not a batch at all.
    const QString junk = m_world->dir() + QStringLiteral("/junk.tar");
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a batch");
    file.close();
    const ImportPreview notABatch = ImportPreview::check(*m_town->ledger, junk, &*m_town->keys);
    QCOMPARE(notABatch.result.refusal, ImportResult::Refusal::NotABatch);
    QCOMPARE(notABatch.title(), ImportPreview::tr("Batch file"));
    QCOMPARE(fullDump(*m_town), revokedBefore);
}

void TestImportPreview::pendingBatchMatchesTheExport() {
    Result<PendingBatch> empty = PendingBatch::of(*m_village->ledger);
    QVERIFY(empty.ok());
    QCOMPARE(empty->sequence, qint64(1));
    QCOMPARE(empty->upstreamName, QStringLiteral("古南街道"));

    QVERIFY(fillEveryKind(*m_village, 1));
    const Result<PendingBatch> pending = PendingBatch::of(*m_village->ledger);
    QVERIFY(pending.ok());
    QVERIFY(pending->hasChanges());
    QCOMPARE(pending->count(QStringLiteral("child")), qint64(1));
    QCOMPARE(pending->count(QStringLiteral("visit")), qint64(1));
    QCOMPARE(pending->count(QStringLiteral("safety_report")), qint64(1));
    QCOMPARE(pending->otherRecords(), qint64(8));  // as in the preview: 7 kinds and a note

    const QString path = m_world->dir() + QStringLiteral("/pending.tar");
    const Result<ExportSummary> summary =
        BatchExporter(*m_village->ledger).exportTo(path, *m_village->keys);
    QVERIFY2(summary.ok(), qPrintable(summary.message()));
    QCOMPARE(summary->sequence, pending->sequence);
    QCOMPARE(summary->revFrom, pending->revFrom);
    QCOMPARE(summary->revTo, pending->revTo);
    QCOMPARE(summary->records, pending->records);
    QCOMPARE(summary->counts, pending->counts);

    const Result<PendingBatch> next = PendingBatch::of(*m_village->ledger);
    QVERIFY(next.ok());
    QCOMPARE(next->sequence, qint64(2));
    QCOMPARE(next->revFrom, summary->revTo);
    QVERIFY(!next->hasChanges());
    QVERIFY(next->lastExportedAt.isValid());
}

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
