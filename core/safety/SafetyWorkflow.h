#pragma once

#include "common/Result.h"
#include "domain/SafetyReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace tongbao {

class Ledger;

// The life of a mandatory report (强制报告, domain.md "Safety protection"): started from a
// child's file or from a visit, reported to the police and the town, followed up (emergency
// handling, assessment and help, guardianship intervention), and closed with a result. The law
// says to report immediately, so the rules keep that in view:
//
// - A report is urgent while it is open and no report to the police is recorded; the screens
//   show who still has to be told (police and town) until then.
// - Starting needs the child and at least one of the nine situations; everything else can
//   follow. The time found defaults to now (the ledger's clock) and the finder to the person
//   at the keyboard. Started from a visit, the report links the visit and marks it as having
//   triggered a safety report, in the same transaction.
// - Times may not lie in the future, and a report to anyone or a follow-up step may not come
//   before the danger was found.
// - A follow-up step needs its kind and its outcome; a notification needs whom and how.
// - Closing needs a written result, and either a recorded report to the police or a written
//   reason why the police were not told (kept in the closing result, so it is printed and
//   audited with it). The three follow-up steps are not required: not every case needs a
//   guardianship intervention.
// - A closed report takes no more notifications or steps.
//
// The rules are static functions of plain values (table-testable); the actions apply them and
// save through the ledger. Who may see reports at all is security/Permissions.
class SafetyWorkflow {
    Q_DECLARE_TR_FUNCTIONS(SafetyWorkflow)
public:
    explicit SafetyWorkflow(Ledger& ledger);

    // --- rules
    static bool isOpen(const SafetyReport& report);
    static bool isUrgent(const SafetyReport& report);
    // Recipients (vocabulary safety_recipient) who must be told at once: police and town.
    static const QStringList& mustTell();
    // Of mustTell(), those with no live notification yet, in that order.
    static QStringList stillToTell(const SafetyReport& report);
    // Follow-up step kinds (vocabulary safety_step_kind) not yet recorded, in vocabulary order.
    static QStringList missingStepKinds(const SafetyReport& report);

    static Status checkStart(const SafetyReport& report, const QDateTime& now);
    static Status checkNotification(const SafetyReport& report,
                                    const SafetyNotification& notification,
                                    const QDateTime& now);
    static Status checkStep(const SafetyReport& report, const SafetyStep& step, const QDate& today);
    static Status checkClosing(const SafetyReport& report,
                               const QString& result,
                               const QString& reasonPoliceNotTold);
    // What is stored as the closing result: the result, and the reason the police were not
    // told when there is one.
    static QString closingText(const QString& result, const QString& reasonPoliceNotTold);

    // A duration for people: "45 minutes", "3 hours 10 minutes", "2 days 5 hours".
    static QString elapsedText(qint64 seconds);

    // --- actions
    // A new report about a child, not yet saved: found now, by the person at the keyboard.
    SafetyReport draftForChild(const QString& childId) const;
    // The same, started from a visit: the visit's child, linked to the visit.
    Result<SafetyReport> draftForVisit(const QString& visitId) const;

    // Checks and saves a new report; a linked visit is marked as having triggered it.
    Result<SafetyReport> start(SafetyReport report);
    // Adds a notification (time defaults to now) to an open report.
    Result<SafetyReport> recordNotification(const QString& reportId,
                                            SafetyNotification notification);
    // Adds a follow-up step (date defaults to today, actor to the person at the keyboard).
    Result<SafetyReport> addStep(const QString& reportId, SafetyStep step);
    Result<SafetyReport> close(const QString& reportId,
                               const QString& result,
                               const QString& reasonPoliceNotTold = {});

private:
    Result<SafetyReport> loadReport(const QString& reportId) const;
    Result<SafetyReport> save(SafetyReport& report);

    Ledger& m_ledger;
};

}  // namespace tongbao
