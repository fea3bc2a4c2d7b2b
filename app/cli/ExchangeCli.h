#pragma once

#include "common/Result.h"
#include "security/KeyStore.h"

#include <QString>

namespace tongbao {
class Ledger;
struct BatchReport;
}  // namespace tongbao

namespace tongbao::cli {

// Shared by the exchange verbs (keys, trust, export, verify, import, receipt, receipt-import):
// unlocking the ledger's keys with TONGBAO_PASSWORD, making them on first use when allowed.
Result<UnlockedKeys> unlockKeys(Ledger& ledger, bool makeWhenMissing);

// The lines that describe a batch to the person at the keyboard.
QStringList describeBatch(const BatchReport& report);

// "1-3, 5, 7-9": core's sequenceRanges(), under the name the receipt verbs call it by.
QString sequenceList(const QVector<qint64>& sequences);

}  // namespace tongbao::cli
