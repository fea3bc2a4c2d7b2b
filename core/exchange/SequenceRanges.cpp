#include "exchange/SequenceRanges.h"

#include <QStringList>

namespace tongbao {

QString sequenceRanges(const QVector<qint64>& sequences, QChar dash) {
    QStringList parts;
    for (int i = 0; i < sequences.size();) {
        int j = i;
        while (j + 1 < sequences.size() && sequences[j + 1] == sequences[j] + 1)
            ++j;
        parts.append(j == i ? QString::number(sequences[i])
                            : QString::number(sequences[i]) + dash + QString::number(sequences[j]));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace tongbao
