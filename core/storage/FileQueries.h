#pragma once

#include <QString>

#include <optional>

namespace tongbao {

class Database;

// The SQL that works on a ledger file as a file — a copy of it, SQLite's own check of its pages,
// a setting read before the ledger is opened as such — for the backup and start-up code
// (core/backup), which keeps no SQL of its own.
namespace filequeries {

// A consistent copy of everything committed, written by SQLite from a read transaction of its
// own (VACUUM INTO): other connections are not held up and the file is not written. On failure
// `error` says SQLite's reason.
bool copyInto(Database& db, const QString& target, QString* error);

// How many problems SQLite's quick_check finds in the file's pages (0: sound); nothing when the
// check could not run at all.
std::optional<int> pageProblems(Database& db);

// The value of a ledger setting read straight from the file; nothing when it is not there.
std::optional<QString> setting(Database& db, const QString& key);

// Lets go of the pages the connection keeps in its cache (PRAGMA shrink_memory).
void releaseCache(Database& db);

}  // namespace filequeries
}  // namespace tongbao
