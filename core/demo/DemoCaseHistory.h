#pragma once

#include "domain/Child.h"
#include "domain/Guardianship.h"
#include "domain/Measure.h"
#include "domain/Referral.h"
#include "domain/SafetyReport.h"
#include "domain/Visit.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace tongbao {

class DemoIds;
class DemoRandom;

// What happened around one demo child since the file was opened: the measures that follow
// from its categories (mostly in place, some still applied for, some missing on purpose so
// that the "missing entitlement" list has something to show), referrals, the visit history of
// the last 12 to 18 months at the pace its risk level asks for, and, for a few children, a
// safety report with its notifications and follow-up steps. Money is integer fen.
class DemoCaseHistory {
public:
    enum class ReportKind { None, Closed, OpenNotYetReported, OpenReported };

    DemoCaseHistory(DemoRandom& random, DemoIds& ids, const QDateTime& now);

    void setVisitors(QStringList visitors) { m_visitors = std::move(visitors); }
    void setTownName(QString townName) { m_townName = std::move(townName); }

    QVector<Measure> measures(const Child& child, const Guardianship& guardianship);
    QVector<Referral> referrals(const Child& child, const Guardianship& guardianship);

    // Visits oldest first; an overdue child's history stops early enough that its next visit
    // is past due today.
    QVector<Visit> visits(const Child& child, const Guardianship& guardianship, bool overdue);

    // Adds the visit that found the danger to `visits` (kept in date order) and returns the
    // report that visit triggered.
    SafetyReport safetyReport(const Child& child, ReportKind kind, QVector<Visit>& visits);

    static int visitIntervalDays(const QString& riskLevel);

private:
    Visit makeVisit(const Child& child, const Guardianship& guardianship, const QDate& date);
    QDateTime at(const QDate& date, int hour, int minute) const;

    DemoRandom& m_random;
    DemoIds& m_ids;
    QDateTime m_now;
    QDate m_today;
    QStringList m_visitors;
    QString m_townName;
};

}  // namespace tongbao
