#pragma once

#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <optional>

namespace tongbao {

// An ordered list of column values, as written to a row and compared for the audit.
using Fields = QVector<QPair<QString, QVariant>>;

// How one field of a domain record is stored: dates as ISO text (NULL when unset), times as
// ISO UTC text, booleans as 0/1, "unknown" as NULL, multi-choice codes as comma-joined text
// (so SQL can filter with LIKE on ",code,"). One mapping for every table keeps the on-disk
// representation uniform, which matters once rows travel between ledgers.
namespace sqlvalue {
QVariant to(const QString& value);
QVariant to(const QDate& value);
QVariant to(const QDateTime& value);
QVariant to(int value);
QVariant to(qint64 value);
QVariant to(bool value);
QVariant to(const std::optional<bool>& value);
QVariant to(const QStringList& value);

void from(const QVariant& v, QString& out);
void from(const QVariant& v, QDate& out);
void from(const QVariant& v, QDateTime& out);
void from(const QVariant& v, int& out);
void from(const QVariant& v, qint64& out);
void from(const QVariant& v, bool& out);
void from(const QVariant& v, std::optional<bool>& out);
void from(const QVariant& v, QStringList& out);

QString dateText(const QDate& date);
QString timeText(const QDateTime& time);  // UTC, "2026-11-29T08:30:00Z"
}  // namespace sqlvalue

template <typename Record>
struct Column {
    QString name;
    std::function<QVariant(const Record&)> get;
    std::function<void(Record&, const QVariant&)> set;
};

// Builds a Column from an accessor returning a reference to the field, so nested fields
// (father.status) map as easily as plain ones.
template <typename Record, typename Access>
Column<Record> column(const char* name, Access access) {
    return Column<Record>{
        QString::fromLatin1(name),
        [access](const Record& record) {
            return sqlvalue::to(access(const_cast<Record&>(record)));
        },
        [access](Record& record, const QVariant& value) { sqlvalue::from(value, access(record)); }};
}

// A link to another row (a foreign key that may be unset): stored as NULL when empty, because
// SQLite checks '' against the parent table but lets NULL through.
template <typename Record, typename Access>
Column<Record> reference(const char* name, Access access) {
    return Column<Record>{
        QString::fromLatin1(name),
        [access](const Record& record) {
            const QString& id = access(const_cast<Record&>(record));
            return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
        },
        [access](Record& record, const QVariant& value) { sqlvalue::from(value, access(record)); }};
}

#define TONGBAO_REFERENCE(Record, name, field) \
    ::tongbao::reference<Record>(              \
        name, [](Record & r) -> auto& { return r.field; })

#define TONGBAO_COLUMN(Record, name, field) \
    ::tongbao::column<Record>(              \
        name, [](Record & r) -> auto& { return r.field; })

template <typename Record>
Fields fieldsOf(const Record& record, const QVector<Column<Record>>& columns) {
    Fields fields;
    fields.reserve(columns.size());
    for (const Column<Record>& c : columns)
        fields.append({c.name, c.get(record)});
    return fields;
}

}  // namespace tongbao
