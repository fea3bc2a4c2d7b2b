#include "register/ChildFileService.h"

#include "domain/IdNumber.h"
#include "storage/AccessLog.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"

namespace tongbao {

namespace {

// The stored form of an ID number: 18 upper-case characters when it is right; as typed
// (trimmed) otherwise, for validation to name the problem.
QString normalizedIdNumber(const QString& typed, const QDate& today) {
    const IdNumber id = IdNumber::parse(typed, today);
    return id.isValid() ? id.normalized() : typed.trimmed();
}

QString personName(const Child& child) {
    if (child.birthDate.isValid())
        return QStringLiteral("%1 (%2)").arg(child.name, child.birthDate.toString(Qt::ISODate));
    return child.name;
}

}  // namespace

ChildFileService::ChildFileService(Ledger& ledger)
    : m_ledger(ledger) {}

QDate ChildFileService::today() const {
    return m_ledger.clock().today();
}

Result<ChildFileDraft> ChildFileService::load(const QString& childId) const {
    Result<Child> child = m_ledger.children().load(childId);
    if (!child)
        return child.status();
    if (child->meta.deleted)
        return Result<ChildFileDraft>::failure(tr("This child's file was deleted."));
    ChildFileDraft draft;
    draft.child = *child;
    if (!child->householdId.isEmpty()) {
        Result<Household> household = m_ledger.households().load(child->householdId);
        if (household)
            draft.household = *household;
    }
    draft.guardianship = m_ledger.guardianships().ofChild(childId);
    AccessLog::note(m_ledger, AccessLog::View, {childId});  // issue 7: who opened which file
    return draft;
}

void ChildFileService::normalize(ChildFileDraft& draft) const {
    const QDate day = today();
    Child& child = draft.child;
    child.name = child.name.trimmed();
    child.idNumber = normalizedIdNumber(child.idNumber, day);
    const IdNumber id = IdNumber::parse(child.idNumber, day);
    if (id.isValid()) {
        // Derived from the number (domain.md): filled in when the form left them empty.
        if (child.sex.isEmpty())
            child.sex = id.sexCode();
        if (!child.birthDate.isValid())
            child.birthDate = id.birthDate();
    }
    const DisabilityCertificate certificate =
        DisabilityCertificate::parse(child.disabilityCertificate, day);
    child.disabilityCertificate =
        certificate.isValid() ? certificate.normalized() : child.disabilityCertificate.trimmed();
    child.villageGroup = child.villageGroup.trimmed();
    if (child.fileStatus.isEmpty())
        child.fileStatus = QStringLiteral("active");

    if (draft.household) {
        Household& household = *draft.household;
        household.headName = household.headName.trimmed();
        household.headIdNumber = normalizedIdNumber(household.headIdNumber, day);
        household.villageGroup = household.villageGroup.trimmed();
        for (HouseholdMember& member : household.members) {
            member.name = member.name.trimmed();
            member.idNumber = normalizedIdNumber(member.idNumber, day);
            const IdNumber memberId = IdNumber::parse(member.idNumber, day);
            if (memberId.isValid() && !member.birthDate.isValid())
                member.birthDate = memberId.birthDate();
        }
    }
    if (draft.guardianship) {
        Guardianship& g = *draft.guardianship;
        g.caregiverName = g.caregiverName.trimmed();
        g.caregiverIdNumber = normalizedIdNumber(g.caregiverIdNumber, day);
    }
}

FieldProblems ChildFileService::check(const ChildFileDraft& given) const {
    ChildFileDraft draft = given;
    normalize(draft);
    const QDate day = today();
    FieldProblems problems = ChildValidation::child(draft.child, day);
    if (const auto other = childWithIdNumber(draft.child.idNumber, draft.child.meta.id))
        problems.error(QStringLiteral("id_number"),
                       tr("This ID number is already on file: %1.").arg(personName(*other)));
    if (draft.household)
        problems.addPrefixed(QStringLiteral("household."),
                             ChildValidation::household(*draft.household, day));
    if (draft.guardianship)
        problems.addPrefixed(QStringLiteral("guardianship."),
                             ChildValidation::guardianship(*draft.guardianship, draft.child, day));
    return problems;
}

SaveOutcome ChildFileService::save(ChildFileDraft& draft, bool similarConfirmed) {
    if (draft.child.meta.id.isEmpty() || !m_ledger.children().exists(draft.child.meta.id))
        return createChild(draft, similarConfirmed);
    return editChild(draft);
}

SaveOutcome ChildFileService::createChild(ChildFileDraft& given, bool similarConfirmed) {
    ChildFileDraft draft = given;
    normalize(draft);
    if (const auto existing = childWithIdNumber(draft.child.idNumber)) {
        SaveOutcome outcome;
        outcome.kind = SaveOutcome::Kind::AlreadyOnFile;
        outcome.recordId = existing->meta.id;
        outcome.message = tr("A child with this ID number is already on file: %1. Open that "
                             "file instead of making a second one.")
                              .arg(personName(*existing));
        return outcome;
    }
    const FieldProblems problems = check(draft);
    if (problems.hasErrors())
        return refused(problems);
    if (!similarConfirmed) {
        const QVector<Child> similar =
            similarChildren(draft.child.name, draft.child.birthDate, QString());
        if (!similar.isEmpty()) {
            SaveOutcome outcome;
            outcome.kind = SaveOutcome::Kind::NeedsConfirmation;
            outcome.similar = similar;
            outcome.message = tr("%1 is already on file with the same name and date of birth. "
                                 "Is this a different child?")
                                  .arg(personName(similar.first()));
            return outcome;
        }
    }
    if (!draft.child.openedOn.isValid())
        draft.child.openedOn = today();
    SaveOutcome outcome = write(draft);
    if (outcome.saved()) {
        outcome.problems = problems;  // the warnings
        given = draft;
    }
    return outcome;
}

SaveOutcome ChildFileService::editChild(ChildFileDraft& given) {
    ChildFileDraft draft = given;
    normalize(draft);
    const FieldProblems problems = check(draft);
    if (problems.hasErrors())
        return refused(problems);
    SaveOutcome outcome = write(draft);
    if (outcome.saved()) {
        outcome.problems = problems;
        given = draft;
    }
    return outcome;
}

SaveOutcome ChildFileService::write(ChildFileDraft& draft) {
    Transaction transaction(m_ledger.database());
    if (draft.household) {
        const Status household = m_ledger.households().save(*draft.household);
        if (!household)
            return failed(household.message());
        draft.child.householdId = draft.household->meta.id;
    }
    const Status child = m_ledger.children().save(draft.child);
    if (!child)
        return failed(child.message());
    if (draft.guardianship) {
        Guardianship& g = *draft.guardianship;
        g.childId = draft.child.meta.id;
        if (g.meta.id.isEmpty()) {
            if (const auto stored = m_ledger.guardianships().ofChild(g.childId))
                g.meta = stored->meta;  // one guardianship per child: this edits it
        }
        const Status guardianship = m_ledger.guardianships().save(g);
        if (!guardianship)
            return failed(guardianship.message());
    }
    if (!transaction.commit())
        return failed(tr("The child's file could not be saved. Nothing was changed."));
    return saved(draft.child.meta.id);
}

SaveOutcome ChildFileService::writeChild(Child& given) {
    Child child = given;
    const FieldProblems problems = ChildValidation::child(child, today());
    if (problems.hasErrors())
        return refused(problems);
    Transaction transaction(m_ledger.database());
    const Status stored = m_ledger.children().save(child);
    if (!stored)
        return failed(stored.message());
    if (!transaction.commit())
        return failed(tr("The child's file could not be saved. Nothing was changed."));
    given = child;
    return saved(child.meta.id, problems);
}

SaveOutcome ChildFileService::closeFile(const QString& childId,
                                        const QString& reason,
                                        const QDate& date) {
    Result<Child> child = m_ledger.children().load(childId);
    if (!child)
        return failed(child.message());
    const FieldProblems problems = ChildValidation::closing(*child, reason, date, today());
    if (problems.hasErrors())
        return refused(problems);
    child->fileStatus = QStringLiteral("closed");
    child->exitReason = reason;
    child->exitDate = date;
    return writeChild(*child);
}

SaveOutcome ChildFileService::reopenFile(const QString& childId) {
    Result<Child> child = m_ledger.children().load(childId);
    if (!child)
        return failed(child.message());
    child->fileStatus = QStringLiteral("active");
    child->exitReason.clear();
    child->exitDate = QDate();
    return writeChild(*child);
}

SaveOutcome ChildFileService::moveToHousehold(const QString& childId, const QString& householdId) {
    Result<Child> child = m_ledger.children().load(childId);
    if (!child)
        return failed(child.message());
    if (!householdId.isEmpty() && !m_ledger.households().exists(householdId))
        return failed(tr("That household is not in this ledger."));
    child->householdId = householdId;
    return writeChild(*child);
}

SaveOutcome ChildFileService::saveHousehold(Household& given) {
    ChildFileDraft draft;
    draft.household = given;
    normalize(draft);
    const FieldProblems problems = ChildValidation::household(*draft.household, today());
    if (problems.hasErrors())
        return refused(problems);
    const Status stored = m_ledger.households().save(*draft.household);
    if (!stored)
        return failed(stored.message());
    given = *draft.household;
    return saved(given.meta.id, problems);
}

SaveOutcome ChildFileService::saveGuardianship(Guardianship& given) {
    Result<Child> child = m_ledger.children().load(given.childId);
    if (!child)
        return failed(child.message());
    ChildFileDraft draft;
    draft.child = *child;
    draft.guardianship = given;
    normalize(draft);
    const FieldProblems problems =
        ChildValidation::guardianship(*draft.guardianship, *child, today());
    if (problems.hasErrors())
        return refused(problems);
    Guardianship g = *draft.guardianship;
    if (g.meta.id.isEmpty()) {
        if (const auto stored = m_ledger.guardianships().ofChild(g.childId))
            g.meta = stored->meta;
    }
    const Status stored = m_ledger.guardianships().save(g);
    if (!stored)
        return failed(stored.message());
    given = g;
    return saved(g.meta.id, problems);
}

SaveOutcome ChildFileService::saveMeasure(Measure& given) {
    if (!m_ledger.children().exists(given.childId))
        return failed(tr("The child's file was not found."));
    Measure measure = given;
    const FieldProblems problems = ChildValidation::measure(measure, today());
    if (problems.hasErrors())
        return refused(problems);
    const Status stored = m_ledger.measures().save(measure);
    if (!stored)
        return failed(stored.message());
    given = measure;
    return saved(measure.meta.id, problems);
}

SaveOutcome ChildFileService::removeMeasure(const QString& measureId) {
    const Status removed = m_ledger.measures().remove(measureId);
    return removed ? saved(measureId) : failed(removed.message());
}

SaveOutcome ChildFileService::saveReferral(Referral& given) {
    if (!m_ledger.children().exists(given.childId))
        return failed(tr("The child's file was not found."));
    Referral referral = given;
    const FieldProblems problems = ChildValidation::referral(referral, today());
    if (problems.hasErrors())
        return refused(problems);
    const Status stored = m_ledger.referrals().save(referral);
    if (!stored)
        return failed(stored.message());
    given = referral;
    return saved(referral.meta.id, problems);
}

SaveOutcome ChildFileService::removeReferral(const QString& referralId) {
    const Status removed = m_ledger.referrals().remove(referralId);
    return removed ? saved(referralId) : failed(removed.message());
}

std::optional<Child> ChildFileService::childWithIdNumber(const QString& typed,
                                                         const QString& exceptChildId) const {
    const IdNumber id = IdNumber::parse(typed, today());
    if (!id.isValid())
        return std::nullopt;
    for (const Child& child : m_ledger.children().withIdNumber(id.normalized())) {
        if (child.meta.id != exceptChildId)
            return child;
    }
    return std::nullopt;
}

QVector<Child> ChildFileService::similarChildren(const QString& name,
                                                 const QDate& birthDate,
                                                 const QString& exceptChildId) const {
    QVector<Child> similar;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !birthDate.isValid())
        return similar;
    for (const Child& child :
         m_ledger.children().where(QStringLiteral("name"), trimmed, QStringLiteral("rev"))) {
        if (child.meta.id != exceptChildId && child.birthDate == birthDate)
            similar.append(child);
    }
    return similar;
}

SaveOutcome ChildFileService::refused(const FieldProblems& problems) {
    SaveOutcome outcome;
    outcome.kind = SaveOutcome::Kind::Refused;
    outcome.problems = problems;
    const FieldProblem* first = problems.firstError();
    outcome.message = first ? first->message : QString();
    return outcome;
}

SaveOutcome ChildFileService::failed(const QString& message) {
    SaveOutcome outcome;
    outcome.kind = SaveOutcome::Kind::Failed;
    outcome.message = message;
    return outcome;
}

SaveOutcome ChildFileService::saved(const QString& id, const FieldProblems& warnings) {
    SaveOutcome outcome;
    outcome.recordId = id;
    outcome.problems = warnings;
    return outcome;
}

}  // namespace tongbao
