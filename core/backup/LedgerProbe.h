#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tongbao {

// What a file on disk is, told without opening it as a ledger and without writing to it: the
// start-up check, the backup writer and restore all have to know whether a file is a sound
// Tongbao ledger before they trust it, and Ledger::open would already change an older file
// (migrations) or a damaged one (SQLite rolls back a hot journal). The probe reads the 100-byte
// SQLite header (magic, application_id, schema version, page count) and, when asked, runs
// SQLite's quick_check and walks the audit hash chain on a connection of its own.
class LedgerProbe {
    Q_DECLARE_TR_FUNCTIONS(LedgerProbe)
public:
    enum class Kind {
        Ledger,      // looks sound as far as the probe looked
        Missing,     // no such file
        Unreadable,  // exists but cannot be read (permissions, a failing disk)
        NotLedger,   // not an SQLite file, a header overwritten, or another program's database
        Newer,       // written by a newer Tongbao
        Truncated,   // shorter than its own header says: the end of the file is missing
        Damaged,     // quick_check or the audit chain found a problem
        Locked,      // encrypted, and its key not unlocked yet (a login opens it)
    };

    struct Finding {
        Kind kind = Kind::Ledger;
        int version = 0;  // user_version from the header
        QString message;  // translated; empty for Kind::Ledger
        bool ok() const { return kind == Kind::Ledger; }
    };

    // The header only: cheap enough for every start.
    static Finding header(const QString& path);
    // The header, then quick_check and the audit chain (reads the whole file; a second or so
    // for a district ledger). The file is opened read-write so that SQLite can take in a
    // write-ahead log a crash left behind (committed changes live there); nothing else is
    // written.
    static Finding thorough(const QString& path);

    // quick_check and the audit chain on an open SQLite file of any journal mode; empty when
    // both pass, else the first problem in words.
    static QString checkContents(const QString& path, bool readOnly);
};

}  // namespace tongbao
