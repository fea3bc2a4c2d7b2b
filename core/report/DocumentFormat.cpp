#include "report/DocumentFormat.h"

#include "domain/Vocabulary.h"

#include <cstdlib>

namespace tongbao::DocumentFormat {

QString tableDate(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString paperDate(const QDate& date) {
    if (!date.isValid())
        return {};
    return QString::fromUtf8("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString paperMonth(const QDate& date) {
    if (!date.isValid())
        return {};
    return QString::fromUtf8("%1年%2月").arg(date.year()).arg(date.month());
}

QString paperDateTime(const QDateTime& time) {
    if (!time.isValid())
        return {};
    return paperDate(time.date()) + QLatin1Char(' ') +
           time.time().toString(QStringLiteral("HH:mm"));
}

namespace {

QString yuanDigits(qint64 fen, bool grouped) {
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString whole = QString::number(magnitude / 100);
    if (grouped) {
        for (int i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
    }
    const QString cents = QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') + cents;
}

}  // namespace

QString money(qint64 fen) {
    QString digits = yuanDigits(fen, true);
    if (digits.startsWith(QLatin1Char('-')))
        return QStringLiteral("-") + QChar(0xA5) + digits.mid(1);
    return QChar(0xA5) + digits;
}

QString plainMoney(qint64 fen) {
    return yuanDigits(fen, false);
}

QString hours(double value) {
    return QString::number(value, 'f', 1);
}

QString dash() {
    return QString(QChar(0x2014));
}

QString zh(const char* utf8) {
    return QString::fromUtf8(utf8);
}

QString term(const QString& kind, const QString& code) {
    return code.isEmpty() ? QString() : Vocabulary::chineseLabel(kind, code);
}

}  // namespace tongbao::DocumentFormat
