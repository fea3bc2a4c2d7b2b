#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace tongbao {

class Ledger;

// What the next batch of this ledger would hold if it were exported now: its number, the
// range of changes since the last batch and how many records of each kind, counted with the
// same queries the exporter uses, without writing anything. The exchange page shows it next to
// "Export batch…" so the supervisor knows what is about to leave the office.
struct PendingBatch {
    Q_DECLARE_TR_FUNCTIONS(PendingBatch)
public:
    qint64 sequence = 0;
    qint64 revFrom = 0;            // exclusive
    qint64 revTo = 0;              // inclusive
    QMap<QString, qint64> counts;  // per synchronised table, "audit" for history entries
    qint64 records = 0;
    QString upstreamName;  // empty while no town key is installed
    QDateTime lastExportedAt;

    qint64 count(const QString& table) const { return counts.value(table); }
    // Records other than children, visits, safety reports and history entries.
    qint64 otherRecords() const;
    bool hasChanges() const { return records - count(QStringLiteral("audit")) > 0; }

    static Result<PendingBatch> of(Ledger& ledger);
};

}  // namespace tongbao
