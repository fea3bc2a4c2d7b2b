#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace tongbao {

class Database;

// Where a count belongs: the ledger that owns the child (a village, in a town's merged ledger)
// and the child's village group.
struct ReportGroupKey {
    QString owner;
    QString villageGroup;
};

// One aggregate row: a count (and, for measures, a sum of fen) for a group and a code.
struct ReportCountRow {
    ReportGroupKey key;
    QString code;   // the breakdown's code; empty when the query has no breakdown
    QString code2;  // a second breakdown (guardianship type next to risk level)
    QString code3;  // a third (the categories as stored)
    qint64 count = 0;
    qint64 amountFen = 0;
};

// A safety report discovered in the period, with the time of its first police notification.
struct ReportSafetyRow {
    ReportGroupKey key;
    QString discoveredAt;  // UTC ISO text as stored
    QString policeAt;      // empty when the police have not been told
};

// The visits of a period by group, and the children on file at its end who were overdue then.
struct ReportVisitRow {
    ReportGroupKey key;
    qint64 visits = 0;
    qint64 inPerson = 0;
    qint64 other = 0;
    qint64 childrenSeenInPerson = 0;
    qint64 overdue = 0;
};

// The last in-person visit before which a child of each risk level is overdue on the day: the
// day less the risk level's visit interval (ScheduleSettings); an unrated child counts as
// medium, as ScheduleSettings::intervalDays says.
struct OverdueCutoffs {
    QDate high;
    QDate medium;
    QDate low;
};

// Ledger-wide totals counted without any grouping, so that the grouped figures can be checked
// against an independent count (表间勾稽关系).
struct ReportDirectTotals {
    qint64 onFile = 0;
    qint64 newFiles = 0;
    qint64 closedFiles = 0;
    qint64 visits = 0;
    qint64 childrenSeenInPerson = 0;
    qint64 safetyOpened = 0;
    qint64 safetyClosed = 0;
    qint64 measuresInForce = 0;
    qint64 measureAmountFen = 0;
};

// One row of the ledger spreadsheet (台账): a child on file with what the office reads beside
// the name. Measures are those in force on the day; codes are vocabulary codes.
struct LedgerSheetRow {
    QString childId;
    QString name;
    QString sex;
    QString idNumber;
    QDate birthDate;
    QString ethnicity;
    QString villageGroup;
    QString residenceAddress;
    QStringList categories;
    QString riskLevel;
    QString phone;
    QDate openedOn;
    QString householdHead;
    QString householdPhone;
    QString supportStatus;
    QString guardianshipType;
    QString caregiverName;
    QString caregiverRelation;
    QString caregiverPhone;
    QStringList measureKinds;
    qint64 measureAmountFen = 0;
    QDate lastVisit;
    QDate lastInPersonVisit;
    QDate lastVisitNextDate;  // the next-visit date written on the latest visit
};

// The SQL behind the monthly report, the ledger spreadsheet and the choice of case sheets.
// Every figure is aggregated in SQL (GROUP BY owner and village group) so that a district
// ledger of 100,000 children is never loaded to be counted. "On file at the end of a day"
// means opened on or before the day and either still active or closed after it; figures are
// computed from the current state of each file, since the ledger keeps no history of risk
// levels or categories other than the audit log. Failed statements return no rows and set
// ok() to false.
class ReportQueries {
public:
    explicit ReportQueries(Database& db);

    // Migration 11: the indexes of visits the report reads instead of the visit rows, one by
    // child and date, one by date (both covering, live visits only).
    static QStringList schema();

    bool ok() const { return m_ok; }
    QString lastError() const { return m_lastError; }

    QVector<ReportCountRow> onFileByGroup(const QDate& day);
    // code = risk level, code2 = guardianship type (empty when not recorded), code3 = the
    // comma-joined categories as stored (the caller splits them).
    QVector<ReportCountRow> onFileBreakdown(const QDate& day);
    QVector<ReportCountRow> newFiles(const QDate& first, const QDate& last);
    // code = exit reason.
    QVector<ReportCountRow> closedFiles(const QDate& first, const QDate& last);
    // The visits made from `first` through `last` (of any live child) and the children on file
    // at the end of `last` who were overdue then by VisitSchedule's rule, per group.
    QVector<ReportVisitRow> visitsAndOverdue(const QDate& first,
                                             const QDate& last,
                                             const OverdueCutoffs& cutoffs);
    // Reports discovered in [startUtc, endUtc); police times only up to endUtc count.
    QVector<ReportSafetyRow> safetyReportsOpened(const QString& startUtc, const QString& endUtc);
    QVector<ReportCountRow> safetyReportsClosed(const QString& startUtc, const QString& endUtc);
    // code = measure kind; amountFen = the summed monthly amounts.
    QVector<ReportCountRow> measuresInForce(const QDate& day);

    ReportDirectTotals directTotals(const QDate& first,
                                    const QDate& last,
                                    const QString& startUtc,
                                    const QString& endUtc);

    // The children on file now by their categories as stored (code = the comma-joined codes).
    QVector<ReportCountRow> onFileNowByCategories();
    // Live visits per month from `first` through `last`: code = "2026-11", count.
    QVector<ReportCountRow> visitsPerMonth(const QDate& first, const QDate& last);

    // Ids of the children on file today, by village group and name (the order a case-sheet
    // binder is filed in).
    QStringList activeChildIds();
    qint64 activeChildCount();

    // Calls `row` for every child on file, by village group and name, streaming the rows.
    void forEachLedgerSheetRow(const QDate& today,
                               const std::function<void(const LedgerSheetRow&)>& row);

private:
    Database& m_db;
    bool m_ok = true;
    QString m_lastError;
};

}  // namespace tongbao
