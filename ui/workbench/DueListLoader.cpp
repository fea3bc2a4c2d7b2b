#include "workbench/DueListLoader.h"

#include "exchange/VillageDirectory.h"
#include "storage/ChildListQuery.h"
#include "storage/Ledger.h"

#include <QSet>

#include <memory>

namespace tongbao {

namespace {

QStringList childrenListed(const DueLists& lists) {
    QSet<QString> ids;
    for (const QVector<DueChild>* children :
         {&lists.overdue, &lists.dueThisWeek, &lists.neverVisited}) {
        for (const DueChild& child : *children)
            ids.insert(child.childId);
    }
    for (const DueBirthday& birthday : lists.birthdays)
        ids.insert(birthday.childId);
    for (const DueMeasureEnd& measure : lists.measuresEnding)
        ids.insert(measure.childId);
    for (const DueSafetyReport& report : lists.openSafetyReports)
        ids.insert(report.childId);
    return QStringList(ids.cbegin(), ids.cend());
}

}  // namespace

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
    auto owners = std::make_shared<QHash<QString, QString>>();
    m_read->start(
        ledgerPath, actor, now,
        [lists, owners, now, options](Ledger& ledger) {
            Result<DueLists> computed = DueList(ledger).compute(now, options);
            if (!computed)
                return computed.message();
            if (VillageDirectory(ledger).merged())
                *owners = ChildListQuery(ledger.database()).ownersOf(childrenListed(*computed));
            *lists = std::move(*computed);
            return QString();
        },
        [this, lists, owners](const QString& error) {
            m_lists = *lists;
            m_owners = *owners;
            m_error = error;
            emit finished();
        });
}

}  // namespace tongbao
