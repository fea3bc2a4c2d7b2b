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

QStringList ReportQueries::schema() {
    // `deleted` is a column as well as the condition: SQLite reads the row of a partial index's
    // entry when the query names a column the index lacks, even the one it is filtered on.
    // child_report holds what the grouped counts of children read, in the order they are
    // grouped, so that they neither sort nor read the (wide) child rows.
    return {
        QStringLiteral("CREATE INDEX visit_report_child ON visit(child_id, visit_date, "
                       "next_visit_date, seen_in_person, deleted) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX visit_report_date ON visit(visit_date, seen_in_person, "
                       "child_id, deleted) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX child_report ON child(deleted, owner, village_group, "
                       "file_status, opened_on, exit_date, exit_reason, risk_level, id)"),
    };
}

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
        QStringLiteral("SELECT c.owner, c.village_group, count(*) FROM child c INDEXED BY "
                       "child_report WHERE ") +
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
        QStringLiteral("SELECT c.owner, c.village_group, count(*) FROM child c INDEXED BY "
                       "child_report WHERE c.deleted = 0 AND c.opened_on BETWEEN :first AND :last "
                       "GROUP BY 1, 2"),
        {{QStringLiteral(":first"), dateValue(first)}, {QStringLiteral(":last"), dateValue(last)}},
        0, m_ok, m_lastError);
}

QVector<ReportCountRow> ReportQueries::closedFiles(const QDate& first, const QDate& last) {
    return countRows(
        m_db,
        QStringLiteral("SELECT c.owner, c.village_group, c.exit_reason, count(*) "
                       "FROM child c INDEXED BY child_report "
                       "WHERE c.deleted = 0 AND c.file_status = 'closed' "
                       "AND c.exit_date BETWEEN :first AND :last GROUP BY 1, 2, 3"),
        {{QStringLiteral(":first"), dateValue(first)}, {QStringLiteral(":last"), dateValue(last)}},
        1, m_ok, m_lastError);
}

QVector<ReportVisitRow> ReportQueries::visitsAndOverdue(const QDate& first,
                                                        const QDate& last,
                                                        const OverdueCutoffs& cutoffs) {
    // The month's visits are counted per child from the visits index by date (a month is a
    // sliver of the history); then, for each child on file, two seeks into the visits index by
    // child (migration 11) find what VisitSchedule reads: the latest visit by the month's end
    // with the next-visit date written on it (the latest such date when several visits share
    // the day: the index orders them so that the first row has it), and the last in-person
    // visit. Both indexes cover these columns, so no visit row is read. The schedule's rule is
    // then applied here, in SQL, so that 100,000 children are counted without crossing into
    // C++ one by one. An earlier version scanned the visit rows themselves and sorted them by
    // child, three times slower; see docs/performance.md, "Monthly report".
    const QString onFile =
        QStringLiteral("(") +
        QString(kOnFile).replace(QStringLiteral(":day"), QStringLiteral(":last")) +
        QStringLiteral(")");
    // The inner query streams one row per child (a co-routine: LIMIT -1 OFFSET 0 keeps SQLite
    // from flattening it, which would run each seek once per use of its column).
    const QString sql =
        QStringLiteral(
            "SELECT e.owner, e.village_group, COALESCE(sum(e.visits), 0), "
            "COALESCE(sum(e.in_person), 0), COALESCE(sum(e.visits - e.in_person), 0), "
            "count(CASE WHEN e.in_person > 0 THEN 1 END), "
            // VisitSchedule::nextDue and state() as SQL: an explicit next-visit date written on
            // the latest visit wins; else the last in-person visit plus the risk level's interval
            // (compared as the visit against the cut-off day); else the day the file was opened.
            // `latest` is "visit date|next-visit date". tst_monthlyreport checks this against
            // VisitSchedule child by child.
            "count(CASE WHEN e.on_file AND CASE "
            "WHEN length(e.latest) > 11 AND substr(e.latest, 12) > substr(e.latest, 1, 10) "
            "THEN substr(e.latest, 12) < :last "
            "WHEN e.lip IS NOT NULL THEN e.lip < CASE e.risk_level WHEN 'high' THEN :high "
            "WHEN 'low' THEN :low ELSE :medium END "
            "ELSE COALESCE(e.opened_on, :last) < :last END THEN 1 END) "
            "FROM (SELECT c.owner, c.village_group, c.risk_level, c.opened_on, ") +
        onFile + QStringLiteral(" AS on_file, m.visits, m.in_person, CASE WHEN ") + onFile +
        QStringLiteral(
            " THEN (SELECT v.visit_date || '|' || COALESCE(v.next_visit_date, '') FROM visit v "
            "INDEXED BY visit_report_child WHERE v.child_id = c.id AND v.deleted = 0 "
            "AND v.visit_date <= :last ORDER BY v.visit_date DESC, v.next_visit_date DESC "
            "LIMIT 1) END AS latest, CASE WHEN ") +
        onFile +
        QStringLiteral(
            " THEN (SELECT v.visit_date FROM visit v INDEXED BY visit_report_child "
            "WHERE v.child_id = c.id AND v.deleted = 0 AND v.visit_date <= :last "
            "AND v.seen_in_person = 1 ORDER BY v.visit_date DESC LIMIT 1) END AS lip "
            "FROM child c NOT INDEXED LEFT JOIN (SELECT v.child_id, count(*) AS visits, "
            "sum(v.seen_in_person = 1) AS in_person FROM visit v INDEXED BY visit_report_date "
            "WHERE v.deleted = 0 AND v.visit_date >= :first AND v.visit_date <= :last "
            "GROUP BY v.child_id) m ON m.child_id = c.id WHERE c.deleted = 0 "
            "LIMIT -1 OFFSET 0) e WHERE e.on_file OR e.visits > 0 "
            "GROUP BY e.owner, e.village_group");
    QVector<ReportVisitRow> rows;
    m_ok = run(
               m_db, sql,
               {{QStringLiteral(":first"), dateValue(first)},
                {QStringLiteral(":last"), dateValue(last)},
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

// CROSS JOIN keeps SQLite reading the few safety reports first: with child_report at hand it
// would otherwise walk all 100,000 children and look each one's reports up.
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
                           "FROM safety_report r CROSS JOIN child c ON c.id = r.child_id "
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
                                    "FROM safety_report r CROSS JOIN child c ON c.id = r.child_id "
                                    "WHERE r.deleted = 0 AND c.deleted = 0 AND r.status = 'closed' "
                                    "AND r.closed_at >= :start AND r.closed_at < :end "
                                    "GROUP BY 1, 2"),
                     {{QStringLiteral(":start"), startUtc}, {QStringLiteral(":end"), endUtc}}, 0,
                     m_ok, m_lastError);
}

// CROSS JOIN keeps SQLite reading the measures first, in the table's own order, and looking a
// child up only for each measure in force. Left to itself it walked the children on file
// (child_report) and sought each one's measures by child, reading every measure row at a
// random place, so its time depended on the page cache: 0.5 - 0.75 s instead of 0.3 - 0.45 s
// at 100,000 children with the program's 16 MiB (docs/performance.md, "Monthly report").
QVector<ReportCountRow> ReportQueries::measuresInForce(const QDate& day) {
    return countRows(m_db,
                     QStringLiteral("SELECT c.owner, c.village_group, m.kind, count(*), "
                                    "COALESCE(sum(m.amount_fen), 0) FROM measure m "
                                    "CROSS JOIN child c ON c.id = m.child_id WHERE ") +
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
                              "THEN v.child_id END) FROM visit v INDEXED BY visit_report_date "
                              "WHERE v.deleted = 0 AND v.visit_date >= :first "
                              "AND v.visit_date <= :last AND v.child_id NOT IN "
                              "(SELECT c.id FROM child c WHERE c.deleted = 1)"),
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
                   QStringLiteral(" AND m.child_id NOT IN (SELECT c.id FROM child c NOT INDEXED "
                                  "WHERE NOT COALESCE(") +
                   onFile + QStringLiteral(", 0))"),
               {{QStringLiteral(":last"), dateValue(last)}},
               [&](const SqlQuery& q) {
                   totals.measuresInForce = q.value(0).toLongLong();
                   totals.measureAmountFen = q.value(1).toLongLong();
               },
               m_lastError) &&
           m_ok;
    return totals;
}

QVector<ReportCountRow> ReportQueries::onFileNowByCategories() {
    QVector<ReportCountRow> rows;
    m_ok = run(
               m_db,
               QStringLiteral("SELECT categories, count(*) FROM child WHERE deleted = 0 "
                              "AND file_status = 'active' GROUP BY categories"),
               {},
               [&](const SqlQuery& q) {
                   ReportCountRow row;
                   row.code = q.value(0).toString();
                   row.count = q.value(1).toLongLong();
                   rows.append(row);
               },
               m_lastError) &&
           m_ok;
    return rows;
}

QVector<ReportCountRow> ReportQueries::visitsPerMonth(const QDate& first, const QDate& last) {
    QVector<ReportCountRow> rows;
    // Counted per day first, in the order of the index (nothing to sort), then the few hundred
    // days per month. Grouped by month directly, SQLite sorted every visit of the year by its
    // month before counting (25 MB at 100,000 children, held in memory since temp_store =
    // MEMORY keeps a sort from spilling), in the workbench's background beside the window.
    m_ok = run(
               m_db,
               QStringLiteral("SELECT substr(d.day, 1, 7), sum(d.visits) FROM (SELECT "
                              "v.visit_date AS day, count(*) AS visits FROM visit v "
                              "INDEXED BY visit_report_date WHERE v.deleted = 0 "
                              "AND v.visit_date >= :first AND v.visit_date <= :last "
                              "AND EXISTS (SELECT 1 FROM child c WHERE c.id = v.child_id "
                              "AND c.deleted = 0) GROUP BY v.visit_date) d GROUP BY 1"),
               {{QStringLiteral(":first"), dateValue(first)},
                {QStringLiteral(":last"), dateValue(last)}},
               [&](const SqlQuery& q) {
                   ReportCountRow row;
                   row.code = q.value(0).toString();
                   row.count = q.value(1).toLongLong();
                   rows.append(row);
               },
               m_lastError) &&
           m_ok;
    return rows;
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
