#include "storage/Database.h"

#include "crypt/EncryptedVfs.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

namespace tongbao {

namespace {
QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tongbao-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite turns UTF-16 into UTF-8 taking every high surrogate to be followed by a low one, so a
// lone surrogate (invalid UTF-16, from a broken file or a bad paste) swallowed the character
// after it and the stored text differed from the text given (issue 7, hostile input). Unpaired
// surrogates become U+FFFD before they reach SQLite; valid text is passed on untouched.
QVariant withoutLoneSurrogates(const QVariant& value) {
    if (value.typeId() != QMetaType::QString)
        return value;
    QString text = value.toString();
    const qsizetype size = text.size();
    const QChar* chars = text.constData();
    qsizetype i = 0;
    while (i < size && !chars[i].isSurrogate())
        ++i;
    if (i == size)
        return value;
    for (; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}
}  // namespace

SqlQuery::SqlQuery(Database& db, const QString& sql)
    : m_query(db.connection()) {
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        db.setLastError(m_query.lastError().text());
}

SqlQuery& SqlQuery::bind(const QString& name, const QVariant& value) {
    Q_ASSERT(name.startsWith(QLatin1Char(':')));
    m_query.bindValue(name, withoutLoneSurrogates(value));
    return *this;
}

bool SqlQuery::exec() {
    return m_prepared && m_query.exec();
}

QString SqlQuery::errorText() const {
    return m_query.lastError().text();
}

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path)) {}

Database::~Database() {
    m_statements.clear();  // the statements go before the connection they were prepared on
    const QString name = m_db.connectionName();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

void Database::limitProcessMemory(qint64 bytes) {
    sqlite3_soft_heap_limit64(bytes);
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, bool readOnly) {
    // Every connection of the process goes through the VFS that encrypts ledgers with accounts.
    EncryptedVfs::install();
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Result<std::unique_ptr<Database>>::failure(
            tr("The SQLite driver for Qt is not installed."));
    }
    db.setDatabaseName(path);
    // A busy file (a backup reading it, a second window) waits instead of failing at once.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Result<std::unique_ptr<Database>>::failure(
            tr("The ledger file %1 cannot be opened: %2").arg(path, detail));
    }
    // Savepoints keep their journal, and sorts their scratch space, in memory rather than in
    // temporary files: a bulk write otherwise writes such a file many times per record. (Nor do
    // the encrypting VFS's ledgers leak rows into unencrypted temporary files.) The price: a
    // sort then never spills, whatever cache_size or the soft heap limit say, so an ORDER BY or
    // GROUP BY that no index answers holds every row it sorts in memory; reads over the whole
    // ledger are written to stream from an index instead (docs/performance.md, issue 3).
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    return std::unique_ptr<Database>(new Database(db, QFileInfo(path).absoluteFilePath()));
}

void* Database::sqliteHandle() const {
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void* const*>(handle.constData());
}

Status Database::reopen() {
    m_statements.clear();
    m_db.close();
    if (!m_db.open())
        return Status::failure(
            tr("The ledger file %1 cannot be opened: %2").arg(m_path, m_db.lastError().text()));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    m_transactionDepth = 0;
    return Status::success();
}

SqlQuery& Database::cached(const QString& sql) {
    auto it = m_statements.find(sql);
    // One that failed to prepare (its table not made yet) is tried again rather than kept.
    if (it == m_statements.end() || !(*it)->prepared())
        it = m_statements.insert(sql, std::make_shared<SqlQuery>(*this, sql));
    return **it;
}

bool Database::run(const QString& sql) {
    SqlQuery& statement = cached(sql);
    if (!statement.exec()) {
        m_lastError = statement.errorText();
        return false;
    }
    return true;
}

bool Database::execute(const QString& sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QVariant Database::scalar(const QString& sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(Database& db)
    : m_db(db) {
    // Cached: a savepoint around every record of a bulk write would otherwise be prepared anew
    // each time, which costs more than the savepoint itself.
    if (m_db.m_transactionDepth == 0) {
        m_active = m_db.run(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(m_db.m_transactionDepth);
        m_active = m_db.run(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++m_db.m_transactionDepth;
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

bool Transaction::commit() {
    if (!m_active)
        return false;
    const bool ok = m_savepoint.isEmpty() ? m_db.run(QStringLiteral("COMMIT"))
                                          : m_db.run(QStringLiteral("RELEASE ") + m_savepoint);
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return true;
}

void Transaction::rollback() {
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        m_db.run(QStringLiteral("ROLLBACK"));
    } else {
        m_db.run(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        m_db.run(QStringLiteral("RELEASE ") + m_savepoint);
    }
    ++m_db.m_rollbacks;
    m_active = false;
    --m_db.m_transactionDepth;
}

}  // namespace tongbao
