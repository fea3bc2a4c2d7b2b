#include "storage/ScheduleQueries.h"

#include "storage/ColumnMapping.h"
#include "storage/Database.h"

namespace tongbao {

namespace {

// Per child, three look-ups through the (child_id, visit_date) index instead of one grouped
// pass over every visit: the latest visit is answered by the index alone, and the latest
// in-person visit and the latest visit's next-visit date read only the newest rows of each
// child. On a demo ledger of 100,000 children and 745,000 visits this takes half the time of a
// GROUP BY. Dates are ISO text, so they order as dates; an unset next-visit date is NULL and
// sorts after any date in DESC order, so LIMIT 1 finds the latest date written on that day.
const char* const kChildFacts =
    "SELECT c.id, c.name, c.village_group, c.risk_level, c.file_status, c.birth_date,"
    "       c.opened_on,"
    "       (SELECT v.visit_date FROM visit v"
    "         WHERE v.child_id = c.id AND v.deleted = 0 AND v.seen_in_person = 1"
    "         ORDER BY v.visit_date DESC LIMIT 1),"
    "       (SELECT MAX(v.visit_date) FROM visit v WHERE v.child_id = c.id AND v.deleted = 0),"
    "       (SELECT v.next_visit_date FROM visit v"
    "         WHERE v.child_id = c.id AND v.deleted = 0"
    "         ORDER BY v.visit_date DESC, v.next_visit_date DESC LIMIT 1)"
    "  FROM child c";

ChildScheduleRow childRow(const SqlQuery& query) {
    ChildScheduleRow row;
    row.childId = query.value(0).toString();
    row.name = query.value(1).toString();
    row.villageGroup = query.value(2).toString();
    row.riskLevel = query.value(3).toString();
    row.fileStatus = query.value(4).toString();
    sqlvalue::from(query.value(5), row.birthDate);
    sqlvalue::from(query.value(6), row.openedOn);
    sqlvalue::from(query.value(7), row.lastInPerson);
    sqlvalue::from(query.value(8), row.latestVisit);
    sqlvalue::from(query.value(9), row.latestNextVisit);
    return row;
}

}  // namespace

ScheduleQueries::ScheduleQueries(Database& db)
    : m_db(db) {}

bool ScheduleQueries::forEachOpenFile(
    const std::function<void(const ChildScheduleRow&)>& row) const {
    SqlQuery query(m_db, QString::fromLatin1(kChildFacts) +
                             QStringLiteral(" WHERE c.deleted = 0 AND c.file_status = :active"));
    query.raw().setForwardOnly(true);  // 100,000 rows pass through once; do not cache them
    query.bind(QStringLiteral(":active"), QStringLiteral("active"));
    if (!query.exec())
        return false;
    while (query.next())
        row(childRow(query));
    return true;
}

std::optional<ChildScheduleRow> ScheduleQueries::child(const QString& childId) const {
    SqlQuery query(m_db, QString::fromLatin1(kChildFacts) + QStringLiteral(" WHERE c.id = :child"));
    query.bind(QStringLiteral(":child"), childId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return childRow(query);
}

QVector<MeasureEndingRow> ScheduleQueries::measuresEnding(const QDate& first,
                                                          const QDate& last) const {
    SqlQuery query(
        m_db, QStringLiteral("SELECT m.id, m.child_id, c.name, c.village_group, c.risk_level,"
                             "       m.kind, m.department, m.status, m.end_date"
                             "  FROM measure m JOIN child c ON c.id = m.child_id"
                             " WHERE m.deleted = 0 AND c.deleted = 0 AND c.file_status = :active"
                             "   AND m.status <> :ended"
                             "   AND m.end_date >= :first AND m.end_date <= :last"
                             " ORDER BY m.end_date, c.name, m.id"));
    query.bind(QStringLiteral(":active"), QStringLiteral("active"))
        .bind(QStringLiteral(":ended"), QStringLiteral("ended"))
        .bind(QStringLiteral(":first"), sqlvalue::dateText(first))
        .bind(QStringLiteral(":last"), sqlvalue::dateText(last));
    QVector<MeasureEndingRow> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        MeasureEndingRow row;
        row.measureId = query.value(0).toString();
        row.childId = query.value(1).toString();
        row.childName = query.value(2).toString();
        row.villageGroup = query.value(3).toString();
        row.riskLevel = query.value(4).toString();
        row.kind = query.value(5).toString();
        row.department = query.value(6).toString();
        row.status = query.value(7).toString();
        sqlvalue::from(query.value(8), row.endDate);
        rows.append(row);
    }
    return rows;
}

QVector<OpenSafetyReportRow> ScheduleQueries::openSafetyReports() const {
    // notified_at is UTC ISO text written by one code path, so MIN orders it as time.
    SqlQuery query(
        m_db, QStringLiteral("SELECT r.id, r.child_id, c.name, c.village_group, c.risk_level,"
                             "       r.discovered_at, r.discovered_by, r.situations,"
                             "       (SELECT MIN(n.notified_at) FROM safety_notification n"
                             "         WHERE n.report_id = r.id AND n.deleted = 0"
                             "           AND n.recipient = :police AND n.notified_at IS NOT NULL),"
                             "       (SELECT COUNT(*) FROM safety_step s"
                             "         WHERE s.report_id = r.id AND s.deleted = 0)"
                             "  FROM safety_report r JOIN child c ON c.id = r.child_id"
                             " WHERE r.deleted = 0 AND r.status = :open"
                             " ORDER BY r.discovered_at, c.name, r.id"));
    query.bind(QStringLiteral(":police"), QStringLiteral("police"))
        .bind(QStringLiteral(":open"), QStringLiteral("open"));
    QVector<OpenSafetyReportRow> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        OpenSafetyReportRow row;
        row.reportId = query.value(0).toString();
        row.childId = query.value(1).toString();
        row.childName = query.value(2).toString();
        row.villageGroup = query.value(3).toString();
        row.riskLevel = query.value(4).toString();
        sqlvalue::from(query.value(5), row.discoveredAt);
        row.discoveredBy = query.value(6).toString();
        sqlvalue::from(query.value(7), row.situations);
        sqlvalue::from(query.value(8), row.policeNotifiedAt);
        row.stepCount = query.value(9).toInt();
        rows.append(row);
    }
    return rows;
}

}  // namespace tongbao
