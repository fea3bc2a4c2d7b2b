// The caregivers and households of DemoFamilies (the situations, parents and children are in
// DemoFamilies.cpp).
#include "demo/DemoFamilies.h"

#include "demo/ChineseNames.h"
#include "demo/DemoRandom.h"

namespace tongbao {

namespace {

using S = FamilySituation;

// Weights of the household's support status: dibao, tekun, dibao_marginal,
// poverty_monitoring, none.
QString supportStatusFor(FamilySituation s, DemoRandom& random) {
    static const char* const codes[] = {"dibao", "tekun", "dibao_marginal", "poverty_monitoring",
                                        "none"};
    int index = 4;
    switch (s) {
        case S::PoorFamily:
            index = random.weighted({50, 10, 40, 0, 0});
            break;
        case S::OneParentAway:
        case S::ImprisonedParentAtHome:
            index = random.weighted({55, 0, 45, 0, 0});
            break;
        case S::WidowedParent:
            index = random.weighted({75, 0, 25, 0, 0});
            break;
        case S::LeftBehind:
        case S::LeftBehindParentUnable:
            index = random.weighted({8, 0, 10, 12, 70});
            break;
        case S::DisabledChild:
        case S::IllChild:
            index = random.weighted({30, 0, 20, 10, 40});
            break;
        case S::MigrantFamily:
            index = random.weighted({0, 0, 30, 0, 70});
            break;
        case S::TemporaryHardship:
            index = random.weighted({0, 0, 30, 0, 70});
            break;
        case S::Adopted:
            index = random.weighted({0, 0, 0, 20, 80});
            break;
        case S::InadequateCare:
            index = random.weighted({40, 0, 0, 0, 60});
            break;
        default:
            index = random.weighted({30, 10, 10, 10, 40});
            break;
    }
    return QLatin1String(codes[index]);
}

bool presentInHukou(const ParentSituation& parent) {
    return parent.status != QLatin1String("deceased") &&
           parent.status != QLatin1String("declared_missing") &&
           parent.status != QLatin1String("deported");
}

}  // namespace

void DemoFamilies::chooseCarer(DemoFamily& family) {
    Guardianship& g = family.guardianship;
    QString relation;
    switch (family.carerKind) {
        case Carer::Mother:
            family.carer = family.mother;
            relation = QStringLiteral("mother");
            break;
        case Carer::Father:
            family.carer = family.father;
            relation = QStringLiteral("father");
            break;
        case Carer::Grandparent: {
            const bool paternalAlive =
                m_paternalGrandmother.exists() || m_paternalGrandfather.exists();
            const bool paternal =
                paternalAlive && (!m_maternalGrandparent.exists() || m_random.percent(70));
            if (paternal) {
                family.carer = m_paternalGrandmother.exists() && m_random.percent(70)
                                   ? m_paternalGrandmother
                                   : (m_paternalGrandfather.exists() ? m_paternalGrandfather
                                                                     : m_paternalGrandmother);
                relation = QStringLiteral("grandparent_paternal");
            } else if (m_maternalGrandparent.exists()) {
                family.carer = m_maternalGrandparent;
                relation = QStringLiteral("grandparent_maternal");
            } else {
                family.carerKind = Carer::OtherRelative;  // no grandparent left: an aunt or uncle
            }
            break;
        }
        default:
            break;
    }
    const QDate parentBirth = family.father.birthDate;
    switch (family.carerKind) {
        case Carer::OtherRelative: {
            const bool uncle = m_random.percent(50);
            family.carer =
                m_people.adult(uncle ? family.fatherSurname : ChineseNames::surname(m_random),
                               uncle, parentBirth.addDays(m_random.between(-2900, 2900)));
            relation = QStringLiteral("other_relative");
            break;
        }
        case Carer::FosterFamily:
            family.carer = m_people.adult(ChineseNames::surname(m_random), false,
                                          m_people.birthDateForAge(m_random.between(35, 58)));
            relation = QStringLiteral("foster_family");
            break;
        case Carer::Institution:
            family.carer = m_people.adult(ChineseNames::surname(m_random), m_random.percent(30),
                                          m_people.birthDateForAge(m_random.between(26, 55)));
            relation = QStringLiteral("institution");
            break;
        case Carer::Committee:
            family.carer = m_people.adult(ChineseNames::surname(m_random), m_random.percent(40),
                                          m_people.birthDateForAge(m_random.between(30, 56)));
            relation = QStringLiteral("other");
            break;
        case Carer::Nobody:
            family.carer = DemoAdult();
            break;
        default:
            break;
    }

    g.caregiverName = family.carer.name;
    g.caregiverIdNumber = family.carer.idNumber;
    g.caregiverRelation = relation;
    g.caregiverHealth = family.carer.exists() ? family.carer.health : QString();
    g.caregiverPhone = family.carer.phone;

    // How well the caregiver can look after the children.
    const int carerAge =
        family.carer.exists() ? DemoPeople::ageOn(family.carer.birthDate, m_today) : 0;
    if (family.carerKind == Carer::Nobody) {
        g.capacity = QStringLiteral("none");
    } else if (family.situation == S::InadequateCare) {
        g.capacity = QStringLiteral("poor");
    } else if (family.carerKind == Carer::Institution || family.carerKind == Carer::Committee ||
               family.carerKind == Carer::FosterFamily) {
        g.capacity = QStringLiteral("good");
    } else if (g.caregiverHealth == QLatin1String("ill") ||
               g.caregiverHealth == QLatin1String("disabled")) {
        g.capacity = m_random.percent(60) ? QStringLiteral("poor") : QStringLiteral("fair");
    } else if (g.caregiverHealth == QLatin1String("frail") || carerAge >= 70) {
        g.capacity = m_random.percent(35) ? QStringLiteral("poor") : QStringLiteral("fair");
    } else {
        g.capacity = m_random.percent(65) ? QStringLiteral("good") : QStringLiteral("fair");
    }

    // 未成年人保护法 art. 22: parents who leave must tell the committee in writing. Most did.
    if (g.guardianshipType == QLatin1String("entrusted") && m_random.percent(90)) {
        const QDate left = qMax(g.father.since, g.mother.since);
        const QDate told = left.isValid() ? left.addDays(m_random.between(0, 60)) : m_today;
        g.entrustedNoticeDate = qMin(told, m_today);
    }
    if (family.situation == S::CommitteeCare)
        g.notes = QStringLiteral("无其他近亲属可监护，由村（居）委会临时监护，已报街道。");
    else if (family.situation == S::GuardianshipRevoked)
        g.notes =
            QStringLiteral("父亲经法院判决撤销监护资格，民政部门临时监护，安置于区儿童福利院。");
    else if (family.situation == S::NoGuardian)
        g.notes = QStringLiteral("父母均失联，暂无人照料，已报街道和派出所。");
}

void DemoFamilies::buildHousehold(DemoFamily& family) {
    Household& h = family.household;
    const Guardianship& g = family.guardianship;
    QVector<QPair<const DemoAdult*, QString>> people;  // person, relation to the head
    const bool fatherListed = presentInHukou(g.father) && family.father.exists();
    const bool motherListed =
        presentInHukou(g.mother) && family.mother.exists() && !family.mother.idNumber.isEmpty();
    // A maternal grandparent or another relative who raises the children joins the household.
    const bool carerIsOutsider =
        family.carer.exists() && (family.carerKind == Carer::OtherRelative ||
                                  (m_maternalGrandparent.exists() &&
                                   family.carer.idNumber == m_maternalGrandparent.idNumber));
    if (fatherListed) {
        people.append({&family.father, QStringLiteral("head")});
        if (motherListed)
            people.append({&family.mother, QStringLiteral("spouse")});
        for (const DemoAdult* elder : {&m_paternalGrandfather, &m_paternalGrandmother})
            if (elder->exists())
                people.append({elder, QStringLiteral("parent")});
    } else if (motherListed) {
        people.append({&family.mother, QStringLiteral("head")});
        if (m_maternalGrandparent.exists() && carerIsOutsider)
            people.append({&m_maternalGrandparent, QStringLiteral("parent")});
    } else if (m_paternalGrandfather.exists() || m_paternalGrandmother.exists()) {
        const bool grandfatherHead = m_paternalGrandfather.exists();
        people.append({grandfatherHead ? &m_paternalGrandfather : &m_paternalGrandmother,
                       QStringLiteral("head")});
        if (grandfatherHead && m_paternalGrandmother.exists())
            people.append({&m_paternalGrandmother, QStringLiteral("spouse")});
    }
    if (carerIsOutsider) {
        bool listed = false;
        for (const auto& entry : people)
            listed = listed || entry.first->idNumber == family.carer.idNumber;
        if (!listed)
            people.append({&family.carer,
                           people.isEmpty() ? QStringLiteral("head") : QStringLiteral("other")});
    }
    if (people.isEmpty()) {
        family.hasHousehold = false;
        return;
    }

    const DemoAdult& head = *people.first().first;
    h.headName = head.name;
    h.headIdNumber = head.idNumber;
    h.phone = family.carer.exists() ? family.carer.phone : head.phone;
    for (const auto& [person, relation] : people) {
        HouseholdMember member;
        member.name = person->name;
        member.idNumber = person->idNumber;
        member.relation = relation;
        member.birthDate = person->birthDate;
        if (person == &family.father || person == &family.mother) {
            const ParentSituation& s = person == &family.father ? g.father : g.mother;
            if (s.status == QLatin1String("working_away"))
                member.notes = QStringLiteral("在%1务工").arg(s.whereabouts);
            else if (s.status == QLatin1String("imprisoned"))
                member.notes = QStringLiteral("服刑中");
        }
        h.members.append(member);
    }

    h.supportStatus = supportStatusFor(family.situation, m_random);
    QStringList income;
    if (g.father.status == QLatin1String("working_away") ||
        g.mother.status == QLatin1String("working_away") || m_random.percent(30))
        income.append(QStringLiteral("migrant_work"));
    if (family.situation != S::MigrantFamily && m_random.percent(55))
        income.append(QStringLiteral("farming"));
    if (h.supportStatus == QLatin1String("dibao") || h.supportStatus == QLatin1String("tekun"))
        income.append(QStringLiteral("government_aid"));
    if (m_random.percent(15))
        income.append(QStringLiteral("relatives"));
    if (income.isEmpty())
        income.append(QStringLiteral("other"));
    h.incomeSources = income;
}

}  // namespace tongbao
