#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <functional>

namespace tongbao {

// The words for the fields of a child's file, kept in one table so that the form, the inline
// messages and the timeline of changes ("Risk level: Medium → High") all call a field the same
// thing. Fields are named by their stored column ("risk_level") within their record
// ("child", "guardianship", "measure", ...), because that is what the audit rows record. The
// table also says how a stored value reads: a vocabulary code as its label, money in yuan, a
// yes/no question as yes or no.
class FieldLabels {
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    enum class ValueKind {
        Text,
        Date,
        Code,   // one vocabulary code (vocabularyKind)
        Codes,  // several, comma-joined
        YesNo,  // 1 / 0 / NULL = unknown
        Money,  // integer fen
        Integer,
        DisabilityLevel,  // 0..4
        HouseholdLink,    // a household's id: shown as its head's household
        Hidden,           // links and bookkeeping that a reader does not need (child_id)
    };

    struct Field {
        QString label;  // in the current language
        ValueKind kind = ValueKind::Text;
        QString vocabularyKind;  // for Code and Codes
    };

    // The field of a record; an unknown field is labelled with its own name, never dropped.
    static Field field(const QString& record, const QString& column);
    static QString label(const QString& record, const QString& column) {
        return field(record, column).label;
    }

    // How a stored value reads in the current language. `householdName` turns a household id
    // into words (the timeline passes a lookup; without one the id is shown).
    static QString displayValue(const QString& record,
                                const QString& column,
                                const QVariant& stored,
                                const std::function<QString(const QString&)>& householdName = {});

    // "¥1,250.00" for 125000 fen.
    static QString money(qint64 fen);
    // The word for "not filled in" in a sentence about a change.
    static QString notSet();
};

}  // namespace tongbao
