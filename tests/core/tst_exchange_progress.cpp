// Progress and Cancel of the exchange (issue 6): an import stopped at any point of its work
// (the signature, the decryption, the first, a middle and the last record, the moment before the
// commit) leaves the town exactly as it was and can be imported afterwards; past the commit a
// stop is ignored; a stopped check says so; an export stopped at any point leaves no file, no
// temporary file and no "last exported" mark; the listener hears of the work in a few hundred
// reports, not once per record.
#include "tst_exchange_fixture.h"

#include "exchange/ExchangeProgress.h"

#include <QDir>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

struct Heard {
    ExchangeStep step;
    QString table;
    qint64 done;
    qint64 total;
    bool stoppable;
};

// Hears every report; answers "stop" at report number `stopAt` (never when -1), or at the first
// report of `stopAtStep`.
struct Listener {
    int stopAt = -1;
    std::optional<ExchangeStep> stopAtStep;
    QVector<Heard> heard;

    ExchangeProgressListener function() {
        return [this](const ExchangeProgressReport& r) {
            heard.append({r.step, r.table, r.done, r.total, r.stoppable});
            return heard.size() - 1 != stopAt && r.step != stopAtStep;
        };
    }
};

int firstOf(const QVector<Heard>& heard, ExchangeStep step) {
    for (int i = 0; i < heard.size(); ++i) {
        if (heard[i].step == step)
            return i;
    }
    return -1;
}

int lastOf(const QVector<Heard>& heard, ExchangeStep step) {
    for (int i = int(heard.size()) - 1; i >= 0; --i) {
        if (heard[i].step == step)
            return i;
    }
    return -1;
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

}  // namespace

class TestExchangeProgress : public QObject {
    Q_OBJECT

private slots:
    void importStoppedAnywhereChangesNothing();
    void checkStoppedSaysSo();
    void exportStoppedAnywhereLeavesNoFileAndNoMark();
    void reportsAreFewAndInOrder();
};

void TestExchangeProgress::importStoppedAnywhereChangesNothing() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town));
    for (int seed = 1; seed <= 4; ++seed)
        QVERIFY(fillEveryKind(*village, seed));
    const QString first = world.exportBatch(*village);
    QVERIFY(importFile(*town, first).ok());
    // A copy of the town (same keys) shows which reports the import makes.
    Office twin;
    twin.path = world.dir() + QStringLiteral("/twin.tongbao");
    QVERIFY((*town)->database().execute(QStringLiteral("VACUUM INTO '%1'").arg(twin.path)));
    auto opened = Ledger::open(twin.path, QStringLiteral("tester"), world.clock());
    QVERIFY(opened);
    twin.ledger = std::move(*opened);
    auto twinKeys = KeyStore(*twin.ledger).unlock(kPassword);
    QVERIFY(twinKeys);
    twin.keys.emplace(std::move(*twinKeys));
    world.clock().advanceDays(2);
    QVERIFY(changeSomething(*village, 1));
    for (int seed = 5; seed <= 8; ++seed)
        QVERIFY(fillEveryKind(*village, seed));
    const QString second = world.exportBatch(*village);
    QVERIFY(!second.isEmpty());

    Listener all;
    const ImportResult recorded =
        BatchImporter(*twin.ledger, all.function()).import(second, *twin.keys);
    QVERIFY2(recorded.ok(), qPrintable(recorded.message));
    const QVector<Heard>& heard = all.heard;
    const int writing = firstOf(heard, ExchangeStep::WritingRecords);
    const int saving = firstOf(heard, ExchangeStep::SavingLedger);
    QVERIFY(firstOf(heard, ExchangeStep::CheckingSignature) == 0);
    QVERIFY(firstOf(heard, ExchangeStep::Decrypting) > 0);
    QVERIFY(writing > firstOf(heard, ExchangeStep::Decrypting));
    QVERIFY(saving == heard.size() - 1);
    QVERIFY(!heard[saving].stoppable);
    int firstVisit = -1;
    int firstAudit = -1;
    for (int i = writing; i < saving; ++i) {
        if (firstVisit < 0 && heard[i].table == QLatin1String("visit"))
            firstVisit = i;
        if (firstAudit < 0 && heard[i].table == QLatin1String("audit"))
            firstAudit = i;
    }
    QVERIFY(firstVisit > writing && firstAudit > firstVisit);

    const QStringList before = fullDump(*town);
    const QMap<QString, int> stops{
        {QStringLiteral("signature"), 0},
        {QStringLiteral("decrypting"), firstOf(heard, ExchangeStep::Decrypting)},
        {QStringLiteral("before the first record"), writing},
        {QStringLiteral("after the first record"), writing + 1},
        {QStringLiteral("among the visits"), firstVisit},
        {QStringLiteral("among the history entries"), firstAudit + 1},
        {QStringLiteral("after the last record"), saving - 2},
        {QStringLiteral("just before the commit"), saving - 1},
    };
    for (auto it = stops.constBegin(); it != stops.constEnd(); ++it) {
        Listener stopping;
        stopping.stopAt = it.value();
        const ImportResult result =
            BatchImporter(*town->ledger, stopping.function()).import(second, *town->keys);
        QVERIFY2(result.cancelled(), qPrintable(it.key() + QLatin1String(": ") + result.message));
        QVERIFY(!result.ok());
        QCOMPARE(result.message, QStringLiteral("Import cancelled; nothing was changed."));
        QCOMPARE(stopping.heard.size(), it.value() + 1);  // asked no more once told to stop
        QVERIFY2(fullDump(*town) == before, qPrintable(it.key()));
        // The connection is left as it was found: foreign keys enforced, no transaction open.
        QCOMPARE((*town)->database().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE((*town)->database().transactionDepth(), 0);
    }

    // A stop asked for while the ledger is being saved comes too late, and is ignored.
    Listener late;
    late.stopAt = saving;
    const ImportResult imported =
        BatchImporter(*town->ledger, late.function()).import(second, *town->keys);
    QVERIFY2(imported.ok(), qPrintable(imported.message));
    QCOMPARE(imported.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(townRowsOf(*town, *village), ownRows(*village));
    QCOMPARE(mergedDump(*town), mergedDump(twin));
}

void TestExchangeProgress::checkStoppedSaysSo() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town) && fillEveryKind(*village, 1));
    const QString batch = world.exportBatch(*village);
    const QStringList before = fullDump(*town);
    const UnlockedKeys* townKeys = &*town->keys;
    for (const UnlockedKeys* keys : {static_cast<const UnlockedKeys*>(nullptr), townKeys}) {
        Listener stopping;
        stopping.stopAtStep =
            keys ? ExchangeStep::CheckingRecords : ExchangeStep::CheckingSignature;
        const ImportResult checked =
            BatchImporter(*town->ledger, stopping.function()).verify(batch, keys);
        QVERIFY(checked.cancelled());
        QCOMPARE(checked.message,
                 QStringLiteral("The check of the batch was cancelled; nothing was changed."));
        QCOMPARE(stopping.heard.last().step,
                 keys ? ExchangeStep::CheckingRecords : ExchangeStep::CheckingSignature);
    }
    QCOMPARE(fullDump(*town), before);
    // Without a listener nothing stops: the same batch is then imported in full.
    QVERIFY(importFile(*town, batch).ok());
}

void TestExchangeProgress::exportStoppedAnywhereLeavesNoFileAndNoMark() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town));
    for (int seed = 1; seed <= 3; ++seed)
        QVERIFY(fillEveryKind(*village, seed));
    QTemporaryDir out;
    QVERIFY(out.isValid());

    // What a whole export reports, on a batch that is then thrown away with its mark.
    Listener all;
    {
        QTemporaryDir scratch;
        Transaction keepNothing((*village)->database());
        // Inside an outer transaction the export's own is a savepoint: rolled back below.
        BatchExporter exporter(*village->ledger, all.function());
        QVERIFY(exporter.exportTo(scratch.filePath(QStringLiteral("b.tar")), *village->keys));
        QVERIFY(!exporter.wasCancelled());
    }
    QVERIFY(!ExchangeStore((*village)->database()).lastExport());
    const QVector<Heard>& heard = all.heard;
    const int counting = firstOf(heard, ExchangeStep::CountingChanges);
    const int records = firstOf(heard, ExchangeStep::ExportingRecords);
    const int signing = firstOf(heard, ExchangeStep::SigningFile);
    QCOMPARE(counting, 0);
    QVERIFY(records > counting && signing > records);
    QCOMPARE(lastOf(heard, ExchangeStep::SigningFile), heard.size() - 1);

    const QStringList before = fullDump(*village);
    const QString path = out.filePath(QStringLiteral("tongbao-500110001001-000001.batch.tar"));
    for (const int stopAt : {counting, counting + 3, records, records + 1, (records + signing) / 2,
                             signing - 1, signing, int(heard.size()) - 1}) {
        Listener stopping;
        stopping.stopAt = stopAt;
        BatchExporter exporter(*village->ledger, stopping.function());
        const Result<ExportSummary> summary = exporter.exportTo(path, *village->keys);
        QVERIFY2(!summary.ok(), qPrintable(QString::number(stopAt)));
        QVERIFY(exporter.wasCancelled());
        QCOMPARE(
            summary.message(),
            QStringLiteral("Export cancelled; no batch file was written and nothing was changed."));
        QCOMPARE(filesIn(out.path()), QStringList());
        QVERIFY(!ExchangeStore((*village)->database()).lastExport());
        QCOMPARE(fullDump(*village), before);
        QCOMPARE((*village)->database().transactionDepth(), 0);
    }

    // The number was not used up: the next export is batch 1 and the town takes it.
    BatchExporter exporter(*village->ledger);
    const Result<ExportSummary> summary = exporter.exportTo(path, *village->keys);
    QVERIFY2(summary.ok(), qPrintable(summary.message()));
    QVERIFY(!exporter.wasCancelled());
    QCOMPARE(summary->sequence, 1);
    QCOMPARE(filesIn(out.path()), QStringList{QFileInfo(path).fileName()});
    QVERIFY(importFile(*town, path).ok());
    QCOMPARE(townRowsOf(*town, *village), ownRows(*village));
}

void TestExchangeProgress::reportsAreFewAndInOrder() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town));
    for (int seed = 1; seed <= 60; ++seed)
        QVERIFY(fillEveryKind(*village, seed));

    Listener exported;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("batch.tar"));
    const Result<ExportSummary> summary =
        BatchExporter(*village->ledger, exported.function()).exportTo(path, *village->keys);
    QVERIFY2(summary.ok(), qPrintable(summary.message()));
    QVERIFY(summary->records > 1000);

    Listener imported;
    const ImportResult result =
        BatchImporter(*town->ledger, imported.function()).import(path, *town->keys);
    QVERIFY2(result.ok(), qPrintable(result.message));

    for (const Listener* listener : {&exported, &imported}) {
        const QVector<Heard>& heard = listener->heard;
        int perStep = 0;
        for (int i = 0; i < heard.size(); ++i) {
            const bool sameStep = i > 0 && heard[i].step == heard[i - 1].step;
            perStep = sameStep ? perStep + 1 : 1;
            // A few hundred per step (a step's start, then at most 400), not one per record.
            QVERIFY2(perStep <= 401, qPrintable(QString::number(int(heard[i].step))));
            if (sameStep)
                QVERIFY(heard[i].done >= heard[i - 1].done);
            if (heard[i].total > 0)
                QVERIFY(heard[i].done <= heard[i].total);
        }
    }
    const auto records = [](const QVector<Heard>& heard, ExchangeStep step) {
        const int last = lastOf(heard, step);
        return last < 0 ? -1 : heard[last].total;
    };
    QCOMPARE(records(exported.heard, ExchangeStep::ExportingRecords), summary->records);
    QCOMPARE(records(imported.heard, ExchangeStep::WritingRecords), summary->records);
    QCOMPARE(imported.heard[lastOf(imported.heard, ExchangeStep::WritingRecords)].done,
             summary->records);
    // The words shown beside the bar.
    ExchangeProgressReport report;
    report.step = ExchangeStep::WritingRecords;
    report.table = QStringLiteral("child");
    report.done = 1200;
    report.total = 15000;
    QCOMPARE(report.stepText(), QStringLiteral("Writing children into the ledger"));
    QCOMPARE(report.countText(), QStringLiteral("1,200 of 15,000 records"));
    QCOMPARE(report.percent(), 8);
    report.step = ExchangeStep::CheckingSignature;
    report.done = 3200000;
    report.total = 20000000;
    QCOMPARE(report.countText(), QStringLiteral("3.2 of 20.0 MB"));
}

QTEST_GUILESS_MAIN(TestExchangeProgress)
#include "tst_exchange_progress.moc"
