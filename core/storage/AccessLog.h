#pragma once

#include "storage/AuditLog.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace tongbao {

class Clock;
class Database;
class Ledger;

// What someone did with the register without changing it (PIPL art. 51: every access to
// minors' data leaves a trace): opened a child's file, printed, exported or imported, logged in.
struct AccessEvent {
    QString action;   // one of the AccessLog action codes
    QString childId;  // the child concerned, if any
    QString what;     // what was printed, exported or imported (a file name, a report)
};

// Which history rows the audit page shows; empty fields do not filter.
struct AuditFilter {
    QString actor;
    QDate from;  // inclusive, local calendar days
    QDate to;
    QString childId;
    QString action;
    int limit = 5000;
};

// The access log: entries in the same hash-chained audit table as the change history, so that
// one `tongbao-cli check` verifies both and nobody can quietly remove the trace of having
// looked. An access entry has entity "access", an empty entity id (it is no record's history,
// so a child's timeline does not list it) and its details as a JSON object in `changes`:
// {"child": id, "what": text}.
class AccessLog {
public:
    static const QString View;         // "view": a child's file was opened
    static const QString Print;        // "print": a sheet or report was printed or saved as PDF
    static const QString Export;       // "export": data left the ledger (spreadsheet, batch)
    static const QString Import;       // "import": data came in (a batch, a spreadsheet)
    static const QString Login;        // "login"
    static const QString LoginFailed;  // "login-failed"
    static const QString Entity;       // "access"

    // Appends one entry in its own transaction (a savepoint inside the caller's). Returns
    // false on an SQL failure; the caller decides whether the action may go on.
    static bool record(Database& db,
                       const QString& ledgerId,
                       const QString& actor,
                       const AccessEvent& event,
                       const Clock& clock);

    // Records what the logged-in user did, one entry per child (one without a child when the
    // list is empty). A ledger without accounts has nobody to name and records nothing; a
    // failure to record is logged, not shown: the user already has the page or the file.
    static void note(Ledger& ledger,
                     const QString& action,
                     const QStringList& childIds,
                     const QString& what = {});

    // History rows (changes and accesses), newest first.
    static QVector<AuditEntry> search(Database& db, const AuditFilter& filter);
    // The child an entry is about: the access entry's "child", or the changed record's id.
    static QString childOf(const AuditEntry& entry);
    // The "what" of an access entry.
    static QString whatOf(const AuditEntry& entry);
    // Every actor name that appears in the history, for the page's filter.
    static QStringList actors(Database& db);
};

}  // namespace tongbao
