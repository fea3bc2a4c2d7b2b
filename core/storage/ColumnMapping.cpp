#include "storage/ColumnMapping.h"

namespace tongbao::sqlvalue {

QString dateText(const QDate& date) {
    // What toString(Qt::ISODate) gives, without its printf: every date of every row saved.
    if (!date.isValid())
        return QString();
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QString timeText(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QVariant to(const QString& value) {
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant to(const QDate& value) {
    return value.isValid() ? QVariant(dateText(value)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant to(const QDateTime& value) {
    return value.isValid() ? QVariant(timeText(value)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant to(int value) {
    return QVariant(qint64(value));
}

QVariant to(qint64 value) {
    return QVariant(value);
}

QVariant to(bool value) {
    return QVariant(qint64(value ? 1 : 0));
}

QVariant to(const std::optional<bool>& value) {
    return value ? QVariant(qint64(*value ? 1 : 0)) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant to(const QStringList& value) {
    return to(value.join(QLatin1Char(',')));  // an empty list is '', not NULL
}

void from(const QVariant& v, QString& out) {
    out = v.isNull() ? QString() : v.toString();
}

void from(const QVariant& v, QDate& out) {
    out = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

void from(const QVariant& v, QDateTime& out) {
    out = v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

void from(const QVariant& v, int& out) {
    out = v.toInt();
}

void from(const QVariant& v, qint64& out) {
    out = v.toLongLong();
}

void from(const QVariant& v, bool& out) {
    out = v.toLongLong() != 0;
}

void from(const QVariant& v, std::optional<bool>& out) {
    out = v.isNull() ? std::nullopt : std::optional<bool>(v.toLongLong() != 0);
}

void from(const QVariant& v, QStringList& out) {
    out = v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

}  // namespace tongbao::sqlvalue
