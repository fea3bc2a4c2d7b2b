#include "demo/DemoFamilies.h"

#include "demo/ChineseNames.h"
#include "demo/DemoRandom.h"

namespace tongbao {

namespace {

using S = FamilySituation;

struct SituationSpec {
    FamilySituation situation;
    const char* key;
    int weight;  // per mille of households, roughly
    const char* father;
    const char* mother;
    const char* guardianshipType;
    Carer carer;
    bool wholeFamily;  // false: the circumstance is the child's own, one child on file
    bool hasHousehold;
};

// One row per situation, in enum order.
const SituationSpec kSpecs[] = {
    {S::LeftBehind, "left_behind", 250, "working_away", "working_away", "entrusted",
     Carer::Grandparent, true, true},
    {S::LeftBehindParentUnable, "left_behind_parent_unable", 15, "working_away", "seriously_ill",
     "kinship", Carer::Grandparent, true, true},
    {S::OneParentAway, "one_parent_away", 60, "working_away", "living_together", "single_parent",
     Carer::Mother, true, true},
    {S::PoorFamily, "poor_family", 150, "living_together", "living_together", "parents",
     Carer::Mother, true, true},
    {S::DisabledChild, "disabled_child", 100, "living_together", "living_together", "parents",
     Carer::Mother, false, true},
    {S::IllChild, "ill_child", 50, "living_together", "living_together", "parents", Carer::Mother,
     false, true},
    {S::HivChild, "hiv_child", 3, "seriously_ill", "deceased", "kinship", Carer::Grandparent, false,
     true},
    {S::TemporaryHardship, "temporary_hardship", 30, "living_together", "living_together",
     "parents", Carer::Mother, true, true},
    {S::MigrantFamily, "migrant_family", 25, "living_together", "living_together", "parents",
     Carer::Mother, true, true},
    {S::WidowedParent, "widowed_parent", 60, "deceased", "living_together", "single_parent",
     Carer::Mother, true, true},
    {S::OrphanKinship, "orphan_kinship", 30, "deceased", "deceased", "kinship", Carer::Grandparent,
     true, true},
    {S::OrphanInstitution, "orphan_institution", 8, "deceased", "deceased", "institution",
     Carer::Institution, true, false},
    {S::OrphanFoster, "orphan_foster", 6, "deceased", "deceased", "foster", Carer::FosterFamily,
     false, false},
    {S::Adopted, "adopted", 5, "living_together", "living_together", "adopted", Carer::Mother,
     false, true},
    {S::DeceasedAndMissing, "deceased_and_missing", 35, "deceased", "missing", "kinship",
     Carer::Grandparent, true, true},
    {S::ImprisonedAndMissing, "imprisoned_and_missing", 30, "imprisoned", "missing", "kinship",
     Carer::Grandparent, true, true},
    {S::ImprisonedParentAtHome, "imprisoned_parent_at_home", 20, "imprisoned", "living_together",
     "single_parent", Carer::Mother, true, true},
    {S::RehabAndDeceased, "rehab_and_deceased", 12, "drug_rehabilitation", "deceased", "kinship",
     Carer::Grandparent, true, true},
    {S::DetainedAndIll, "detained_and_ill", 6, "seriously_ill", "other_detention", "kinship",
     Carer::Grandparent, true, true},
    {S::DisabledParents, "disabled_parents", 20, "severely_disabled", "seriously_ill", "kinship",
     Carer::Grandparent, true, true},
    {S::GuardianshipRevoked, "guardianship_revoked", 4, "guardianship_revoked", "missing",
     "temporary_civil_affairs", Carer::Institution, true, false},
    {S::DeportedMother, "deported_mother", 3, "deceased", "deported", "kinship", Carer::Grandparent,
     true, true},
    {S::DeclaredMissing, "declared_missing", 4, "declared_missing", "deceased", "kinship",
     Carer::Grandparent, true, true},
    {S::NoGuardian, "no_guardian", 3, "missing", "missing", "none", Carer::Nobody, true, true},
    {S::CommitteeCare, "committee_care", 4, "imprisoned", "deceased", "temporary_committee",
     Carer::Committee, true, true},
    {S::InadequateCare, "inadequate_care", 25, "living_together", "missing", "single_parent",
     Carer::Father, true, true},
};
static_assert(sizeof(kSpecs) / sizeof(kSpecs[0]) == int(FamilySituation::Count),
              "one spec per situation");

const SituationSpec& specOf(FamilySituation situation) {
    return kSpecs[int(situation)];
}

}  // namespace

DemoFamilies::DemoFamilies(DemoRandom& random, DemoPeople& people, QDate today)
    : m_random(random)
    , m_people(people)
    , m_today(today) {}

QString DemoFamilies::situationKey(FamilySituation situation) {
    return QLatin1String(specOf(situation).key);
}

FamilySituation DemoFamilies::situationFor(int householdIndex) {
    if (householdIndex < int(FamilySituation::Count))
        return FamilySituation(householdIndex);
    int weights[int(FamilySituation::Count)];
    for (int i = 0; i < int(FamilySituation::Count); ++i)
        weights[i] = kSpecs[i].weight;
    return FamilySituation(m_random.weighted(weights, int(FamilySituation::Count)));
}

QDate DemoFamilies::sinceDaysAgo(int minimumDays, int maximumDays) {
    return m_today.addDays(-m_random.between(minimumDays, maximumDays));
}

DemoFamily DemoFamilies::make(FamilySituation situation, int maxChildren) {
    const SituationSpec& spec = specOf(situation);
    DemoFamily family;
    family.situation = situation;
    family.hasHousehold = spec.hasHousehold;
    family.carerKind = spec.carer;
    family.guardianship.guardianshipType = QLatin1String(spec.guardianshipType);
    family.guardianship.father.status = QLatin1String(spec.father);
    family.guardianship.mother.status = QLatin1String(spec.mother);
    family.hiv = situation == S::HivChild;
    family.temporaryHardship = situation == S::TemporaryHardship;
    family.firstChildDisabled = situation == S::DisabledChild || situation == S::Adopted;
    family.firstChildIll = situation == S::IllChild || situation == S::HivChild;
    // Relatives who raise left-behind children are often simply relatives, not a formal
    // entrustment; a mother too ill to care leaves the children with grandparents either way.
    if (situation == S::LeftBehind && m_random.percent(25))
        family.guardianship.guardianshipType = QStringLiteral("kinship");
    if (situation == S::LeftBehindParentUnable && m_random.percent(50)) {
        family.guardianship.mother.status = QStringLiteral("severely_disabled");
        family.guardianship.guardianshipType = QStringLiteral("entrusted");
    }
    if (situation == S::PoorFamily || situation == S::DisabledChild ||
        situation == S::MigrantFamily) {
        if (m_random.percent(20))
            family.carerKind = Carer::Father;
    }

    planChildren(family, spec.wholeFamily ? maxChildren : 1);
    planParents(family);
    makeAdults(family);
    chooseCarer(family);
    if (family.hasHousehold)
        buildHousehold(family);
    return family;
}

void DemoFamilies::planChildren(DemoFamily& family, int maxChildren) {
    const int wanted = 1 + m_random.weighted({55, 32, 10, 3});
    const int count = qBound(1, wanted, qMax(1, maxChildren));
    // Children of school age are the ones most often found in the survey.
    static const int ageWeights[18] = {3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 6, 6, 5};
    family.eldestAgedOut = m_random.permille(25);
    QDate birth = family.eldestAgedOut
                      ? m_people.birthDateForAge(18)
                      : m_people.birthDateForAge(m_random.weighted(ageWeights, 18));
    for (int i = 0; i < count && birth <= m_today; ++i) {
        family.childBirthDates.append(birth);
        family.childMale.append(m_random.percent(52));
        birth = birth.addDays(m_random.between(400, 2200));
    }
}

void DemoFamilies::planParents(DemoFamily& family) {
    const QDate eldest = family.childBirthDates.first();
    const QDate youngest = family.childBirthDates.last();
    const bool unsupportedCase = family.carerKind != Carer::Father;  // InadequateCare: < 6 months
    for (ParentSituation* parent : {&family.guardianship.father, &family.guardianship.mother}) {
        const QString& status = parent->status;
        if (status == QLatin1String("working_away")) {
            parent->since = qMax(sinceDaysAgo(200, 3650), eldest);
            parent->whereabouts = m_people.workPlace();
        } else if (status == QLatin1String("imprisoned")) {
            parent->since = sinceDaysAgo(200, 2500);
        } else if (status == QLatin1String("drug_rehabilitation")) {
            parent->since = sinceDaysAgo(30, 700);
        } else if (status == QLatin1String("other_detention")) {
            parent->since = sinceDaysAgo(30, 400);
        } else if (status == QLatin1String("missing")) {
            parent->since = unsupportedCase ? sinceDaysAgo(200, 2500) : sinceDaysAgo(20, 170);
        } else if (status == QLatin1String("deceased")) {
            parent->since =
                m_random.dateBetween(qMax(youngest, m_today.addDays(-3650)), m_today.addDays(-30));
        } else if (status == QLatin1String("declared_missing")) {
            parent->since = sinceDaysAgo(400, 3000);
        } else if (status == QLatin1String("deported")) {
            parent->since = sinceDaysAgo(100, 2000);
        } else if (status == QLatin1String("guardianship_revoked")) {
            parent->since = sinceDaysAgo(60, 1500);
        } else if (status == QLatin1String("seriously_ill")) {
            parent->since = sinceDaysAgo(100, 2000);
        }
        if (parent->since.isValid() && parent->since > m_today)
            parent->since = m_today;
    }
}

void DemoFamilies::makeAdults(DemoFamily& family) {
    const QDate eldest = family.childBirthDates.first();
    const QDate motherBirth = eldest.addDays(-m_random.between(19 * 365, 34 * 365));
    const QDate fatherBirth = motherBirth.addDays(-m_random.between(-365, 6 * 365));
    const QString fatherSurname = ChineseNames::surname(m_random);
    const QString motherSurname = ChineseNames::surname(m_random);
    const bool migrant = family.situation == S::MigrantFamily;
    const QString migrantArea = migrant ? m_people.neighbouringAreaCode() : QString();

    family.father = m_people.adult(fatherSurname, true, fatherBirth);
    if (family.situation == S::DeportedMother) {
        // A mother from across the border, married in without a Chinese ID number.
        family.mother.name =
            QStringLiteral("阮氏") +
            ChineseNames::givenName(m_random, false, ChineseNames::Generation::Parent);
        family.mother.male = false;
        family.mother.birthDate = motherBirth;
    } else {
        family.mother = m_people.adult(motherSurname, false, motherBirth);
    }
    if (migrant) {
        family.father.idNumber = m_people.idNumber(migrantArea, fatherBirth, true);
        family.mother.idNumber = m_people.idNumber(migrantArea, motherBirth, false);
    }
    family.hukouAreaCode = migrant ? migrantArea : QString();
    family.fatherSurname = fatherSurname;
    family.childSurname = m_random.percent(92) ? fatherSurname : motherSurname;

    for (DemoAdult* parent : {&family.father, &family.mother}) {
        const QString& status = parent == &family.father ? family.guardianship.father.status
                                                         : family.guardianship.mother.status;
        if (status == QLatin1String("seriously_ill"))
            parent->health = QStringLiteral("ill");
        else if (status == QLatin1String("severely_disabled"))
            parent->health = QStringLiteral("disabled");
    }

    auto elder = [this](const QString& surname, bool male, const QDate& childBirth) {
        const QDate birth = childBirth.addDays(-m_random.between(20 * 365, 32 * 365));
        const int age = DemoPeople::ageOn(birth, m_today);
        DemoAdult person;
        if (age >= 92 || !m_random.percent(male ? 78 : 88))
            return person;  // no longer alive
        person = m_people.adult(surname, male, birth);
        const int draw = m_random.weighted({50, 30, 15, 5});
        static const char* const healths[] = {"healthy", "frail", "ill", "disabled"};
        person.health = QLatin1String(healths[draw]);
        if (age >= 75 && person.health == QLatin1String("healthy") && m_random.percent(60))
            person.health = QStringLiteral("frail");
        return person;
    };
    m_paternalGrandfather = elder(fatherSurname, true, fatherBirth);
    m_paternalGrandmother = elder(ChineseNames::surname(m_random), false, fatherBirth);
    const bool maternalGrandmother = m_random.percent(70);
    m_maternalGrandparent =
        elder(maternalGrandmother ? ChineseNames::surname(m_random) : motherSurname,
              !maternalGrandmother, motherBirth);
    // In these cases no relative is left who could take the children in.
    if (family.situation == S::NoGuardian || family.situation == S::CommitteeCare ||
        family.situation == S::GuardianshipRevoked) {
        m_paternalGrandfather = DemoAdult();
        m_paternalGrandmother = DemoAdult();
        m_maternalGrandparent = DemoAdult();
    }
}

}  // namespace tongbao
