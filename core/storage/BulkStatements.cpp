#include "storage/BulkStatements.h"

#include <sqlite3.h>

namespace tongbao {

BulkStatements::BulkStatements(sqlite3* handle)
    : m_handle(handle) {}

BulkStatements::~BulkStatements() {
    for (const Insert& insert : std::as_const(m_inserts))
        sqlite3_finalize(insert.statement);
    sqlite3_finalize(m_advanceRev);
}

sqlite3_stmt* BulkStatements::prepare(const QString& sql) {
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

bool BulkStatements::bind(sqlite3_stmt* statement, int index, const QVariant& value) {
    // As QSQLiteResult::exec binds, for the kinds of value the column mappings make.
    const int type = value.typeId();
    if (value.isNull() ||
        (type == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull()))
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (type) {
        case QMetaType::QString:
            return bindText(statement, index, *static_cast<const QString*>(value.constData()));
        case QMetaType::LongLong:
        case QMetaType::UInt:
            return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
        case QMetaType::Int:
        case QMetaType::Bool:
            return sqlite3_bind_int(statement, index, value.toInt()) == SQLITE_OK;
        case QMetaType::Double:
            return sqlite3_bind_double(statement, index, value.toDouble()) == SQLITE_OK;
        default:
            return false;
    }
}

bool BulkStatements::bindText(sqlite3_stmt* statement, int index, const QString& text) {
    // As SqlQuery::bind: a lone surrogate (invalid UTF-16) becomes U+FFFD.
    const QChar* chars = text.constData();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size && !chars[i].isSurrogate())
        ++i;
    if (i == size) {
        m_texts.append(text.toUtf8());
    } else {
        QString cleaned = text;
        for (; i < size; ++i) {
            const QChar c = cleaned.at(i);
            if (c.isHighSurrogate() && i + 1 < size && cleaned.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                cleaned[i] = QChar::ReplacementCharacter;
        }
        m_texts.append(cleaned.toUtf8());
    }
    const QByteArray& utf8 = m_texts.last();
    return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC) ==
           SQLITE_OK;
}

void BulkStatements::clear(sqlite3_stmt* statement) {
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_texts.clear();
}

bool BulkStatements::run(sqlite3_stmt* statement, QString& error) {
    const int result = sqlite3_step(statement);
    if (result != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    clear(statement);
    return result == SQLITE_DONE;
}

std::optional<bool> BulkStatements::insert(const QString& table,
                                           const std::function<QString()>& makeSql,
                                           const SyncValues& sync,
                                           const Fields& fields,
                                           QString& error) {
    Insert& insert = m_inserts[table];
    if (!insert.statement) {
        insert.statement = prepare(makeSql());
        insert.fieldCount = fields.size();
    }
    sqlite3_stmt* statement = insert.statement;
    // Placeholders are numbered in the order they first appear: the five sync columns, then
    // the fields (each named once).
    bool bound = statement && insert.fieldCount == fields.size() &&
                 sqlite3_bind_parameter_count(statement) == 5 + fields.size() &&
                 bindText(statement, 1, sync.id) && bindText(statement, 2, sync.owner) &&
                 sqlite3_bind_int64(statement, 3, sync.rev) == SQLITE_OK &&
                 bindText(statement, 4, sync.updatedAt) && bindText(statement, 5, sync.updatedBy);
    for (int i = 0; bound && i < fields.size(); ++i)
        bound = bind(statement, 6 + i, fields[i].second);
    if (!bound) {
        if (statement)
            clear(statement);
        return std::nullopt;
    }
    return run(statement, error);
}

std::optional<int> BulkStatements::advanceRev(qint64 last, QString& error) {
    if (!m_advanceRevPrepared) {
        m_advanceRev =
            prepare(QStringLiteral("UPDATE ledger SET last_rev = :rev WHERE last_rev = :last"));
        m_advanceRevPrepared = true;
    }
    if (!m_advanceRev)
        return std::nullopt;
    sqlite3_bind_int64(m_advanceRev, 1, last + 1);
    sqlite3_bind_int64(m_advanceRev, 2, last);
    if (!run(m_advanceRev, error))
        return -1;
    return sqlite3_changes(m_handle);
}

}  // namespace tongbao
