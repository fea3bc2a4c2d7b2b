#include "storage/ChildListQuery.h"

#include "storage/ColumnMapping.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

namespace tongbao {

namespace {

// The filter as SQL. With a search the rows start from the narrow search table (s) and only
// the matches are looked up in child (c), which CROSS JOIN makes SQLite do in that order; the
// count then needs child only when another condition reads it.
struct WhereClause {
    bool search = false;
    QStringList searchParts;  // conditions on s alone
    QStringList childParts;   // conditions that read c
    QVector<QPair<QString, QVariant>> binds;

    QString sql() const {
        const QStringList parts = searchParts + childParts;
        return parts.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

// The latest live visit of the child on the row; the partial index visit_live_child_date
// (migration 7) answers it with one seek.
const QString kLastVisit = QStringLiteral(
    "(SELECT max(v.visit_date) FROM visit v WHERE v.child_id = c.id AND v.deleted = 0)");

// The day on which a child born on or before it is at least `years` old on `today`, as ISO
// text for comparing with birth_date. The day may not exist (2023-02-29): as text it still
// sorts between the 28th and 1 March, which is the birthday rule of Child::ageOn.
QString lastBirthDateForAge(const QDate& today, int years) {
    return QStringLiteral("%1-%2-%3")
        .arg(today.year() - years, 4, 10, QLatin1Char('0'))
        .arg(today.month(), 2, 10, QLatin1Char('0'))
        .arg(today.day(), 2, 10, QLatin1Char('0'));
}

WhereClause whereClause(const ChildListFilter& filter, const QDate& today) {
    WhereClause where;
    const QString needle = SearchIndex::needleFor(filter.search);
    where.search = !needle.isEmpty();
    if (where.search) {
        if (!filter.includeDeleted)
            where.searchParts << QStringLiteral("s.deleted = 0");
        where.searchParts << QStringLiteral("instr(s.keys, :search) > 0");
        where.binds.append({QStringLiteral(":search"), needle});
    } else if (!filter.includeDeleted) {
        where.childParts << QStringLiteral("c.deleted = 0");
    }
    QStringList& parts = where.childParts;
    if (!filter.riskLevel.isEmpty()) {
        parts << QStringLiteral("c.risk_level = :risk");
        where.binds.append({QStringLiteral(":risk"), filter.riskLevel});
    }
    if (!filter.category.isEmpty()) {
        parts << QStringLiteral("(',' || c.categories || ',') LIKE :category");
        where.binds.append({QStringLiteral(":category"),
                            QStringLiteral("%,") + filter.category + QStringLiteral(",%")});
    }
    if (!filter.fileStatus.isEmpty()) {
        parts << QStringLiteral("c.file_status = :status");
        where.binds.append({QStringLiteral(":status"), filter.fileStatus});
    }
    if (!filter.villageGroup.isEmpty()) {
        parts << QStringLiteral("c.village_group = :group");
        where.binds.append({QStringLiteral(":group"), filter.villageGroup});
    }
    if (filter.ageFrom >= 0) {
        parts << QStringLiteral("c.birth_date <= :bornBy");
        where.binds.append(
            {QStringLiteral(":bornBy"), lastBirthDateForAge(today, filter.ageFrom)});
    }
    if (filter.ageTo >= 0) {
        parts << QStringLiteral("c.birth_date > :bornAfter");
        where.binds.append(
            {QStringLiteral(":bornAfter"), lastBirthDateForAge(today, filter.ageTo + 1)});
    }
    if (filter.noVisitForDays >= 0) {
        parts << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM visit v WHERE v.child_id = c.id AND v.deleted = 0 AND "
            "v.visit_date >= :visitedSince)");
        where.binds.append({QStringLiteral(":visitedSince"),
                            sqlvalue::dateText(today.addDays(1 - filter.noVisitForDays))});
    }
    return where;
}

QString fromClause(const WhereClause& where) {
    return where.search
               ? QStringLiteral(" FROM child_search s CROSS JOIN child c ON c.id = s.child_id "
                                "LEFT JOIN household h ON h.id = c.household_id")
               : QStringLiteral(" FROM child c LEFT JOIN household h ON h.id = c.household_id");
}

QString orderBy(const ChildListSort& sort) {
    QString column;
    bool descending = sort.descending;
    switch (sort.column) {
        case ChildListColumn::Name:
            column = QStringLiteral("c.name");
            break;
        case ChildListColumn::Sex:
            column = QStringLiteral("c.sex");
            break;
        case ChildListColumn::BirthDate:
            column = QStringLiteral("c.birth_date");
            break;
        case ChildListColumn::Age:
            // The youngest have the latest birth dates.
            column = QStringLiteral("c.birth_date");
            descending = !descending;
            break;
        case ChildListColumn::IdNumber:
            column = QStringLiteral("c.id_number");
            break;
        case ChildListColumn::VillageGroup:
            column = QStringLiteral("c.village_group");
            break;
        case ChildListColumn::RiskLevel:
            // Severity order, not alphabetical.
            column = QStringLiteral(
                "CASE c.risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 "
                "WHEN 'low' THEN 2 ELSE 3 END");
            break;
        case ChildListColumn::FileStatus:
            column = QStringLiteral("c.file_status");
            break;
        case ChildListColumn::Categories:
            column = QStringLiteral("c.categories");
            break;
        case ChildListColumn::HouseholdHead:
            column = QStringLiteral("h.head_name");
            break;
        case ChildListColumn::LastVisit:
            column = kLastVisit;
            break;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The id makes the order total, so paging never repeats or skips a row.
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", c.id");
}

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.name, c.sex, c.birth_date, c.id_number, c.village_group, c.categories, "
    "c.risk_level, c.file_status, h.head_name, ") +
                        kLastVisit;

ChildListRow readRow(const SqlQuery& query) {
    ChildListRow row;
    row.id = query.value(0).toString();
    row.name = query.value(1).toString();
    row.sex = query.value(2).toString();
    sqlvalue::from(query.value(3), row.birthDate);
    row.idNumber = query.value(4).toString();
    row.villageGroup = query.value(5).toString();
    sqlvalue::from(query.value(6), row.categories);
    row.riskLevel = query.value(7).toString();
    row.fileStatus = query.value(8).toString();
    row.householdHead = query.value(9).toString();
    sqlvalue::from(query.value(10), row.lastVisit);
    return row;
}

}  // namespace

ChildListQuery::ChildListQuery(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QVector<QPair<int, int>> ChildListQuery::standardAgeBands() {
    return {{0, 5}, {6, 11}, {12, 15}, {16, 17}};
}

int ChildListQuery::count(const ChildListFilter& filter) const {
    const WhereClause where = whereClause(filter, m_clock.today());
    QString from;
    if (!where.search)
        from = QStringLiteral(" FROM child c");
    else if (where.childParts.isEmpty())
        from = QStringLiteral(" FROM child_search s");
    else
        from = QStringLiteral(" FROM child_search s CROSS JOIN child c ON c.id = s.child_id");
    SqlQuery query(m_db, QStringLiteral("SELECT count(*)") + from + where.sql());
    for (const auto& [name, value] : where.binds)
        query.bind(name, value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QVector<ChildListRow> ChildListQuery::fetch(const ChildListFilter& filter,
                                            const ChildListSort& sort,
                                            int offset,
                                            int limit) const {
    const WhereClause where = whereClause(filter, m_clock.today());
    SqlQuery query(m_db, kSelect + fromClause(where) + where.sql() + orderBy(sort) +
                             QStringLiteral(" LIMIT :limit OFFSET :offset"));
    query.raw().setForwardOnly(true);
    for (const auto& [name, value] : where.binds)
        query.bind(name, value);
    query.bind(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    query.bind(QStringLiteral(":offset"), offset);
    QVector<ChildListRow> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

bool ChildListQuery::forEach(const ChildListFilter& filter,
                             const ChildListSort& sort,
                             const std::function<bool(const ChildListRow&)>& visit) const {
    const WhereClause where = whereClause(filter, m_clock.today());
    SqlQuery query(m_db, kSelect + fromClause(where) + where.sql() + orderBy(sort));
    // Otherwise the driver keeps every row it has stepped over, for seeking back.
    query.raw().setForwardOnly(true);
    for (const auto& [name, value] : where.binds)
        query.bind(name, value);
    if (!query.exec())
        return false;
    while (query.next()) {
        if (!visit(readRow(query)))
            break;
    }
    return true;
}

}  // namespace tongbao
