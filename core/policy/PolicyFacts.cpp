#include "policy/PolicyFacts.h"

#include "domain/Child.h"
#include "domain/Vocabulary.h"

#include <QHash>

namespace tongbao {

namespace {

enum FactIndex {
    Age,
    Categories,
    Health,
    Disabled,
    DisabilityCategory,
    DisabilityLevel,
    DisabilityCertified,
    Diagnoses,
    Schooling,
    MedicalInsurance,
    RegisteredPoor,
    LivingSetting,
    SupportStatus,
    FatherStatus,
    MotherStatus,
    GuardianshipType,
    GuardianCapacity,
    FactCount
};

using Type = PolicyFacts::Type;

QVector<PolicyFacts::Fact> buildFacts() {
    QVector<PolicyFacts::Fact> facts(FactCount);
    facts[Age] = {QStringLiteral("age"), Type::Number, {}};
    facts[Categories] = {QStringLiteral("categories"), Type::Codes, vocab::Category};
    facts[Health] = {QStringLiteral("health"), Type::Code, vocab::Health};
    facts[Disabled] = {QStringLiteral("disabled"), Type::Flag, {}};
    facts[DisabilityCategory] = {QStringLiteral("disability_category"), Type::Code,
                                 vocab::DisabilityCategory};
    facts[DisabilityLevel] = {QStringLiteral("disability_level"), Type::Number, {}};
    facts[DisabilityCertified] = {QStringLiteral("disability_certified"), Type::Flag, {}};
    facts[Diagnoses] = {QStringLiteral("diagnoses"), Type::Codes, vocab::Diagnosis};
    facts[Schooling] = {QStringLiteral("schooling"), Type::Code, vocab::Schooling};
    facts[MedicalInsurance] = {QStringLiteral("medical_insurance"), Type::Code,
                               vocab::MedicalInsurance};
    facts[RegisteredPoor] = {QStringLiteral("registered_poor"), Type::Flag, {}};
    facts[LivingSetting] = {QStringLiteral("living_setting"), Type::Code, vocab::LivingSetting};
    facts[SupportStatus] = {QStringLiteral("support_status"), Type::Code, vocab::SupportStatus};
    facts[FatherStatus] = {QStringLiteral("father_status"), Type::Code, vocab::ParentStatus};
    facts[MotherStatus] = {QStringLiteral("mother_status"), Type::Code, vocab::ParentStatus};
    facts[GuardianshipType] = {QStringLiteral("guardianship_type"), Type::Code,
                               vocab::GuardianshipType};
    facts[GuardianCapacity] = {QStringLiteral("guardian_capacity"), Type::Code,
                               vocab::GuardianCapacity};
    return facts;
}

FactValue number(int n) {
    FactValue v;
    v.known = true;
    v.number = n;
    return v;
}

FactValue flag(bool b) {
    FactValue v;
    v.known = true;
    v.flag = b;
    return v;
}

FactValue flag(const std::optional<bool>& b) {
    return b ? flag(*b) : FactValue{};
}

FactValue code(const QString& c) {
    FactValue v;
    v.known = !c.isEmpty();
    v.code = c;
    return v;
}

// A list of codes is known once the form has been filled at all: an empty list of diagnoses
// means "none", which is a fact.
FactValue codes(const QStringList& c) {
    FactValue v;
    v.known = true;
    v.codes = c;
    return v;
}

QString livingSettingOf(const PolicySubject& s) {
    if (!s.livingSetting.isEmpty())
        return s.livingSetting;
    if (s.guardianshipType == QLatin1String("institution"))
        return QStringLiteral("institution");
    if (!s.guardianshipType.isEmpty())
        return QStringLiteral("community");
    return {};
}

}  // namespace

const QVector<PolicyFacts::Fact>& PolicyFacts::all() {
    static const QVector<Fact> facts = buildFacts();
    return facts;
}

int PolicyFacts::indexOf(const QString& name) {
    static const QHash<QString, int> byName = [] {
        QHash<QString, int> map;
        for (int i = 0; i < all().size(); ++i)
            map.insert(all()[i].name, i);
        return map;
    }();
    return byName.value(name, -1);
}

QString PolicyFacts::label(int fact) {
    switch (fact) {
        case Age:
            return tr("age");
        case Categories:
            return tr("categories");
        case Health:
            return tr("health");
        case Disabled:
            return tr("disabled");
        case DisabilityCategory:
            return tr("disability category");
        case DisabilityLevel:
            return tr("disability level");
        case DisabilityCertified:
            return tr("disability certificate");
        case Diagnoses:
            return tr("diagnoses");
        case Schooling:
            return tr("schooling");
        case MedicalInsurance:
            return tr("medical insurance");
        case RegisteredPoor:
            return tr("registered poor household");
        case LivingSetting:
            return tr("lives");
        case SupportStatus:
            return tr("household support");
        case FatherStatus:
            return tr("father");
        case MotherStatus:
            return tr("mother");
        case GuardianshipType:
            return tr("guardianship");
        case GuardianCapacity:
            return tr("guardian's capacity");
        default:
            return {};
    }
}

QVector<FactValue> PolicyFacts::values(const PolicySubject& s, const QDate& day) {
    QVector<FactValue> v(FactCount);
    Child forAge;
    forAge.birthDate = s.birthDate;
    const int age = forAge.ageOn(day);
    if (age >= 0)
        v[Age] = number(age);
    v[Categories] = codes(s.categories);
    v[Health] = code(s.health);
    const bool disabled = s.health == QLatin1String("disabled") ||
                          s.categories.contains(QLatin1String("disability")) ||
                          !s.disabilityCategory.isEmpty() || s.disabilityCertified;
    v[Disabled] = flag(disabled);
    v[DisabilityCategory] = code(s.disabilityCategory);
    if (s.disabilityLevel > 0)
        v[DisabilityLevel] = number(s.disabilityLevel);
    v[DisabilityCertified] = flag(s.disabilityCertified);
    v[Diagnoses] = codes(s.diagnoses);
    v[Schooling] = code(s.schooling);
    v[MedicalInsurance] = code(s.medicalInsurance);
    v[RegisteredPoor] = flag(s.registeredPoor);
    v[LivingSetting] = code(livingSettingOf(s));
    v[SupportStatus] = code(s.supportStatus);
    v[FatherStatus] = code(s.fatherStatus);
    v[MotherStatus] = code(s.motherStatus);
    v[GuardianshipType] = code(s.guardianshipType);
    v[GuardianCapacity] = code(s.guardianCapacity);
    return v;
}

QString PolicyFacts::describe(int fact, const FactValue& value) {
    if (fact < 0 || fact >= all().size())
        return {};
    const Fact& f = all()[fact];
    if (!value.known)
        return tr("%1 not recorded").arg(label(fact));
    switch (f.type) {
        case Type::Number:
            if (fact == Age)
                return tr("aged %1").arg(value.number);
            return tr("%1 %2").arg(label(fact)).arg(value.number);
        case Type::Flag:
            return value.flag ? label(fact) : tr("not %1").arg(label(fact));
        case Type::Code:
            return tr("%1: %2").arg(label(fact), Vocabulary::label(f.vocabularyKind, value.code));
        case Type::Codes:
            return tr("%1: %2").arg(label(fact), Vocabulary::labels(f.vocabularyKind, value.codes));
    }
    return {};
}

}  // namespace tongbao
