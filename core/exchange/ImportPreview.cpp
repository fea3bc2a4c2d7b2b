#include "exchange/ImportPreview.h"

#include "exchange/SequenceRanges.h"
#include "storage/Ledger.h"

namespace tongbao {

namespace {

void add(RecordChange& into, const TableTally& tally) {
    into.added += tally.added;
    // A tombstone is counted by the importer as a change; here it is told apart.
    into.changed += tally.changed - tally.removed;
    into.removed += tally.removed;
}

}  // namespace

ImportPreview ImportPreview::check(Ledger& ledger, const QString& path, const UnlockedKeys* keys) {
    return fromResult(BatchImporter(ledger).verify(path, keys));
}

ImportPreview ImportPreview::fromResult(const ImportResult& result) {
    ImportPreview preview;
    preview.result = result;
    const BatchReport& report = result.report;
    for (auto it = report.tables.constBegin(); it != report.tables.constEnd(); ++it) {
        const QString& table = it.key();
        if (table == QLatin1String("child"))
            add(preview.children, *it);
        else if (table == QLatin1String("visit"))
            add(preview.visits, *it);
        else if (table == QLatin1String("safety_report"))
            add(preview.safetyReports, *it);
        else if (table == QLatin1String("audit"))
            preview.historyEntries += it->added;
        else
            add(preview.otherRecords, *it);
    }
    preview.children.closed = report.childrenClosed;
    return preview;
}

bool ImportPreview::changesAnything() const {
    return children.total() + visits.total() + safetyReports.total() + otherRecords.total() +
               historyEntries >
           0;
}

QString ImportPreview::title() const {
    const BatchReport& r = result.report;
    if (r.sourceName.isEmpty())
        return tr("Batch file");
    QString text = tr("Batch %1 from %2 (%3)").arg(r.sequence).arg(r.sourceName, r.sourceArea);
    if (r.created.isValid())
        text +=
            QStringLiteral(", ") +
            tr("made %1").arg(r.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return text;
}

QStringList ImportPreview::countLines() const {
    if (!result.report.decrypted)
        return {};
    const auto line = [](const QString& what, const RecordChange& change) {
        QString text = tr("%1: %2 new, %3 changed").arg(what).arg(change.added).arg(change.changed);
        if (change.closed > 0)
            text += QStringLiteral(", ") + tr("%1 closed").arg(change.closed);
        if (change.removed > 0)
            text += QStringLiteral(", ") + tr("%1 deleted").arg(change.removed);
        return text;
    };
    return {line(tr("Children"), children), line(tr("Visits"), visits),
            line(tr("Safety reports"), safetyReports), line(tr("Other records"), otherRecords),
            tr("History entries: %1").arg(historyEntries)};
}

QString ImportPreview::gapText() const {
    const QVector<qint64>& missing = result.report.missingBefore;
    if (missing.isEmpty())
        return {};
    return tr("Batch(es) %1 from this village have not arrived yet. This batch can be imported; "
              "ask the village for the missing ones.")
        .arg(sequenceRanges(missing));
}

}  // namespace tongbao
