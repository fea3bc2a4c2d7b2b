#include "register/FieldLabels.h"

#include "common/Localization.h"
#include "domain/Vocabulary.h"

#include <QHash>
#include <QLocale>

namespace tongbao {

namespace {

using Kind = FieldLabels::ValueKind;

struct Entry {
    const char* record;  // "*" applies to every record without its own entry
    const char* column;
    const char* label;  // English source, translated in context FieldLabels
    Kind kind;
    const char* vocabulary;
};

// clang-format off
const Entry kEntries[] = {
    {"child", "household_id", QT_TRANSLATE_NOOP("FieldLabels", "Household"), Kind::HouseholdLink, ""},
    {"child", "name", QT_TRANSLATE_NOOP("FieldLabels", "Name"), Kind::Text, ""},
    {"child", "id_number", QT_TRANSLATE_NOOP("FieldLabels", "ID number"), Kind::Text, ""},
    {"child", "sex", QT_TRANSLATE_NOOP("FieldLabels", "Sex"), Kind::Code, "sex"},
    {"child", "birth_date", QT_TRANSLATE_NOOP("FieldLabels", "Date of birth"), Kind::Date, ""},
    {"child", "ethnicity", QT_TRANSLATE_NOOP("FieldLabels", "Ethnic group"), Kind::Code, "ethnicity"},
    {"child", "hukou_registered", QT_TRANSLATE_NOOP("FieldLabels", "Hukou registered"), Kind::YesNo, ""},
    {"child", "hukou_area_code", QT_TRANSLATE_NOOP("FieldLabels", "Hukou area code"), Kind::Text, ""},
    {"child", "hukou_address", QT_TRANSLATE_NOOP("FieldLabels", "Hukou address"), Kind::Text, ""},
    {"child", "residence_area_code", QT_TRANSLATE_NOOP("FieldLabels", "Residence area code"), Kind::Text, ""},
    {"child", "residence_address", QT_TRANSLATE_NOOP("FieldLabels", "Current address"), Kind::Text, ""},
    {"child", "village_group", QT_TRANSLATE_NOOP("FieldLabels", "Village group"), Kind::Text, ""},
    {"child", "categories", QT_TRANSLATE_NOOP("FieldLabels", "Categories"), Kind::Codes, "category"},
    {"child", "risk_level", QT_TRANSLATE_NOOP("FieldLabels", "Risk level"), Kind::Code, "risk_level"},
    {"child", "health", QT_TRANSLATE_NOOP("FieldLabels", "Health"), Kind::Code, "health"},
    {"child", "illness_type", QT_TRANSLATE_NOOP("FieldLabels", "Illness"), Kind::Text, ""},
    {"child", "disability_certificate", QT_TRANSLATE_NOOP("FieldLabels", "Disability certificate number"), Kind::Text, ""},
    {"child", "disability_category", QT_TRANSLATE_NOOP("FieldLabels", "Disability category"), Kind::Code, "disability_category"},
    {"child", "disability_level", QT_TRANSLATE_NOOP("FieldLabels", "Disability level"), Kind::DisabilityLevel, ""},
    {"child", "schooling", QT_TRANSLATE_NOOP("FieldLabels", "Schooling"), Kind::Code, "schooling"},
    {"child", "school_name", QT_TRANSLATE_NOOP("FieldLabels", "School"), Kind::Text, ""},
    {"child", "boarding", QT_TRANSLATE_NOOP("FieldLabels", "Boarding at school"), Kind::YesNo, ""},
    {"child", "phone", QT_TRANSLATE_NOOP("FieldLabels", "Phone"), Kind::Text, ""},
    {"child", "file_status", QT_TRANSLATE_NOOP("FieldLabels", "File status"), Kind::Code, "file_status"},
    {"child", "exit_reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason for closing"), Kind::Code, "exit_reason"},
    {"child", "exit_date", QT_TRANSLATE_NOOP("FieldLabels", "Date closed"), Kind::Date, ""},
    {"child", "opened_on", QT_TRANSLATE_NOOP("FieldLabels", "File opened on"), Kind::Date, ""},
    {"child", "medical_insurance", QT_TRANSLATE_NOOP("FieldLabels", "Medical insurance"), Kind::Code, "medical_insurance"},
    {"child", "registered_poor", QT_TRANSLATE_NOOP("FieldLabels", "Registered poor household"), Kind::YesNo, ""},
    {"child", "diagnoses", QT_TRANSLATE_NOOP("FieldLabels", "Diagnoses"), Kind::Codes, "diagnosis"},
    {"child", "living_setting", QT_TRANSLATE_NOOP("FieldLabels", "Lives"), Kind::Code, "living_setting"},

    {"household", "head_name", QT_TRANSLATE_NOOP("FieldLabels", "Head of household"), Kind::Text, ""},
    {"household", "head_id_number", QT_TRANSLATE_NOOP("FieldLabels", "Head's ID number"), Kind::Text, ""},
    {"household", "area_code", QT_TRANSLATE_NOOP("FieldLabels", "Area code"), Kind::Text, ""},
    {"household", "address", QT_TRANSLATE_NOOP("FieldLabels", "Address"), Kind::Text, ""},
    {"household", "income_sources", QT_TRANSLATE_NOOP("FieldLabels", "Income sources"), Kind::Codes, "income_source"},
    {"household", "support_status", QT_TRANSLATE_NOOP("FieldLabels", "Support status"), Kind::Code, "support_status"},

    {"household_member", "household_id", "", Kind::Hidden, ""},
    {"household_member", "relation", QT_TRANSLATE_NOOP("FieldLabels", "Relation to the head"), Kind::Code, "member_relation"},

    {"guardianship", "father_status", QT_TRANSLATE_NOOP("FieldLabels", "Father"), Kind::Code, "parent_status"},
    {"guardianship", "father_since", QT_TRANSLATE_NOOP("FieldLabels", "Father's situation since"), Kind::Date, ""},
    {"guardianship", "father_whereabouts", QT_TRANSLATE_NOOP("FieldLabels", "Father works in"), Kind::Text, ""},
    {"guardianship", "mother_status", QT_TRANSLATE_NOOP("FieldLabels", "Mother"), Kind::Code, "parent_status"},
    {"guardianship", "mother_since", QT_TRANSLATE_NOOP("FieldLabels", "Mother's situation since"), Kind::Date, ""},
    {"guardianship", "mother_whereabouts", QT_TRANSLATE_NOOP("FieldLabels", "Mother works in"), Kind::Text, ""},
    {"guardianship", "caregiver_name", QT_TRANSLATE_NOOP("FieldLabels", "Actual caregiver"), Kind::Text, ""},
    {"guardianship", "caregiver_id_number", QT_TRANSLATE_NOOP("FieldLabels", "Caregiver's ID number"), Kind::Text, ""},
    {"guardianship", "caregiver_relation", QT_TRANSLATE_NOOP("FieldLabels", "Caregiver's relation to the child"), Kind::Code, "caregiver_relation"},
    {"guardianship", "caregiver_age", QT_TRANSLATE_NOOP("FieldLabels", "Caregiver's age"), Kind::Integer, ""},
    {"guardianship", "caregiver_health", QT_TRANSLATE_NOOP("FieldLabels", "Caregiver's health"), Kind::Code, "caregiver_health"},
    {"guardianship", "caregiver_phone", QT_TRANSLATE_NOOP("FieldLabels", "Caregiver's phone"), Kind::Text, ""},
    {"guardianship", "guardianship_type", QT_TRANSLATE_NOOP("FieldLabels", "Guardianship type"), Kind::Code, "guardianship_type"},
    {"guardianship", "capacity", QT_TRANSLATE_NOOP("FieldLabels", "Guardian's capacity"), Kind::Code, "guardian_capacity"},
    {"guardianship", "entrusted_notice_date", QT_TRANSLATE_NOOP("FieldLabels", "Committee told in writing on"), Kind::Date, ""},

    {"measure", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Measure"), Kind::Code, "measure_kind"},
    {"measure", "department", QT_TRANSLATE_NOOP("FieldLabels", "Department in charge"), Kind::Code, "department"},
    {"measure", "start_date", QT_TRANSLATE_NOOP("FieldLabels", "Start"), Kind::Date, ""},
    {"measure", "end_date", QT_TRANSLATE_NOOP("FieldLabels", "End"), Kind::Date, ""},
    {"measure", "amount_fen", QT_TRANSLATE_NOOP("FieldLabels", "Amount per month"), Kind::Money, ""},
    {"measure", "status", QT_TRANSLATE_NOOP("FieldLabels", "Status"), Kind::Code, "measure_status"},

    {"referral", "department", QT_TRANSLATE_NOOP("FieldLabels", "Referred to"), Kind::Code, "department"},
    {"referral", "referred_on", QT_TRANSLATE_NOOP("FieldLabels", "Referred on"), Kind::Date, ""},
    {"referral", "purpose", QT_TRANSLATE_NOOP("FieldLabels", "Purpose"), Kind::Text, ""},
    {"referral", "outcome", QT_TRANSLATE_NOOP("FieldLabels", "Outcome"), Kind::Text, ""},
    {"referral", "outcome_on", QT_TRANSLATE_NOOP("FieldLabels", "Outcome on"), Kind::Date, ""},

    {"visit", "visit_date", QT_TRANSLATE_NOOP("FieldLabels", "Visit date"), Kind::Date, ""},
    {"visit", "mode", QT_TRANSLATE_NOOP("FieldLabels", "Mode"), Kind::Code, "visit_mode"},
    {"visit", "visitor", QT_TRANSLATE_NOOP("FieldLabels", "Visitor"), Kind::Text, ""},
    {"visit", "seen_in_person", QT_TRANSLATE_NOOP("FieldLabels", "Child seen in person"), Kind::YesNo, ""},
    {"visit", "guardianship_assessment", QT_TRANSLATE_NOOP("FieldLabels", "Guardianship assessment"), Kind::Code, "guardian_capacity"},
    {"visit", "next_visit_date", QT_TRANSLATE_NOOP("FieldLabels", "Next visit"), Kind::Date, ""},
    {"visit", "triggered_safety_report", QT_TRANSLATE_NOOP("FieldLabels", "Safety report started"), Kind::YesNo, ""},
    {"visit", "guardian_confirmed", QT_TRANSLATE_NOOP("FieldLabels", "Confirmed by the guardian"), Kind::YesNo, ""},
    {"visit", "problems", QT_TRANSLATE_NOOP("FieldLabels", "Problems"), Kind::Text, ""},
    {"visit", "needs", QT_TRANSLATE_NOOP("FieldLabels", "Needs"), Kind::Text, ""},
    {"visit", "actions", QT_TRANSLATE_NOOP("FieldLabels", "Actions"), Kind::Text, ""},
    {"visit", "follow_up", QT_TRANSLATE_NOOP("FieldLabels", "Follow-up"), Kind::Text, ""},

    {"case_note", "written_on", QT_TRANSLATE_NOOP("FieldLabels", "Date"), Kind::Date, ""},
    {"case_note", "text", QT_TRANSLATE_NOOP("FieldLabels", "Note"), Kind::Text, ""},
    {"case_note", "author", QT_TRANSLATE_NOOP("FieldLabels", "Written by"), Kind::Text, ""},

    // Shared by several records.
    {"*", "name", QT_TRANSLATE_NOOP("FieldLabels", "Name"), Kind::Text, ""},
    {"*", "id_number", QT_TRANSLATE_NOOP("FieldLabels", "ID number"), Kind::Text, ""},
    {"*", "birth_date", QT_TRANSLATE_NOOP("FieldLabels", "Date of birth"), Kind::Date, ""},
    {"*", "phone", QT_TRANSLATE_NOOP("FieldLabels", "Phone"), Kind::Text, ""},
    {"*", "village_group", QT_TRANSLATE_NOOP("FieldLabels", "Village group"), Kind::Text, ""},
    {"*", "notes", QT_TRANSLATE_NOOP("FieldLabels", "Notes"), Kind::Text, ""},
    {"*", "child_id", "", Kind::Hidden, ""},
};
// clang-format on

const Entry* find(const QString& record, const QString& column) {
    static const QHash<QString, const Entry*> index = [] {
        QHash<QString, const Entry*> built;
        for (const Entry& entry : kEntries)
            built.insert(
                QLatin1String(entry.record) + QLatin1Char('.') + QLatin1String(entry.column),
                &entry);
        return built;
    }();
    if (const Entry* own = index.value(record + QLatin1Char('.') + column))
        return own;
    return index.value(QStringLiteral("*.") + column);
}

}  // namespace

FieldLabels::Field FieldLabels::field(const QString& record, const QString& column) {
    const Entry* entry = find(record, column);
    if (!entry)
        return {column, ValueKind::Text, QString()};
    return {*entry->label ? tr(entry->label) : QString(), entry->kind,
            QString::fromLatin1(entry->vocabulary)};
}

QString FieldLabels::notSet() {
    //: In a sentence about a change: the field had no value ("Risk level: not set → High")
    return tr("not set");
}

QString FieldLabels::money(qint64 fen) {
    // Integer arithmetic only: yuan and the two digits of fen.
    const bool negative = fen < 0;
    const qint64 magnitude = negative ? -fen : fen;
    const QString yuan = QLocale(QLocale::English).toString(magnitude / 100);
    return QStringLiteral("%1¥%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), yuan)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString FieldLabels::displayValue(const QString& record,
                                  const QString& column,
                                  const QVariant& stored,
                                  const std::function<QString(const QString&)>& householdName) {
    const Field described = field(record, column);
    const QString text = stored.isNull() ? QString() : stored.toString();
    switch (described.kind) {
        case ValueKind::YesNo:
            if (stored.isNull() || text.isEmpty())
                //: A yes/no question nobody has answered yet
                return tr("unknown");
            return text == QLatin1String("0") ? tr("no") : tr("yes");
        case ValueKind::Money:
            return money(stored.toLongLong());
        case ValueKind::DisabilityLevel:
            if (stored.toInt() <= 0)
                return notSet();
            return Vocabulary::label(vocab::DisabilityLevel, QString::number(stored.toInt()));
        case ValueKind::Integer:
            return stored.toLongLong() == 0 ? notSet() : QString::number(stored.toLongLong());
        default:
            break;
    }
    if (text.isEmpty())
        return notSet();
    switch (described.kind) {
        case ValueKind::Code:
            return Vocabulary::label(described.vocabularyKind, text);
        case ValueKind::Codes:
            return Vocabulary::labels(described.vocabularyKind,
                                      text.split(QLatin1Char(','), Qt::SkipEmptyParts));
        case ValueKind::HouseholdLink:
            if (householdName) {
                const QString name = householdName(text);
                if (!name.isEmpty())
                    return name;
            }
            return text;
        default:
            return text;
    }
}

}  // namespace tongbao
