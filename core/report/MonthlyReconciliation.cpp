#include "report/MonthlyReconciliation.h"

#include "report/MonthlyReportLayout.h"

#include <QHash>

namespace tongbao {

namespace {

qint64 sum(const QMap<QString, qint64>& map) {
    qint64 total = 0;
    for (const qint64 value : map)
        total += value;
    return total;
}

class Checker {
public:
    explicit Checker(QVector<ReconciliationProblem>& problems)
        : m_problems(problems) {}

    void equal(const QString& where, const QString& rule, qint64 expected, qint64 actual) {
        if (expected != actual)
            m_problems.append({where, rule, expected, actual});
    }
    // `part` must not exceed `whole`.
    void notMore(const QString& where, const QString& rule, qint64 whole, qint64 part) {
        if (part > whole || part < 0)
            m_problems.append({where, rule, whole, part});
    }

private:
    QVector<ReconciliationProblem>& m_problems;
};

void checkRow(Checker& check, const QString& where, const MonthlyFigures& f) {
    using R = MonthlyReconciliation;
    check.equal(where, R::tr("children on file = sum over risk levels"), f.onFile,
                sum(f.onFileByRisk));
    check.equal(where, R::tr("children on file = sum over guardianship types"), f.onFile,
                sum(f.onFileByGuardianship));
    for (auto it = f.onFileByCategory.cbegin(); it != f.onFileByCategory.cend(); ++it)
        check.notMore(
            where, R::tr("a category holds no more children than are on file (%1)").arg(it.key()),
            f.onFile, it.value());
    // Each child is in at least one category column (or the one for none given).
    check.notMore(where, R::tr("children on file are no more than the category columns together"),
                  sum(f.onFileByCategory), f.onFile);
    check.equal(where, R::tr("closed files = sum over exit reasons"), f.closedFiles,
                sum(f.closedByReason));
    check.equal(where, R::tr("visits = in person + other"), f.visits,
                f.visitsInPerson + f.visitsOther);
    check.notMore(where, R::tr("children seen in person are no more than in-person visits"),
                  f.visitsInPerson, f.childrenSeenInPerson);
    check.notMore(where, R::tr("overdue children are no more than children on file"), f.onFile,
                  f.overdue);
    check.notMore(where, R::tr("reports to the police are no more than reports opened"),
                  f.safetyOpened, f.safetyReportedToPolice);
    check.equal(where, R::tr("every report to the police has its time to report"),
                f.safetyReportedToPolice, f.secondsToPolice.size());
    check.equal(where, R::tr("measures in force = sum over kinds"), f.measuresInForce,
                sum(f.measuresByKind));
}

// Every additive figure of `whole` equals the sum of that figure over `parts`.
void checkSum(Checker& check,
              const QString& where,
              const QString& rule,
              const MonthlyFigures& whole,
              const QVector<const MonthlyFigures*>& parts) {
    QHash<QString, qint64> sums;
    for (const MonthlyFigures* part : parts) {
        for (const auto& [name, value] : part->additiveFields())
            sums[name] += value;
    }
    for (const auto& [name, value] : whole.additiveFields()) {
        check.equal(where, rule.arg(name), value, sums.value(name));
        sums.remove(name);
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        check.equal(where, rule.arg(it.key()), 0, it.value());
}

}  // namespace

QVector<ReconciliationProblem> MonthlyReconciliation::check(const MonthlyReport& report) {
    QVector<ReconciliationProblem> problems;
    Checker check(problems);
    const QString total = QString::fromUtf8("合计");
    QVector<const MonthlyFigures*> unitTotals;
    for (const MonthlyReportUnit& unit : report.units) {
        QVector<const MonthlyFigures*> groups;
        for (const MonthlyReportGroup& group : unit.groups) {
            checkRow(
                check,
                unit.name + QLatin1Char(' ') + MonthlyReportLayout::groupLabel(group.villageGroup),
                group.figures);
            groups.append(&group.figures);
        }
        const QString where = unit.name + QString::fromUtf8(" 小计");
        checkRow(check, where, unit.subtotal);
        checkSum(check, where, tr("subtotal = sum over the village's groups (%1)"), unit.subtotal,
                 groups);
        unitTotals.append(&unit.subtotal);
    }
    checkRow(check, total, report.total);
    checkSum(check, total, tr("total = sum over villages (%1)"), report.total, unitTotals);

    const ReportDirectTotals& direct = report.direct;
    const MonthlyFigures& t = report.total;
    const QString counted = tr("total = the same figure counted directly (%1)");
    check.equal(total, counted.arg(QStringLiteral("onFile")), direct.onFile, t.onFile);
    check.equal(total, counted.arg(QStringLiteral("newFiles")), direct.newFiles, t.newFiles);
    check.equal(total, counted.arg(QStringLiteral("closedFiles")), direct.closedFiles,
                t.closedFiles);
    check.equal(total, counted.arg(QStringLiteral("visits")), direct.visits, t.visits);
    check.equal(total, counted.arg(QStringLiteral("childrenSeenInPerson")),
                direct.childrenSeenInPerson, t.childrenSeenInPerson);
    check.equal(total, counted.arg(QStringLiteral("safetyOpened")), direct.safetyOpened,
                t.safetyOpened);
    check.equal(total, counted.arg(QStringLiteral("safetyClosed")), direct.safetyClosed,
                t.safetyClosed);
    check.equal(total, counted.arg(QStringLiteral("measuresInForce")), direct.measuresInForce,
                t.measuresInForce);
    check.equal(total, counted.arg(QStringLiteral("measureAmountFen")), direct.measureAmountFen,
                t.measureAmountFen);
    return problems;
}

}  // namespace tongbao
