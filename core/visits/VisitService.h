#pragma once

#include "common/Result.h"
#include "domain/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace tongbao {

class Ledger;

// A problem with one field of a visit, named by its column ("visit_date"), so that a form can
// show the message next to the field.
struct VisitProblem {
    QString field;
    QString message;
};

// Recording a visit (走访): what a new visit starts as, what makes one acceptable, and saving
// it. The rules, decided for issue 4:
//
// - The visit date is set and not later than today (the ledger's clock).
// - The mode is set (入户, 电话, 视频, 学校).
// - A child seen in person means the visitor was there: a home visit or a visit at school.
//   Phone and video calls do not count as seeing the child (VisitSchedule relies on this).
// - A next-visit date, when written, comes after the visit date.
// - Check results and the guardianship assessment, when given, are vocabulary codes.
//
// A new visit starts as an in-person home visit today by the person at the keyboard with every
// check "normal" and the next visit proposed by VisitSchedule, so that an uneventful visit is
// saved with a few keystrokes. Saving discards the form's draft in the same transaction, so that
// a visit is never both saved and offered again as unfinished.
class VisitService {
    Q_DECLARE_TR_FUNCTIONS(VisitService)
public:
    explicit VisitService(Ledger& ledger);

    // Every problem, in the order of the form; empty when the visit can be saved.
    static QVector<VisitProblem> problems(const Visit& visit, const QDate& today);
    static Status check(const Visit& visit, const QDate& today);
    // Modes at which the child can be seen in person.
    static bool modeAllowsSeeingInPerson(const QString& mode);

    // A new visit to the child, not yet saved (see above).
    Result<Visit> newVisit(const QString& childId) const;
    // The next visit the schedule proposes after a visit on `visitDate` to this child (from the
    // child's risk level and the ledger's visit frequencies).
    QDate proposedNextVisit(const QString& childId, const QDate& visitDate) const;

    // Checks and saves the visit (new or changed) and discards the draft `draftId` with it.
    Result<Visit> save(Visit visit, const QString& draftId = {});

private:
    Ledger& m_ledger;
};

}  // namespace tongbao
