#include "storage/ReportQueries.h"

#include "storage/ColumnMapping.h"
#include "storage/Database.h"

#include <utility>

namespace tongbao {

namespace {

using Binds = QVector<QPair<QString, QVariant>>;

// A child's file counts at the end of :day when it was opened by then (an unknown opening day
// counts as long ago) and was not yet closed.
const QString kOnFile = QStringLiteral(
    "c.deleted = 0 AND COALESCE(c.opened_on, '') <= :day "
    "AND (c.file_status = 'active' OR c.exit_date > :day)");

// A measure is in force at the end of :day when it has started and is in place, or ended only
// after the day.
const QString kInForce = QStringLiteral(
    "m.deleted = 0 AND COALESCE(m.start_date, '') <= :day "
    "AND ((m.status = 'in_place' AND (m.end_date IS NULL OR m.end_date >= :day)) "
    "OR (m.status = 'ended' AND m.end_date >= :day))");

QVariant dateValue(const QDate& date) {
    return sqlvalue::to(date);
}

ReportGroupKey keyOf(const SqlQuery& query) {
    return {query.value(0).toString(), query.value(1).toString()};
}

}  // namespace

ReportQueries::ReportQueries(Database& db)
    : m_db(db) {}

namespace {

// Runs one statement and hands each row to `read`; returns false (with the error) on failure.
bool run(Database& db,
         const QString& sql,
         const Binds& binds,
         const std::function<void(const SqlQuery&)>& read,
         QString& error) {
    SqlQuery query(db, sql);
    query.raw().setForwardOnly(true);
    for (const auto& [name, value] : binds)
        query.bind(name, value);
    if (!query.exec()) {
        error = query.errorText();
        return false;
    }
    while (query.next())
        read(query);
    return true;
}

QVector<ReportCountRow> countRows(Database& db,
                                  const QString& sql,
                                  const Binds& binds,
                                  int codeColumns,
                                  bool& ok,
                                  QString& error) {
    QVector<ReportCountRow> rows;
    ok = run(
             db, sql, binds,
             [&](const SqlQuery& q) {
                 ReportCountRow row;
                 row.key = keyOf(q);
                 int column = 2;
                 if (codeColumns > 0)
                     row.code = q.value(column++).toString();
                 if (codeColumns > 1)
                     row.code2 = q.value(column++).toString();
                 if (codeColumns > 2)
                     row.code3 = q.value(column++).toString();
                 row.count = q.value(column++).toLongLong();
                 row.amountFen = q.value(column).toLongLong();
                 rows.append(row);
             },
             error) &&
         ok;
    return rows;
}

qint64 scalar(Database& db, const QString& sql, const Binds& binds, bool& ok, QString& error) {
    qint64 value = 0;
    ok = run(
             db, sql, binds, [&](const SqlQuery& q) { value = q.value(0).toLongLong(); }, error) &&
         ok;
    return value;
}

}  // namespace

QVector<ReportCountRow> ReportQueries::onFileByGroup(const QDate& day) {
    return countRows(
        m_db,
        QStringLiteral("SELECT c.owner, c.village_group, count(*) FROM child c NOT INDEXED "
                       "WHERE ") +
            kOnFile + QStringLiteral(" GROUP BY c.owner, c.village_group"),
        {{QStringLiteral(":day"), dateValue(day)}}, 0, m_ok, m_lastError);
}

QVector<ReportCountRow> ReportQueries::onFileBreakdown(const QDate& day) {
    return countRows(
        m_db,
        QStringLiteral(
            "SELECT c.owner, c.village_group, c.risk_level, "
            "COALESCE(g.guardianship_type, ''), c.categories, count(*) FROM child c NOT INDEXED "
            "LEFT JOIN guardianship g ON g.child_id = c.id AND g.deleted = 0 WHERE ") +
            kOnFile + QStringLiteral(" GROUP BY 1, 2, 3, 4, 5"),
        {{QStringLiteral(":day"), dateValue(day)}}, 3, m_ok, m_lastError);
}

QVector<ReportCountRow> ReportQueries::newFiles(const QDate& first, const QDate& last) {
    return countRows(
        m_db,
        QStringLiteral("SELECT c.owner, c.village_group, count(*) FROM child c NOT INDEXED "
                       "WHERE c.deleted = 0 AND c.opened_on BETWEEN :first AND :last "
                       "GROUP BY 1, 2"),
        {{QStringLiteral(":first"), dateValue(first)}, {QStringLiteral(":last"), dateValue(last)}},
        0, m_ok, m_lastError);
}

QVector<ReportCountRow> ReportQueries::closedFiles(const QDate& first, const QDate& last) {
    return countRows(
        m_db,
        QStringLiteral("SELECT c.owner, c.village_group, c.exit_reason, count(*) "
                       "FROM child c NOT INDEXED "
                       "WHERE c.deleted = 0 AND c.file_status = 'closed' "
                       "AND c.exit_date BETWEEN :first AND :last GROUP BY 1, 2, 3"),
        {{QStringLiteral(":first"), dateValue(first)}, {QStringLiteral(":last"), dateValue(last)}},
        1, m_ok, m_lastError);
}

QVector<ReportVisitRow> ReportQueries::visitsAndOverdue(const QDate& first,
                                                        const QDate& last,
                                                        const QDate& window,
                                                        const OverdueCutoffs& cutoffs) {
    // One pass over the visits from `window` on, grouped by child (the table is scanned in
    // storage order, which beats seeking every visit through the index, and the sort stays
    // small); children on file without such a visit get their latest visits by an index seek.
    // Per child this yields what VisitSchedule reads (latest visit and its next-visit date, last
    // in-person visit) and the month's visits; the schedule's rule is then applied here, in
    // SQL, so that 100,000 children are counted without crossing into C++ one by one.
    const QString onFile =
        QString(kOnFile).replace(QStringLiteral(":day"), QStringLiteral(":last"));
    const QString sql =
        QStringLiteral(
            "WITH seen AS (SELECT child_id, max(visit_date) AS latest_visit, "
            "max(CASE WHEN seen_in_person = 1 THEN visit_date END) AS last_in_person, "
            "sum(visit_date >= :first) AS visits, "
            "sum(visit_date >= :first AND seen_in_person = 1) AS in_person, "
            "sum(visit_date >= :first AND seen_in_person = 0) AS other "
            "FROM visit NOT INDEXED WHERE deleted = 0 AND visit_date >= :window "
            "AND visit_date <= :last GROUP BY child_id), "
            "base AS (SELECT c.id, c.owner, c.village_group, c.risk_level, c.opened_on, (") +
        onFile +
        QStringLiteral(
            ") AS on_file, s.last_in_person, s.latest_visit, s.visits, s.in_person, s.other "
            "FROM child c NOT INDEXED LEFT JOIN seen s ON s.child_id = c.id "
            "WHERE c.deleted = 0 AND ((") +
        onFile +
        QStringLiteral(
            ") OR s.visits > 0)), "
            "facts AS MATERIALIZED (SELECT b.*, CASE WHEN b.on_file THEN "
            "COALESCE(b.last_in_person, "
            "(SELECT max(v.visit_date) FROM visit v WHERE v.child_id = b.id AND v.deleted = 0 "
            "AND v.seen_in_person = 1 AND v.visit_date < :window)) END AS lip, "
            "CASE WHEN b.on_file THEN COALESCE(b.latest_visit, (SELECT max(v.visit_date) "
            "FROM visit v WHERE v.child_id = b.id AND v.deleted = 0 AND v.visit_date < :window)) "
            "END AS latest FROM base b), "
            "due AS MATERIALIZED (SELECT f.*, CASE WHEN f.on_file THEN (SELECT "
            "max(v.next_visit_date) "
            "FROM visit v WHERE v.child_id = f.id AND v.visit_date = f.latest "
            "AND v.deleted = 0) END AS next FROM facts f) "
            // VisitSchedule::nextDue and state() as SQL: an explicit next-visit date written on
            // the latest visit wins; else the last in-person visit plus the risk level's interval
            // (compared as the visit against the cut-off day); else the day the file was opened.
            // tst_monthlyreport checks this against VisitSchedule child by child.
            "SELECT d.owner, d.village_group, COALESCE(sum(d.visits), 0), "
            "COALESCE(sum(d.in_person), 0), COALESCE(sum(d.other), 0), "
            "count(CASE WHEN d.in_person > 0 THEN 1 END), "
            "count(CASE WHEN d.on_file AND CASE "
            "WHEN d.latest IS NOT NULL AND d.next IS NOT NULL AND d.next > d.latest "
            "THEN d.next < :last "
            "WHEN d.lip IS NOT NULL THEN d.lip < CASE d.risk_level WHEN 'high' THEN :high "
            "WHEN 'low' THEN :low ELSE :medium END "
            "ELSE COALESCE(d.opened_on, :last) < :last END THEN 1 END) "
            "FROM due d GROUP BY d.owner, d.village_group");
    QVector<ReportVisitRow> rows;
    m_ok = run(
               m_db, sql,
               {{QStringLiteral(":first"), dateValue(first)},
                {QStringLiteral(":last"), dateValue(last)},
                {QStringLiteral(":window"), dateValue(window)},
                {QStringLiteral(":high"), dateValue(cutoffs.high)},
                {QStringLiteral(":medium"), dateValue(cutoffs.medium)},
                {QStringLiteral(":low"), dateValue(cutoffs.low)}},
               [&](const SqlQuery& q) {
                   ReportVisitRow r;
                   r.key = keyOf(q);
                   r.visits = q.value(2).toLongLong();
                   r.inPerson = q.value(3).toLongLong();
                   r.other = q.value(4).toLongLong();
                   r.childrenSeenInPerson = q.value(5).toLongLong();
                   r.overdue = q.value(6).toLongLong();
                   rows.append(r);
               },
               m_lastError) &&
           m_ok;
    return rows;
}

QVector<ReportSafetyRow> ReportQueries::safetyReportsOpened(const QString& startUtc,
                                                            const QString& endUtc) {
    QVector<ReportSafetyRow> rows;
    m_ok =
        run(
            m_db,
            QStringLiteral("SELECT c.owner, c.village_group, r.discovered_at, "
                           "(SELECT min(n.notified_at) FROM safety_notification n "
                           " WHERE n.report_id = r.id AND n.deleted = 0 AND n.recipient = 'police' "
                           " AND n.notified_at < :end) "
                           "FROM safety_report r JOIN child c ON c.id = r.child_id "
                           "WHERE r.deleted = 0 AND c.deleted = 0 "
                           "AND r.discovered_at >= :start AND r.discovered_at < :end"),
            {{QStringLiteral(":start"), startUtc}, {QStringLiteral(":end"), endUtc}},
            [&](const SqlQuery& q) {
                rows.append({keyOf(q), q.value(2).toString(), q.value(3).toString()});
            },
            m_lastError) &&
        m_ok;
    return rows;
}

QVector<ReportCountRow> ReportQueries::safetyReportsClosed(const QString& startUtc,
                                                           const QString& endUtc) {
    return countRows(m_db,
                     QStringLiteral("SELECT c.owner, c.village_group, count(*) "
                                    "FROM safety_report r JOIN child c ON c.id = r.child_id "
                                    "WHERE r.deleted = 0 AND c.deleted = 0 AND r.status = 'closed' "
                                    "AND r.closed_at >= :start AND r.closed_at < :end "
                                    "GROUP BY 1, 2"),
                     {{QStringLiteral(":start"), startUtc}, {QStringLiteral(":end"), endUtc}}, 0,
                     m_ok, m_lastError);
}

QVector<ReportCountRow> ReportQueries::measuresInForce(const QDate& day) {
    return countRows(m_db,
                     QStringLiteral("SELECT c.owner, c.village_group, m.kind, count(*), "
                                    "COALESCE(sum(m.amount_fen), 0) FROM measure m "
                                    "JOIN child c ON c.id = m.child_id WHERE ") +
                         kOnFile + QStringLiteral(" AND ") + kInForce +
                         QStringLiteral(" GROUP BY 1, 2, 3"),
                     {{QStringLiteral(":day"), dateValue(day)}}, 1, m_ok, m_lastError);
}

ReportDirectTotals ReportQueries::directTotals(const QDate& first,
                                               const QDate& last,
                                               const QString& startUtc,
                                               const QString& endUtc) {
    // Counted straight from the tables, without grouping and by other routes than the grouped
    // figures (a visit scan rather than a pass per child), so that agreement means something.
    const QString onFile =
        QString(kOnFile).replace(QStringLiteral(":day"), QStringLiteral(":last"));
    const Binds month{{QStringLiteral(":first"), dateValue(first)},
                      {QStringLiteral(":last"), dateValue(last)}};
    const Binds times{{QStringLiteral(":start"), startUtc}, {QStringLiteral(":end"), endUtc}};
    ReportDirectTotals totals;
    m_ok = run(
               m_db,
               QStringLiteral("SELECT count(CASE WHEN ") + onFile +
                   QStringLiteral(
                       " THEN 1 END), count(CASE WHEN c.opened_on >= :first AND c.opened_on "
                       "<= :last THEN 1 END), count(CASE WHEN c.file_status = 'closed' AND "
                       "c.exit_date >= :first AND c.exit_date <= :last THEN 1 END) "
                       "FROM child c NOT INDEXED WHERE c.deleted = 0"),
               month,
               [&](const SqlQuery& q) {
                   totals.onFile = q.value(0).toLongLong();
                   totals.newFiles = q.value(1).toLongLong();
                   totals.closedFiles = q.value(2).toLongLong();
               },
               m_lastError) &&
           m_ok;
    m_ok = run(
               m_db,
               QStringLiteral("SELECT count(*), count(DISTINCT CASE WHEN v.seen_in_person = 1 "
                              "THEN v.child_id END) FROM visit v NOT INDEXED WHERE v.deleted = 0 "
                              "AND v.visit_date >= :first AND v.visit_date <= :last AND EXISTS "
                              "(SELECT 1 FROM child c WHERE c.id = v.child_id AND c.deleted = 0)"),
               month,
               [&](const SqlQuery& q) {
                   totals.visits = q.value(0).toLongLong();
                   totals.childrenSeenInPerson = q.value(1).toLongLong();
               },
               m_lastError) &&
           m_ok;
    totals.safetyOpened =
        scalar(m_db,
               QStringLiteral("SELECT count(*) FROM safety_report r WHERE r.deleted = 0 "
                              "AND r.discovered_at >= :start AND r.discovered_at < :end AND EXISTS "
                              "(SELECT 1 FROM child c WHERE c.id = r.child_id AND c.deleted = 0)"),
               times, m_ok, m_lastError);
    totals.safetyClosed = scalar(
        m_db,
        QStringLiteral("SELECT count(*) FROM safety_report r WHERE r.deleted = 0 "
                       "AND r.status = 'closed' AND r.closed_at >= :start AND r.closed_at < :end "
                       "AND EXISTS (SELECT 1 FROM child c WHERE c.id = r.child_id "
                       "AND c.deleted = 0)"),
        times, m_ok, m_lastError);
    m_ok = run(
               m_db,
               QStringLiteral("SELECT count(*), COALESCE(sum(m.amount_fen), 0) FROM measure m "
                              "WHERE ") +
                   QString(kInForce).replace(QStringLiteral(":day"), QStringLiteral(":last")) +
                   QStringLiteral(" AND EXISTS (SELECT 1 FROM child c WHERE c.id = m.child_id "
                                  "AND ") +
                   onFile + QStringLiteral(")"),
               {{QStringLiteral(":last"), dateValue(last)}},
               [&](const SqlQuery& q) {
                   totals.measuresInForce = q.value(0).toLongLong();
                   totals.measureAmountFen = q.value(1).toLongLong();
               },
               m_lastError) &&
           m_ok;
    return totals;
}

QStringList ReportQueries::activeChildIds() {
    QStringList ids;
    m_ok = run(
               m_db,
               QStringLiteral("SELECT id FROM child WHERE deleted = 0 AND file_status = 'active' "
                              "ORDER BY village_group, name, id"),
               {}, [&](const SqlQuery& q) { ids.append(q.value(0).toString()); }, m_lastError) &&
           m_ok;
    return ids;
}

qint64 ReportQueries::activeChildCount() {
    return scalar(m_db,
                  QStringLiteral("SELECT count(*) FROM child WHERE deleted = 0 "
                                 "AND file_status = 'active'"),
                  {}, m_ok, m_lastError);
}

void ReportQueries::forEachLedgerSheetRow(const QDate& today,
                                          const std::function<void(const LedgerSheetRow&)>& row) {
    const QString sql =
        QStringLiteral(
            "SELECT c.id, c.name, c.sex, c.id_number, c.birth_date, c.ethnicity, c.village_group, "
            "c.residence_address, c.categories, c.risk_level, c.phone, c.opened_on, "
            "h.head_name, h.phone, h.support_status, "
            "g.guardianship_type, g.caregiver_name, g.caregiver_relation, g.caregiver_phone, "
            "(SELECT group_concat(m.kind) FROM measure m WHERE m.child_id = c.id AND %1), "
            "(SELECT COALESCE(sum(m.amount_fen), 0) FROM measure m WHERE m.child_id = c.id AND "
            "%1), "
            "(SELECT max(v.visit_date) FROM visit v WHERE v.child_id = c.id AND v.deleted = 0), "
            "(SELECT max(v.visit_date) FROM visit v WHERE v.child_id = c.id AND v.deleted = 0 "
            " AND v.seen_in_person = 1) "
            "FROM child c LEFT JOIN household h ON h.id = c.household_id AND h.deleted = 0 "
            "LEFT JOIN guardianship g ON g.child_id = c.id AND g.deleted = 0 "
            "WHERE c.deleted = 0 AND c.file_status = 'active' "
            "ORDER BY c.village_group, c.name, c.id")
            .arg(kInForce);
    m_ok = run(
               m_db, sql, {{QStringLiteral(":day"), dateValue(today)}},
               [&](const SqlQuery& q) {
                   LedgerSheetRow r;
                   int i = 0;
                   r.childId = q.value(i++).toString();
                   r.name = q.value(i++).toString();
                   r.sex = q.value(i++).toString();
                   r.idNumber = q.value(i++).toString();
                   sqlvalue::from(q.value(i++), r.birthDate);
                   r.ethnicity = q.value(i++).toString();
                   r.villageGroup = q.value(i++).toString();
                   r.residenceAddress = q.value(i++).toString();
                   sqlvalue::from(q.value(i++), r.categories);
                   r.riskLevel = q.value(i++).toString();
                   r.phone = q.value(i++).toString();
                   sqlvalue::from(q.value(i++), r.openedOn);
                   r.householdHead = q.value(i++).toString();
                   r.householdPhone = q.value(i++).toString();
                   r.supportStatus = q.value(i++).toString();
                   r.guardianshipType = q.value(i++).toString();
                   r.caregiverName = q.value(i++).toString();
                   r.caregiverRelation = q.value(i++).toString();
                   r.caregiverPhone = q.value(i++).toString();
                   sqlvalue::from(q.value(i++), r.measureKinds);
                   r.measureAmountFen = q.value(i++).toLongLong();
                   sqlvalue::from(q.value(i++), r.lastVisit);
                   sqlvalue::from(q.value(i++), r.lastInPersonVisit);
                   sqlvalue::from(q.value(i++), r.lastVisitNextDate);
                   row(r);
               },
               m_lastError) &&
           m_ok;
}

}  // namespace tongbao
