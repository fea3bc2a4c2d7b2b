#include "storage/SqlTrace.h"

#include "storage/Database.h"

#include <QLibrary>
#include <QSqlDriver>

namespace tongbao {

// The few SQLite functions the trace needs, looked up in the library Qt's driver already
// loaded, so that the build needs no SQLite headers and attaches to the same library instance.
struct SqlTraceHooks {
    using Callback = int (*)(unsigned, void*, void*, void*);
    using TraceV2 = int (*)(void*, unsigned, Callback, void*);
    using ExpandedSql = char* (*)(void*);
    using Free = void (*)(void*);
    using SourceId = const char* (*)();
    using EntryPoint = void (*)();
    using AutoExtension = int (*)(EntryPoint);
    using DbHandle = void* (*)(void*);
    using NextStatement = void* (*)(void*, void*);
    using Busy = int (*)(void*);

    static constexpr unsigned TraceStatement = 0x01;  // SQLITE_TRACE_STMT

    TraceV2 trace = nullptr;
    ExpandedSql expandedSql = nullptr;
    Free free = nullptr;
    SourceId sourceId = nullptr;
    AutoExtension autoExtension = nullptr;
    AutoExtension cancelAutoExtension = nullptr;
    DbHandle dbHandle = nullptr;
    NextStatement nextStatement = nullptr;
    Busy busy = nullptr;
    SqlTrace* recorder = nullptr;  // the one recording now (benchmarks are single-threaded)

    static SqlTraceHooks& instance() {
        static SqlTraceHooks hooks = [] {
            SqlTraceHooks h;
            QLibrary library(QStringLiteral("sqlite3"), 0);
            if (!library.load())
                return h;
            h.trace = reinterpret_cast<TraceV2>(library.resolve("sqlite3_trace_v2"));
            h.expandedSql = reinterpret_cast<ExpandedSql>(library.resolve("sqlite3_expanded_sql"));
            h.free = reinterpret_cast<Free>(library.resolve("sqlite3_free"));
            h.sourceId = reinterpret_cast<SourceId>(library.resolve("sqlite3_sourceid"));
            h.autoExtension =
                reinterpret_cast<AutoExtension>(library.resolve("sqlite3_auto_extension"));
            h.cancelAutoExtension =
                reinterpret_cast<AutoExtension>(library.resolve("sqlite3_cancel_auto_extension"));
            h.dbHandle = reinterpret_cast<DbHandle>(library.resolve("sqlite3_db_handle"));
            h.nextStatement = reinterpret_cast<NextStatement>(library.resolve("sqlite3_next_stmt"));
            h.busy = reinterpret_cast<Busy>(library.resolve("sqlite3_stmt_busy"));
            return h;
        }();
        return hooks;
    }

    bool complete() const {
        return trace && expandedSql && free && sourceId && autoExtension && cancelAutoExtension &&
               dbHandle && nextStatement && busy;
    }

    static void* handleOf(Database& db) {
        const QVariant handle = db.connection().driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<void* const*>(handle.constData());
    }

    // A statement that starts while another of the connection is stepping was started by
    // SQLite itself (FTS5 reading its tables) on behalf of that one, which sqlite3 will run too.
    bool nested(void* statement) const {
        void* connection = dbHandle(statement);
        for (void* other = nextStatement(connection, nullptr); other;
             other = nextStatement(connection, other)) {
            if (other != statement && busy(other))
                return true;
        }
        return false;
    }

    static int onStatement(unsigned type, void*, void* statement, void* text) {
        SqlTraceHooks& h = instance();
        // Statements of triggers arrive as "-- comment" lines; they are part of their parent.
        // FTS5 also reads "PRAGMA 'main'.data_version" while a query is being prepared, when
        // nothing is stepping yet; the quoted schema name marks it.
        const char* sql = static_cast<const char*>(text);
        if (type != TraceStatement || !h.recorder || qstrncmp(sql, "--", 2) == 0 ||
            qstrncmp(sql, "PRAGMA 'main'.", 14) == 0 || h.nested(statement))
            return 0;
        char* expanded = h.expandedSql(statement);
        if (expanded) {
            h.recorder->m_statements.append(QString::fromUtf8(expanded));
            h.free(expanded);
        }
        return 0;
    }

    // Called by SQLite for each connection opened while recording (sqlite3_auto_extension).
    static int onOpen(void* connection, char**, const void*) {
        instance().trace(connection, TraceStatement, &onStatement, nullptr);
        return 0;
    }

    static EntryPoint entryPoint() { return reinterpret_cast<EntryPoint>(&onOpen); }
};

SqlTrace::SqlTrace() {
    SqlTraceHooks& hooks = SqlTraceHooks::instance();
    if (!hooks.complete())
        return;
    hooks.recorder = this;
    hooks.autoExtension(SqlTraceHooks::entryPoint());
}

SqlTrace::~SqlTrace() {
    SqlTraceHooks& hooks = SqlTraceHooks::instance();
    if (!hooks.complete())
        return;
    hooks.cancelAutoExtension(SqlTraceHooks::entryPoint());
    for (void* handle : m_attached)
        hooks.trace(handle, 0, nullptr, nullptr);
    if (hooks.recorder == this)
        hooks.recorder = nullptr;
}

bool SqlTrace::available(Database& db, QString* why) {
    const auto refuse = [why](const char* reason) {
        if (why)
            *why = QString::fromLatin1(reason);
        return false;
    };
    SqlTraceHooks& hooks = SqlTraceHooks::instance();
    if (!hooks.complete())
        return refuse("the SQLite library could not be loaded");
    if (!SqlTraceHooks::handleOf(db))
        return refuse("the connection is not an SQLite connection");
    // A driver with its own copy of SQLite inside would not see a trace set through the
    // shared library; the same source id is the sign that both are one library.
    const QString inside = db.scalar(QStringLiteral("SELECT sqlite_source_id()")).toString();
    if (inside != QString::fromLatin1(hooks.sourceId()))
        return refuse("Qt's SQLite driver does not use the shared SQLite library");
    return true;
}

bool SqlTrace::attach(Database& db) {
    if (!available(db))
        return false;
    void* handle = SqlTraceHooks::handleOf(db);
    SqlTraceHooks::instance().trace(handle, SqlTraceHooks::TraceStatement,
                                    &SqlTraceHooks::onStatement, nullptr);
    m_attached.append(handle);
    return true;
}

}  // namespace tongbao
