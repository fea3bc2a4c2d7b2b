#pragma once

#include "security/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace tongbao {

// The SQLite VFS that encrypts ledgers at rest (issue 8), installed once per process as the
// default VFS of the system SQLite, the same library Qt's QSQLITE driver uses — so QtSql, FTS5,
// indexes, VACUUM and the backup API keep working unchanged on every connection.
//
// A main database file that begins with CipherHeader's magic is encrypted: SQLite sees the file
// without those first 8192 bytes, and every 4096-byte page is sealed with XChaCha20-Poly1305 under
// the ledger's data key, with the page number as associated data, a fresh random nonce on every
// write, and nonce and tag in the 40 bytes SQLite keeps free at the end of each page (reserved
// bytes). The page images in its write-ahead log are sealed the same way, bound to their place
// in the log. Any other file (a plain ledger, a temporary file) passes through untouched;
// connections keep temporary data in memory (PRAGMA temp_store = MEMORY), and a rollback
// journal of an encrypted file may hold its header but never a page image (see cipherWrite).
//
// Keys are registered under the file's salt once a slot has been unlocked, and forgotten (wiped)
// on exit. A page whose tag does not verify is an I/O error for SQLite (SQLITE_IOERR_DATA) and a
// damage report here, never data.
class EncryptedVfs {
public:
    static constexpr int PageSize = 4096;
    static constexpr int ReservedBytes = 40;  // 24-byte nonce, 16-byte tag

    // Registers the VFS as SQLite's default; safe to call more than once.
    static void install();

    // Makes the data key of files with this salt known (after unlocking a slot).
    static void addKey(const QByteArray& salt, SecretBytes key);
    static bool hasKey(const QByteArray& salt);
    // The key for this salt, copied (for re-wrapping slots and sealing backups).
    static std::optional<SecretBytes> keyFor(const QByteArray& salt);
    // Wipes every key in place (the idle lock): files stay open but every read and write of an
    // encrypted page fails (SQLITE_AUTH, not damage) until addKey() puts the key back.
    static void wipeKeys();
    // Wipes every key and forgets them (exit, tests).
    static void forgetKeys();

    // The next creation of `path` (an empty or missing file) makes an encrypted file that starts
    // with `headerBlock`; its key must have been added.
    static void expectNewFile(const QString& path, const QByteArray& headerBlock);
    static void cancelNewFile(const QString& path);

    // A damaged page seen on a read: which file, which page (1-based; for the WAL, 0).
    struct Damage {
        QString path;
        quint32 page = 0;
    };
    static std::optional<Damage> lastDamage();
    static void clearDamage();
    // Told of every damaged page, from whichever thread read it.
    static void setDamageHandler(std::function<void(const Damage&)> handler);

    // Rewrites the clear header of the encrypted file this connection has open (its slots
    // changed): the second copy, a sync, then the first, through SQLite's own file handle (a
    // second handle on the file would drop SQLite's POSIX locks when closed).
    static bool rewriteHeader(void* sqliteHandle, const QByteArray& headerBlock);
    // Where a page of an encrypted database lies in the file, how long the file is for a given
    // size as SQLite sees it, and the page SQLite never uses (see physicalOffset()).
    static qint64 physicalOffset(quint32 page);
    static qint64 physicalSize(qint64 logicalSize);
    static bool isUnusedPage(quint32 page);

    // Bytes of a file read without disturbing SQLite's locks on it in this process (see the
    // definition); nothing when it cannot be read. `fileSize` gets the whole file's size.
    static std::optional<QByteArray> readRaw(const QString& path,
                                             qint64 offset,
                                             qint64 size,
                                             qint64* fileSize = nullptr);

    // One page of an encrypted database file (as stored, PageSize bytes) opened or sealed in
    // place, outside SQLite: for checking every page and for files SQLite does not have open.
    static bool openPage(const SecretBytes& key, quint32 page, QByteArray& data);
    static void sealPage(const SecretBytes& key, quint32 page, QByteArray& data);

    // While a new ledger is built (LedgerBuild, nobody else has the file): the pages of the
    // encrypted file this connection has open are sealed and written on a thread of their own
    // (crypt/PageWriteBehind.h). Turning it off writes every page handed over; false if one
    // could not be written. A plain file has nothing to seal: true, and nothing changes.
    static bool setWriteBehind(void* sqliteHandle, bool on);

    // The header block of the encrypted file this connection has open (empty if plain).
    static QByteArray headerOf(void* sqliteHandle);
};

}  // namespace tongbao
