#pragma once

#include "policy/PolicySubject.h"
#include "policy/RuleSet.h"

#include <QCoreApplication>
#include <QVector>

namespace tongbao {

enum class EntitlementState { NotApplicable, Missing, InProgress, InPlace };

// What one rule says about one child on one day.
struct Entitlement {
    const PolicyRule* rule = nullptr;  // points into the RuleSet the check was made with
    EntitlementState state = EntitlementState::NotApplicable;
    QStringList because;          // the facts that made the rule apply, in words
    QStringList missingMeasures;  // expected kinds with nothing live on file
    QStringList measureIds;       // measures on file that answer the rule
    QString referralId;           // an unanswered referral made for the rule
    QString reason;  // "aged 12, father: 服刑在押 … → 特困人员救助供养; none on file"
};

// The evaluator of classified protection: which rules of a set apply to a child on a day, and
// whether the measures they expect are in place (已落实, live on the day), in progress (待申请
// or 申请中, or an unanswered referral to the department made for this rule) or missing. Pure:
// it reads only the PolicySubject it is given, so one check object serves a whole district
// ledger and the tests give it hand-made children.
class EntitlementCheck {
    Q_DECLARE_TR_FUNCTIONS(EntitlementCheck)
public:
    explicit EntitlementCheck(const RuleSet& rules);

    enum class Detail { StatesOnly, WithReasons };

    // Rules that apply, in the set's order; with includeNotApplicable every rule. Counting
    // (the workbench, summaries) asks for StatesOnly and skips the words.
    QVector<Entitlement> check(const PolicySubject& subject,
                               const QDate& day,
                               bool includeNotApplicable = false,
                               Detail detail = Detail::WithReasons) const;

    // The mark a referral's purpose carries so that the check can link it to its rule.
    static QString referralMark(const PolicyRule& rule);

    static QString stateCode(EntitlementState state);  // in_place, in_progress, missing, ...
    static QString stateLabel(EntitlementState state);

private:
    const RuleSet& m_rules;
    QStringList m_measureLabels;  // per rule, in the language of the moment of construction
};

}  // namespace tongbao
