#pragma once

#include "common/Result.h"
#include "schedule/DueList.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

namespace tongbao {

class Ledger;
class VillageDirectory;

// The figures behind the workbench's charts: the children on file by category (each child
// once per category, codes in the vocabulary's order, "" for none given) and the visits of each
// of the last twelve months, this one included. Counted in SQL (storage/ReportQueries) so a
// district ledger is never loaded to draw a chart. The chart of visits overdue counts the
// workbench's own due lists (overdueByVillageGroup, overdueByVillage).
struct WorkbenchFigures {
    Q_DECLARE_TR_FUNCTIONS(WorkbenchFigures)

public:
    QVector<QPair<QString, qint64>> childrenByCategory;
    QVector<QPair<QDate, qint64>> visitsByMonth;  // first day of each month, oldest first

    static Result<WorkbenchFigures> compute(Ledger& ledger);

    // The children overdue per village group, in the groups' order (VillageGroupOrder), ""
    // for those with none given: the chart of a village's own ledger.
    static QVector<QPair<QString, qint64>> overdueByVillageGroup(const QVector<DueChild>& overdue);
    // The children overdue per unit of a merged (town or district) ledger, by the owner's
    // ledger id in the directory's order (the ledger itself, then the villages by area code;
    // owners it does not know after them, "" for children whose owner is not in `owners`).
    // `owners` maps child ids to owners (ChildListQuery::ownersOf). Groups of different
    // villages are never added up: every village has its 1组.
    static QVector<QPair<QString, qint64>> overdueByVillage(const QVector<DueChild>& overdue,
                                                            const QHash<QString, QString>& owners,
                                                            const VillageDirectory& directory);
};

}  // namespace tongbao
