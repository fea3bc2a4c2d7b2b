#pragma once

#include "common/Result.h"
#include "policy/EntitlementCheck.h"
#include "policy/RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <functional>

namespace tongbao {

class Ledger;

// Classified protection over a ledger: the rule set the ledger's setting names, the check of
// one child or of every open file (read in bulk, so a district ledger takes seconds), and the
// one-step answers to a missing entitlement — the expected measures written as 待申请, or a
// referral to the department that acts, marked with the rule so the check sees it.
class Entitlements {
    Q_DECLARE_TR_FUNCTIONS(Entitlements)
public:
    // The set named by the setting policy.rule_set (the 2017 seed set when unset).
    static Result<RuleSet> activeRuleSet(const Ledger& ledger);
    static Result<std::unique_ptr<Entitlements>> forLedger(Ledger& ledger);

    Entitlements(Ledger& ledger, RuleSet rules);
    Entitlements(const Entitlements&) = delete;
    Entitlements& operator=(const Entitlements&) = delete;

    const RuleSet& ruleSet() const { return m_rules; }

    Result<QVector<Entitlement>> checkChild(const QString& childId,
                                            const QDate& day,
                                            bool includeNotApplicable = false) const;

    using Visitor =
        std::function<void(const PolicySubject& subject, const QVector<Entitlement>& results)>;
    // Every open file with the rules that apply to it; children none applies to are skipped.
    Status forEachChild(
        const QDate& day,
        const Visitor& visit,
        EntitlementCheck::Detail detail = EntitlementCheck::Detail::WithReasons) const;

    struct Summary {
        int children = 0;         // open files checked
        int childrenMissing = 0;  // with at least one missing entitlement
        int missing = 0;          // child-and-rule pairs missing
        QHash<QString, int> missingByRule;
    };
    Result<Summary> summary(const QDate& day) const;

    // Writes the rule's expected measures that are not on file, status 待申请, with the
    // leading department; or a referral to that department. One transaction each.
    Status createMissingMeasures(const QString& childId, const Entitlement& entitlement);
    Status createReferral(const QString& childId, const Entitlement& entitlement);

private:
    Ledger& m_ledger;
    RuleSet m_rules;
    EntitlementCheck m_check;
};

}  // namespace tongbao
