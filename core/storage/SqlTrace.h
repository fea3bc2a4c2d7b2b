#pragma once

#include <QString>
#include <QStringList>

namespace tongbao {

class Database;

// Records the SQL that SQLite runs, with the bound values written in as literals, so that a
// benchmark can hand exactly the same statements to the plain sqlite3 program and compare.
// It records the connections it is attached to and every connection opened while it records
// (opening a ledger runs statements before anyone could attach). For measuring only: it talks
// to the SQLite library underneath Qt's driver, which must be the shared system library (as on
// Debian); available() says whether that is so.
class SqlTrace {
public:
    SqlTrace();
    ~SqlTrace();
    SqlTrace(const SqlTrace&) = delete;
    SqlTrace& operator=(const SqlTrace&) = delete;

    // Whether statements can be recorded here; otherwise `why` says what is missing.
    static bool available(Database& db, QString* why = nullptr);

    // Records this connection's statements too (it was opened before recording began). The
    // trace must end before the connection is closed.
    bool attach(Database& db);

    const QStringList& statements() const { return m_statements; }
    void clear() { m_statements.clear(); }

private:
    friend struct SqlTraceHooks;
    QStringList m_statements;
    QList<void*> m_attached;
};

}  // namespace tongbao
