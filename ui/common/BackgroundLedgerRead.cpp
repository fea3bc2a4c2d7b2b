#include "common/BackgroundLedgerRead.h"

#include "common/Clock.h"
#include "storage/Ledger.h"

#include <QMutex>
#include <QThread>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tongbao {

namespace {
// Background reads run one after another, not side by side: each pass over a district ledger
// holds its own connection, page cache and rows, and a laptop has two cores and a memory budget
// (150 MB for the whole program at 100,000 children); the window's own work comes first.
QMutex oneReadAtATime;
// Each read passes through the file about once, so a large cache would only fill memory.
constexpr int kReadCacheKiB = 4 * 1024;
}  // namespace

BackgroundLedgerRead::BackgroundLedgerRead(QObject* parent)
    : QObject(parent) {}

BackgroundLedgerRead::~BackgroundLedgerRead() {
    m_pending.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundLedgerRead::start(const Ledger& ledger, Work work, Done done) {
    start(ledger.path(), ledger.actor(), ledger.clock().now(), std::move(work), std::move(done));
}

void BackgroundLedgerRead::start(
    const QString& ledgerPath, const QString& actor, const QDateTime& now, Work work, Done done) {
    Request request{ledgerPath, actor, now, std::move(work), std::move(done)};
    if (m_thread) {
        m_pending = std::move(request);
        return;
    }
    run(std::move(request));
}

void BackgroundLedgerRead::run(Request request) {
    auto error = std::make_shared<QString>();
    Work work = std::move(request.work);
    m_thread = QThread::create([path = request.path, actor = request.actor, now = request.now,
                                work = std::move(work), error] {
        const QMutexLocker oneAtATime(&oneReadAtATime);
        {
            FixedClock clock(now);
            auto opened = Ledger::open(path, actor, clock);
            if (!opened) {
                *error = opened.message();
                return;
            }
            (*opened)->limitPageCache(kReadCacheKiB);
            *error = work(**opened);
        }
#ifdef __GLIBC__
        // glibc keeps what a thread freed for that thread's next allocations; this one ends, so
        // its connection's cache and rows go back to the system instead of adding to the next.
        malloc_trim(0);
#endif
    });
    connect(m_thread, &QThread::finished, this, [this, error, done = std::move(request.done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_pending) {
            Request next = std::move(*m_pending);
            m_pending.reset();
            run(std::move(next));
            return;
        }
        done(*error);
    });
    m_thread->start(QThread::LowPriority);
}

}  // namespace tongbao
