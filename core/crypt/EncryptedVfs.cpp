#include "crypt/EncryptedVfs.h"

#include "crypt/CipherHeader.h"
#include "crypt/PageSeal.h"
#include "crypt/PageWriteBehind.h"
#include "crypt/VfsRegistry.h"
#include "crypt/WalSeal.h"
#include "security/Sodium.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace tongbao {

namespace {

using namespace pageseal;
using namespace vfsregistry;

constexpr sqlite3_int64 kPrefix = CipherHeader::PrefixSize;
// File-control operations of our own, far from SQLite's numbers.
constexpr int kRewriteHeaderOp = 0x54420001;
constexpr int kHeaderOfOp = 0x54420002;
constexpr int kWriteBehindOp = 0x54420003;

enum class Mode { Database, Wal, Journal };

struct FileState {
    Mode mode = Mode::Database;
    Key key;
    QString path;  // the database's path, also for a WAL
    QByteArray header;
    std::vector<unsigned char> scratch = std::vector<unsigned char>(kPage);
    // While a new ledger is built: pages sealed and written on a thread of their own.
    std::unique_ptr<PageWriteBehind> writeBehind;
};

// SQLite allocates szOsFile bytes per file: this struct, then the real VFS's file.
struct CipherFile {
    sqlite3_file base;
    sqlite3_file* real;
    FileState* state;
};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

sqlite3_file* realOf(sqlite3_file* file) {
    return reinterpret_cast<CipherFile*>(file)->real;
}
FileState& stateOf(sqlite3_file* file) {
    return *reinterpret_cast<CipherFile*>(file)->state;
}

// One page of an encrypted database into `plain`; SQLITE_IOERR_SHORT_READ (zeros) past the end.
int readDatabasePage(sqlite3_file* file, quint32 page, unsigned char* plain) {
    FileState& state = stateOf(file);
    if (state.writeBehind && state.writeBehind->find(page, plain))
        return SQLITE_OK;
    sqlite3_file* real = realOf(file);
    const int rc = real->pMethods->xRead(real, plain, kPage, EncryptedVfs::physicalOffset(page));
    if (rc == SQLITE_IOERR_SHORT_READ) {
        memset(plain, 0, kPage);
        return rc;
    }
    if (rc != SQLITE_OK)
        return rc;
    switch (unseal(plain, plain, pageAd(page), state.key)) {
        case Unsealed::Sound:
            return SQLITE_OK;
        case Unsealed::Locked:
            memset(plain, 0, kPage);
            return SQLITE_AUTH;
        case Unsealed::Damaged:
            break;
    }
    memset(plain, 0, kPage);
    reportDamage(state.path, page);
    return SQLITE_IOERR_DATA;
}

int databaseRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    FileState& state = stateOf(file);
    auto* out = static_cast<unsigned char*>(buffer);
    bool short_ = false;
    while (amount > 0) {
        const quint32 page = quint32(offset / kPage) + 1;
        const int within = int(offset % kPage);
        const int count = qMin(amount, kPage - within);
        const bool whole = within == 0 && count == kPage;
        unsigned char* target = whole ? out : state.scratch.data();
        const int rc = readDatabasePage(file, page, target);
        if (rc == SQLITE_IOERR_SHORT_READ)
            short_ = true;
        else if (rc != SQLITE_OK)
            return rc;
        if (!whole)
            memcpy(out, target + within, size_t(count));
        out += count;
        offset += count;
        amount -= count;
    }
    return short_ ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int databaseWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    FileState& state = stateOf(file);
    sqlite3_file* real = realOf(file);
    auto* in = static_cast<const unsigned char*>(buffer);
    std::vector<unsigned char> sealed(state.writeBehind ? 0 : kPage);
    while (amount > 0) {
        const quint32 page = quint32(offset / kPage) + 1;
        const int within = int(offset % kPage);
        const int count = qMin(amount, kPage - within);
        const unsigned char* plain = in;
        if (within != 0 || count != kPage) {  // a part of a page: read, change, seal again
            const int rc = readDatabasePage(file, page, state.scratch.data());
            if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
                return rc;
            memcpy(state.scratch.data() + within, in, size_t(count));
            plain = state.scratch.data();
        }
        int rc = SQLITE_OK;
        if (state.writeBehind) {
            rc = state.writeBehind->put(page, plain);
        } else {
            if (!seal(plain, sealed.data(), pageAd(page), state.key))
                return SQLITE_AUTH;
            rc = real->pMethods->xWrite(real, sealed.data(), kPage,
                                        EncryptedVfs::physicalOffset(page));
        }
        if (rc != SQLITE_OK)
            return rc;
        in += count;
        offset += count;
        amount -= count;
    }
    return SQLITE_OK;
}

// Every page handed to the writing thread in the file (see PageWriteBehind): before anything
// that needs the file as SQLite believes it is.
int settle(sqlite3_file* file) {
    FileState& state = stateOf(file);
    return state.writeBehind ? state.writeBehind->drain() : SQLITE_OK;
}

void releaseDatabase(const FileState& state) {
    if (state.mode != Mode::Database)
        return;
    std::lock_guard<std::mutex> lock(registry().mutex);
    auto it = registry().openDatabases.find(state.path);
    if (it != registry().openDatabases.end() && --it->second.second <= 0)
        registry().openDatabases.erase(it);
}

int cipherClose(sqlite3_file* file) {
    const int settled = settle(file);
    stateOf(file).writeBehind.reset();
    sqlite3_file* real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    releaseDatabase(stateOf(file));
    delete reinterpret_cast<CipherFile*>(file)->state;
    reinterpret_cast<CipherFile*>(file)->state = nullptr;
    return settled != SQLITE_OK ? settled : rc;
}

int cipherRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    switch (stateOf(file).mode) {
        case Mode::Database:
            return databaseRead(file, buffer, amount, offset);
        case Mode::Wal:
            return walseal::read(realOf(file), stateOf(file).key, stateOf(file).path, buffer,
                                 amount, offset);
        case Mode::Journal:
            break;
    }
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}

int cipherWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    switch (stateOf(file).mode) {
        case Mode::Database:
            return databaseWrite(file, buffer, amount, offset);
        case Mode::Wal:
            return walseal::write(realOf(file), stateOf(file).key, buffer, amount, offset);
        case Mode::Journal:
            // A rollback journal keeps the old images of pages a transaction changes. An encrypted
            // ledger runs with its log; the one journal it sees is that of a copy being made
            // (VACUUM INTO a new, empty file), whose journal holds its header and no page. A page
            // image on its way into a journal would be in clear: it is refused, never written.
            if (amount == kPage && offset != 0)
                return SQLITE_IOERR_WRITE;
            break;
    }
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}

sqlite3_int64 prefixOf(sqlite3_file* file) {
    return stateOf(file).mode == Mode::Database ? kPrefix : 0;
}

int cipherTruncate(sqlite3_file* file, sqlite3_int64 size) {
    if (stateOf(file).mode != Mode::Database)
        return realOf(file)->pMethods->xTruncate(realOf(file), size);
    if (const int rc = settle(file); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xTruncate(realOf(file), EncryptedVfs::physicalSize(size));
}

int cipherSync(sqlite3_file* file, int flags) {
    if (const int rc = settle(file); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}

int cipherFileSize(sqlite3_file* file, sqlite3_int64* size) {
    if (const int rc = settle(file); rc != SQLITE_OK)
        return rc;
    const int rc = realOf(file)->pMethods->xFileSize(realOf(file), size);
    *size = qMax<sqlite3_int64>(0, *size - prefixOf(file));
    return rc;
}

int cipherLock(sqlite3_file* file, int level) {
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int cipherUnlock(sqlite3_file* file, int level) {
    // Another connection may read the file once the lock is gone.
    if (const int rc = settle(file); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int cipherCheckReservedLock(sqlite3_file* file, int* out) {
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}

int writeHeaderCopies(sqlite3_file* real, const QByteArray& block) {
    for (const sqlite3_int64 at : {sqlite3_int64(CipherHeader::Size), sqlite3_int64(0)}) {
        int rc = real->pMethods->xWrite(real, block.constData(), CipherHeader::Size, at);
        if (rc == SQLITE_OK)
            rc = real->pMethods->xSync(real, SQLITE_SYNC_FULL);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int cipherFileControl(sqlite3_file* file, int op, void* argument) {
    sqlite3_file* real = realOf(file);
    FileState& state = stateOf(file);
    if (op == kHeaderOfOp) {
        *static_cast<QByteArray*>(argument) = state.header;
        return SQLITE_OK;
    }
    if (op == kWriteBehindOp) {
        if (state.mode != Mode::Database)
            return SQLITE_NOTFOUND;
        const int rc = settle(file);
        state.writeBehind.reset();
        if (rc == SQLITE_OK && *static_cast<const int*>(argument) != 0) {
            state.writeBehind = std::make_unique<PageWriteBehind>(
                state.key, [real](const unsigned char* sealed, int bytes, qint64 offset) {
                    return real->pMethods->xWrite(real, sealed, bytes, offset);
                });
        }
        return rc;
    }
    if (op == kRewriteHeaderOp) {
        if (state.mode != Mode::Database)
            return SQLITE_NOTFOUND;
        if (const int rc = settle(file); rc != SQLITE_OK)
            return rc;
        const QByteArray block = *static_cast<const QByteArray*>(argument);
        const std::optional<SecretBytes> key = state.key->copy();
        if (!key || CipherHeader::currentBlock(block + block).isEmpty() ||
            !CipherHeader::authentic(block, *key))
            return SQLITE_MISUSE;
        const int rc = writeHeaderCopies(real, block);
        if (rc == SQLITE_OK)
            state.header = block;
        return rc;
    }
    if (op == SQLITE_FCNTL_SIZE_HINT) {
        const sqlite3_int64 hint = *static_cast<sqlite3_int64*>(argument);
        sqlite3_int64 size = state.mode == Mode::Database ? EncryptedVfs::physicalSize(hint) : hint;
        return real->pMethods->xFileControl(real, op, &size);
    }
    return real->pMethods->xFileControl(real, op, argument);
}

int cipherSectorSize(sqlite3_file* file) {
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}

int cipherDeviceCharacteristics(sqlite3_file* file) {
    // Pages move by the header's size and are rewritten whole: no atomic-write promises.
    const int atomic = SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K |
                       SQLITE_IOCAP_ATOMIC2K | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K |
                       SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K |
                       SQLITE_IOCAP_BATCH_ATOMIC;
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file)) & ~atomic;
}

int cipherShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, out);
}
int cipherShmLock(sqlite3_file* file, int offset, int count, int flags) {
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, count, flags);
}
void cipherShmBarrier(sqlite3_file* file) {
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int cipherShmUnmap(sqlite3_file* file, int deleteFlag) {
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}

QString withoutSuffix(const char* name, const char* suffix) {
    const QString path = QString::fromUtf8(name);
    const QString tail = QString::fromLatin1(suffix);
    return path.endsWith(tail) ? path.chopped(tail.size()) : QString();
}

// Decides what an opened main database file is: a new file to encrypt, an encrypted file whose
// key is known, a locked one (SQLITE_AUTH), or a plain one (nullptr state: pass through).
int classifyDatabase(sqlite3_file* real, const QString& path, std::unique_ptr<FileState>& out) {
    sqlite3_int64 size = 0;
    int rc = real->pMethods->xFileSize(real, &size);
    if (rc != SQLITE_OK)
        return rc;
    auto state = std::make_unique<FileState>();
    state->mode = Mode::Database;
    state->path = path;
    if (size == 0) {
        QByteArray block;
        {
            std::lock_guard<std::mutex> lock(registry().mutex);
            auto it = registry().newFiles.find(path);
            if (it == registry().newFiles.end())
                return SQLITE_OK;  // a new plain file
            block = it->second;
            registry().newFiles.erase(it);
        }
        rc = writeHeaderCopies(real, block);
        if (rc != SQLITE_OK)
            return rc;
        state->header = block;
    } else {
        QByteArray prefix(int(qMin<sqlite3_int64>(size, kPrefix)), '\0');
        rc = real->pMethods->xRead(real, prefix.data(), prefix.size(), 0);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        if (!CipherHeader::looksEncrypted(prefix))
            return SQLITE_OK;  // plain
        state->header = CipherHeader::currentBlock(prefix);
        if (state->header.isEmpty()) {
            reportDamage(path, 0);
            return SQLITE_CORRUPT;
        }
    }
    const Result<CipherHeader> parsed = CipherHeader::parse(state->header);
    const QByteArray salt = parsed ? parsed->salt() : QByteArray();
    {
        std::lock_guard<std::mutex> lock(registry().mutex);
        auto it = registry().keysBySalt.find(salt);
        if (salt.isEmpty() || it == registry().keysBySalt.end())
            return SQLITE_AUTH;
        state->key = it->second;
    }
    const std::optional<SecretBytes> key = state->key->copy();
    if (!key)
        return SQLITE_AUTH;
    if (!CipherHeader::authentic(state->header, *key)) {
        reportDamage(path, 0);
        return SQLITE_CORRUPT;
    }
    out = std::move(state);
    return SQLITE_OK;
}

int cipherOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* cipher = reinterpret_cast<CipherFile*>(file);
    const bool database = flags & SQLITE_OPEN_MAIN_DB;
    const bool wal = flags & SQLITE_OPEN_WAL;
    const bool journal = flags & SQLITE_OPEN_MAIN_JOURNAL;
    if (!name || !(database || wal || journal))
        return g_real->xOpen(g_real, name, file, flags, outFlags);

    sqlite3_file* real = reinterpret_cast<sqlite3_file*>(cipher + 1);
    std::unique_ptr<FileState> state;
    if (wal || journal) {
        const QString databasePath = withoutSuffix(name, wal ? "-wal" : "-journal");
        if (std::optional<Key> key = openDatabaseKey(databasePath)) {
            state = std::make_unique<FileState>();
            state->mode = wal ? Mode::Wal : Mode::Journal;
            state->path = databasePath;
            state->key = *key;
        }
    }
    if (!database && !state)
        return g_real->xOpen(g_real, name, file, flags, outFlags);

    int rc = g_real->xOpen(g_real, name, real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (database) {
        rc = classifyDatabase(real, QString::fromUtf8(name), state);
        if (rc != SQLITE_OK) {
            real->pMethods->xClose(real);
            return rc;
        }
        if (!state) {
            // Plain: hand SQLite the real file itself, which sits right after our part.
            real->pMethods->xClose(real);
            return g_real->xOpen(g_real, name, file, flags, outFlags);
        }
        std::lock_guard<std::mutex> lock(registry().mutex);
        auto& entry = registry().openDatabases[state->path];
        entry.first = state->key;
        ++entry.second;
    }
    cipher->real = real;
    cipher->state = state.release();
    cipher->base.pMethods = &g_methods;
    return SQLITE_OK;
}

void buildVfs() {
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_real;
    g_vfs.szOsFile = int(sizeof(CipherFile)) + g_real->szOsFile;
    g_vfs.pNext = nullptr;
    g_vfs.zName = "tongbao";
    g_vfs.pAppData = nullptr;
    g_vfs.xOpen = cipherOpen;
    g_vfs.xDelete = [](sqlite3_vfs*, const char* name, int sync) {
        return g_real->xDelete(g_real, name, sync);
    };
    g_vfs.xAccess = [](sqlite3_vfs*, const char* name, int flags, int* out) {
        return g_real->xAccess(g_real, name, flags, out);
    };
    g_vfs.xFullPathname = [](sqlite3_vfs*, const char* name, int size, char* out) {
        return g_real->xFullPathname(g_real, name, size, out);
    };
    g_vfs.xDlOpen = [](sqlite3_vfs*, const char* name) { return g_real->xDlOpen(g_real, name); };
    g_vfs.xDlError = [](sqlite3_vfs*, int size, char* out) { g_real->xDlError(g_real, size, out); };
    g_vfs.xDlSym = [](sqlite3_vfs*, void* handle, const char* symbol) {
        return g_real->xDlSym(g_real, handle, symbol);
    };
    g_vfs.xDlClose = [](sqlite3_vfs*, void* handle) { g_real->xDlClose(g_real, handle); };
    g_vfs.xRandomness = [](sqlite3_vfs*, int size, char* out) {
        return g_real->xRandomness(g_real, size, out);
    };
    g_vfs.xSleep = [](sqlite3_vfs*, int micro) { return g_real->xSleep(g_real, micro); };
    g_vfs.xCurrentTime = [](sqlite3_vfs*, double* out) {
        return g_real->xCurrentTime(g_real, out);
    };
    g_vfs.xGetLastError = [](sqlite3_vfs*, int size, char* out) {
        return g_real->xGetLastError(g_real, size, out);
    };
    g_vfs.xCurrentTimeInt64 = [](sqlite3_vfs*, sqlite3_int64* out) {
        return g_real->xCurrentTimeInt64(g_real, out);
    };
    g_vfs.xSetSystemCall = [](sqlite3_vfs*, const char* name, sqlite3_syscall_ptr call) {
        return g_real->xSetSystemCall(g_real, name, call);
    };
    g_vfs.xGetSystemCall = [](sqlite3_vfs*, const char* name) {
        return g_real->xGetSystemCall(g_real, name);
    };
    g_vfs.xNextSystemCall = [](sqlite3_vfs*, const char* name) {
        return g_real->xNextSystemCall(g_real, name);
    };

    g_methods = {};
    g_methods.iVersion = 2;  // with shared memory for the WAL; without memory-mapped reads
    g_methods.xClose = cipherClose;
    g_methods.xRead = cipherRead;
    g_methods.xWrite = cipherWrite;
    g_methods.xTruncate = cipherTruncate;
    g_methods.xSync = cipherSync;
    g_methods.xFileSize = cipherFileSize;
    g_methods.xLock = cipherLock;
    g_methods.xUnlock = cipherUnlock;
    g_methods.xCheckReservedLock = cipherCheckReservedLock;
    g_methods.xFileControl = cipherFileControl;
    g_methods.xSectorSize = cipherSectorSize;
    g_methods.xDeviceCharacteristics = cipherDeviceCharacteristics;
    g_methods.xShmMap = cipherShmMap;
    g_methods.xShmLock = cipherShmLock;
    g_methods.xShmBarrier = cipherShmBarrier;
    g_methods.xShmUnmap = cipherShmUnmap;
}

}  // namespace

void EncryptedVfs::install() {
    static std::once_flag once;
    std::call_once(once, [] {
        ensureSodium();
        sqlite3_initialize();
        buildVfs();
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

// Through the operating system's VFS of SQLite itself: it knows the other descriptors this
// process holds on the same file, and closing this one does not drop their POSIX locks (a
// QFile's close would, letting another process take the file for a checkpoint under our feet).
std::optional<QByteArray> EncryptedVfs::readRaw(const QString& path,
                                                qint64 offset,
                                                qint64 size,
                                                qint64* fileSize) {
    install();
    std::vector<char> memory(size_t(g_real->szOsFile));
    auto* file = reinterpret_cast<sqlite3_file*>(memory.data());
    const QByteArray name = QFile::encodeName(normalPath(path));
    int outFlags = 0;
    if (g_real->xOpen(g_real, name.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB,
                      &outFlags) != SQLITE_OK)
        return std::nullopt;
    sqlite3_int64 total = 0;
    file->pMethods->xFileSize(file, &total);
    if (fileSize)
        *fileSize = total;
    const qint64 available = qBound<qint64>(0, total - offset, size);
    QByteArray data(int(available), '\0');
    const int rc = available > 0 ? file->pMethods->xRead(file, data.data(), int(available), offset)
                                 : SQLITE_OK;
    file->pMethods->xClose(file);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return std::nullopt;
    return data;
}

bool EncryptedVfs::rewriteHeader(void* sqliteHandle, const QByteArray& headerBlock) {
    QByteArray block = headerBlock;
    return sqliteHandle && sqlite3_file_control(static_cast<sqlite3*>(sqliteHandle), "main",
                                                kRewriteHeaderOp, &block) == SQLITE_OK;
}

bool EncryptedVfs::setWriteBehind(void* sqliteHandle, bool on) {
    int value = on ? 1 : 0;
    if (!sqliteHandle)
        return false;
    const int rc =
        sqlite3_file_control(static_cast<sqlite3*>(sqliteHandle), "main", kWriteBehindOp, &value);
    return rc == SQLITE_OK || rc == SQLITE_NOTFOUND;  // not found: a plain file, nothing to do
}

QByteArray EncryptedVfs::headerOf(void* sqliteHandle) {
    QByteArray block;
    if (!sqliteHandle || sqlite3_file_control(static_cast<sqlite3*>(sqliteHandle), "main",
                                              kHeaderOfOp, &block) != SQLITE_OK)
        return {};
    return block;
}

}  // namespace tongbao
