#include "register/ChildValidation.h"

#include "domain/AreaCodes.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"

namespace tongbao {

namespace {

const QString kEntrusted = QStringLiteral("entrusted");
const QString kClosed = QStringLiteral("closed");

int ageOn(const QDate& birth, const QDate& day) {
    Child someone;
    someone.birthDate = birth;
    return someone.ageOn(day);
}

QString dateText(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// A code that is not in the vocabulary came from outside the form (an old import, a newer
// program); it is flagged, not silently dropped.
void checkCode(FieldProblems& problems,
               const QString& field,
               const QString& kind,
               const QString& code) {
    if (!code.isEmpty() && !Vocabulary::contains(kind, code))
        problems.error(field, ChildValidation::tr("“%1” is not one of the choices; please choose "
                                                  "from the list.")
                                  .arg(code));
}

void checkNotFuture(FieldProblems& problems,
                    const QString& field,
                    const QDate& date,
                    const QDate& today) {
    if (date.isValid() && date > today)
        problems.error(field, ChildValidation::tr("This date is in the future; please check it."));
}

// A birth date and sex that contradict a valid ID number; shared by children and members.
void checkAgainstIdNumber(FieldProblems& problems,
                          const QString& prefix,
                          const IdNumber& id,
                          const QDate& birthDate,
                          const QString& sex) {
    if (!id.isValid())
        return;
    if (birthDate.isValid() && birthDate != id.birthDate())
        problems.error(prefix + QStringLiteral("birth_date"),
                       ChildValidation::tr("The date of birth does not match the ID number, "
                                           "which says %1.")
                           .arg(dateText(id.birthDate())));
    if (!sex.isEmpty() && sex != id.sexCode())
        problems.error(prefix + QStringLiteral("sex"),
                       ChildValidation::tr("The sex does not match the ID number, which says %1.")
                           .arg(Vocabulary::label(vocab::Sex, id.sexCode())));
}

void checkDisability(FieldProblems& problems, const Child& child, const QDate& today) {
    const bool hasCategory = !child.disabilityCategory.isEmpty();
    checkCode(problems, QStringLiteral("disability_category"), vocab::DisabilityCategory,
              child.disabilityCategory);
    if (child.disabilityLevel < 0 || child.disabilityLevel > 4)
        problems.error(QStringLiteral("disability_level"),
                       ChildValidation::tr("The level is from 1 (most severe) to 4."));
    if (child.disabilityLevel > 0 && !hasCategory)
        problems.error(QStringLiteral("disability_category"),
                       ChildValidation::tr("A disability level needs its category; please "
                                           "choose the category."));
    if (hasCategory && child.disabilityLevel == 0)
        problems.warning(QStringLiteral("disability_level"),
                         ChildValidation::tr("Choose the level too, as on the certificate."));
    if (child.health == QLatin1String("disabled") && !hasCategory)
        problems.warning(QStringLiteral("disability_category"),
                         ChildValidation::tr("The child is disabled: choose the category of the "
                                             "disability."));

    if (child.disabilityCertificate.trimmed().isEmpty())
        return;
    const DisabilityCertificate certificate =
        DisabilityCertificate::parse(child.disabilityCertificate, today);
    if (!certificate.isValid()) {
        problems.error(QStringLiteral("disability_certificate"), certificate.problemMessage());
        return;
    }
    const IdNumber childId = IdNumber::parse(child.idNumber, today);
    if (childId.isValid() && certificate.idNumber().normalized() != childId.normalized())
        problems.error(QStringLiteral("disability_certificate"),
                       ChildValidation::tr("The certificate number does not start with the "
                                           "child's ID number; please check it."));
    const QString category = certificate.categoryCode();
    if (hasCategory && category != child.disabilityCategory)
        problems.error(QStringLiteral("disability_category"),
                       ChildValidation::tr("The certificate number says %1; please choose the "
                                           "same category.")
                           .arg(Vocabulary::label(vocab::DisabilityCategory, category)));
    if (child.disabilityLevel > 0 && certificate.level() != child.disabilityLevel)
        problems.error(
            QStringLiteral("disability_level"),
            ChildValidation::tr("The certificate number says %1; please choose the same level.")
                .arg(Vocabulary::label(vocab::DisabilityLevel,
                                       QString::number(certificate.level()))));
}

void checkFileStatus(FieldProblems& problems, const Child& child, const QDate& today) {
    checkCode(problems, QStringLiteral("file_status"), vocab::FileStatus, child.fileStatus);
    if (child.fileStatus != kClosed) {
        if (!child.exitReason.isEmpty() || child.exitDate.isValid())
            problems.error(QStringLiteral("exit_reason"),
                           ChildValidation::tr("A file on record has no reason or date of "
                                               "closing; close the file instead."));
        return;
    }
    problems.append(ChildValidation::closing(child, child.exitReason, child.exitDate, today));
}

}  // namespace

bool FieldProblems::hasErrors() const {
    return firstError() != nullptr;
}

const FieldProblem* FieldProblems::forField(const QString& field) const {
    const FieldProblem* warning = nullptr;
    for (const FieldProblem& problem : *this) {
        if (problem.field != field)
            continue;
        if (problem.isError())
            return &problem;
        if (!warning)
            warning = &problem;
    }
    return warning;
}

const FieldProblem* FieldProblems::firstError() const {
    for (const FieldProblem& problem : *this) {
        if (problem.isError())
            return &problem;
    }
    return nullptr;
}

void FieldProblems::error(const QString& field, const QString& message) {
    append({field, message, FieldProblem::Severity::Error});
}

void FieldProblems::warning(const QString& field, const QString& message) {
    append({field, message, FieldProblem::Severity::Warning});
}

void FieldProblems::addPrefixed(const QString& prefix, const FieldProblems& problems) {
    for (FieldProblem problem : problems) {
        problem.field.prepend(prefix);
        append(problem);
    }
}

QString ChildValidation::idNumberProblem(const QString& typed, const QDate& today) {
    if (typed.trimmed().isEmpty())
        return {};
    return IdNumber::parse(typed, today).problemMessage();
}

QString ChildValidation::phoneProblem(const QString& phone) {
    int digits = 0;
    for (const QChar c : phone) {
        if (c.isDigit())
            ++digits;
        else if (!QStringLiteral(" -+()").contains(c))
            return tr("A phone number has only digits (and perhaps - or +); please check it.");
    }
    if (digits > 0 && (digits < 7 || digits > 15))
        return tr("A phone number has 7 to 15 digits; please check it.");
    return {};
}

QString ChildValidation::areaCodeProblem(const QString& code) {
    if (code.isEmpty())
        return {};
    bool digitsOnly = true;
    for (const QChar c : code)
        digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digitsOnly || (code.size() != 6 && code.size() != 9 && code.size() != 12))
        return tr("An area code has 6, 9 or 12 digits; please check it.");
    if (!AreaCodes::isKnown(QStringView(code).left(6)))
        return tr("The first six digits are not the code of any county; please check them.");
    return {};
}

FieldProblems ChildValidation::child(const Child& child, const QDate& today) {
    FieldProblems problems;
    if (child.name.trimmed().isEmpty())
        problems.error(QStringLiteral("name"), tr("Please enter the child's name."));

    const IdNumber id = IdNumber::parse(child.idNumber, today);
    if (!child.idNumber.trimmed().isEmpty() && !id.isValid())
        problems.error(QStringLiteral("id_number"), id.problemMessage());
    checkAgainstIdNumber(problems, QString(), id, child.birthDate, child.sex);

    checkCode(problems, QStringLiteral("sex"), vocab::Sex, child.sex);
    checkNotFuture(problems, QStringLiteral("birth_date"), child.birthDate, today);
    const int age = ageOn(child.birthDate, today);
    if (age >= 18 && child.isActive())
        problems.warning(QStringLiteral("birth_date"),
                         tr("The child is %n year(s) old: close the file with the reason "
                            "“turned 18”.",
                            nullptr, age));
    checkCode(problems, QStringLiteral("ethnicity"), vocab::Ethnicity, child.ethnicity);
    for (const QString& field :
         {QStringLiteral("hukou_area_code"), QStringLiteral("residence_area_code")}) {
        const QString code = field.startsWith(QLatin1String("hukou")) ? child.hukouAreaCode
                                                                      : child.residenceAreaCode;
        const QString problem = areaCodeProblem(code);
        if (!problem.isEmpty())
            problems.error(field, problem);
    }
    for (const QString& category : child.categories)
        checkCode(problems, QStringLiteral("categories"), vocab::Category, category);
    checkCode(problems, QStringLiteral("risk_level"), vocab::RiskLevel, child.riskLevel);
    checkCode(problems, QStringLiteral("health"), vocab::Health, child.health);
    if (child.health == QLatin1String("ill") && child.illnessType.trimmed().isEmpty())
        problems.warning(QStringLiteral("illness_type"), tr("Name the illness."));
    checkDisability(problems, child, today);
    checkCode(problems, QStringLiteral("schooling"), vocab::Schooling, child.schooling);
    // Facts for classified protection (migration 9).
    checkCode(problems, QStringLiteral("medical_insurance"), QStringLiteral("medical_insurance"),
              child.medicalInsurance);
    checkCode(problems, QStringLiteral("living_setting"), QStringLiteral("living_setting"),
              child.livingSetting);
    for (const QString& diagnosis : child.diagnoses)
        checkCode(problems, QStringLiteral("diagnoses"), QStringLiteral("diagnosis"), diagnosis);
    const QString phone = phoneProblem(child.phone);
    if (!phone.isEmpty())
        problems.error(QStringLiteral("phone"), phone);

    checkNotFuture(problems, QStringLiteral("opened_on"), child.openedOn, today);
    if (child.openedOn.isValid() && child.birthDate.isValid() && child.openedOn < child.birthDate)
        problems.error(QStringLiteral("opened_on"),
                       tr("The file cannot be opened before the child was born."));
    checkFileStatus(problems, child, today);
    return problems;
}

FieldProblems ChildValidation::closing(const Child& child,
                                       const QString& reason,
                                       const QDate& date,
                                       const QDate& today) {
    FieldProblems problems;
    if (reason.isEmpty())
        problems.error(QStringLiteral("exit_reason"),
                       tr("A closed file needs the reason it was closed."));
    else
        checkCode(problems, QStringLiteral("exit_reason"), vocab::ExitReason, reason);
    if (!date.isValid()) {
        problems.error(QStringLiteral("exit_date"),
                       tr("A closed file needs the date it was closed."));
        return problems;
    }
    checkNotFuture(problems, QStringLiteral("exit_date"), date, today);
    if (child.openedOn.isValid() && date < child.openedOn)
        problems.error(QStringLiteral("exit_date"),
                       tr("The file was opened on %1; it cannot be closed before that.")
                           .arg(dateText(child.openedOn)));
    const int ageThen = ageOn(child.birthDate, date);
    if (reason == QLatin1String("adult") && ageThen >= 0 && ageThen < 18)
        problems.error(QStringLiteral("exit_reason"),
                       tr("On %1 the child was %n year(s) old, not yet 18.", nullptr, ageThen)
                           .arg(dateText(date)));
    return problems;
}

FieldProblems ChildValidation::guardianship(const Guardianship& g,
                                            const Child& child,
                                            const QDate& today) {
    FieldProblems problems;
    const struct {
        const ParentSituation& situation;
        QString prefix;
    } parents[] = {{g.father, QStringLiteral("father_")}, {g.mother, QStringLiteral("mother_")}};
    for (const auto& parent : parents) {
        checkCode(problems, parent.prefix + QStringLiteral("status"), vocab::ParentStatus,
                  parent.situation.status);
        checkNotFuture(problems, parent.prefix + QStringLiteral("since"), parent.situation.since,
                       today);
        if (parent.situation.status == QLatin1String("working_away") &&
            parent.situation.whereabouts.trimmed().isEmpty())
            problems.warning(parent.prefix + QStringLiteral("whereabouts"),
                             tr("Where does this parent work? The city is enough."));
    }
    checkCode(problems, QStringLiteral("guardianship_type"), vocab::GuardianshipType,
              g.guardianshipType);
    checkCode(problems, QStringLiteral("capacity"), vocab::GuardianCapacity, g.capacity);
    checkCode(problems, QStringLiteral("caregiver_relation"), vocab::CaregiverRelation,
              g.caregiverRelation);
    checkCode(problems, QStringLiteral("caregiver_health"), vocab::CaregiverHealth,
              g.caregiverHealth);

    const IdNumber caregiverId = IdNumber::parse(g.caregiverIdNumber, today);
    if (!g.caregiverIdNumber.trimmed().isEmpty() && !caregiverId.isValid())
        problems.error(QStringLiteral("caregiver_id_number"), caregiverId.problemMessage());
    if (g.caregiverAge < 0 || g.caregiverAge > 120)
        problems.error(QStringLiteral("caregiver_age"),
                       tr("The age is in whole years, from 0 to 120."));
    else if (caregiverId.isValid() && g.caregiverAge > 0) {
        const int age = ageOn(caregiverId.birthDate(), today);
        if (qAbs(age - g.caregiverAge) > 1)
            problems.error(QStringLiteral("caregiver_age"),
                           tr("The ID number says the caregiver is %n year(s) old.", nullptr, age));
    }
    const QString phone = phoneProblem(g.caregiverPhone);
    if (!phone.isEmpty())
        problems.error(QStringLiteral("caregiver_phone"), phone);

    if (g.guardianshipType == kEntrusted) {
        if (g.caregiverName.trimmed().isEmpty())
            problems.error(QStringLiteral("caregiver_name"),
                           tr("Entrusted care needs the name of the person the child is "
                              "entrusted to."));
        if (!g.entrustedNoticeDate.isValid())
            problems.warning(QStringLiteral("entrusted_notice_date"),
                             tr("Enter the day the parents told the committee in writing."));
    }
    checkNotFuture(problems, QStringLiteral("entrusted_notice_date"), g.entrustedNoticeDate, today);
    const int childAge = ageOn(child.birthDate, today);
    if (g.guardianshipType == QLatin1String("none") && childAge >= 0 && childAge < 16)
        problems.warning(QStringLiteral("guardianship_type"),
                         tr("A child under 16 may not be left to live alone: arrange a guardian "
                            "with the town and report it."));
    static const QStringList absent = {
        QStringLiteral("deceased"), QStringLiteral("declared_missing"),
        QStringLiteral("guardianship_revoked"), QStringLiteral("deported")};
    if (g.guardianshipType == QLatin1String("parents") &&
        (absent.contains(g.father.status) || absent.contains(g.mother.status)))
        problems.warning(QStringLiteral("guardianship_type"),
                         tr("One parent cannot be a guardian; check the guardianship type."));
    return problems;
}

FieldProblems ChildValidation::household(const Household& h, const QDate& today) {
    FieldProblems problems;
    if (h.headName.trimmed().isEmpty())
        problems.error(QStringLiteral("head_name"),
                       tr("Please enter the name of the head of the household."));
    const QString headId = idNumberProblem(h.headIdNumber, today);
    if (!headId.isEmpty())
        problems.error(QStringLiteral("head_id_number"), headId);
    const QString phone = phoneProblem(h.phone);
    if (!phone.isEmpty())
        problems.error(QStringLiteral("phone"), phone);
    const QString area = areaCodeProblem(h.areaCode);
    if (!area.isEmpty())
        problems.error(QStringLiteral("area_code"), area);
    for (const QString& source : h.incomeSources)
        checkCode(problems, QStringLiteral("income_sources"), vocab::IncomeSource, source);
    checkCode(problems, QStringLiteral("support_status"), vocab::SupportStatus, h.supportStatus);

    for (int row = 0; row < h.members.size(); ++row) {
        const HouseholdMember& member = h.members[row];
        FieldProblems own;
        if (member.name.trimmed().isEmpty())
            own.error(QStringLiteral("name"), tr("Please enter the member's name."));
        const IdNumber id = IdNumber::parse(member.idNumber, today);
        if (!member.idNumber.trimmed().isEmpty() && !id.isValid())
            own.error(QStringLiteral("id_number"), id.problemMessage());
        checkAgainstIdNumber(own, QString(), id, member.birthDate, QString());
        checkNotFuture(own, QStringLiteral("birth_date"), member.birthDate, today);
        checkCode(own, QStringLiteral("relation"), vocab::MemberRelation, member.relation);
        problems.addPrefixed(QStringLiteral("member.%1.").arg(row), own);
    }
    return problems;
}

FieldProblems ChildValidation::measure(const Measure& m, const QDate& today) {
    FieldProblems problems;
    if (m.kind.isEmpty())
        problems.error(QStringLiteral("kind"), tr("Please choose the measure."));
    checkCode(problems, QStringLiteral("kind"), vocab::MeasureKind, m.kind);
    checkCode(problems, QStringLiteral("department"), vocab::Department, m.department);
    checkCode(problems, QStringLiteral("status"), vocab::MeasureStatus, m.status);
    if (m.amountFenPerMonth < 0)
        problems.error(QStringLiteral("amount_fen"), tr("The amount cannot be negative."));
    if (m.startDate.isValid() && m.endDate.isValid() && m.endDate < m.startDate)
        problems.error(QStringLiteral("end_date"),
                       tr("The end is before the start; please check the dates."));
    if (m.status == QLatin1String("ended") && !m.endDate.isValid())
        problems.warning(QStringLiteral("end_date"), tr("Enter the day the measure ended."));
    if (m.status == QLatin1String("in_place") && !m.startDate.isValid())
        problems.warning(QStringLiteral("start_date"), tr("Enter the day the measure started."));
    if (m.startDate.isValid() && m.startDate > today.addYears(1))
        problems.error(QStringLiteral("start_date"),
                       tr("The start is more than a year ahead; please check the year."));
    return problems;
}

FieldProblems ChildValidation::referral(const Referral& r, const QDate& today) {
    FieldProblems problems;
    if (r.department.isEmpty())
        problems.error(QStringLiteral("department"),
                       tr("Please choose the department the child is referred to."));
    checkCode(problems, QStringLiteral("department"), vocab::Department, r.department);
    if (!r.referredOn.isValid())
        problems.error(QStringLiteral("referred_on"), tr("Please enter the day of the referral."));
    checkNotFuture(problems, QStringLiteral("referred_on"), r.referredOn, today);
    checkNotFuture(problems, QStringLiteral("outcome_on"), r.outcomeOn, today);
    if (r.referredOn.isValid() && r.outcomeOn.isValid() && r.outcomeOn < r.referredOn)
        problems.error(QStringLiteral("outcome_on"),
                       tr("The outcome is dated before the referral; please check the dates."));
    if (r.outcomeOn.isValid() && r.outcome.trimmed().isEmpty())
        problems.warning(QStringLiteral("outcome"), tr("What came of the referral?"));
    return problems;
}

}  // namespace tongbao
