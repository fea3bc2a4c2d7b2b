#include "crypt/WalSeal.h"

#include "crypt/VfsRegistry.h"

#include <cstring>
#include <vector>

namespace tongbao::walseal {

using namespace pageseal;
using vfsregistry::reportDamage;

namespace {

constexpr sqlite3_int64 kWalHeader = 32;
constexpr sqlite3_int64 kFrameHeader = 24;
constexpr sqlite3_int64 kFrame = kFrameHeader + kPage;

// The page images of the log: [start, start + kPage) for each frame.
template <typename Visit>
void forEachFrameImage(sqlite3_int64 offset, int amount, Visit visit) {
    if (offset + amount <= kWalHeader + kFrameHeader)
        return;
    sqlite3_int64 frame = offset <= kWalHeader ? 0 : (offset - kWalHeader) / kFrame;
    for (;; ++frame) {
        const sqlite3_int64 frameOffset = kWalHeader + frame * kFrame;
        const sqlite3_int64 start = frameOffset + kFrameHeader;
        if (start >= offset + amount)
            break;
        if (start + kPage > offset)
            visit(frameOffset, start);
    }
}

}  // namespace

int read(sqlite3_file* real,
         const Key& key,
         const QString& databasePath,
         void* buffer,
         int amount,
         sqlite3_int64 offset) {
    const int rc = real->pMethods->xRead(real, buffer, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    sqlite3_int64 present = offset + amount;
    if (rc == SQLITE_IOERR_SHORT_READ)
        real->pMethods->xFileSize(real, &present);
    auto* bytes = static_cast<unsigned char*>(buffer);
    int result = rc;
    forEachFrameImage(offset, amount, [&](sqlite3_int64 frameOffset, sqlite3_int64 start) {
        const bool whole = start >= offset && start + kPage <= offset + amount;
        if (!whole || start + kPage > present) {
            // Only whole images are ever read; a part, or one past the end, reads as zeros.
            const sqlite3_int64 from = qMax(start, offset);
            const sqlite3_int64 to = qMin(start + kPage, offset + sqlite3_int64(amount));
            memset(bytes + (from - offset), 0, size_t(to - from));
            return;
        }
        unsigned char* image = bytes + (start - offset);
        const Unsealed unsealed = unseal(image, image, frameAd(frameOffset), key);
        if (unsealed == Unsealed::Sound)
            return;
        memset(image, 0, kPage);
        if (unsealed == Unsealed::Locked) {
            result = SQLITE_AUTH;
            return;
        }
        // A read of the image alone is a read of data: damage. A read of whole frames is
        // SQLite recovering the log after a crash, which must see a torn last frame as one whose
        // checksum fails (the zeros), as in a plain log, and stops there.
        if (amount == kPage) {
            reportDamage(databasePath, 0);
            result = SQLITE_IOERR_DATA;
        }
    });
    return result;
}

int write(
    sqlite3_file* real, const Key& key, const void* buffer, int amount, sqlite3_int64 offset) {
    std::vector<unsigned char> copy;
    bool partial = false;
    bool locked = false;
    forEachFrameImage(offset, amount, [&](sqlite3_int64 frameOffset, sqlite3_int64 start) {
        if (start < offset || start + kPage > offset + amount) {
            partial = true;
            return;
        }
        if (copy.empty())
            copy.assign(static_cast<const unsigned char*>(buffer),
                        static_cast<const unsigned char*>(buffer) + amount);
        unsigned char* image = copy.data() + (start - offset);
        std::vector<unsigned char> plain(image, image + kPage);
        locked = locked || !seal(plain.data(), image, frameAd(frameOffset), key);
    });
    if (partial)  // SQLite writes frame headers and page images whole; anything else is a bug
        return SQLITE_IOERR_WRITE;
    if (locked)
        return SQLITE_AUTH;
    return real->pMethods->xWrite(real, copy.empty() ? buffer : copy.data(), amount, offset);
}

}  // namespace tongbao::walseal
