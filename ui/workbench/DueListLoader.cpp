#include "workbench/DueListLoader.h"

#include <memory>

namespace tongbao {

DueListLoader::DueListLoader(QObject* parent)
    : QObject(parent)
    , m_read(new BackgroundLedgerRead(this)) {}

bool DueListLoader::isRunning() const {
    return m_read->isRunning();
}

void DueListLoader::start(const QString& ledgerPath,
                          const QString& actor,
                          const QDateTime& now,
                          const DueListOptions& options) {
    auto lists = std::make_shared<std::optional<DueLists>>();
    m_read->start(
        ledgerPath, actor, now,
        [lists, now, options](Ledger& ledger) {
            Result<DueLists> computed = DueList(ledger).compute(now, options);
            if (!computed)
                return computed.message();
            *lists = std::move(*computed);
            return QString();
        },
        [this, lists](const QString& error) {
            m_lists = *lists;
            m_error = error;
            emit finished();
        });
}

}  // namespace tongbao
