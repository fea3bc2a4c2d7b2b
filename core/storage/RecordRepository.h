#pragma once

#include "common/Result.h"
#include "storage/AuditLog.h"
#include "storage/ColumnMapping.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"

#include <QCoreApplication>
#include <QVector>

namespace tongbao {

// A record with what adding it writes, made ahead of the write: its fields and the change list
// of its history entry, as the UTF-8 a bulk write stores (AuditLog::describeCreationUtf8).
// Making it reads nothing of the ledger, so a generator makes it on a thread of its own.
template <typename T>
struct PreparedRecord {
    T record;
    Fields fields;
    QByteArray creation;
};

// What every repository of synchronised rows shares: loading by id, listing by a parent
// column, saving (insert or audited update) and tombstoning, for a record type T whose first
// member is `SyncMeta meta` and whose columns are described once by a Column<T> table.
// Template bodies are kept short; the write path itself is RecordWriter.
template <typename T>
class RecordRepository {
public:
    RecordRepository(Database& db, RecordWriter& writer, QString table, QVector<Column<T>> columns)
        : m_db(db)
        , m_writer(writer)
        , m_table(std::move(table))
        , m_columns(std::move(columns)) {
        QStringList names{QStringLiteral("id"),         QStringLiteral("owner"),
                          QStringLiteral("rev"),        QStringLiteral("updated_at"),
                          QStringLiteral("updated_by"), QStringLiteral("deleted")};
        for (const Column<T>& c : m_columns)
            names.append(c.name);
        m_select =
            QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), m_table);
        m_exists = QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(m_table);
    }

    const QString& table() const { return m_table; }

    // The record with this id, tombstoned or not.
    Result<T> load(const QString& id) const {
        SqlQuery query(m_db, m_select + QStringLiteral(" WHERE id = :id"));
        query.bind(QStringLiteral(":id"), id);
        if (!query.exec())
            return Result<T>::failure(readError());
        if (!query.next())
            return Result<T>::failure(
                QCoreApplication::translate("RecordRepository", "The record was not found."));
        return fromQuery(query);
    }

    // Live records whose `column` equals `value`, in `orderBy` order (column names from code).
    QVector<T> where(const QString& column,
                     const QVariant& value,
                     const QString& orderBy = {}) const {
        QString sql = m_select + QStringLiteral(" WHERE deleted = 0 AND %1 = :value").arg(column);
        if (!orderBy.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + orderBy;
        SqlQuery& query = m_db.cached(sql);  // a save of a household asks for every one
        query.bind(QStringLiteral(":value"), value);
        QVector<T> result;
        if (query.exec()) {
            while (query.next())
                result.append(fromQuery(query));
        }
        query.finish();
        return result;
    }

    // Inserts a record without an id (or with an id not yet stored), otherwise updates it.
    // On success the record's meta reflects what was stored.
    Status save(T& record) {
        return store(record, exists(record.meta.id), fieldsOf(record, m_columns));
    }
    // Inserts a record whose id is new by construction (a generator's, made for this run)
    // without first asking whether it is stored: a stored id fails the insert on the primary
    // key, and nothing is written. A district's demo adds 2.5 million records.
    Status add(T& record) { return store(record, false, fieldsOf(record, m_columns)); }
    // The same for a record prepared ahead: reads only the column table, so any thread may
    // prepare while this repository writes on its own.
    PreparedRecord<T> prepare(T record) const {
        PreparedRecord<T> prepared{std::move(record), {}, {}};
        prepared.fields = fieldsOf(prepared.record, m_columns);
        prepared.creation = AuditLog::describeCreationUtf8(prepared.fields);
        return prepared;
    }
    Status add(PreparedRecord<T>& prepared) {
        return store(prepared.record, false, prepared.fields, &prepared.creation);
    }

    Status remove(const QString& id) { return m_writer.markDeleted(m_table, id).status(); }

    bool exists(const QString& id) const {
        if (id.isEmpty())
            return false;
        if (const std::optional<bool> found = m_writer.existsInBulk(m_table, id))
            return *found;
        // Asked before every save: prepared once per connection.
        SqlQuery& query = m_db.cached(m_exists);
        query.bind(QStringLiteral(":id"), id);
        const bool found = query.exec() && query.next();
        query.finish();
        return found;
    }

protected:
    // `creation`: the history's change list of an insert, when made ahead (prepare()).
    Status store(T& record,
                 bool stored,
                 const Fields& fields,
                 const QByteArray* creation = nullptr) {
        Result<SyncMeta> meta = stored ? m_writer.update(m_table, record.meta.id, fields)
                                       : m_writer.insert(m_table, fields, record.meta.id, creation);
        if (!meta)
            return meta.status();
        record.meta = *meta;
        return Status::success();
    }

    T fromQuery(const SqlQuery& query) const {
        T record;
        record.meta.id = query.value(0).toString();
        record.meta.owner = query.value(1).toString();
        record.meta.rev = query.value(2).toLongLong();
        sqlvalue::from(query.value(3), record.meta.updatedAt);
        record.meta.updatedBy = query.value(4).toString();
        record.meta.deleted = query.value(5).toLongLong() != 0;
        for (int i = 0; i < m_columns.size(); ++i)
            m_columns[i].set(record, query.value(6 + i));
        return record;
    }

    QString readError() const {
        return QCoreApplication::translate("RecordRepository",
                                           "The ledger file could not be read.");
    }

    Database& m_db;
    RecordWriter& m_writer;
    QString m_table;
    QVector<Column<T>> m_columns;
    QString m_select;
    QString m_exists;
};

}  // namespace tongbao
