#include "storage/ChildFileQueries.h"

#include "report/VillageGroupOrder.h"
#include "storage/Database.h"

#include <algorithm>

namespace tongbao {

namespace {

// "%text%" for LIKE, with the wildcards typed by the user taken literally.
QString containsPattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kSummaryColumns = QStringLiteral(
    "SELECT h.id, h.head_name, h.phone, h.village_group, h.address, "
    "(SELECT group_concat(c.name, char(9)) FROM child c "
    "  WHERE c.household_id = h.id AND c.deleted = 0) "
    "FROM household h ");

HouseholdSummary summaryFrom(const SqlQuery& query) {
    HouseholdSummary summary;
    summary.id = query.value(0).toString();
    summary.headName = query.value(1).toString();
    summary.phone = query.value(2).toString();
    summary.villageGroup = query.value(3).toString();
    summary.address = query.value(4).toString();
    summary.childNames = query.value(5).toString().split(QLatin1Char('\t'), Qt::SkipEmptyParts);
    return summary;
}

}  // namespace

QVector<HouseholdSummary> ChildFileQueries::findHouseholds(Database& db,
                                                           const QString& text,
                                                           int limit) {
    SqlQuery query(
        db, kSummaryColumns +
                QStringLiteral("WHERE h.deleted = 0 AND (:all = 1 "
                               " OR h.head_name LIKE :p ESCAPE '\\' OR h.phone LIKE :p ESCAPE '\\'"
                               " OR h.address LIKE :p ESCAPE '\\'"
                               " OR h.village_group LIKE :p ESCAPE '\\'"
                               " OR EXISTS (SELECT 1 FROM child c WHERE c.household_id = h.id "
                               "   AND c.deleted = 0 AND c.name LIKE :p ESCAPE '\\')) "
                               "ORDER BY h.head_name, h.id LIMIT :limit"));
    const QString trimmed = text.trimmed();
    query.bind(QStringLiteral(":all"), trimmed.isEmpty() ? 1 : 0);
    query.bind(QStringLiteral(":p"), containsPattern(trimmed));
    query.bind(QStringLiteral(":limit"), limit);
    QVector<HouseholdSummary> found;
    if (!query.exec())
        return found;
    while (query.next())
        found.append(summaryFrom(query));
    return found;
}

HouseholdSummary ChildFileQueries::household(Database& db, const QString& householdId) {
    SqlQuery query(db, kSummaryColumns + QStringLiteral("WHERE h.id = :id"));
    query.bind(QStringLiteral(":id"), householdId);
    if (query.exec() && query.next())
        return summaryFrom(query);
    return {};
}

QStringList ChildFileQueries::villageGroups(Database& db) {
    SqlQuery query(db, QStringLiteral("SELECT DISTINCT village_group FROM child "
                                      "WHERE deleted = 0 AND village_group <> ''"));
    QStringList groups;
    if (!query.exec())
        return groups;
    while (query.next())
        groups.append(query.value(0).toString());
    std::sort(groups.begin(), groups.end(), VillageGroupOrder::less);
    return groups;
}

}  // namespace tongbao
