#pragma once

#include "policy/PolicySubject.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

namespace tongbao {

// Vocabulary kinds that classified protection added to the child's file (migration 9).
namespace vocab {
inline const QString MedicalInsurance = QStringLiteral("medical_insurance");
inline const QString Diagnosis = QStringLiteral("diagnosis");
inline const QString LivingSetting = QStringLiteral("living_setting");
}  // namespace vocab

// One fact's value for one child. Unknown (never asked, no birth date, no guardianship form)
// is its own state: a rule's comparison on an unknown fact is false, so a rule never claims an
// entitlement from facts nobody recorded.
struct FactValue {
    bool known = false;
    int number = 0;
    bool flag = false;
    QString code;
    QStringList codes;
};

// The facts a rule file may name, with their types and the vocabulary their codes come from.
// This table is the contract between the rule files in resources/rules and the child's file:
// the validator rejects a rule naming anything not listed here, and each fact is computed from
// the record in one place (value()), including the few that are derived (age on the day of the
// check; "disabled" from health, category or certificate; where the child lives when the
// form leaves it blank but the guardianship type says so).
class PolicyFacts {
    Q_DECLARE_TR_FUNCTIONS(PolicyFacts)
public:
    enum class Type { Number, Flag, Code, Codes };

    struct Fact {
        QString name;
        Type type;
        QString vocabularyKind;  // for Code and Codes
    };

    static const QVector<Fact>& all();
    static int indexOf(const QString& name);  // -1 when unknown
    static QString label(int fact);           // in the current language

    // Every fact of the catalogue for this child on this day, in catalogue order.
    static QVector<FactValue> values(const PolicySubject& subject, const QDate& day);
    // A fact's value as words, for reasons ("12 years", "Imprisoned or detained").
    static QString describe(int fact, const FactValue& value);
};

}  // namespace tongbao
