#include "exchange/ExchangeOverview.h"

#include "storage/Ledger.h"

#include <algorithm>

namespace tongbao::ExchangeOverview {

QVector<SourceState> sources(Ledger& ledger) {
    ExchangeStore store(ledger.database());
    QVector<SourceState> states;
    for (const TrustedKey& key : store.trustedKeys()) {
        if (key.role != QLatin1String("source"))
            continue;
        SourceState state;
        state.key = key;
        QVector<qint64> held = store.receivedSequences(key.ledgerId);
        std::sort(held.begin(), held.end());
        state.batches = held.size();
        if (!held.isEmpty()) {
            state.lastSequence = held.last();
            if (const auto batch = store.receivedBatch(key.ledgerId, state.lastSequence))
                state.lastImportedAt = batch->importedAt;
            for (qint64 s = 1; s < state.lastSequence; ++s) {
                if (!std::binary_search(held.cbegin(), held.cend(), s))
                    state.missing.append(s);
            }
        }
        states.append(state);
    }
    return states;
}

std::optional<TrustedKey> upstream(Ledger& ledger) {
    return ExchangeStore(ledger.database()).upstream();
}

QVector<ExportRecord> exports(Ledger& ledger) {
    QVector<ExportRecord> records = ExchangeStore(ledger.database()).exports();
    std::sort(records.begin(), records.end(),
              [](const ExportRecord& a, const ExportRecord& b) { return a.sequence < b.sequence; });
    return records;
}

QDateTime keysMadeAt(Ledger& ledger) {
    QDateTime earliest;
    for (const StoredKeyPair& pair : ExchangeStore(ledger.database()).keyPairs()) {
        if (pair.createdAt.isValid() && (!earliest.isValid() || pair.createdAt < earliest))
            earliest = pair.createdAt;
    }
    return earliest;
}

}  // namespace tongbao::ExchangeOverview
