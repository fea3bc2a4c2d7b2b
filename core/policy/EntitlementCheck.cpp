#include "policy/EntitlementCheck.h"

#include "domain/Vocabulary.h"
#include "policy/PolicyFacts.h"

namespace tongbao {

namespace {

using Op = RuleCondition::Op;

QString describeLeaf(const RuleCondition& c, const FactValue& value) {
    if (c.op == Op::HasAny) {
        // Only the codes that matched: "categories: 孤儿", not every category on file.
        FactValue matched = value;
        matched.codes.clear();
        for (const QString& code : value.codes)
            if (c.codes.contains(code))
                matched.codes.append(code);
        return PolicyFacts::describe(c.fact, matched);
    }
    return PolicyFacts::describe(c.fact, value);
}

// Evaluates a test; when `because` is given, appends the words of the comparisons that made it
// true (nothing from under a "not": what is absent is no reason to show).
bool holds(const RuleCondition& c, const QVector<FactValue>& facts, QStringList* because) {
    switch (c.op) {
        case Op::All: {
            QStringList words;
            for (const RuleCondition& child : c.children)
                if (!holds(child, facts, because ? &words : nullptr))
                    return false;
            if (because)
                *because += words;
            return true;
        }
        case Op::Any:
            for (const RuleCondition& child : c.children)
                if (holds(child, facts, because))
                    return true;
            return false;
        case Op::Not:
            return !holds(c.children.first(), facts, nullptr);
        default:
            break;
    }
    const FactValue& v = facts[c.fact];
    if (!v.known)
        return false;
    bool result = false;
    switch (c.op) {
        case Op::In:
            result = c.codes.contains(v.code);
            break;
        case Op::HasAny:
            for (const QString& code : v.codes)
                if (c.codes.contains(code)) {
                    result = true;
                    break;
                }
            break;
        case Op::Is:
            result = v.flag == c.flag;
            break;
        case Op::Under:
            result = v.number < c.number;
            break;
        case Op::AtMost:
            result = v.number <= c.number;
            break;
        case Op::AtLeast:
            result = v.number >= c.number;
            break;
        case Op::Over:
            result = v.number > c.number;
            break;
        default:
            break;
    }
    if (result && because) {
        const QString words = describeLeaf(c, v);
        if (!because->contains(words))
            because->append(words);
    }
    return result;
}

enum class MeasureState { None, Ended, InProgress, InPlace };

// The best state among the child's measures of one kind on the day, and the ids that count.
MeasureState measureState(const PolicySubject& s,
                          const QString& kind,
                          const QDate& day,
                          QStringList& ids,
                          QDate& endedOn) {
    MeasureState best = MeasureState::None;
    for (const PolicyMeasure& m : s.measures) {
        if (m.kind != kind)
            continue;
        MeasureState state = MeasureState::Ended;
        if (m.status == QLatin1String("in_place")) {
            const bool started = !m.startDate.isValid() || m.startDate <= day;
            const bool running = !m.endDate.isValid() || m.endDate >= day;
            state = running ? (started ? MeasureState::InPlace : MeasureState::InProgress)
                            : MeasureState::Ended;
        } else if (m.status == QLatin1String("pending") || m.status == QLatin1String("applying")) {
            state = MeasureState::InProgress;
        }
        if (state == MeasureState::Ended) {
            const QDate end = m.endDate.isValid() ? m.endDate : m.startDate;
            if (end.isValid() && (!endedOn.isValid() || end > endedOn))
                endedOn = end;
        } else {
            ids.append(m.id);
        }
        best = qMax(best, state);
    }
    return best;
}

}  // namespace

EntitlementCheck::EntitlementCheck(const RuleSet& rules)
    : m_rules(rules) {
    for (const PolicyRule& rule : m_rules.rules)
        m_measureLabels.append(Vocabulary::labels(vocab::MeasureKind, rule.measures));
}

QString EntitlementCheck::referralMark(const PolicyRule& rule) {
    return QStringLiteral("[%1]").arg(rule.id);
}

QString EntitlementCheck::stateCode(EntitlementState state) {
    switch (state) {
        case EntitlementState::InPlace:
            return QStringLiteral("in_place");
        case EntitlementState::InProgress:
            return QStringLiteral("in_progress");
        case EntitlementState::Missing:
            return QStringLiteral("missing");
        case EntitlementState::NotApplicable:
            break;
    }
    return QStringLiteral("not_applicable");
}

QString EntitlementCheck::stateLabel(EntitlementState state) {
    switch (state) {
        case EntitlementState::InPlace:
            return tr("In place");
        case EntitlementState::InProgress:
            return tr("In progress");
        case EntitlementState::Missing:
            return tr("Missing");
        case EntitlementState::NotApplicable:
            break;
    }
    return tr("Does not apply");
}

QVector<Entitlement> EntitlementCheck::check(const PolicySubject& s,
                                             const QDate& day,
                                             bool includeNotApplicable,
                                             Detail detail) const {
    const bool words = detail == Detail::WithReasons;
    QVector<Entitlement> results;
    const bool open = s.fileStatus.isEmpty() || s.fileStatus == QLatin1String("active");
    const QVector<FactValue> facts = PolicyFacts::values(s, day);
    for (int ruleIndex = 0; ruleIndex < m_rules.rules.size(); ++ruleIndex) {
        const PolicyRule& rule = m_rules.rules[ruleIndex];
        Entitlement e;
        e.rule = &rule;
        if (!open || !holds(rule.when, facts, words ? &e.because : nullptr)) {
            if (includeNotApplicable) {
                e.because.clear();
                if (words)
                    e.reason =
                        open ? tr("Does not apply to this child.") : tr("The file is closed.");
                results.append(e);
            }
            continue;
        }
        bool allInPlace = true;
        bool allUnderWay = true;
        QDate endedOn;
        QStringList ended;
        for (const QString& kind : rule.measures) {
            QDate kindEnded;
            const MeasureState state = measureState(s, kind, day, e.measureIds, kindEnded);
            allInPlace = allInPlace && state == MeasureState::InPlace;
            allUnderWay = allUnderWay && state >= MeasureState::InProgress;
            if (state < MeasureState::InProgress) {
                e.missingMeasures.append(kind);
                if (state == MeasureState::Ended) {
                    ended.append(kind);
                    endedOn = qMax(endedOn, kindEnded);
                }
            }
        }
        const PolicyReferral* referral = nullptr;
        for (const PolicyReferral& r : s.referrals)
            if (r.outcome.isEmpty() && rule.departments.contains(r.department) &&
                r.purpose.contains(referralMark(rule)))
                referral = &r;

        if (!words) {
            e.state = allInPlace    ? EntitlementState::InPlace
                      : allUnderWay ? EntitlementState::InProgress
                      : referral    ? EntitlementState::InProgress
                                    : EntitlementState::Missing;
            if (referral)
                e.referralId = referral->id;
            results.append(e);
            continue;
        }
        QString status;
        if (allInPlace) {
            e.state = EntitlementState::InPlace;
            status = tr("in place");
        } else if (allUnderWay) {
            e.state = EntitlementState::InProgress;
            status = tr("applied for, not yet in place");
        } else if (referral) {
            e.state = EntitlementState::InProgress;
            e.referralId = referral->id;
            status = tr("referred to %1 on %2, no answer yet")
                         .arg(Vocabulary::label(vocab::Department, referral->department),
                              referral->referredOn.toString(Qt::ISODate));
        } else {
            e.state = EntitlementState::Missing;
            const QString missing = Vocabulary::labels(vocab::MeasureKind, e.missingMeasures);
            if (!ended.isEmpty() && ended.size() == e.missingMeasures.size() && endedOn.isValid())
                status = tr("%1 ended on %2").arg(missing, endedOn.toString(Qt::ISODate));
            else if (e.missingMeasures.size() == rule.measures.size())
                status = tr("no such measure on file");
            else
                status = tr("%1 not on file").arg(missing);
        }
        e.reason =
            tr("%1 → %2; %3").arg(e.because.join(tr(", ")), m_measureLabels[ruleIndex], status);
        results.append(e);
    }
    return results;
}

}  // namespace tongbao
