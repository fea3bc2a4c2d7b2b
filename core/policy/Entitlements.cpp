#include "policy/Entitlements.h"

#include "domain/Measure.h"
#include "domain/Referral.h"
#include "domain/Vocabulary.h"
#include "storage/CaseRepositories.h"
#include "storage/Ledger.h"
#include "storage/PolicyQueries.h"

namespace tongbao {

Result<RuleSet> Entitlements::activeRuleSet(const Ledger& ledger) {
    return RuleSet::builtIn(ledger.setting(RuleSet::SettingKey, RuleSet::DefaultId));
}

Result<std::unique_ptr<Entitlements>> Entitlements::forLedger(Ledger& ledger) {
    Result<RuleSet> rules = activeRuleSet(ledger);
    if (!rules)
        return rules.status();
    return std::make_unique<Entitlements>(ledger, std::move(*rules));
}

Entitlements::Entitlements(Ledger& ledger, RuleSet rules)
    : m_ledger(ledger)
    , m_rules(std::move(rules))
    , m_check(m_rules) {}

Result<QVector<Entitlement>> Entitlements::checkChild(const QString& childId,
                                                      const QDate& day,
                                                      bool includeNotApplicable) const {
    const std::optional<PolicySubject> subject = PolicyQueries(m_ledger.database()).child(childId);
    if (!subject)
        return Result<QVector<Entitlement>>::failure(
            tr("The child's file could not be read for the entitlement check."));
    return m_check.check(*subject, day, includeNotApplicable);
}

Status Entitlements::forEachChild(const QDate& day,
                                  const Visitor& visit,
                                  EntitlementCheck::Detail detail) const {
    const bool read =
        PolicyQueries(m_ledger.database()).forEachOpenFile([&](const PolicySubject& subject) {
            const QVector<Entitlement> results = m_check.check(subject, day, false, detail);
            visit(subject, results);
        });
    if (!read)
        return Status::failure(tr("The ledger could not be read for the entitlement check."));
    return Status::success();
}

Result<Entitlements::Summary> Entitlements::summary(const QDate& day) const {
    Summary summary;
    const Status done = forEachChild(
        day,
        [&](const PolicySubject&, const QVector<Entitlement>& results) {
            ++summary.children;
            bool missing = false;
            for (const Entitlement& e : results) {
                if (e.state != EntitlementState::Missing)
                    continue;
                missing = true;
                ++summary.missing;
                ++summary.missingByRule[e.rule->id];
            }
            if (missing)
                ++summary.childrenMissing;
        },
        EntitlementCheck::Detail::StatesOnly);
    if (!done)
        return done;
    return summary;
}

Status Entitlements::createMissingMeasures(const QString& childId, const Entitlement& e) {
    if (!e.rule || e.missingMeasures.isEmpty())
        return Status::failure(tr("Every measure this rule expects is already on file."));
    Transaction transaction(m_ledger.database());
    for (const QString& kind : e.missingMeasures) {
        Measure measure;
        measure.childId = childId;
        measure.kind = kind;
        measure.department = e.rule->departments.value(0);
        measure.status = QStringLiteral("pending");
        measure.notes = tr("Suggested by the entitlement check: %1 %2")
                            .arg(e.rule->title(), EntitlementCheck::referralMark(*e.rule));
        const Status saved = m_ledger.measures().save(measure);
        if (!saved)
            return saved;
    }
    if (!transaction.commit())
        return Status::failure(tr("The measures could not be saved. Nothing was changed."));
    return Status::success();
}

Status Entitlements::createReferral(const QString& childId, const Entitlement& e) {
    if (!e.rule)
        return Status::failure(tr("There is no rule to refer."));
    Referral referral;
    referral.childId = childId;
    referral.department = e.rule->departments.value(0);
    referral.referredOn = m_ledger.clock().today();
    referral.purpose = tr("Apply for %1 %2")
                           .arg(Vocabulary::labels(vocab::MeasureKind, e.rule->measures),
                                EntitlementCheck::referralMark(*e.rule));
    return m_ledger.referrals().save(referral);
}

}  // namespace tongbao
