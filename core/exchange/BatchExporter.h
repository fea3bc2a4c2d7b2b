#pragma once

#include "common/Result.h"
#include "exchange/ExchangeProgress.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace tongbao {

class Ledger;
struct UnlockedKeys;

struct ExportSummary {
    qint64 sequence = 0;
    qint64 revFrom = 0;
    qint64 revTo = 0;
    qint64 records = 0;            // rows and history entries
    QMap<QString, qint64> counts;  // per table, "audit" for history entries
    QString batchHash;             // BLAKE2b-512 of batch.age, hex
    QString recipientName;         // the town it is encrypted to
    QString path;
};

// Writes the next batch of this ledger (design.md §4, docs/batch-format.md): every row it owns
// whose rev is above the last export, tombstones included, and the history entries written
// since, as JSON lines encrypted to the registered upstream key in the age format, signed in
// the minisign format, in one container file. The rows are streamed from SQLite through the
// encryptor to the file, so memory does not grow with the batch. The file is built under a
// temporary name, synced to disk and renamed; only then, in the same transaction that read the
// rows, is the batch recorded as the "last exported" mark. A failure leaves no file and no mark;
// so does stopping the export through the listener (ExchangeProgress), until the file is synced.
class BatchExporter {
    Q_DECLARE_TR_FUNCTIONS(BatchExporter)
public:
    explicit BatchExporter(Ledger& ledger, ExchangeProgressListener listener = {});

    Result<ExportSummary> exportTo(const QString& path, const UnlockedKeys& keys);
    // Whether the last exportTo() failed because the listener stopped it.
    bool wasCancelled() const { return m_cancelled; }

    // A file name for the next batch: tongbao-AREACODE-000007.batch.tar
    QString suggestedFileName() const;

private:
    Result<ExportSummary> write(const QString& path,
                                const UnlockedKeys& keys,
                                ExchangeProgress& progress);

    Ledger& m_ledger;
    ExchangeProgressListener m_listener;
    bool m_cancelled = false;
};

}  // namespace tongbao
