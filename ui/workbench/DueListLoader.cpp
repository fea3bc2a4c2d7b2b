#include "workbench/DueListLoader.h"

#include "common/Clock.h"
#include "storage/Ledger.h"

#include <QThread>

namespace tongbao {

DueListLoader::DueListLoader(QObject* parent)
    : QObject(parent) {}

DueListLoader::~DueListLoader() {
    m_pending.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DueListLoader::start(const QString& ledgerPath,
                          const QString& actor,
                          const QDateTime& now,
                          const DueListOptions& options) {
    const Request request{ledgerPath, actor, now, options};
    if (m_thread) {
        m_pending = request;
        return;
    }
    run(request);
}

void DueListLoader::run(const Request& request) {
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([request, outcome] {
        // The worker's own clock stands at the moment asked for, so that the lists describe
        // one instant whatever the window's clock does meanwhile.
        FixedClock clock(request.now);
        auto opened = Ledger::open(request.path, request.actor, clock);
        if (!opened) {
            outcome->error = opened.message();
            return;
        }
        Result<DueLists> lists = DueList(**opened).compute(request.now, request.options);
        if (lists)
            outcome->lists = std::move(*lists);
        else
            outcome->error = lists.message();
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_pending) {
            const Request next = *m_pending;
            m_pending.reset();
            run(next);
            return;
        }
        m_lists = outcome->lists;
        m_error = outcome->error;
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

}  // namespace tongbao
