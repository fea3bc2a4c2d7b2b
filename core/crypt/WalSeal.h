#pragma once

// The page images in the write-ahead log of an encrypted ledger, for crypt/EncryptedVfs.cpp
// only: each image sealed as a database page is, but bound to its frame's place in the log; the
// frame headers, which SQLite checksums, stay as SQLite wrote them.

#include "crypt/PageSeal.h"

#include <QString>

#include <sqlite3.h>

namespace tongbao::walseal {

// Reads from the log file `real` and opens every whole page image read. A damaged image read
// alone is reported for `databasePath` and is an error; within a read of whole frames (SQLite
// recovering the log) it reads as zeros, as a torn frame of a plain log would.
int read(sqlite3_file* real,
         const pageseal::Key& key,
         const QString& databasePath,
         void* buffer,
         int amount,
         sqlite3_int64 offset);
// Seals every page image of `buffer` and writes it to the log file `real`.
int write(sqlite3_file* real,
          const pageseal::Key& key,
          const void* buffer,
          int amount,
          sqlite3_int64 offset);

}  // namespace tongbao::walseal
