#include "reports/MonthlyReportLoader.h"

#include <memory>

namespace tongbao {

MonthlyReportLoader::MonthlyReportLoader(QObject* parent)
    : QObject(parent)
    , m_read(new BackgroundLedgerRead(this)) {}

bool MonthlyReportLoader::isRunning() const {
    return m_read->isRunning();
}

void MonthlyReportLoader::start(const QString& ledgerPath,
                                const QString& actor,
                                const QDateTime& now,
                                const QDate& month) {
    auto report = std::make_shared<std::optional<MonthlyReport>>();
    m_read->start(
        ledgerPath, actor, now,
        [report, month](Ledger& ledger) {
            Result<MonthlyReport> computed = MonthlyReport::compute(ledger, month);
            if (!computed)
                return computed.message();
            *report = std::move(*computed);
            return QString();
        },
        [this, report](const QString& error) {
            m_report = *report;
            m_error = error;
            emit finished();
        });
}

}  // namespace tongbao
