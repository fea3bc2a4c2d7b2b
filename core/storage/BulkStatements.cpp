#include "storage/BulkStatements.h"

#include "storage/AuditLog.h"

#include <sqlite3.h>

namespace tongbao {

namespace {

// Text bound until the statement has run: UTF-8 written into blocks that are reused from one
// statement to the next, instead of an allocation per value.
class TextArena {
public:
    // The UTF-8 of `text` in the arena; `size` gets its length in bytes.
    const char* put(const QString& text, int& size) {
        const qsizetype most = 3 * text.size();
        if (m_block == m_blocks.size() || m_used + most > m_blocks[m_block].size()) {
            if (m_block < m_blocks.size() && m_used > 0)
                ++m_block;
            if (m_block == m_blocks.size() || m_blocks[m_block].size() < most)
                m_blocks.insert(m_block,
                                QByteArray(qMax<qsizetype>(kBlock, most), Qt::Uninitialized));
            m_used = 0;
        }
        char* start = m_blocks[m_block].data() + m_used;
        char* end = writeSqliteUtf8(start, text.constData(), text.size());
        m_used += end - start;
        size = int(end - start);
        return start;
    }
    void clear() {
        m_block = 0;
        m_used = 0;
        if (m_blocks.size() > 4)
            m_blocks.resize(4);
    }

private:
    static constexpr qsizetype kBlock = 64 * 1024;
    QVector<QByteArray> m_blocks;
    qsizetype m_block = 0;
    qsizetype m_used = 0;
};

TextArena& arena() {
    // One per thread: statements of a connection run on the thread that opened it.
    thread_local TextArena texts;
    return texts;
}

bool bindArenaText(sqlite3_stmt* statement, int index, const QString& text) {
    int size = 0;
    const char* utf8 = arena().put(text, size);
    return sqlite3_bind_text(statement, index, utf8, size, SQLITE_STATIC) == SQLITE_OK;
}

}  // namespace

BulkStatements::BulkStatements(sqlite3* handle)
    : m_handle(handle) {}

BulkStatements::~BulkStatements() {
    for (const Insert& insert : std::as_const(m_inserts))
        sqlite3_finalize(insert.statement);
    for (sqlite3_stmt* statement : std::as_const(m_exists))
        sqlite3_finalize(statement);
    sqlite3_finalize(m_advanceRev);
    sqlite3_finalize(m_audit);
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
    return bindArenaText(statement, index, text);
}

bool BulkStatements::bindString(sqlite3_stmt* statement, int index, const QString& text) {
    // As QtSql binds a QString: a null one as NULL.
    if (text.isNull())
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    return bindText(statement, index, text);
}

void BulkStatements::clear(sqlite3_stmt* statement) {
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    arena().clear();
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

std::optional<bool> BulkStatements::exists(const QString& table, const QString& id) {
    auto it = m_exists.find(table);
    if (it == m_exists.end())
        it = m_exists.insert(table,
                             prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table)));
    sqlite3_stmt* statement = *it;
    if (!statement || !bindText(statement, 1, id)) {
        if (statement)
            clear(statement);
        return std::nullopt;
    }
    const int result = sqlite3_step(statement);
    clear(statement);
    if (result != SQLITE_ROW && result != SQLITE_DONE)
        return std::nullopt;  // the caller asks again through QtSql, which keeps the error
    return result == SQLITE_ROW;
}

std::optional<int> BulkStatements::advanceRev(qint64 last, QString& error) {
    if (!m_advanceRevPrepared) {
        // OR FAIL: a statement that may stop half-way keeps a statement journal, which cost
        // more than the update; this one changes one row or none, so it cannot stop half-way.
        m_advanceRev = prepare(
            QStringLiteral("UPDATE OR FAIL ledger SET last_rev = :rev WHERE last_rev = :last"));
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

std::optional<bool> BulkStatements::insertAudit(const AuditEntry& entry,
                                                const QString& at,
                                                const QByteArray& changes,
                                                QString& error) {
    if (!m_auditPrepared) {
        // The statement AuditLog runs through QtSql, placeholders in the same order.
        m_audit = prepare(
            QStringLiteral("INSERT INTO audit (seq, at, actor, action, entity, entity_id, owner, "
                           "rev, changes, prev_hash, hash) VALUES (:seq, :at, :actor, :action, "
                           ":entity, :entity_id, :owner, :rev, :changes, :prev_hash, :hash)"));
        m_auditPrepared = true;
    }
    if (!m_audit)
        return std::nullopt;
    const bool bound =
        sqlite3_bind_int64(m_audit, 1, entry.seq) == SQLITE_OK && bindString(m_audit, 2, at) &&
        bindString(m_audit, 3, entry.actor) && bindString(m_audit, 4, entry.action) &&
        bindString(m_audit, 5, entry.entity) && bindString(m_audit, 6, entry.entityId) &&
        bindString(m_audit, 7, entry.owner) &&
        sqlite3_bind_int64(m_audit, 8, entry.rev) == SQLITE_OK &&
        sqlite3_bind_text(m_audit, 9, changes.constData() ? changes.constData() : "",
                          int(changes.size()), SQLITE_STATIC) == SQLITE_OK &&
        bindString(m_audit, 10, entry.previousHash) && bindString(m_audit, 11, entry.hash);
    if (!bound) {
        clear(m_audit);
        return std::nullopt;
    }
    return run(m_audit, error);
}
}  // namespace tongbao
