#include "storage/ChildListQuery.h"

#include "storage/ColumnMapping.h"
#include "storage/Database.h"

namespace tongbao {

namespace {

struct WhereClause {
    QString sql;
    QVector<QPair<QString, QVariant>> binds;
};

// Escapes LIKE wildcards typed by the user so that "50%" finds the text "50%".
QString likePattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

WhereClause whereClause(const ChildListFilter& filter) {
    WhereClause where;
    QStringList parts;
    if (!filter.includeDeleted)
        parts << QStringLiteral("c.deleted = 0");
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        parts << QStringLiteral(
            "(c.name LIKE :search ESCAPE '\\' OR c.id_number LIKE :search "
            "ESCAPE '\\' OR h.head_name LIKE :search ESCAPE '\\')");
        // SQLite's LIKE ignores ASCII case, so a typed lower-case x finds a stored X.
        where.binds.append({QStringLiteral(":search"), likePattern(search)});
    }
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
    if (!parts.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

QString orderBy(const ChildListSort& sort) {
    QString column;
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
    }
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The id makes the order total, so paging never repeats or skips a row.
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", c.id");
}

const QString kFrom =
    QStringLiteral(" FROM child c LEFT JOIN household h ON h.id = c.household_id");

}  // namespace

ChildListQuery::ChildListQuery(Database& db)
    : m_db(db) {}

int ChildListQuery::count(const ChildListFilter& filter) const {
    const WhereClause where = whereClause(filter);
    SqlQuery query(m_db, QStringLiteral("SELECT count(*)") + kFrom + where.sql);
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
    const WhereClause where = whereClause(filter);
    SqlQuery query(m_db, QStringLiteral("SELECT c.id, c.name, c.sex, c.birth_date, c.id_number, "
                                        "c.village_group, c.categories, c.risk_level, "
                                        "c.file_status, h.head_name") +
                             kFrom + where.sql + orderBy(sort) +
                             QStringLiteral(" LIMIT :limit OFFSET :offset"));
    for (const auto& [name, value] : where.binds)
        query.bind(name, value);
    query.bind(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    query.bind(QStringLiteral(":offset"), offset);
    QVector<ChildListRow> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
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
        rows.append(row);
    }
    return rows;
}

}  // namespace tongbao
