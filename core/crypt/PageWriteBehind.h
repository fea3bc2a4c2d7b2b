#pragma once

// Sealing and writing the pages of one encrypted database on a thread of its own, for the VFS
// (crypt/EncryptedVfs.cpp) only, and only while a new ledger is built (storage/LedgerBuild):
// there SQLite spills about 2.8 GB of pages for a district's demo, and sealing them and handing
// them to the kernel was a sixth of the one busy thread's time (docs/performance.md).
//
// SQLite's thread hands over a copy of the page and goes on; the writing thread seals the pages
// it finds waiting, in page order, and writes each run of neighbouring pages with one call. A
// page read back before it is written comes from here. Nothing is durable until drain(), which
// the VFS calls before every sync, truncation, size, unlock and close, so SQLite and other
// connections never see a file that lacks a page it wrote. A failed write or a wiped key is
// kept and returned by every later put() and drain(): the build fails rather than losing a page.

#include "crypt/PageSeal.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tongbao {

class PageWriteBehind {
public:
    // Writes `bytes` sealed bytes at `offset` of the real file; an SQLite result code.
    using WriteRun = std::function<int(const unsigned char* sealed, int bytes, qint64 offset)>;

    PageWriteBehind(pageseal::Key key, WriteRun write);
    ~PageWriteBehind();  // drains
    PageWriteBehind(const PageWriteBehind&) = delete;
    PageWriteBehind& operator=(const PageWriteBehind&) = delete;

    // Takes a copy of a whole page (kPage bytes) to seal and write; waits while the queue is
    // full. SQLITE_OK, or the error of an earlier page.
    int put(quint32 page, const unsigned char* plain);
    // The page's newest image not yet in the file, into `plain`; false if there is none.
    bool find(quint32 page, unsigned char* plain) const;
    // Waits until every page handed over is in the file: SQLITE_OK or the first error.
    int drain();

private:
    using Image = std::unique_ptr<unsigned char[]>;
    void run();
    int writeAll(const std::map<quint32, Image>& pages);
    Image takeBuffer();

    pageseal::Key m_key;
    WriteRun m_write;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<quint32, Image> m_waiting;  // handed over, not yet taken by the thread
    std::map<quint32, Image> m_writing;  // being sealed and written (read-only meanwhile)
    std::vector<Image> m_spare;
    int m_error = 0;     // SQLITE_OK
    int m_draining = 0;  // threads waiting in drain()
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace tongbao
