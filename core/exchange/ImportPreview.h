#pragma once

#include "exchange/BatchImporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tongbao {

class Ledger;
struct UnlockedKeys;

// What a batch would do to one kind of record.
struct RecordChange {
    qint64 added = 0;
    qint64 changed = 0;  // edited (not counting deletions)
    qint64 closed = 0;   // children only: of the new and changed, files arriving closed
    qint64 removed = 0;  // tombstones: records the village deleted

    qint64 total() const { return added + changed + removed; }
};

// What the town sees before it imports a batch (issue 6, "a preview before applying"): the
// village that sent it, its sequence and range, and how many children, visits and safety
// reports it would add, change or close, counted by the very code that imports, run with
// writing switched off (BatchImporter::verify). A refusal (unknown or revoked key, bad
// signature, fork, already imported) comes back with the same message an import would give;
// nothing is written in any case. The CLI's verify and the GUI's import dialog both describe
// a batch from this.
class ImportPreview {
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)
public:
    // Checks the batch at `path` against this ledger. Without `keys` only the sender and the
    // signature are checked (no password is needed for that); with them the content is
    // decrypted and counted.
    static ImportPreview check(Ledger& ledger, const QString& path, const UnlockedKeys* keys);
    static ImportPreview fromResult(const ImportResult& result);

    ImportResult result;
    RecordChange children;
    RecordChange visits;
    RecordChange safetyReports;
    RecordChange otherRecords;  // households, guardianship, measures, referrals, report steps
    qint64 historyEntries = 0;

    bool refused() const { return result.outcome == ImportResult::Outcome::Refused; }
    bool alreadyImported() const {
        return result.outcome == ImportResult::Outcome::AlreadyImported;
    }
    // Checked in full (signature and content) and not yet imported: the import may go ahead.
    bool canImport() const {
        return result.outcome == ImportResult::Outcome::Checked && result.report.decrypted;
    }
    const BatchReport& report() const { return result.report; }
    // Whether applying the batch would change anything at all.
    bool changesAnything() const;

    // "Batch 3 from 桥河社区 (500110001001), made 2026-11-29 09:00"
    QString title() const;
    // One line per kind of record with its counts, for the CLI and for screen readers.
    QStringList countLines() const;
    // The missing earlier batches, as a sentence; empty when there is no gap.
    QString gapText() const;
};

}  // namespace tongbao
