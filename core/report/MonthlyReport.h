#pragma once

#include "common/Result.h"
#include "schedule/ScheduleSettings.h"
#include "storage/ReportQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace tongbao {

class Ledger;

// The figures of the monthly report for one village group, one village or the whole ledger.
// Breakdown maps are keyed by vocabulary code; the empty code collects what was not given (or
// is not a known code), so that every breakdown adds up to its total. Counts of children count
// each child once; a child with several categories counts once per category.
struct MonthlyFigures {
    // Children on file at the end of the month.
    qint64 onFile = 0;
    QMap<QString, qint64> onFileByCategory;
    QMap<QString, qint64> onFileByRisk;
    QMap<QString, qint64> onFileByGuardianship;
    // Files opened and closed in the month.
    qint64 newFiles = 0;
    qint64 closedFiles = 0;
    QMap<QString, qint64> closedByReason;
    // Visits in the month: "in person" means the child was seen (见面).
    qint64 visits = 0;
    qint64 visitsInPerson = 0;
    qint64 visitsOther = 0;
    qint64 childrenSeenInPerson = 0;
    qint64 overdue = 0;  // on file at month end and overdue then (schedule/VisitSchedule)
    // Safety reports discovered in the month, of which reported to the police by month end,
    // and reports closed in the month.
    qint64 safetyOpened = 0;
    qint64 safetyReportedToPolice = 0;
    qint64 safetyClosed = 0;
    QVector<qint64> secondsToPolice;  // one per report counted in safetyReportedToPolice
    // Measures in force at month end, and their monthly amounts (fen, exact).
    qint64 measuresInForce = 0;
    QMap<QString, qint64> measuresByKind;
    qint64 measureAmountFen = 0;

    void add(const MonthlyFigures& other);
    // The median time from discovery to police report, in hours; none without reports.
    std::optional<double> medianHoursToPolice() const;
    // Every additive figure by a stable name ("onFile", "risk:high", ...), for reconciliation.
    QVector<QPair<QString, qint64>> additiveFields() const;
};

struct MonthlyReportGroup {
    QString villageGroup;  // as entered; empty when not given
    MonthlyFigures figures;
};

// One village (the ledger that owns the children's rows). A village ledger has one.
struct MonthlyReportUnit {
    QString owner;
    QString name;
    QVector<MonthlyReportGroup> groups;
    MonthlyFigures subtotal;
};

// The monthly report (月报) of a ledger, computed once and rendered as xlsx, PDF or CSV by the
// renderers beside it, so that every format shows the same numbers. Figures are broken down by
// village group, and by village in a town or district ledger. Computing reads only aggregates
// (storage/ReportQueries) and checks them against independent totals; see reconcile().
struct MonthlyReport {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)

public:
    QString unitName;  // the reporting unit, the ledger's name
    QString ledgerKind;
    QString areaCode;
    QDate firstDay;    // of the month
    QDate lastDay;     // of the month
    QDate asOf;        // the month's last day, or today for the month in progress
    QDate preparedOn;  // 填报日期
    QDateTime generatedAt;
    ScheduleSettings schedule;  // visit intervals by risk level, for the overdue column
    QVector<MonthlyReportUnit> units;
    MonthlyFigures total;
    ReportDirectTotals direct;  // counted without grouping, for reconciliation

    bool inProgress() const { return asOf < lastDay; }
    // Whether the report lists villages (a town or district ledger, or merged rows).
    bool byVillage() const;
    QString periodCode() const;  // "2026-11"

    // "2026-11" → the first day of that month; nullopt for anything else.
    static std::optional<QDate> parseMonth(const QString& text);

    // Villages are named as the town registered them (VillageDirectory).
    static Result<MonthlyReport> compute(Ledger& ledger, const QDate& month);
};

}  // namespace tongbao
