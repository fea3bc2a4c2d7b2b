#pragma once

#include <QChar>
#include <QString>
#include <QVector>

namespace tongbao {

// Batch numbers as people write them down: runs of consecutive numbers joined ("1-3, 5, 7-9"),
// so that a gap, or what a receipt confirms, reads at a glance however many batches there are.
// One function for the import preview, the command line and the exchange page, so that they
// group numbers the same way; the screen joins a run with an en dash, plain text with "-".
QString sequenceRanges(const QVector<qint64>& sequences, QChar dash = QLatin1Char('-'));

}  // namespace tongbao
