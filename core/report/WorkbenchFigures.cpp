#include "report/WorkbenchFigures.h"

#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
#include "report/VillageGroupOrder.h"
#include "storage/ColumnMapping.h"
#include "storage/Ledger.h"
#include "storage/ReportQueries.h"

#include <QMap>

#include <algorithm>

namespace tongbao {

Result<WorkbenchFigures> WorkbenchFigures::compute(Ledger& ledger) {
    const QDate today = ledger.clock().today();
    ReportQueries queries(ledger.database());
    WorkbenchFigures figures;

    QMap<QString, qint64> byCategory;
    for (const ReportCountRow& row : queries.onFileNowByCategories()) {
        QStringList codes;
        sqlvalue::from(row.code, codes);
        QStringList counted;  // a code listed twice still counts the child once
        for (const QString& code : std::as_const(codes)) {
            const QString known =
                Vocabulary::contains(vocab::Category, code.trimmed()) ? code.trimmed() : QString();
            if (!counted.contains(known))
                counted.append(known);
        }
        if (counted.isEmpty())
            counted.append(QString());
        for (const QString& code : std::as_const(counted))
            byCategory[code] += row.count;
    }
    QStringList order = Vocabulary::codes(vocab::Category);
    order.append(QString());
    for (const QString& code : std::as_const(order))
        if (byCategory.value(code) > 0)
            figures.childrenByCategory.append({code, byCategory.value(code)});

    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate first = thisMonth.addMonths(-11);
    QMap<QString, qint64> byMonth;
    for (const ReportCountRow& row : queries.visitsPerMonth(first, today))
        byMonth[row.code] = row.count;
    for (QDate month = first; month <= thisMonth; month = month.addMonths(1))
        figures.visitsByMonth.append(
            {month, byMonth.value(month.toString(QStringLiteral("yyyy-MM")))});

    if (!queries.ok())
        return Result<WorkbenchFigures>::failure(
            tr("The charts could not be drawn: the ledger file could not be read."));
    return figures;
}

QVector<QPair<QString, qint64>> WorkbenchFigures::overdueByVillageGroup(
    const QVector<DueChild>& overdue) {
    QMap<QString, qint64> byGroup;
    for (const DueChild& child : overdue)
        ++byGroup[child.villageGroup];
    QStringList groups = byGroup.keys();
    std::sort(groups.begin(), groups.end(), VillageGroupOrder::less);
    QVector<QPair<QString, qint64>> counts;
    for (const QString& group : std::as_const(groups))
        counts.append({group, byGroup.value(group)});
    return counts;
}

QVector<QPair<QString, qint64>> WorkbenchFigures::overdueByVillage(
    const QVector<DueChild>& overdue,
    const QHash<QString, QString>& owners,
    const VillageDirectory& directory) {
    QHash<QString, qint64> byOwner;
    for (const DueChild& child : overdue)
        ++byOwner[owners.value(child.childId)];
    QVector<QPair<QString, qint64>> counts;
    for (const LedgerUnit& unit : directory.units()) {
        if (byOwner.contains(unit.ledgerId))
            counts.append({unit.ledgerId, byOwner.take(unit.ledgerId)});
    }
    // Owners never registered (rows of a key removed since), then children of unknown owner.
    QStringList unknown = byOwner.keys();
    std::sort(unknown.begin(), unknown.end(), [](const QString& a, const QString& b) {
        return a.isEmpty() != b.isEmpty() ? b.isEmpty() : a < b;
    });
    for (const QString& owner : std::as_const(unknown))
        counts.append({owner, byOwner.value(owner)});
    return counts;
}

}  // namespace tongbao
