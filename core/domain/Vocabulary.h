#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tongbao {

// The domain's enumerations (risk levels, categories, guardianship types, ...) as data.
// Each term has a stable ASCII code, which is what the ledger stores and batches carry, and a
// Chinese and an English label. The table is resources/data/vocabulary.tsv, so a district can
// add a term without a new release and both labels stay in one place; labels follow the
// language chosen in Localization.
class Vocabulary {
public:
    struct Term {
        QString code;
        QString chinese;
        QString english;
        QString chineseShort;
        QString englishShort;
    };

    // Kinds are the first column of the table.
    static const QVector<Term>& terms(const QString& kind);
    static QStringList codes(const QString& kind);
    static bool contains(const QString& kind, const QString& code);

    // The label in the current language; an unknown code is shown as itself, never hidden.
    static QString label(const QString& kind, const QString& code);
    static QString shortLabel(const QString& kind, const QString& code);
    // Labels of several codes, joined for display ("孤儿、残疾").
    static QString labels(const QString& kind, const QStringList& codes);
    static QString chineseLabel(const QString& kind, const QString& code);

    static QStringList kinds();
};

// Stable kind names, so that code never spells them twice.
namespace vocab {
inline const QString LedgerKind = QStringLiteral("ledger_kind");
inline const QString Sex = QStringLiteral("sex");
inline const QString RiskLevel = QStringLiteral("risk_level");
inline const QString Category = QStringLiteral("category");
inline const QString Health = QStringLiteral("health");
inline const QString DisabilityCategory = QStringLiteral("disability_category");
inline const QString DisabilityLevel = QStringLiteral("disability_level");
inline const QString Schooling = QStringLiteral("schooling");
inline const QString FileStatus = QStringLiteral("file_status");
inline const QString ExitReason = QStringLiteral("exit_reason");
inline const QString MemberRelation = QStringLiteral("member_relation");
inline const QString CaregiverRelation = QStringLiteral("caregiver_relation");
inline const QString CaregiverHealth = QStringLiteral("caregiver_health");
inline const QString IncomeSource = QStringLiteral("income_source");
inline const QString SupportStatus = QStringLiteral("support_status");
inline const QString ParentStatus = QStringLiteral("parent_status");
inline const QString GuardianshipType = QStringLiteral("guardianship_type");
inline const QString GuardianCapacity = QStringLiteral("guardian_capacity");
inline const QString MeasureKind = QStringLiteral("measure_kind");
inline const QString MeasureStatus = QStringLiteral("measure_status");
inline const QString Department = QStringLiteral("department");
inline const QString VisitMode = QStringLiteral("visit_mode");
inline const QString CheckResult = QStringLiteral("check_result");
inline const QString SafetySituation = QStringLiteral("safety_situation");
inline const QString SafetyRecipient = QStringLiteral("safety_recipient");
inline const QString NotificationMethod = QStringLiteral("notification_method");
inline const QString SafetyStepKind = QStringLiteral("safety_step_kind");
inline const QString SafetyReportStatus = QStringLiteral("safety_report_status");
inline const QString Ethnicity = QStringLiteral("ethnicity");
}  // namespace vocab

}  // namespace tongbao
