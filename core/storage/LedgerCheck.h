#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace tongbao {

class Database;

// One problem found in a ledger file, in words for the person who keeps it.
struct LedgerFinding {
    enum class Area {
        Storage,     // SQLite's own check of the file's pages and indexes
        References,  // a record points at a record that is not there
        Schema,      // the file's structure is not what this program made
        History,     // the audit chain is broken, or a change has no history
        Sync,        // owner / rev columns that export and import would trip over
    };
    Area area;
    QString message;
};

// Answers "is this ledger file still sound?" before a batch is sent up, after a crash or a
// disk scare, or when a town doubts a village's file. It looks at everything that opening a
// ledger takes on trust: SQLite's page structure, the foreign keys (which SQLite only enforces
// on new writes), the audit hash chain, and the invariants of the sync columns that the one
// write path (RecordWriter) keeps: every row this ledger owns has a rev no greater than the
// ledger's counter and a history entry for that rev, and the newest history entry carries the
// counter itself, so losing the end of the history is caught although the chain cannot see it.
// The check reads only; it never repairs, because a damaged ledger is evidence.
class LedgerCheck {
    Q_DECLARE_TR_FUNCTIONS(LedgerCheck)
public:
    struct Report {
        int versionBefore = -1;  // the file's schema version before opening (-1: unknown)
        int version = 0;         // after opening
        qint64 historyEntries = 0;
        QStringList notes;  // facts that are not problems: the version, an upgrade on open
        QVector<LedgerFinding> findings;
        bool clean() const { return findings.isEmpty(); }
    };

    explicit LedgerCheck(Database& db);

    Report run() const;

    // Opens the file as a ledger (which upgrades an older file, and refuses a foreign, newer or
    // unreadable one with the open error) and checks it.
    static Result<Report> checkFile(const QString& path,
                                    const QString& actor,
                                    const Clock& clock = Clock::current());

private:
    void checkStorage(Report& report) const;
    void checkReferences(Report& report) const;
    void checkSchema(Report& report) const;
    void checkHistory(Report& report) const;
    void checkSync(Report& report) const;
    QStringList syncedTables() const;

    Database& m_db;
};

}  // namespace tongbao
