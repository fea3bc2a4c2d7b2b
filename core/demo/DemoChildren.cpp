#include "demo/DemoChildren.h"

#include "demo/ChineseNames.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRandom.h"
#include "domain/IdNumber.h"

namespace tongbao {

namespace {

const char* const kIllnesses[] = {
    "急性淋巴细胞白血病", "先天性心脏病",   "肾病综合征",   "癫痫",           "1型糖尿病", "血友病",
    "地中海贫血",         "再生障碍性贫血", "神经母细胞瘤", "系统性红斑狼疮",
};
const char* const kSeniorSchools[] = {"重庆市綦江中学", "綦江区南州中学", "綦江区实验中学",
                                      "綦江区东溪中学"};
const char* const kVocationalSchools[] = {"綦江区职业教育中心", "重庆市綦江职业教育中心"};

bool has(const QStringList& list, const char* code) {
    return list.contains(QLatin1String(code));
}

QString shortTown(const QString& town) {
    QString name = town;
    if (name.endsWith(QStringLiteral("街道")))
        name.chop(2);
    else if (name.endsWith(QStringLiteral("镇")))
        name.chop(1);
    return name;
}

// 桥河社区居委会 → 桥河社区; 古南街道桥河社区居委会 → 桥河社区 (town 古南街道).
QString placeFromUnitName(QString name, const QString& town) {
    for (const char* suffix : {"居民委员会", "村民委员会", "居委会", "村委会"}) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s)) {
            name.chop(s.size());
            break;
        }
    }
    if (!town.isEmpty() && name.startsWith(town))
        name = name.mid(town.size());
    return name;
}

}  // namespace

DemoChildren::DemoChildren(DemoRandom& random, DemoPeople& people, QDate today)
    : m_random(random)
    , m_people(people)
    , m_today(today) {}

QVector<DemoVillage> DemoChildren::villagesOf(const LedgerIdentity& ledger, DemoRandom& random) {
    QVector<DemoVillage> villages;
    auto invent = [&](const QString& townCode, const QString& townName, int count) {
        for (int i = 0; i < count; ++i) {
            DemoVillage v;
            v.urban = i < count / 4 + 1;
            // Communities are numbered from 001, villages from 200 (统计用区划代码).
            const int number = v.urban ? i + 1 : 200 + i;
            v.areaCode = townCode + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
            v.place = ChineseNames::placeName(random) +
                      (v.urban ? QStringLiteral("社区") : QStringLiteral("村"));
            v.town = townName;
            villages.append(v);
        }
    };
    const QString code = ledger.areaCode;
    if (ledger.kind == QLatin1String("district")) {
        for (const QijiangTown& town : DemoPeople::towns())
            invent(town.code, town.name, 4);
    } else if (ledger.kind == QLatin1String("town")) {
        const QString town = DemoPeople::townName(code);
        invent(code.left(9), town.isEmpty() ? QStringLiteral("古南街道") : town, 16);
    } else {
        DemoVillage v;
        v.areaCode = code;
        v.town = DemoPeople::townName(code);
        if (v.town.isEmpty())
            v.town = QStringLiteral("古南街道");
        v.place = placeFromUnitName(ledger.name, v.town);
        if (!v.place.endsWith(QStringLiteral("社区")) && !v.place.endsWith(QStringLiteral("村")))
            v.place = ChineseNames::placeName(random) + QStringLiteral("村");
        v.urban = v.place.endsWith(QStringLiteral("社区"));
        villages.append(v);
    }
    return villages;
}

DemoAddress DemoChildren::addressIn(const DemoVillage& village, const DemoFamily& family) {
    DemoAddress address;
    if (family.guardianship.guardianshipType == QLatin1String("institution") ||
        family.guardianship.guardianshipType == QLatin1String("temporary_civil_affairs")) {
        address.text = QStringLiteral("重庆市綦江区儿童福利院");
        return address;
    }
    const int group = m_random.between(1, village.urban ? 8 : 12);
    address.villageGroup = QStringLiteral("%1组").arg(group);
    if (village.urban) {
        static const char* const kinds[] = {"路", "街", "大道"};
        address.text = QStringLiteral("%1%2%3%4号%5栋%6单元%7-%8")
                           .arg(village.town, ChineseNames::placeName(m_random),
                                QString::fromUtf8(m_random.pick(kinds)))
                           .arg(m_random.between(1, 240))
                           .arg(m_random.between(1, 12))
                           .arg(m_random.between(1, 4))
                           .arg(m_random.between(1, 18))
                           .arg(m_random.between(1, 4));
    } else {
        address.text = QStringLiteral("%1%2%3组%4号")
                           .arg(village.town, village.place)
                           .arg(group)
                           .arg(m_random.between(1, 160));
    }
    return address;
}

DemoChild DemoChildren::make(const DemoFamily& family,
                             int index,
                             const DemoVillage& village,
                             const DemoAddress& address) {
    DemoChild made;
    Child& c = made.child;
    const bool male = family.childMale[index];
    c.birthDate = family.childBirthDates[index];
    c.sex = male ? QStringLiteral("M") : QStringLiteral("F");
    if (index == 0)
        m_lastSiblingName.clear();
    do {
        c.name = family.childSurname +
                 ChineseNames::givenName(m_random, male, ChineseNames::Generation::Child);
    } while (c.name == m_lastSiblingName);
    m_lastSiblingName = c.name;

    const bool migrant = !family.hukouAreaCode.isEmpty();
    const bool unregistered =
        !migrant && !(family.eldestAgedOut && index == 0) && m_random.permille(3);
    c.hukouRegistered = !unregistered;
    if (!unregistered) {
        const QString area = migrant ? family.hukouAreaCode : m_people.qijiangAreaFor(c.birthDate);
        c.idNumber = m_people.idNumber(area, c.birthDate, male);
        c.hukouAreaCode =
            migrant ? family.hukouAreaCode + QStringLiteral("000000") : village.areaCode;
        c.hukouAddress = migrant ? m_people.neighbouringAreaName(family.hukouAreaCode) +
                                       ChineseNames::placeName(m_random) +
                                       QStringLiteral("村%1组").arg(m_random.between(1, 9))
                                 : address.text;
    }
    static const char* const ethnicities[] = {"01", "06", "15", "09", "12", "37"};
    c.ethnicity = QLatin1String(ethnicities[m_random.weighted({965, 15, 12, 3, 2, 3})]);
    c.residenceAreaCode = village.areaCode;
    c.residenceAddress = address.text;
    c.villageGroup = address.villageGroup;

    // An orphan's file is more often that of a disabled child (some were abandoned for it).
    const bool orphaned = family.situation == FamilySituation::OrphanKinship ||
                          family.situation == FamilySituation::OrphanFoster ||
                          family.situation == FamilySituation::OrphanInstitution;
    setHealth(c, index == 0 && (family.firstChildDisabled || (orphaned && m_random.percent(30))),
              index == 0 && family.firstChildIll, family.hiv);
    setFileStatus(c, family, index);
    setSchooling(c, village, c.ageOn(c.isActive() ? m_today : c.exitDate));
    if (c.ageOn(m_today) >= 13 && m_random.percent(30))
        c.phone = m_people.mobile();
    if (unregistered)
        c.notes = QStringLiteral("未登记户口，正在协助办理");
    else if (migrant)
        c.notes = QStringLiteral("随父母从%1来綦务工居住")
                      .arg(m_people.neighbouringAreaName(family.hukouAreaCode));

    made.guardianship = family.guardianship;
    if (family.carer.exists())
        made.guardianship.caregiverAge =
            qMax(0, DemoPeople::ageOn(family.carer.birthDate, m_today));
    c.categories = categoriesFor(c, made.guardianship, family, m_today);
    setPolicyFacts(c, made.guardianship, family);
    return made;
}

// The facts classified protection reads (core/policy): medical insurance, the registered-poor
// mark, diagnoses that a certificate does not name, and whether the child lives in a welfare
// institution or in the community.
void DemoChildren::setPolicyFacts(Child& c, const Guardianship& g, const DemoFamily& family) {
    static const char* const insurances[] = {"resident_tier1", "resident_tier2", "employee",
                                             "none"};
    c.medicalInsurance = QLatin1String(insurances[m_random.weighted({82, 10, 3, 5})]);
    const QString& support = family.household.supportStatus;
    if (family.hasHousehold)
        c.registeredPoor =
            support == QLatin1String("poverty_monitoring") ||
            ((support == QLatin1String("dibao") || support == QLatin1String("tekun") ||
              support == QLatin1String("dibao_marginal")) &&
             m_random.percent(60));
    if (c.disabilityCategory == QLatin1String("physical") && m_random.percent(35))
        c.diagnoses.append(QStringLiteral("cerebral_palsy"));
    else if ((c.disabilityCategory == QLatin1String("intellectual") ||
              c.disabilityCategory == QLatin1String("mental")) &&
             m_random.percent(40))
        c.diagnoses.append(QStringLiteral("autism"));
    else if (c.health != QLatin1String("disabled") && c.ageOn(m_today) <= 6 &&
             m_random.permille(15))
        c.diagnoses.append(QStringLiteral("autism"));  // diagnosed, not yet certified
    const QString& type = g.guardianshipType;
    c.livingSetting =
        type == QLatin1String("institution") || type == QLatin1String("temporary_civil_affairs")
            ? QStringLiteral("institution")
            : QStringLiteral("community");
}

void DemoChildren::setHealth(Child& c, bool disabled, bool ill, bool hiv) {
    if (!disabled && !ill) {
        disabled = m_random.permille(30);
        ill = !disabled && m_random.permille(20);
    }
    if (hiv) {
        c.health = QStringLiteral("ill");
        c.illnessType = QStringLiteral("艾滋病病毒感染");
    } else if (disabled) {
        c.health = QStringLiteral("disabled");
        const int category = 1 + m_random.weighted({8, 12, 6, 26, 26, 7, 15});
        c.disabilityCategory = DisabilityCertificate::categoryCode(DisabilityCategory(category));
        c.disabilityLevel = 1 + m_random.weighted({20, 30, 28, 22});
        if (!c.idNumber.isEmpty())
            c.disabilityCertificate =
                c.idNumber + QString::number(category) + QString::number(c.disabilityLevel);
    } else if (ill) {
        c.health = QStringLiteral("ill");
        c.illnessType = QString::fromUtf8(m_random.pick(kIllnesses));
    } else {
        c.health = QStringLiteral("healthy");
    }
}

void DemoChildren::setSchooling(Child& c, const DemoVillage& village, int age) {
    QString s;
    if (age < 3)
        s = QStringLiteral("not_in_kindergarten");
    else if (age < 6)
        s = m_random.percent(85) ? QStringLiteral("kindergarten")
                                 : QStringLiteral("not_in_kindergarten");
    else if (age == 6)
        s = m_random.percent(70) ? QStringLiteral("primary") : QStringLiteral("kindergarten");
    else if (age < 12)
        s = QStringLiteral("primary");
    else if (age == 12)
        s = m_random.percent(30) ? QStringLiteral("primary") : QStringLiteral("junior");
    else if (age < 15)
        s = QStringLiteral("junior");
    else {
        static const char* const options[] = {"junior", "senior", "vocational", "dropped_out",
                                              "not_in_school"};
        s = QLatin1String(options[age == 15 ? m_random.weighted({40, 35, 20, 5, 0})
                                            : m_random.weighted({0, 55, 33, 6, 6})]);
    }
    const bool severe =
        c.disabilityLevel > 0 && DisabilityCertificate::isSevere(
                                     DisabilityCertificate::categoryFromCode(c.disabilityCategory)
                                         .value_or(DisabilityCategory::Visual),
                                     c.disabilityLevel);
    const bool schoolAge = age >= 6 && age < 16;
    bool special = false;
    if (severe && schoolAge && m_random.percent(40)) {
        if (m_random.percent(50))
            s = QStringLiteral("not_in_school");  // taught at home (送教上门)
        else
            special = true;
    }
    c.schooling = s;
    const QString town = QStringLiteral("綦江区") + shortTown(village.town);
    if (special)
        c.schoolName = QStringLiteral("綦江区特殊教育学校");
    else if (s == QLatin1String("kindergarten"))
        c.schoolName = town + QStringLiteral("中心幼儿园");
    else if (s == QLatin1String("primary"))
        c.schoolName =
            town + (m_random.percent(60) ? QStringLiteral("中心小学") : QStringLiteral("第二小学"));
    else if (s == QLatin1String("junior"))
        c.schoolName = town + QStringLiteral("中学");
    else if (s == QLatin1String("senior"))
        c.schoolName = QString::fromUtf8(m_random.pick(kSeniorSchools));
    else if (s == QLatin1String("vocational"))
        c.schoolName = QString::fromUtf8(m_random.pick(kVocationalSchools));
    if (!c.schoolName.isEmpty() && s != QLatin1String("kindergarten")) {
        const int boardingPercent = s == QLatin1String("primary")  ? 10
                                    : s == QLatin1String("junior") ? 45
                                                                   : 65;
        c.boarding = m_random.percent(boardingPercent);
    }
}

void DemoChildren::setFileStatus(Child& c, const DemoFamily& family, int index) {
    // The file was opened once the family's situation was known, some time in the last years.
    QDate earliest = c.birthDate.addDays(20);
    for (const ParentSituation* parent : {&family.guardianship.father, &family.guardianship.mother})
        if (parent->since.isValid())
            earliest = qMax(earliest, parent->since.addDays(7));
    earliest = qMax(earliest, m_today.addYears(-6));
    if (family.eldestAgedOut && index == 0) {
        c.fileStatus = QStringLiteral("closed");
        c.exitReason = QStringLiteral("adult");
        c.exitDate = qMin(c.birthDate.addYears(18).addDays(m_random.between(0, 20)), m_today);
        c.openedOn =
            m_random.dateBetween(qMin(earliest, c.exitDate.addDays(-60)), c.exitDate.addDays(-60));
        return;
    }
    const QDate latest = m_today.addDays(-3);
    c.openedOn = m_random.dateBetween(qMin(earliest, latest), latest);
    if (c.openedOn < c.birthDate)
        c.openedOn = c.birthDate;
    const int draw = m_random.between(0, 999);
    if (draw >= 19 || c.openedOn > m_today.addDays(-90))
        return;
    c.fileStatus = QStringLiteral("closed");
    c.exitReason = draw < 12
                       ? QStringLiteral("resolved")
                       : (draw < 18 ? QStringLiteral("moved_out") : QStringLiteral("deceased"));
    c.exitDate = m_random.dateBetween(qMax(c.openedOn.addDays(60), m_today.addDays(-365)),
                                      m_today.addDays(-1));
}

bool DemoChildren::parentUnable(const ParentSituation& parent, const QDate& today) {
    static const QStringList unable{
        QStringLiteral("severely_disabled"), QStringLiteral("seriously_ill"),
        QStringLiteral("imprisoned"),        QStringLiteral("drug_rehabilitation"),
        QStringLiteral("other_detention"),   QStringLiteral("guardianship_revoked"),
        QStringLiteral("deported"),          QStringLiteral("deceased"),
        QStringLiteral("declared_missing"),
    };
    if (parent.status == QLatin1String("missing"))
        return parent.since.isValid() && parent.since <= today.addMonths(-6);
    return unable.contains(parent.status);
}

QStringList DemoChildren::categoriesFor(const Child& c,
                                        const Guardianship& g,
                                        const DemoFamily& family,
                                        const QDate& today) {
    QStringList categories;
    const bool bothDead = g.father.status == QLatin1String("deceased") &&
                          g.mother.status == QLatin1String("deceased");
    if (bothDead)
        categories.append(QStringLiteral("orphan"));
    else if (parentUnable(g.father, today) && parentUnable(g.mother, today))
        categories.append(QStringLiteral("unsupported"));
    const QString& support = family.household.supportStatus;
    if (family.hasHousehold && support == QLatin1String("dibao"))
        categories.append(QStringLiteral("poverty_dibao"));
    if (family.hasHousehold && support == QLatin1String("tekun"))
        categories.append(QStringLiteral("poverty_tekun"));
    if (family.hasHousehold && support == QLatin1String("dibao_marginal"))
        categories.append(QStringLiteral("poverty_marginal"));
    if (family.temporaryHardship)
        categories.append(QStringLiteral("temporary_hardship"));
    if (c.health == QLatin1String("disabled"))
        categories.append(QStringLiteral("disability"));
    if (c.health == QLatin1String("ill") && !family.hiv)
        categories.append(QStringLiteral("serious_illness"));
    const QString& type = g.guardianshipType;
    if (type == QLatin1String("none") || type.startsWith(QLatin1String("temporary_")) ||
        g.capacity == QLatin1String("poor") || g.capacity == QLatin1String("none"))
        categories.append(QStringLiteral("guardianship_inadequate"));
    const bool fatherAway = g.father.status == QLatin1String("working_away");
    const bool motherAway = g.mother.status == QLatin1String("working_away");
    if ((type == QLatin1String("entrusted") || type == QLatin1String("kinship")) &&
        ((fatherAway && (motherAway || parentUnable(g.mother, today))) ||
         (motherAway && parentUnable(g.father, today))))
        categories.append(QStringLiteral("left_behind"));
    if (!family.hukouAreaCode.isEmpty())
        categories.append(QStringLiteral("migrant"));
    if (family.hiv)
        categories.append(QStringLiteral("hiv"));
    return categories;
}

bool DemoChildren::isRiskySituation(FamilySituation s) {
    return s == FamilySituation::InadequateCare || s == FamilySituation::NoGuardian ||
           s == FamilySituation::CommitteeCare || s == FamilySituation::ImprisonedAndMissing ||
           s == FamilySituation::RehabAndDeceased;
}

QString DemoChildren::riskLevel(const Child& c,
                                const Guardianship& g,
                                const DemoFamily& family,
                                bool hasSafetyReport) {
    const QStringList& cats = c.categories;
    const int age = c.ageOn(m_today);
    const QString& type = g.guardianshipType;
    if (hasSafetyReport || type == QLatin1String("none") ||
        type.startsWith(QLatin1String("temporary_")) || g.capacity == QLatin1String("none") ||
        family.situation == FamilySituation::InadequateCare || has(cats, "hiv"))
        return QStringLiteral("high");
    const bool severe =
        c.disabilityLevel > 0 && DisabilityCertificate::isSevere(
                                     DisabilityCertificate::categoryFromCode(c.disabilityCategory)
                                         .value_or(DisabilityCategory::Visual),
                                     c.disabilityLevel);
    const bool medium = has(cats, "orphan") || has(cats, "unsupported") || severe ||
                        has(cats, "serious_illness") || has(cats, "guardianship_inadequate") ||
                        (has(cats, "left_behind") && age < 6);
    if (medium)
        return (age < 6 || g.capacity == QLatin1String("poor")) && m_random.percent(25)
                   ? QStringLiteral("high")
                   : QStringLiteral("medium");
    return m_random.percent(10) ? QStringLiteral("medium") : QStringLiteral("low");
}

}  // namespace tongbao
