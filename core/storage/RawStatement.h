#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tongbao {

// One statement prepared on SQLite's own handle, for work done once per record in bulk (the
// search keys and latest visits of the children a bulk scope saved): values bound by position,
// text as UTF-8 and stored exactly as SqlQuery::bind stores it (a null QString as NULL, a lone
// surrogate as U+FFFD). Bound text is kept until the statement is reset. The SQL text is fixed,
// never built from input. For core/storage only.
class RawStatement {
public:
    RawStatement(sqlite3* handle, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool prepared() const { return m_statement != nullptr; }

    RawStatement& bind(int index, qint64 value);
    RawStatement& bind(int index, const QString& text);
    // Runs a statement that returns no rows and resets it; false when it failed, with SQLite's
    // reason in errorText() until reset() is called.
    bool run();
    // Steps a query: true while there is a row; false at the end or on failure (see failed()).
    bool next();
    bool failed() const { return m_failed; }
    qint64 integer(int column) const;
    // As QtSql reads text: NULL as a null string, '' as an empty one.
    QString text(int column) const;
    // Lets go of the rows and the bound values, so that the statement can run again.
    void reset();
    QString errorText() const;

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_statement = nullptr;
    QVector<QByteArray> m_texts;
    bool m_bindFailed = false;
    bool m_failed = false;
};

// The UTF-8 that SQLite stores for text bound through SqlQuery::bind: a lone surrogate (invalid
// UTF-16) becomes U+FFFD first.
QByteArray sqliteUtf8(const QString& text);
// The UTF-8 of text without a lone surrogate, where QString::toUtf8() and what SQLite stores
// agree; nothing when the text has one.
std::optional<QByteArray> exactUtf8(const QString& text);

// Writes the UTF-8 of `size` UTF-16 units as sqliteUtf8() makes it into `out`, which has room
// for 3 bytes per unit; returns the end of what was written, and sets `lone` (when given) if a
// lone surrogate was met.
char* writeSqliteUtf8(char* out, const QChar* chars, qsizetype size, bool* lone = nullptr);

}  // namespace tongbao
