#include "reports/MonthlyReportLoader.h"

#include "common/Clock.h"
#include "storage/Ledger.h"

#include <QThread>

#include <memory>

namespace tongbao {

MonthlyReportLoader::MonthlyReportLoader(QObject* parent)
    : QObject(parent) {}

MonthlyReportLoader::~MonthlyReportLoader() {
    m_pending.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void MonthlyReportLoader::start(const QString& ledgerPath,
                                const QString& actor,
                                const QDateTime& now,
                                const QDate& month) {
    const Request request{ledgerPath, actor, now, month};
    if (m_thread) {
        m_pending = request;
        return;
    }
    run(request);
}

void MonthlyReportLoader::run(const Request& request) {
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([request, outcome] {
        // The report describes one instant: the window's "now" when it was asked for.
        FixedClock clock(request.now);
        auto opened = Ledger::open(request.path, request.actor, clock);
        if (!opened) {
            outcome->error = opened.message();
            return;
        }
        Result<MonthlyReport> report = MonthlyReport::compute(**opened, request.month);
        if (report)
            outcome->report = std::move(*report);
        else
            outcome->error = report.message();
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
        m_report = outcome->report;
        m_error = outcome->error;
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

}  // namespace tongbao
