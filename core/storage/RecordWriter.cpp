#include "storage/RecordWriter.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/BulkStatements.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QRandomGenerator>
#include <QUuid>

#include <sqlite3.h>

#include <mutex>
#include <optional>

namespace tongbao {

namespace {
const QString kSyncColumns = QStringLiteral("id, owner, rev, updated_at, updated_by, deleted");

// sqlvalue::timeText, remembered for the last second asked: formatting a time is costly and a
// bulk write stamps many rows within the same second.
QString stampText(const QDateTime& time) {
    thread_local qint64 lastSecond = 0;
    thread_local QString lastText;
    if (!time.isValid())
        return sqlvalue::timeText(time);
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 second = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;  // the second it falls in
    if (lastText.isEmpty() || second != lastSecond) {
        lastText = sqlvalue::timeText(time);
        lastSecond = second;
    }
    return lastText;
}
QString insertSql(const QString& table, const Fields& fields) {
    QStringList names;
    QStringList binds;
    for (const auto& field : fields) {
        names.append(field.first);
        binds.append(QLatin1Char(':') + field.first);
    }
    return QStringLiteral(
               "INSERT INTO %1 (%2, %3) VALUES (:id, :owner, :rev, :updated_at, "
               ":updated_by, 0, %4)")
        .arg(table, kSyncColumns, names.join(QStringLiteral(", ")),
             binds.join(QStringLiteral(", ")));
}
}  // namespace

// RFC 9562 version 7: 48 bits of Unix time in milliseconds, then random bits, the first 12 of
// them counting up within a millisecond, so that ids made one after another sort in the order
// they were made. New rows then land next to each other in each table's index of ids and in
// the indexes of records by their child or household, instead of on a random page each (an
// import or a session of new entries). Still a UUID,
// as random as version 4 in its last 62 bits; nothing reads the time back out (a FixedClock
// in tests gives ids that count up from one millisecond, as unique).
QString newUuid() {
    static std::mutex mutex;
    static qint64 lastMs = -1;
    static quint32 sequence = 0;
    QRandomGenerator* random = QRandomGenerator::system();
    const qint64 nowMs = Clock::current().nowUtc().toMSecsSinceEpoch();
    qint64 ms = 0;
    quint32 counter = 0;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (nowMs > lastMs) {
            lastMs = nowMs;
            sequence = random->bounded(0x800U);  // room to count up within the millisecond
        } else if (++sequence > 0xFFF) {
            ++lastMs;  // more than 4096 ids in one millisecond, or the clock went back
            sequence = 0;
        }
        ms = lastMs;
        counter = sequence;
    }
    const quint64 tail = random->generate64();
    QByteArray bytes(16, Qt::Uninitialized);
    auto* b = reinterpret_cast<uchar*>(bytes.data());
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(quint64(ms) >> (40 - 8 * i));
    b[6] = uchar(0x70 | (counter >> 8));
    b[7] = uchar(counter);
    b[8] = uchar(0x80 | ((tail >> 56) & 0x3F));  // variant 10
    for (int i = 9; i < 16; ++i)
        b[i] = uchar(tail >> (8 * (15 - i)));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

BulkStatements* RecordWriter::raw() {
    if (!inBulk())
        return nullptr;
    auto* handle = static_cast<sqlite3*>(m_db.sqliteHandle());
    if (!handle)
        return nullptr;
    if (!m_raw || m_raw->handle() != handle)
        m_raw = std::make_unique<BulkStatements>(handle);
    return m_raw.get();
}

RecordWriter::RecordWriter(Database& db, ChangeContext context)
    : m_db(db)
    , m_context(std::move(context))
    , m_audit(std::make_unique<AuditLog>(db)) {}

RecordWriter::~RecordWriter() = default;

// The page cache of a bulk scope (KiB): most of the indexes of a district-sized ledger.
constexpr int kBulkCacheKiB = 256 * 1024;

void RecordWriter::beginBulk() {
    if (m_bulkDepth++ > 0)
        return;
    forgetBulkState();
    m_searchChildren.clear();
    m_searchChildrenNoted.clear();
    m_searchHouseholds.clear();
    m_searchHouseholdsNoted.clear();
    m_cacheSize = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    if (m_cacheSize.isValid() &&
        (m_cacheSize.toLongLong() >= 0 || -m_cacheSize.toLongLong() < kBulkCacheKiB))
        m_db.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB));
}

void RecordWriter::endBulk() {
    if (--m_bulkDepth > 0)
        return;
    m_lastRev = -1;
    m_audit->holdHead(false);
    m_raw.reset();
    m_searchChildren.clear();
    m_searchChildrenNoted.clear();
    m_searchHouseholds.clear();
    m_searchHouseholdsNoted.clear();
    if (m_cacheSize.isValid())
        m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
}

void RecordWriter::forgetBulkState() {
    m_bulkFailed = false;
    m_lastRev = -1;
    m_audit->holdHead(inBulk());
}

bool RecordWriter::searchKeysChanged(const QString& childId) {
    if (!inBulk())
        return SearchIndex::update(m_db, childId);
    if (!m_searchChildrenNoted.contains(childId)) {
        m_searchChildrenNoted.insert(childId);
        m_searchChildren.append(childId);
    }
    return true;
}

std::optional<bool> RecordWriter::existsInBulk(const QString& table, const QString& id) {
    BulkStatements* statements = raw();
    return statements ? statements->exists(table, id) : std::nullopt;
}

bool RecordWriter::householdSearchKeysChanged(const QString& householdId) {
    if (!inBulk())
        return SearchIndex::updateHousehold(m_db, householdId);
    if (!m_searchHouseholdsNoted.contains(householdId)) {
        m_searchHouseholdsNoted.insert(householdId);
        m_searchHouseholds.append(householdId);
    }
    return true;
}

bool RecordWriter::writeDeferredSearchKeys() {
    // Children first, in the order they were first saved: a child's first search row gets the
    // next search number, as it would have when it was saved. Then the households' children
    // that were not saved themselves (an unchanged row is left as it is).
    bool written = SearchIndex::updateChildren(m_db, m_searchChildren);
    for (const QString& household : std::as_const(m_searchHouseholds)) {
        if (!written)
            break;
        written = SearchIndex::updateHousehold(m_db, household);
    }
    m_searchChildren.clear();
    m_searchChildrenNoted.clear();
    m_searchHouseholds.clear();
    m_searchHouseholdsNoted.clear();
    if (!written)
        m_bulkFailed = true;
    return written;
}

SqlQuery& RecordWriter::cached(const QString& key, const QString& sql) {
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.insert(key, std::make_shared<SqlQuery>(m_db, sql));
    return **it;
}

Result<SyncMeta> RecordWriter::fail(const QString& detail) {
    m_db.setLastError(detail);
    // Without a savepoint of its own the write may have left part of itself behind: the scope
    // must not commit (BulkWrite::commit).
    if (inBulk())
        m_bulkFailed = true;
    // The SQLite text stays in lastError() for the log; the user is told plainly.
    return Result<SyncMeta>::failure(
        tr("The change could not be saved to the ledger file. Nothing was changed."));
}

SyncMeta RecordWriter::metaFor(const QString& id, qint64 rev, bool deleted) const {
    SyncMeta meta;
    meta.id = id;
    meta.owner = m_context.ledgerId;
    meta.rev = rev;
    meta.updatedAt = m_context.clock->nowUtc();
    meta.updatedBy = m_context.actor;
    meta.deleted = deleted;
    return meta;
}

Result<qint64> RecordWriter::nextRev() {
    // Inside a bulk scope the last rev is known, and one statement both advances it and checks
    // that it is still what the file holds; if not (a rollback, another writer), it is read again.
    if (inBulk() && m_lastRev >= 0 && m_lastRevRollbacks == m_db.rollbacks()) {
        QString error;
        BulkStatements* statements = raw();
        std::optional<int> changed =
            statements ? statements->advanceRev(m_lastRev, error) : std::nullopt;
        if (!changed) {
            SqlQuery& set =
                cached(QStringLiteral("rev="),
                       QStringLiteral("UPDATE ledger SET last_rev = :rev WHERE last_rev = :last"));
            set.bind(QStringLiteral(":rev"), m_lastRev + 1)
                .bind(QStringLiteral(":last"), m_lastRev);
            changed = set.exec() ? set.rowsAffected() : -1;
            if (*changed < 0)
                error = set.errorText();
        }
        if (*changed < 0)
            return Result<qint64>::failure(error);
        if (*changed == 1)
            return ++m_lastRev;
    }
    // Two plain statements rather than UPDATE ... RETURNING, which SQLite runs through a
    // temporary table: about 60,000 instructions a call against 23,000 for the pair.
    SqlQuery& advance = cached(QStringLiteral("rev+1"),
                               QStringLiteral("UPDATE ledger SET last_rev = last_rev + 1"));
    if (!advance.exec())
        return Result<qint64>::failure(advance.errorText());
    SqlQuery& read = cached(QStringLiteral("rev"), QStringLiteral("SELECT last_rev FROM ledger"));
    if (!read.exec() || !read.next())
        return Result<qint64>::failure(read.errorText());
    const qint64 rev = read.value(0).toLongLong();
    read.raw().finish();
    if (inBulk()) {
        m_lastRev = rev;
        m_lastRevRollbacks = m_db.rollbacks();
    }
    return rev;
}

Result<SyncMeta> RecordWriter::insert(const QString& table,
                                      const Fields& fields,
                                      const QString& id,
                                      const QByteArray* creation) {
    if (const Status allowed = m_context.access.require(Permission::ChangeRecords); !allowed)
        return allowed;
    // One savepoint per write, except inside a BulkWrite scope (see there).
    std::optional<Transaction> transaction;
    if (!inBulk())
        transaction.emplace(m_db);
    if (transaction && !transaction->active())
        return fail(m_db.lastError());
    const Result<qint64> rev = nextRev();
    if (!rev)
        return fail(rev.message());
    const SyncMeta meta = metaFor(id.isEmpty() ? newUuid() : id, *rev, false);

    // Inside a scope, through SQLite's own interface when it takes every value (see
    // BulkStatements); the same statement text, so the same row.
    std::optional<bool> written;
    if (BulkStatements* statements = raw()) {
        QString error;
        written = statements->insert(
            table, [&] { return insertSql(table, fields); },
            {meta.id, meta.owner, meta.rev, stampText(meta.updatedAt), meta.updatedBy}, fields,
            error);
        if (written && !*written)
            return fail(error);
    }
    if (!written) {
        // The statement is made once per table; a bulk insert (an import, the demo data) would
        // otherwise rebuild the same SQL text for every row only to find it cached.
        const QString key = QStringLiteral("insert:") + table;
        SqlQuery& insert =
            cached(key, m_statements.contains(key) ? QString() : insertSql(table, fields));
        insert.bind(QStringLiteral(":id"), meta.id)
            .bind(QStringLiteral(":owner"), meta.owner)
            .bind(QStringLiteral(":rev"), meta.rev)
            .bind(QStringLiteral(":updated_at"), stampText(meta.updatedAt))
            .bind(QStringLiteral(":updated_by"), meta.updatedBy);
        for (const auto& field : fields)
            insert.bind(QLatin1Char(':') + field.first, field.second);
        if (!insert.exec())
            return fail(insert.errorText());
    }

    AuditEntry entry;
    entry.at = meta.updatedAt;
    entry.actor = meta.updatedBy;
    entry.action = QStringLiteral("create");
    entry.entity = table;
    entry.entityId = meta.id;
    entry.owner = meta.owner;
    entry.rev = meta.rev;
    // Inside a scope the change list is made as the UTF-8 it is hashed and stored in.
    BulkStatements* statements = raw();
    if (!statements)
        entry.changes = AuditLog::describeCreation(fields);
    const bool audited =
        statements ? m_audit->append(entry, statements,
                                     creation ? *creation : AuditLog::describeCreationUtf8(fields))
                   : m_audit->append(entry);
    if (!audited || (transaction && !transaction->commit()))
        return fail(m_db.lastError());
    ++m_bulkWrites;
    return meta;
}

Result<SyncMeta> RecordWriter::update(const QString& table,
                                      const QString& id,
                                      const Fields& fields) {
    if (const Status allowed = m_context.access.require(Permission::ChangeRecords); !allowed)
        return allowed;
    // One savepoint per write, except inside a BulkWrite scope (see there).
    std::optional<Transaction> transaction;
    if (!inBulk())
        transaction.emplace(m_db);
    if (transaction && !transaction->active())
        return fail(m_db.lastError());

    QStringList names;
    for (const auto& field : fields)
        names.append(field.first);
    SqlQuery& select =
        cached(QStringLiteral("select:") + table + names.join(QLatin1Char(',')),
               QStringLiteral("SELECT owner, rev, deleted, %1 FROM %2 WHERE id = :id")
                   .arg(names.join(QStringLiteral(", ")), table));
    select.bind(QStringLiteral(":id"), id);
    if (!select.exec())
        return fail(select.errorText());
    if (!select.next())
        return Result<SyncMeta>::failure(tr("The record no longer exists in this ledger."));
    const QString owner = select.value(0).toString();
    if (owner != m_context.ledgerId)
        return Result<SyncMeta>::failure(
            tr("This record belongs to another ledger and can only be changed there."));
    if (select.value(2).toLongLong() != 0)
        return Result<SyncMeta>::failure(tr("This record was deleted and cannot be changed."));
    Fields before;
    for (int i = 0; i < fields.size(); ++i)
        before.append({fields[i].first, select.value(3 + i)});
    const qint64 currentRev = select.value(1).toLongLong();
    select.raw().finish();

    const QString changes = AuditLog::describeChanges(before, fields);
    if (changes.isEmpty()) {
        SyncMeta unchanged = metaFor(id, currentRev, false);
        return unchanged;  // nothing differs: no rev, no audit, nothing to travel
    }
    const Result<qint64> rev = nextRev();
    if (!rev)
        return fail(rev.message());
    const SyncMeta meta = metaFor(id, *rev, false);

    QStringList assignments;
    for (const auto& field : fields)
        assignments.append(field.first + QStringLiteral(" = :") + field.first);
    SqlQuery& write =
        cached(QStringLiteral("update:") + table + names.join(QLatin1Char(',')),
               QStringLiteral("UPDATE %1 SET rev = :rev, updated_at = :updated_at, updated_by = "
                              ":updated_by, %2 WHERE id = :id")
                   .arg(table, assignments.join(QStringLiteral(", "))));
    write.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":rev"), meta.rev)
        .bind(QStringLiteral(":updated_at"), stampText(meta.updatedAt))
        .bind(QStringLiteral(":updated_by"), meta.updatedBy);
    for (const auto& field : fields)
        write.bind(QLatin1Char(':') + field.first, field.second);
    if (!write.exec())
        return fail(write.errorText());

    AuditEntry entry;
    entry.at = meta.updatedAt;
    entry.actor = meta.updatedBy;
    entry.action = QStringLiteral("update");
    entry.entity = table;
    entry.entityId = id;
    entry.owner = owner;
    entry.rev = meta.rev;
    entry.changes = changes;
    if (!m_audit->append(entry, raw()) || (transaction && !transaction->commit()))
        return fail(m_db.lastError());
    ++m_bulkWrites;
    return meta;
}

Result<SyncMeta> RecordWriter::markDeleted(const QString& table, const QString& id) {
    if (const Status allowed = m_context.access.require(Permission::ChangeRecords); !allowed)
        return allowed;
    // One savepoint per write, except inside a BulkWrite scope (see there).
    std::optional<Transaction> transaction;
    if (!inBulk())
        transaction.emplace(m_db);
    if (transaction && !transaction->active())
        return fail(m_db.lastError());
    SqlQuery& select =
        cached(QStringLiteral("owner:") + table,
               QStringLiteral("SELECT owner, deleted FROM %1 WHERE id = :id").arg(table));
    select.bind(QStringLiteral(":id"), id);
    if (!select.exec())
        return fail(select.errorText());
    if (!select.next())
        return Result<SyncMeta>::failure(tr("The record no longer exists in this ledger."));
    const QString owner = select.value(0).toString();
    const bool alreadyDeleted = select.value(1).toLongLong() != 0;
    select.raw().finish();
    if (owner != m_context.ledgerId)
        return Result<SyncMeta>::failure(
            tr("This record belongs to another ledger and can only be changed there."));
    if (alreadyDeleted)
        return Result<SyncMeta>::failure(tr("This record was already deleted."));

    const Result<qint64> rev = nextRev();
    if (!rev)
        return fail(rev.message());
    const SyncMeta meta = metaFor(id, *rev, true);
    SqlQuery& write = cached(QStringLiteral("delete:") + table,
                             QStringLiteral("UPDATE %1 SET deleted = 1, rev = :rev, updated_at = "
                                            ":updated_at, updated_by = :updated_by WHERE id = :id")
                                 .arg(table));
    write.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":rev"), meta.rev)
        .bind(QStringLiteral(":updated_at"), stampText(meta.updatedAt))
        .bind(QStringLiteral(":updated_by"), meta.updatedBy);
    if (!write.exec())
        return fail(write.errorText());

    AuditEntry entry;
    entry.at = meta.updatedAt;
    entry.actor = meta.updatedBy;
    entry.action = QStringLiteral("delete");
    entry.entity = table;
    entry.entityId = id;
    entry.owner = owner;
    entry.rev = meta.rev;
    entry.changes = QStringLiteral("[]");
    if (!m_audit->append(entry, raw()) || (transaction && !transaction->commit()))
        return fail(m_db.lastError());
    ++m_bulkWrites;
    return meta;
}

}  // namespace tongbao

namespace tongbao {

BulkWrite::BulkWrite(RecordWriter& writer)
    : m_writer(writer) {
    m_transaction.emplace(writer.m_db);
    if (m_transaction->active() && m_writer.m_bulkAllowed) {
        m_writer.beginBulk();
        m_open = true;
    }
}

BulkWrite::~BulkWrite() {
    close();  // then the transaction rolls back unless it was committed
}

void BulkWrite::close() {
    if (!m_open)
        return;
    m_open = false;
    m_writer.endBulk();
}

bool BulkWrite::commit() {
    const bool failed = m_open && (m_writer.m_bulkFailed || !m_writer.writeDeferredSearchKeys());
    close();
    if (!m_transaction)
        return false;
    if (failed) {
        m_transaction->rollback();
        return false;
    }
    return m_transaction->commit();
}

bool BulkWrite::commitAndContinue() {
    if (!m_transaction)
        return false;
    if ((m_open && (m_writer.m_bulkFailed || !m_writer.writeDeferredSearchKeys())) ||
        !m_transaction->commit()) {
        close();
        m_transaction->rollback();
        return false;
    }
    m_transaction.reset();
    m_transaction.emplace(m_writer.m_db);
    if (!m_transaction->active()) {
        close();
        return false;
    }
    if (m_open)
        m_writer.forgetBulkState();  // another connection may have written in between
    return true;
}

WriteUnit::WriteUnit(RecordWriter& writer)
    : m_writer(writer)
    , m_writesBefore(writer.m_bulkWrites) {
    if (!writer.inBulk())
        m_transaction.emplace(writer.m_db);
}

WriteUnit::~WriteUnit() {
    // Inside a scope there is no savepoint to roll back to: what the unit wrote stays until
    // the scope rolls back, so the scope must not commit.
    if (!m_committed && !m_transaction && m_writer.inBulk() &&
        m_writer.m_bulkWrites != m_writesBefore)
        m_writer.m_bulkFailed = true;
}

bool WriteUnit::commit() {
    if (m_transaction && !m_transaction->commit())
        return false;
    m_committed = true;
    return true;
}

}  // namespace tongbao
