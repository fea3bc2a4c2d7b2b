#pragma once

#include "storage/ExchangeStore.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace tongbao {

class Ledger;

// One village registered at this town, with what has arrived from it.
struct SourceState {
    TrustedKey key;
    qint64 batches = 0;       // batches imported
    qint64 lastSequence = 0;  // the highest imported, 0 for none
    QDateTime lastImportedAt;
    QVector<qint64> missing;  // sequences below the highest that have not arrived
};

// What the exchange page shows of the trust and traffic of this ledger, read in one place so
// that the screens do not reach into the exchange tables: the villages registered here and the
// batches received from each, the town this ledger sends to, and the batches it has sent.
namespace ExchangeOverview {

QVector<SourceState> sources(Ledger& ledger);
std::optional<TrustedKey> upstream(Ledger& ledger);
QVector<ExportRecord> exports(Ledger& ledger);  // oldest first
// When the ledger's own keys were made; invalid while it has none.
QDateTime keysMadeAt(Ledger& ledger);

}  // namespace ExchangeOverview

}  // namespace tongbao
