#include "storage/TimelineQueries.h"

#include "storage/ColumnMapping.h"
#include "storage/Database.h"

namespace tongbao {

namespace {

// The records of the child, and of its current household: a household it left keeps its own
// history, and the child's row records the move itself (household_id old → new).
const QString kTimelineSql = QStringLiteral(
    "WITH records(id) AS ("
    "  SELECT :child"
    "  UNION ALL SELECT id FROM guardianship WHERE child_id = :child"
    "  UNION ALL SELECT id FROM measure WHERE child_id = :child"
    "  UNION ALL SELECT id FROM referral WHERE child_id = :child"
    "  UNION ALL SELECT id FROM visit WHERE child_id = :child"
    "  UNION ALL SELECT id FROM case_note WHERE child_id = :child"
    "  UNION ALL SELECT household_id FROM child WHERE id = :child AND household_id IS NOT NULL"
    "  UNION ALL SELECT m.id FROM household_member m JOIN child c ON c.household_id = "
    "    m.household_id WHERE c.id = :child"
    ") "
    "SELECT a.seq, a.at, a.actor, a.action, a.entity, a.entity_id, a.changes, "
    "  CASE a.entity"
    "    WHEN 'measure' THEN (SELECT kind FROM measure WHERE id = a.entity_id)"
    "    WHEN 'referral' THEN (SELECT department FROM referral WHERE id = a.entity_id)"
    "    WHEN 'visit' THEN (SELECT visit_date FROM visit WHERE id = a.entity_id)"
    "    WHEN 'case_note' THEN (SELECT written_on FROM case_note WHERE id = a.entity_id)"
    "    WHEN 'household_member' THEN (SELECT name FROM household_member WHERE id = a.entity_id)"
    "    ELSE '' END "
    "FROM audit a WHERE a.entity_id IN (SELECT id FROM records) "
    "ORDER BY a.seq DESC");

}  // namespace

QVector<TimelineRow> TimelineQueries::forChild(Database& db, const QString& childId, int limit) {
    QString sql = kTimelineSql;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT :limit");
    SqlQuery query(db, sql);
    query.bind(QStringLiteral(":child"), childId);
    if (limit >= 0)
        query.bind(QStringLiteral(":limit"), limit);
    QVector<TimelineRow> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        TimelineRow row;
        row.seq = query.value(0).toLongLong();
        sqlvalue::from(query.value(1), row.at);
        row.actor = query.value(2).toString();
        row.action = query.value(3).toString();
        row.entity = query.value(4).toString();
        row.entityId = query.value(5).toString();
        row.changes = query.value(6).toString();
        row.subject = query.value(7).toString();
        rows.append(row);
    }
    return rows;
}

QHash<QString, QString> TimelineQueries::householdHeads(Database& db,
                                                        const QStringList& householdIds) {
    QHash<QString, QString> heads;
    SqlQuery query(db, QStringLiteral("SELECT head_name FROM household WHERE id = :id"));
    for (const QString& id : householdIds) {
        if (id.isEmpty() || heads.contains(id))
            continue;
        query.bind(QStringLiteral(":id"), id);
        if (query.exec() && query.next())
            heads.insert(id, query.value(0).toString());
    }
    return heads;
}

}  // namespace tongbao
