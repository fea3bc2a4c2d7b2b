#include "crypt/PageWriteBehind.h"

#include <sqlite3.h>

#include <cstring>

namespace tongbao {

namespace {

using namespace pageseal;

// Pages handed over and not yet taken (4 MiB): SQLite's thread waits beyond that.
constexpr size_t kMaxWaiting = 1024;
// The thread is woken once this many pages wait (or for a drain): fewer, larger runs, and no
// wake-up per page.
constexpr size_t kWakeAt = 64;
// The longest run written with one call (64 KiB): SQLite's unix file writes at most 128 KiB - 1
// bytes per call (the length is masked with 0x1ffff) and reports a longer write as a full disk.
constexpr size_t kRunPages = 16;

}  // namespace

PageWriteBehind::PageWriteBehind(Key key, WriteRun write)
    : m_key(std::move(key))
    , m_write(std::move(write))
    , m_thread([this] { run(); }) {}

PageWriteBehind::~PageWriteBehind() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

PageWriteBehind::Image PageWriteBehind::takeBuffer() {
    if (m_spare.empty())
        return Image(new unsigned char[kPage]);
    Image image = std::move(m_spare.back());
    m_spare.pop_back();
    return image;
}

int PageWriteBehind::put(quint32 page, const unsigned char* plain) {
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_error != SQLITE_OK)
        return m_error;
    const auto waiting = m_waiting.find(page);
    if (waiting != m_waiting.end()) {  // written again before the thread took it
        memcpy(waiting->second.get(), plain, kPage);
        return SQLITE_OK;
    }
    if (m_waiting.size() >= kMaxWaiting) {
        m_changed.notify_all();
        m_changed.wait(lock,
                       [this] { return m_waiting.size() < kMaxWaiting || m_error != SQLITE_OK; });
        if (m_error != SQLITE_OK)
            return m_error;
    }
    Image image = takeBuffer();
    memcpy(image.get(), plain, kPage);
    m_waiting.emplace(page, std::move(image));
    // Once: the thread checks the count again before it waits, so a wake-up is never lost, and
    // one per page would be a system call per page while the thread waits for a processor.
    if (m_waiting.size() == kWakeAt)
        m_changed.notify_all();
    return SQLITE_OK;
}

bool PageWriteBehind::find(quint32 page, unsigned char* plain) const {
    std::lock_guard<std::mutex> lock(m_mutex);
    // The newer image first: a page can be waiting again while its older image is written.
    for (const std::map<quint32, Image>* pages : {&m_waiting, &m_writing}) {
        const auto found = pages->find(page);
        if (found != pages->end()) {
            memcpy(plain, found->second.get(), kPage);
            return true;
        }
    }
    return false;
}

int PageWriteBehind::drain() {
    std::unique_lock<std::mutex> lock(m_mutex);
    ++m_draining;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_waiting.empty() && m_writing.empty(); });
    --m_draining;
    return m_error;
}

void PageWriteBehind::run() {
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] {
            return m_waiting.size() >= kWakeAt ||
                   (!m_waiting.empty() && (m_draining > 0 || m_stopping)) ||
                   (m_waiting.empty() && m_stopping);
        });
        if (m_waiting.empty())
            return;  // stopping, and everything is written
        // m_writing is only read while the lock is not held, by this thread and by find().
        m_writing.swap(m_waiting);
        m_changed.notify_all();                    // room in the queue again
        const bool failed = m_error != SQLITE_OK;  // nothing more is written after an error
        lock.unlock();
        const int rc = failed ? SQLITE_OK : writeAll(m_writing);
        lock.lock();
        if (m_error == SQLITE_OK)
            m_error = rc;
        for (auto& written : m_writing) {
            if (m_spare.size() < kMaxWaiting)
                m_spare.push_back(std::move(written.second));
        }
        m_writing.clear();
        m_changed.notify_all();
    }
}

int PageWriteBehind::writeAll(const std::map<quint32, Image>& pages) {
    std::vector<unsigned char> sealed;
    sealed.reserve(kRunPages * kPage);
    qint64 runStart = 0;
    auto flush = [&]() {
        const int rc =
            sealed.empty() ? SQLITE_OK : m_write(sealed.data(), int(sealed.size()), runStart);
        sealed.clear();
        return rc;
    };
    for (const auto& [page, image] : pages) {
        const qint64 at = EncryptedVfs::physicalOffset(page);
        if (!sealed.empty() &&
            (at != runStart + qint64(sealed.size()) || sealed.size() >= kRunPages * kPage)) {
            if (const int rc = flush(); rc != SQLITE_OK)
                return rc;
        }
        if (sealed.empty())
            runStart = at;
        sealed.resize(sealed.size() + kPage);
        if (!seal(image.get(), sealed.data() + sealed.size() - kPage, pageAd(page), m_key))
            return SQLITE_AUTH;  // the key was wiped (the window locked)
    }
    return flush();
}

}  // namespace tongbao
