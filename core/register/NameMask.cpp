#include "register/NameMask.h"

#include <QList>

namespace tongbao {

QString maskName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    // By code point, so a rare character outside the BMP counts once.
    const QList<uint> codePoints = trimmed.toUcs4();
    const char32_t first = codePoints.first();
    const qsizetype rest = qMax<qsizetype>(codePoints.size() - 1, 1);
    return QString::fromUcs4(&first, 1) + QString(rest, QLatin1Char('*'));
}

}  // namespace tongbao
