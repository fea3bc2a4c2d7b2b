#include "exchange/PendingBatch.h"

#include "storage/ExchangeStore.h"
#include "storage/Ledger.h"

namespace tongbao {

qint64 PendingBatch::otherRecords() const {
    qint64 other = records;
    for (const char* table : {"child", "visit", "safety_report", "audit"})
        other -= count(QLatin1String(table));
    return other;
}

Result<PendingBatch> PendingBatch::of(Ledger& ledger) {
    ExchangeStore store(ledger.database());
    const QString owner = ledger.identity().id;
    PendingBatch pending;
    const auto last = store.lastExport();
    pending.sequence = last ? last->sequence + 1 : 1;
    pending.revFrom = last ? last->revTo : 0;
    pending.revTo = store.lastRev();
    if (last)
        pending.lastExportedAt = last->exportedAt;
    if (const auto upstream = store.upstream())
        pending.upstreamName = upstream->name;
    for (const QString& table : ExchangeStore::syncedTables()) {
        const qint64 count = store.countChanged(table, owner, pending.revFrom, pending.revTo);
        if (count < 0)
            return Result<PendingBatch>::failure(tr("The ledger file could not be read."));
        pending.counts.insert(table, count);
        pending.records += count;
    }
    const qint64 audit = store.countAudit(last ? last->auditTo : 0, store.lastAuditSeq());
    if (audit < 0)
        return Result<PendingBatch>::failure(tr("The ledger's history could not be read."));
    pending.counts.insert(QStringLiteral("audit"), audit);
    pending.records += audit;
    return pending;
}

}  // namespace tongbao
