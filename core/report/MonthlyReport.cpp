#include "report/MonthlyReport.h"

#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
#include "report/VillageGroupOrder.h"
#include "storage/ColumnMapping.h"
#include "storage/Ledger.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace tongbao {

namespace {

void addMap(QMap<QString, qint64>& into, const QMap<QString, qint64>& from) {
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        into[it.key()] += it.value();
}

// A code the vocabulary does not know goes to `fallback` so that the breakdown still adds up.
QString known(const QString& kind, const QString& code, const QString& fallback = {}) {
    return Vocabulary::contains(kind, code) ? code : fallback;
}

// Figures collected per (owner, village group) while the queries run.
class Collector {
public:
    MonthlyFigures& at(const ReportGroupKey& key) { return m_figures[key.owner][key.villageGroup]; }
    const QMap<QString, QMap<QString, MonthlyFigures>>& all() const { return m_figures; }

private:
    QMap<QString, QMap<QString, MonthlyFigures>> m_figures;
};

void collectOnFile(ReportQueries& queries, const QDate& day, Collector& out) {
    for (const ReportCountRow& row : queries.onFileByGroup(day))
        out.at(row.key).onFile += row.count;
    for (const ReportCountRow& row : queries.onFileBreakdown(day)) {
        MonthlyFigures& figures = out.at(row.key);
        figures.onFileByRisk[known(vocab::RiskLevel, row.code)] += row.count;
        figures.onFileByGuardianship[known(vocab::GuardianshipType, row.code2)] += row.count;
        QStringList codes;
        sqlvalue::from(row.code3, codes);
        QStringList counted;  // a code listed twice still counts the child once
        for (const QString& code : codes) {
            const QString bucket = known(vocab::Category, code.trimmed());
            if (!counted.contains(bucket))
                counted.append(bucket);
        }
        if (counted.isEmpty())
            counted.append(QString());
        for (const QString& bucket : counted)
            figures.onFileByCategory[bucket] += row.count;
    }
}

void collectMonth(ReportQueries& queries,
                  const MonthlyReport& report,
                  const QString& startUtc,
                  const QString& endUtc,
                  Collector& out) {
    for (const ReportCountRow& row : queries.newFiles(report.firstDay, report.asOf))
        out.at(row.key).newFiles += row.count;
    for (const ReportCountRow& row : queries.closedFiles(report.firstDay, report.asOf)) {
        MonthlyFigures& figures = out.at(row.key);
        figures.closedFiles += row.count;
        figures.closedByReason[known(vocab::ExitReason, row.code)] += row.count;
    }
    // Visits in the month, and who was overdue at its end by VisitSchedule's rule applied to
    // the visits made by then (a child on file then counts as open even if closed since).
    const ScheduleSettings& s = report.schedule;
    const QDate day = report.asOf;
    const OverdueCutoffs cutoffs{day.addDays(-s.intervalDays(QStringLiteral("high"))),
                                 day.addDays(-s.intervalDays(QStringLiteral("medium"))),
                                 day.addDays(-s.intervalDays(QStringLiteral("low")))};
    for (const ReportVisitRow& row : queries.visitsAndOverdue(report.firstDay, day, cutoffs)) {
        MonthlyFigures& figures = out.at(row.key);
        figures.visits += row.visits;
        figures.visitsInPerson += row.inPerson;
        figures.visitsOther += row.other;
        figures.childrenSeenInPerson += row.childrenSeenInPerson;
        figures.overdue += row.overdue;
    }
    for (const ReportSafetyRow& row : queries.safetyReportsOpened(startUtc, endUtc)) {
        MonthlyFigures& figures = out.at(row.key);
        ++figures.safetyOpened;
        if (row.policeAt.isEmpty())
            continue;
        QDateTime discovered, police;
        sqlvalue::from(row.discoveredAt, discovered);
        sqlvalue::from(row.policeAt, police);
        ++figures.safetyReportedToPolice;
        figures.secondsToPolice.append(std::max<qint64>(0, discovered.secsTo(police)));
    }
    for (const ReportCountRow& row : queries.safetyReportsClosed(startUtc, endUtc))
        out.at(row.key).safetyClosed += row.count;
    for (const ReportCountRow& row : queries.measuresInForce(report.asOf)) {
        MonthlyFigures& figures = out.at(row.key);
        figures.measuresInForce += row.count;
        figures.measuresByKind[known(vocab::MeasureKind, row.code, QStringLiteral("other"))] +=
            row.count;
        figures.measureAmountFen += row.amountFen;
    }
}

}  // namespace

void MonthlyFigures::add(const MonthlyFigures& other) {
    onFile += other.onFile;
    addMap(onFileByCategory, other.onFileByCategory);
    addMap(onFileByRisk, other.onFileByRisk);
    addMap(onFileByGuardianship, other.onFileByGuardianship);
    newFiles += other.newFiles;
    closedFiles += other.closedFiles;
    addMap(closedByReason, other.closedByReason);
    visits += other.visits;
    visitsInPerson += other.visitsInPerson;
    visitsOther += other.visitsOther;
    childrenSeenInPerson += other.childrenSeenInPerson;
    overdue += other.overdue;
    safetyOpened += other.safetyOpened;
    safetyReportedToPolice += other.safetyReportedToPolice;
    safetyClosed += other.safetyClosed;
    secondsToPolice += other.secondsToPolice;
    measuresInForce += other.measuresInForce;
    addMap(measuresByKind, other.measuresByKind);
    measureAmountFen += other.measureAmountFen;
}

std::optional<double> MonthlyFigures::medianHoursToPolice() const {
    if (secondsToPolice.isEmpty())
        return std::nullopt;
    QVector<qint64> sorted = secondsToPolice;
    std::sort(sorted.begin(), sorted.end());
    const int middle = sorted.size() / 2;
    const double seconds = sorted.size() % 2 == 1
                               ? double(sorted[middle])
                               : (double(sorted[middle - 1]) + double(sorted[middle])) / 2.0;
    return seconds / 3600.0;
}

QVector<QPair<QString, qint64>> MonthlyFigures::additiveFields() const {
    QVector<QPair<QString, qint64>> fields{
        {QStringLiteral("onFile"), onFile},
        {QStringLiteral("newFiles"), newFiles},
        {QStringLiteral("closedFiles"), closedFiles},
        {QStringLiteral("visits"), visits},
        {QStringLiteral("visitsInPerson"), visitsInPerson},
        {QStringLiteral("visitsOther"), visitsOther},
        {QStringLiteral("childrenSeenInPerson"), childrenSeenInPerson},
        {QStringLiteral("overdue"), overdue},
        {QStringLiteral("safetyOpened"), safetyOpened},
        {QStringLiteral("safetyReportedToPolice"), safetyReportedToPolice},
        {QStringLiteral("safetyClosed"), safetyClosed},
        {QStringLiteral("measuresInForce"), measuresInForce},
        {QStringLiteral("measureAmountFen"), measureAmountFen},
    };
    const auto addAll = [&fields](const char* prefix, const QMap<QString, qint64>& map) {
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            fields.append({QLatin1String(prefix) + it.key(), it.value()});
    };
    addAll("category:", onFileByCategory);
    addAll("risk:", onFileByRisk);
    addAll("guardianship:", onFileByGuardianship);
    addAll("closedReason:", closedByReason);
    addAll("measure:", measuresByKind);
    return fields;
}

bool MonthlyReport::byVillage() const {
    return ledgerKind != QLatin1String("village") || units.size() > 1;
}

QString MonthlyReport::periodCode() const {
    return firstDay.toString(QStringLiteral("yyyy-MM"));
}

std::optional<QDate> MonthlyReport::parseMonth(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    return first;
}

Result<MonthlyReport> MonthlyReport::compute(Ledger& ledger, const QDate& month) {
    const QDateTime now = ledger.clock().now();
    MonthlyReport report;
    report.unitName = ledger.identity().name;
    report.ledgerKind = ledger.identity().kind;
    report.areaCode = ledger.identity().areaCode;
    report.firstDay = QDate(month.year(), month.month(), 1);
    report.lastDay = report.firstDay.addMonths(1).addDays(-1);
    report.preparedOn = now.date();
    report.generatedAt = now;
    if (!month.isValid() || report.firstDay > report.preparedOn)
        return Result<MonthlyReport>::failure(
            tr("There is no report yet for %1: the month has not begun.")
                .arg(report.firstDay.toString(QStringLiteral("yyyy-MM"))));
    report.asOf = std::min(report.lastDay, report.preparedOn);
    report.schedule = ScheduleSettings::load(ledger);

    // Month boundaries are local days of the ledger's clock; stored times are UTC.
    const QTimeZone zone = now.timeZone();
    const QString startUtc = sqlvalue::timeText(QDateTime(report.firstDay, QTime(0, 0), zone));
    const QString endUtc = sqlvalue::timeText(QDateTime(report.asOf.addDays(1), QTime(0, 0), zone));

    ReportQueries queries(ledger.database());
    Collector collector;
    collectOnFile(queries, report.asOf, collector);
    collectMonth(queries, report, startUtc, endUtc, collector);
    report.direct = queries.directTotals(report.firstDay, report.asOf, startUtc, endUtc);
    if (!queries.ok())
        return Result<MonthlyReport>::failure(
            tr("The monthly report could not be computed: the ledger file could not be read."));

    const VillageDirectory directory(ledger);
    for (auto unit = collector.all().cbegin(); unit != collector.all().cend(); ++unit) {
        MonthlyReportUnit reportUnit;
        reportUnit.owner = unit.key();
        reportUnit.name = directory.nameOf(unit.key());
        for (auto group = unit->cbegin(); group != unit->cend(); ++group) {
            reportUnit.groups.append({group.key(), group.value()});
            reportUnit.subtotal.add(group.value());
        }
        std::sort(reportUnit.groups.begin(), reportUnit.groups.end(),
                  [](const MonthlyReportGroup& a, const MonthlyReportGroup& b) {
                      return VillageGroupOrder::less(a.villageGroup, b.villageGroup);
                  });
        report.total.add(reportUnit.subtotal);
        report.units.append(reportUnit);
    }
    // The ledger's own rows first, then the villages by area code, as every list shows them.
    std::sort(report.units.begin(), report.units.end(),
              [&directory](const MonthlyReportUnit& a, const MonthlyReportUnit& b) {
                  if (directory.isOwn(a.owner) != directory.isOwn(b.owner))
                      return directory.isOwn(a.owner);
                  const QString areaA = directory.areaCodeOf(a.owner);
                  const QString areaB = directory.areaCodeOf(b.owner);
                  return areaA != areaB ? areaA < areaB : a.name < b.name;
              });
    return report;
}

}  // namespace tongbao
