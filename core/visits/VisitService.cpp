#include "visits/VisitService.h"

#include "domain/Vocabulary.h"
#include "schedule/ScheduleSettings.h"
#include "schedule/VisitSchedule.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/VisitDraftQueries.h"

#include <algorithm>

namespace tongbao {

namespace {

struct NamedCheck {
    const char* field;
    VisitCheck Visit::*check;
};

const NamedCheck kChecks[] = {
    {"living", &Visit::living}, {"health", &Visit::health}, {"schooling", &Visit::schooling},
    {"safety", &Visit::safety}, {"mood", &Visit::mood},
};

const QString kNormal = QStringLiteral("normal");

}  // namespace

VisitService::VisitService(Ledger& ledger)
    : m_ledger(ledger) {}

bool VisitService::modeAllowsSeeingInPerson(const QString& mode) {
    return mode == QLatin1String("home") || mode == QLatin1String("school");
}

QVector<VisitProblem> VisitService::problems(const Visit& visit, const QDate& today) {
    QVector<VisitProblem> found;
    const auto add = [&found](const char* field, const QString& message) {
        found.append({QString::fromLatin1(field), message});
    };
    if (!visit.visitDate.isValid())
        add("visit_date",
            tr("Enter the date of the visit, for example %1.").arg(today.toString(Qt::ISODate)));
    else if (visit.visitDate > today)
        add("visit_date",
            tr("The visit date cannot be later than today (%1).").arg(today.toString(Qt::ISODate)));
    if (!Vocabulary::contains(vocab::VisitMode, visit.mode))
        add("mode", tr("Choose how the visit was made: at home, by phone, by video or at school."));
    else if (visit.childSeenInPerson && !modeAllowsSeeingInPerson(visit.mode))
        add("seen_in_person",
            tr("A child is seen in person only at a home visit or at school. Untick “seen in "
               "person” or choose another mode."));
    for (const NamedCheck& check : kChecks) {
        const QString& result = (visit.*check.check).result;
        if (!result.isEmpty() && !Vocabulary::contains(vocab::CheckResult, result))
            add(check.field, tr("Choose one of the answers again."));
    }
    if (!visit.guardianshipAssessment.isEmpty() &&
        !Vocabulary::contains(vocab::GuardianCapacity, visit.guardianshipAssessment))
        add("guardianship_assessment", tr("Choose one of the answers again."));
    if (visit.nextVisitDate.isValid() && visit.visitDate.isValid() &&
        visit.nextVisitDate <= visit.visitDate)
        add("next_visit_date", tr("The next visit must come after this visit (%1).")
                                   .arg(visit.visitDate.toString(Qt::ISODate)));
    return found;
}

Status VisitService::check(const Visit& visit, const QDate& today) {
    const QVector<VisitProblem> found = problems(visit, today);
    return found.isEmpty() ? Status::success() : Status::failure(found.first().message);
}

QDate VisitService::proposedNextVisit(const QString& childId, const QDate& visitDate) const {
    const Result<Child> child = m_ledger.children().load(childId);
    const QString risk = child ? child->riskLevel : QString();
    return VisitSchedule::proposedNextVisit(risk, visitDate, ScheduleSettings::load(m_ledger));
}

Result<Visit> VisitService::newVisit(const QString& childId) const {
    const Result<Child> child = m_ledger.children().load(childId);
    if (!child || child->meta.deleted)
        return Result<Visit>::failure(tr("The child's file was not found."));
    Visit visit;
    visit.childId = childId;
    visit.visitDate = m_ledger.clock().today();
    visit.mode = QStringLiteral("home");
    visit.visitor = m_ledger.actor();
    visit.childSeenInPerson = true;
    for (const NamedCheck& check : kChecks)
        (visit.*check.check).result = kNormal;
    visit.nextVisitDate = VisitSchedule::proposedNextVisit(child->riskLevel, visit.visitDate,
                                                           ScheduleSettings::load(m_ledger));
    return visit;
}

Result<Visit> VisitService::save(Visit visit, const QString& draftId) {
    const Status valid = check(visit, m_ledger.clock().today());
    if (!valid)
        return valid;
    const Result<Child> child = m_ledger.children().load(visit.childId);
    if (!child || child->meta.deleted)
        return Result<Visit>::failure(tr("The child's file was not found."));
    if (!visit.meta.id.isEmpty()) {
        const Result<Visit> stored = m_ledger.visits().load(visit.meta.id);
        if (stored && stored->childId != visit.childId)
            return Result<Visit>::failure(tr("This visit belongs to another child's file."));
        // A report started from the visit stays linked to it whatever the form says.
        if (stored && stored->triggeredSafetyReport)
            visit.triggeredSafetyReport = true;
    }
    visit.visitor = visit.visitor.trimmed();

    Transaction transaction(m_ledger.database());
    Status saved = m_ledger.visits().save(visit);
    if (saved && !draftId.isEmpty() && !VisitDraftQueries(m_ledger.database()).remove(draftId))
        saved = Status::failure(tr("The visit could not be saved. Nothing was changed."));
    if (!saved)
        return saved;
    if (!transaction.commit())
        return Result<Visit>::failure(tr("The visit could not be saved. Nothing was changed."));
    return visit;
}

}  // namespace tongbao
