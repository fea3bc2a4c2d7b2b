#include "storage/ChildListQuery.h"

#include "storage/ChildListRows.h"
#include "storage/ColumnMapping.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tongbao {

namespace {

// A filter and order as SQL over the fewest tables that answer it, so that SQLite can read an
// index instead of every child's whole row: the search index (f, child_search_fts), the
// children's search rows (s, child_search: name, latest visit) and child (c) itself. A page
// is chosen on ids and sort keys alone; only its rows are then read in full (see rowsSql).
// The village order also reads the units of the ledger in that order (u, see fillUnits).
struct Plan {
    bool search = false;      // f
    bool searchRows = false;  // s
    bool children = false;    // c
    bool households = false;  // h, for sorting by the head's name
    bool walkNames = false;   // read c or s in name order from its name index (see fetch)
    bool units = false;       // u, for the village order
    bool walkUnits = false;   // read c village by village from child_list_owner (see fetch)
    QStringList conditions;
    QVector<QPair<QString, QVariant>> binds;
    QString sortKey;
    QString thenKey;  // a second key before the id, when the first has ties by design
    bool descending = false;

    QString idKey() const {
        return children ? QStringLiteral("c.id") : QStringLiteral("s.child_id");
    }

    QString from() const {
        QString sql;
        if (units && walkUnits) {
            // The units in order, each one's children in name order from the index: the
            // order needs no sorting, and a page reads only its own rows.
            sql = QStringLiteral(
                " FROM temp.child_list_unit u CROSS JOIN child c INDEXED BY child_list_owner "
                "ON c.owner = u.owner");
            if (searchRows)
                sql += QStringLiteral(" CROSS JOIN child_search s ON s.child_id = c.id");
            return sql;
        }
        if (search && walkNames) {
            sql = QStringLiteral(" FROM child_search s INDEXED BY child_search_name");
        } else if (search) {
            sql = QStringLiteral(" FROM child_search_fts f");
            if (searchRows)
                sql += QStringLiteral(" CROSS JOIN child_search s ON s.doc = f.rowid");
            if (children)
                sql += QStringLiteral(" CROSS JOIN child c ON c.id = s.child_id");
        } else if (walkNames && !children) {
            sql = QStringLiteral(" FROM child_search s INDEXED BY child_search_name");
        } else if (walkNames) {
            sql = QStringLiteral(" FROM child c INDEXED BY child_list_name");
            if (searchRows)
                sql += QStringLiteral(" CROSS JOIN child_search s ON s.child_id = c.id");
        } else if (searchRows && children) {
            sql = QStringLiteral(" FROM child c JOIN child_search s ON s.child_id = c.id");
        } else if (searchRows) {
            sql = QStringLiteral(" FROM child_search s");
        } else {
            sql = QStringLiteral(" FROM child c");
        }
        // The few matching children first, then their units' places.
        if (units)
            sql += QStringLiteral(" CROSS JOIN temp.child_list_unit u ON u.owner = c.owner");
        if (households)
            sql += QStringLiteral(" LEFT JOIN household h ON h.id = c.household_id");
        return sql;
    }

    // With a walk over s in name order, the search is a set of docs that SQLite builds once.
    QString where() const {
        QStringList parts = conditions;
        if (search && walkNames) {
            parts.replaceInStrings(
                QStringLiteral("f.child_search_fts MATCH :search"),
                QStringLiteral("s.doc IN (SELECT f.rowid FROM child_search_fts f WHERE "
                               "f.child_search_fts MATCH :search)"));
            parts.prepend(QStringLiteral("s.deleted = 0"));
        }
        return parts.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }

    void bindTo(SqlQuery& query) const {
        for (const auto& [name, value] : binds)
            query.bind(name, value);
    }
};

// The day on which a child born on or before it is at least `years` old on `today`, as ISO
// text for comparing with birth_date. The day may not exist (2023-02-29): as text it still
// sorts between the 28th and 1 March, which is the birthday rule of Child::ageOn.
QString lastBirthDateForAge(const QDate& today, int years) {
    return QStringLiteral("%1-%2-%3")
        .arg(today.year() - years, 4, 10, QLatin1Char('0'))
        .arg(today.month(), 2, 10, QLatin1Char('0'))
        .arg(today.day(), 2, 10, QLatin1Char('0'));
}

// The sort key, marking the tables it reads. Severity order for risk, not alphabetical; the
// youngest (latest birth date) first for age.
void planSort(Plan& plan, const ChildListSort& sort) {
    plan.descending = sort.descending;
    const auto childColumn = [&plan](const char* column) {
        plan.children = true;
        plan.sortKey = QStringLiteral("c.") + QLatin1String(column);
    };
    switch (sort.column) {
        case ChildListColumn::Name:
            // The names in the search rows sort without reading child rows.
            if ((plan.search || plan.searchRows) && !plan.children) {
                plan.searchRows = true;
                plan.sortKey = QStringLiteral("s.name");
            } else {
                childColumn("name");
            }
            break;
        case ChildListColumn::Sex:
            childColumn("sex");
            break;
        case ChildListColumn::BirthDate:
            childColumn("birth_date");
            break;
        case ChildListColumn::Age:
            childColumn("birth_date");
            plan.descending = !plan.descending;
            break;
        case ChildListColumn::IdNumber:
            childColumn("id_number");
            break;
        case ChildListColumn::VillageGroup:
            childColumn("village_group");
            break;
        case ChildListColumn::RiskLevel:
            // The expression of the index child_list_risk_order.
            plan.children = true;
            plan.sortKey = QStringLiteral(
                "CASE c.risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 "
                "ELSE 3 END");
            break;
        case ChildListColumn::FileStatus:
            childColumn("file_status");
            break;
        case ChildListColumn::Categories:
            childColumn("categories");
            break;
        case ChildListColumn::HouseholdHead:
            plan.children = true;
            plan.households = true;
            plan.sortKey = QStringLiteral("h.head_name");
            break;
        case ChildListColumn::LastVisit:
            plan.searchRows = true;
            plan.sortKey = QStringLiteral("s.last_visit");
            break;
        case ChildListColumn::Village:
            plan.children = true;
            plan.units = true;
            plan.sortKey = QStringLiteral("u.rank");
            plan.thenKey = QStringLiteral("c.name");
            break;
    }
}

// One village's list in the village order is that village in name order.
ChildListSort effectiveSort(const ChildListFilter& filter, const ChildListSort& sort) {
    if (sort.column == ChildListColumn::Village && !filter.owner.isEmpty())
        return {ChildListColumn::Name, sort.descending};
    return sort;
}

Plan makePlan(const ChildListFilter& filter,
              const Clock& clock,
              const ChildListSort* sort = nullptr) {
    Plan plan;
    const QString match = SearchIndex::matchFor(filter.search, filter.includeDeleted);
    if (!match.isEmpty()) {
        // The match itself leaves out deleted children unless they are asked for.
        plan.search = true;
        plan.conditions << QStringLiteral("f.child_search_fts MATCH :search");
        plan.binds.append({QStringLiteral(":search"), match});
    }
    // Reading the clock costs a time-zone lookup; only the date filters need it.
    const QDate today = filter.ageFrom >= 0 || filter.ageTo >= 0 || filter.noVisitForDays >= 0
                            ? clock.today()
                            : QDate();
    QStringList childConditions;
    const auto bind = [&plan](const char* name, const QVariant& value) {
        plan.binds.append({QString::fromLatin1(name), value});
    };
    if (!filter.riskLevel.isEmpty()) {
        childConditions << QStringLiteral("c.risk_level = :risk");
        bind(":risk", filter.riskLevel);
    }
    if (!filter.category.isEmpty()) {
        childConditions << QStringLiteral("(',' || c.categories || ',') LIKE :category");
        bind(":category", QStringLiteral("%,") + filter.category + QStringLiteral(",%"));
    }
    if (!filter.fileStatus.isEmpty()) {
        childConditions << QStringLiteral("c.file_status = :status");
        bind(":status", filter.fileStatus);
    }
    if (!filter.villageGroup.isEmpty()) {
        childConditions << QStringLiteral("c.village_group = :group");
        bind(":group", filter.villageGroup);
    }
    if (!filter.owner.isEmpty()) {
        childConditions << QStringLiteral("c.owner = :owner");
        bind(":owner", filter.owner);
    }
    if (filter.ageFrom >= 0) {
        childConditions << QStringLiteral("c.birth_date <= :bornBy");
        bind(":bornBy", lastBirthDateForAge(today, filter.ageFrom));
    }
    if (filter.ageTo >= 0) {
        childConditions << QStringLiteral("c.birth_date > :bornAfter");
        bind(":bornAfter", lastBirthDateForAge(today, filter.ageTo + 1));
    }
    if (filter.noVisitForDays >= 0) {
        // No live visit on or after the day N-1 days ago (today counts as one of the N).
        plan.searchRows = true;
        plan.conditions << QStringLiteral("s.last_visit < :visitedSince");
        bind(":visitedSince", sqlvalue::dateText(today.addDays(1 - filter.noVisitForDays)));
    }
    plan.children = !childConditions.isEmpty();
    if (sort)
        planSort(plan, *sort);
    // child c is reached from the search through child_search s.
    if (plan.search && plan.children)
        plan.searchRows = true;
    if (!plan.search && !filter.includeDeleted) {
        if (!plan.searchRows)
            plan.children = true;
        // On the table whose indexes lead with it and drive the query.
        plan.conditions.prepend(plan.children ? QStringLiteral("c.deleted = 0")
                                              : QStringLiteral("s.deleted = 0"));
    }
    plan.conditions += childConditions;
    return plan;
}

// The page is chosen on ids and sort keys over the planned tables; then only its rows are read
// in full, with the household and the latest visit. (A single SELECT would compute every
// column of every matching child before sorting.)
QString rowsSql(const Plan& plan) {
    const QString direction = plan.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const bool then = !plan.thenKey.isEmpty();
    // The id makes the order total, so paging never repeats or skips a row; in the same
    // direction, so that one index (deleted, column, id) read forwards or backwards gives it.
    const auto order = [&](const QString& table) {
        QString sql = QStringLiteral(" ORDER BY ") + table + QStringLiteral("sort_key") + direction;
        if (then)
            sql += QStringLiteral(", ") + table + QStringLiteral("then_key") + direction;
        return sql + QStringLiteral(", ") + table + QStringLiteral("child_id") + direction;
    };
    QString keys = plan.idKey() + QStringLiteral(" AS child_id, ") + plan.sortKey +
                   QStringLiteral(" AS sort_key");
    if (then)
        keys += QStringLiteral(", ") + plan.thenKey + QStringLiteral(" AS then_key");
    return ChildListRows::columns() + QStringLiteral(" FROM (SELECT ") + keys + plan.from() +
           plan.where() + order(QString()) +
           QStringLiteral(
               " LIMIT :limit OFFSET :offset) p CROSS JOIN child c ON c.id = "
               "p.child_id LEFT JOIN household h ON h.id = c.household_id") +
           order(QStringLiteral("p."));
}

// The units whose children the ledger holds, ranked as VillageDirectory lists them: the ledger
// itself, then the villages by the area code and name of their latest registration, then any
// owner never registered. Their owners are found by stepping through child_list_owner (one
// seek per unit, not a pass over the children). SQLite reads a table in rowid order and knows
// it: so the ranks go into a table of this connection (in memory), and the village order of
// 100,000 children is read from the index instead of sorted (0.3 ms against 50 ms).
const QString kCreateUnits = QStringLiteral(
    "CREATE TEMP TABLE IF NOT EXISTS child_list_unit (rank INTEGER PRIMARY KEY, owner TEXT NOT "
    "NULL UNIQUE)");
const QString kClearUnits = QStringLiteral("DELETE FROM temp.child_list_unit");
const QString kFillUnits = QStringLiteral(
    "WITH RECURSIVE"
    " live(owner) AS ("
    "  SELECT (SELECT min(c.owner) FROM child c WHERE c.deleted = 0)"
    "  UNION ALL SELECT (SELECT min(c.owner) FROM child c WHERE c.deleted = 0 AND c.owner > "
    "live.owner) FROM live WHERE live.owner IS NOT NULL),"
    " removed(owner) AS ("
    "  SELECT (SELECT min(c.owner) FROM child c WHERE c.deleted = 1)"
    "  UNION ALL SELECT (SELECT min(c.owner) FROM child c WHERE c.deleted = 1 AND c.owner > "
    "removed.owner) FROM removed WHERE removed.owner IS NOT NULL),"
    " owners(owner) AS (SELECT owner FROM live WHERE owner IS NOT NULL"
    "  UNION SELECT owner FROM removed WHERE owner IS NOT NULL),"
    " registered(ledger_id, area_code, name) AS ("
    "  SELECT t.ledger_id, t.area_code, t.name FROM trusted_key t WHERE t.role = 'source'"
    "   AND t.id = (SELECT max(r.id) FROM trusted_key r WHERE r.role = 'source'"
    "    AND r.ledger_id = t.ledger_id))"
    " INSERT INTO temp.child_list_unit (rank, owner)"
    " SELECT row_number() OVER (ORDER BY CASE WHEN o.owner = (SELECT l.id FROM ledger l) THEN 0"
    "  WHEN g.ledger_id IS NULL THEN 2 ELSE 1 END, g.area_code, g.name, o.owner), o.owner"
    " FROM owners o LEFT JOIN registered g ON g.ledger_id = o.owner");

bool fillUnits(Database& db) {
    if (!db.execute(kCreateUnits))
        return false;
    for (const QString& sql : {kClearUnits, kFillUnits}) {
        SqlQuery& query = db.cached(sql);
        const bool done = query.exec();
        query.finish();
        if (!done)
            return false;
    }
    return true;
}

QString bindingsText(const Plan& plan) {
    QString text;
    for (const auto& [name, value] : plan.binds)
        text += name + QLatin1Char('=') + value.toString() + QLatin1Char('\n');
    return text;
}

}  // namespace

ChildListQuery::ChildListQuery(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QVector<QPair<int, int>> ChildListQuery::standardAgeBands() {
    return {{0, 5}, {6, 11}, {12, 15}, {16, 17}};
}

QStringList ChildListQuery::schemaVillageOrder() {
    // Like child_list_name, it carries what the filters read, so that one village's list,
    // filtered or not, comes from the index alone.
    return {QStringLiteral(
        "CREATE INDEX IF NOT EXISTS child_list_owner ON child(deleted, owner, name, id, "
        "birth_date, risk_level, file_status, village_group, categories)")};
}

int ChildListQuery::count(const ChildListFilter& filter) const {
    const Plan plan = makePlan(filter, m_clock);
    // The list model counts, then fetches the first page, which counts again to choose its plan
    // (see fetch): the same statement with the same values gives the same number.
    const QString key = plan.from() + plan.where() + QLatin1Char('\n') + bindingsText(plan);
    const auto known = m_counts.constFind(key);
    if (known != m_counts.constEnd())
        return *known;
    QString sql = QStringLiteral("SELECT count(*)") + plan.from() + plan.where();
    // The whole register: SQLite counts a table without reading its rows, and tombstones are
    // few and indexed.
    if (plan.conditions == QStringList{QStringLiteral("c.deleted = 0")})
        sql = QStringLiteral(
            "SELECT (SELECT count(*) FROM child) - (SELECT count(*) FROM child WHERE deleted = 1)");
    // Kept prepared with the connection: a keystroke's statements differ only in their values,
    // and for the narrow searches preparing cost as much as running (docs/performance.md).
    SqlQuery& query = m_db.cached(sql);
    query.raw().setForwardOnly(true);
    plan.bindTo(query);
    if (!query.exec() || !query.next()) {
        query.finish();
        return 0;
    }
    const int counted = query.value(0).toInt();
    query.finish();
    m_counts.insert(key, counted);
    return counted;
}

QVector<ChildListRow> ChildListQuery::fetch(const ChildListFilter& filter,
                                            const ChildListSort& requested,
                                            int offset,
                                            int limit) const {
    const ChildListSort sort = effectiveSort(filter, requested);
    Plan plan = makePlan(filter, m_clock, &sort);
    // A filtered or searched list in name order (the usual view): when many children match,
    // reading a name index in order and skipping the others finds a page soonest; when few
    // match, finding them first and sorting the few is better. SQLite's planner cannot tell
    // the two apart without statistics; the count (cheap: an index or the search index) can.
    // One village's list is read in name order from child_list_owner, whatever it matches.
    if (sort.column == ChildListColumn::Name && limit >= 0 && !filter.includeDeleted &&
        filter.owner.isEmpty()) {
        if (!plan.search && plan.conditions.size() > 1) {
            plan.walkNames = qint64(count(filter)) * 100 >= count(ChildListFilter());
        } else if (plan.search && !plan.children) {
            plan.walkNames = qint64(count(filter)) * 10 >= count(ChildListFilter());
        }
    }
    // The village order likewise: village by village from the index when many match.
    if (plan.units) {
        plan.walkUnits = !plan.search && !filter.includeDeleted &&
                         (limit < 0 || qint64(count(filter)) * 100 >= count(ChildListFilter()));
        if (!fillUnits(m_db))
            return {};
    }
    SqlQuery& query = m_db.cached(rowsSql(plan));
    query.raw().setForwardOnly(true);
    plan.bindTo(query);
    query.bind(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    query.bind(QStringLiteral(":offset"), offset);
    QVector<ChildListRow> rows;
    // A page (not a whole listing) at once, rather than growing and moving it row by row.
    if (limit > 0 && limit <= 1000)
        rows.reserve(limit);
    if (query.exec()) {
        ChildListRows::read(query, [&rows](ChildListRow&& row) {
            rows.append(std::move(row));
            return true;
        });
    }
    query.finish();
    return rows;
}

bool ChildListQuery::forEach(const ChildListFilter& filter,
                             const ChildListSort& requested,
                             const std::function<bool(const ChildListRow&)>& visit) const {
    const ChildListSort sort = effectiveSort(filter, requested);
    Plan plan = makePlan(filter, m_clock, &sort);
    if (plan.units) {
        plan.walkUnits = !plan.search && !filter.includeDeleted;
        if (!fillUnits(m_db))
            return false;
    }
    SqlQuery query(m_db, rowsSql(plan));
    // Otherwise the driver keeps every row it has stepped over, for seeking back.
    query.raw().setForwardOnly(true);
    plan.bindTo(query);
    query.bind(QStringLiteral(":limit"), -1);
    query.bind(QStringLiteral(":offset"), 0);
    if (!query.exec())
        return false;
    return ChildListRows::read(query, [&visit](ChildListRow&& row) { return visit(row); });
}

QHash<QString, QString> ChildListQuery::ownersOf(const QStringList& childIds) const {
    QHash<QString, QString> owners;
    if (childIds.isEmpty())
        return owners;
    // The ids as one bound JSON array: one statement, one seek per child.
    SqlQuery query(m_db, QStringLiteral("SELECT c.id, c.owner FROM json_each(:ids) j CROSS JOIN "
                                        "child c ON c.id = j.value"));
    query.raw().setForwardOnly(true);
    query.bind(
        QStringLiteral(":ids"),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(childIds)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return owners;
    while (query.next())
        owners.insert(query.value(0).toString(), query.value(1).toString());
    return owners;
}

}  // namespace tongbao
