#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace tongbao {

// One test in a rule's "when": a combination (all, any, not) or a comparison of one fact.
//   {"all": [...]}, {"any": [...]}, {"not": {...}}
//   {"fact": F, "in": [codes]}        a Code fact is one of the codes
//   {"fact": F, "has_any": [codes]}   a Codes fact holds at least one of the codes
//   {"fact": F, "is": true|false}     a Flag fact
//   {"fact": F, "under": N} / "at_most" / "at_least" / "over"   a Number fact
// A comparison on a fact that is not recorded is false.
struct RuleCondition {
    enum class Op { All, Any, Not, In, HasAny, Is, Under, AtMost, AtLeast, Over };
    Op op = Op::All;
    int fact = -1;  // index in PolicyFacts::all()
    QStringList codes;
    int number = 0;
    bool flag = false;
    QVector<RuleCondition> children;
};

// One entitlement of classified protection: when it applies, which measures the child should
// then have, which departments act, and where the policy says so, in its own words.
struct PolicyRule {
    QString id;  // stable: reports, referrals and scripts refer to it
    QString titleChinese;
    QString titleEnglish;
    QStringList facts;  // the facts "when" reads, as the file lists them
    RuleCondition when;
    QStringList measures;     // vocabulary measure_kind, all expected
    QStringList departments;  // vocabulary department; the first one leads
    QString sourceDocument;
    QString sourceSection;
    QString sourceQuote;

    QString title() const;   // in the current language
    QString source() const;  // "document, section: “quote”"
};

// A versioned set of rules read from a person-readable JSON file (resources/rules/*.json, the
// seed's 2017 set first). Sets are data so that a district can ship a newer set without a new
// program; the ledger setting policy.rule_set names the set in use. Every set is validated when
// it is loaded: a rule that names an unknown fact, measure, department or code, or whose listed
// facts differ from those its test reads, rejects the whole file with a message saying where.
class RuleSet {
    Q_DECLARE_TR_FUNCTIONS(RuleSet)
public:
    static const QString SettingKey;  // "policy.rule_set"
    static const QString DefaultId;   // "qijiang-2017"

    QString id;
    int version = 0;
    QString titleChinese;
    QString titleEnglish;
    QDate issued;
    QVector<PolicyRule> rules;

    QString title() const;
    const PolicyRule* rule(const QString& ruleId) const;

    static Result<RuleSet> parse(const QByteArray& json, const QString& origin);
    static Result<RuleSet> loadFile(const QString& path);

    // The sets shipped in the program, newest version of each id.
    static QStringList builtInIds();
    static Result<RuleSet> builtIn(const QString& setId);
};

}  // namespace tongbao
