#include "policy/RuleSet.h"

#include "common/Localization.h"
#include "domain/Vocabulary.h"
#include "policy/PolicyFacts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace tongbao {

const QString RuleSet::SettingKey = QStringLiteral("policy.rule_set");
const QString RuleSet::DefaultId = QStringLiteral("qijiang-2017");

namespace {

const QString kFormat = QStringLiteral("tongbao-rules/1");
const QString kBuiltInFolder = QStringLiteral(":/rules");

bool chinese() {
    return Localization::current() == Localization::Language::Chinese;
}

// Reads one file and collects every problem, so that whoever edits a rule file sees them all
// at once rather than one per attempt.
class Reader {
public:
    explicit Reader(QString origin)
        : m_origin(std::move(origin)) {}

    QStringList problems;

    void problem(const QString& where, const QString& what) {
        problems.append(where.isEmpty() ? what : QStringLiteral("%1: %2").arg(where, what));
    }

    QString text(const QJsonObject& o, const char* key, const QString& where) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            problem(where, RuleSet::tr("\"%1\" is missing or empty").arg(QLatin1String(key)));
            return {};
        }
        return v.toString();
    }

    QStringList list(const QJsonObject& o, const char* key, const QString& where) {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList out;
        if (!v.isArray() || v.toArray().isEmpty()) {
            problem(where,
                    RuleSet::tr("\"%1\" must be a list that is not empty").arg(QLatin1String(key)));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                problem(where, RuleSet::tr("\"%1\" must hold text only").arg(QLatin1String(key)));
            else
                out.append(item.toString());
        }
        return out;
    }

    void codesIn(const QString& kind,
                 const QStringList& codes,
                 const QString& where,
                 const QString& what) {
        for (const QString& c : codes)
            if (!Vocabulary::contains(kind, c))
                problem(where, RuleSet::tr("unknown %1 \"%2\"").arg(what, c));
    }

    RuleCondition condition(const QJsonValue& value, const QString& where, QStringList& facts) {
        RuleCondition c;
        if (!value.isObject()) {
            problem(where, RuleSet::tr("a test must be an object"));
            return c;
        }
        const QJsonObject o = value.toObject();
        const auto group = [&](const char* key, RuleCondition::Op op) {
            c.op = op;
            const QJsonValue items = o.value(QLatin1String(key));
            if (!items.isArray() || items.toArray().isEmpty()) {
                problem(where,
                        RuleSet::tr("\"%1\" must list at least one test").arg(QLatin1String(key)));
                return;
            }
            for (const QJsonValue& item : items.toArray())
                c.children.append(condition(item, where, facts));
        };
        if (o.contains(QLatin1String("all"))) {
            group("all", RuleCondition::Op::All);
            return c;
        }
        if (o.contains(QLatin1String("any"))) {
            group("any", RuleCondition::Op::Any);
            return c;
        }
        if (o.contains(QLatin1String("not"))) {
            c.op = RuleCondition::Op::Not;
            c.children.append(condition(o.value(QLatin1String("not")), where, facts));
            return c;
        }
        const QString factName = o.value(QLatin1String("fact")).toString();
        c.fact = PolicyFacts::indexOf(factName);
        if (c.fact < 0) {
            problem(where, RuleSet::tr("unknown fact \"%1\"").arg(factName));
            return c;
        }
        if (!facts.contains(factName))
            facts.append(factName);
        const PolicyFacts::Fact& fact = PolicyFacts::all()[c.fact];
        const auto codeList = [&](const char* key) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isArray() || v.toArray().isEmpty()) {
                problem(where,
                        RuleSet::tr("\"%1\" must list at least one code").arg(QLatin1String(key)));
                return;
            }
            for (const QJsonValue& item : v.toArray())
                c.codes.append(item.toString());
            codesIn(fact.vocabularyKind, c.codes, where, RuleSet::tr("code of %1").arg(fact.name));
        };
        using Type = PolicyFacts::Type;
        static const struct {
            const char* key;
            RuleCondition::Op op;
        } numberOps[] = {{"under", RuleCondition::Op::Under},
                         {"at_most", RuleCondition::Op::AtMost},
                         {"at_least", RuleCondition::Op::AtLeast},
                         {"over", RuleCondition::Op::Over}};
        if (fact.type == Type::Code && o.contains(QLatin1String("in"))) {
            c.op = RuleCondition::Op::In;
            codeList("in");
        } else if (fact.type == Type::Codes && o.contains(QLatin1String("has_any"))) {
            c.op = RuleCondition::Op::HasAny;
            codeList("has_any");
        } else if (fact.type == Type::Flag && o.value(QLatin1String("is")).isBool()) {
            c.op = RuleCondition::Op::Is;
            c.flag = o.value(QLatin1String("is")).toBool();
        } else if (fact.type == Type::Number) {
            bool found = false;
            for (const auto& n : numberOps) {
                const QJsonValue v = o.value(QLatin1String(n.key));
                if (v.isDouble()) {
                    c.op = n.op;
                    c.number = v.toInt();
                    found = true;
                    break;
                }
            }
            if (!found)
                problem(where, RuleSet::tr("fact \"%1\" is a number: compare it with under, "
                                           "at_most, at_least or over")
                                   .arg(fact.name));
        } else {
            problem(where, RuleSet::tr("fact \"%1\" cannot be tested this way").arg(fact.name));
        }
        return c;
    }

    PolicyRule rule(const QJsonObject& o, int index) {
        PolicyRule r;
        r.id = o.value(QLatin1String("id")).toString();
        const QString where =
            RuleSet::tr("rule %1").arg(r.id.isEmpty() ? QString::number(index + 1) : r.id);
        static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!idPattern.match(r.id).hasMatch())
            problem(where, RuleSet::tr("the id must be lower-case letters, digits and _"));
        const QJsonObject title = o.value(QLatin1String("title")).toObject();
        r.titleChinese = text(title, "zh", where);
        r.titleEnglish = text(title, "en", where);
        r.facts = list(o, "facts", where);
        QStringList read;
        if (!o.contains(QLatin1String("when")))
            problem(where, RuleSet::tr("\"when\" is missing"));
        else
            r.when = condition(o.value(QLatin1String("when")), where, read);
        for (const QString& f : r.facts)
            if (PolicyFacts::indexOf(f) < 0)
                problem(where, RuleSet::tr("unknown fact \"%1\"").arg(f));
        if (QSet<QString>(r.facts.cbegin(), r.facts.cend()) !=
            QSet<QString>(read.cbegin(), read.cend()))
            problem(where, RuleSet::tr("\"facts\" must list exactly the facts that \"when\" "
                                       "reads: %1")
                               .arg(read.join(QStringLiteral(", "))));
        r.measures = list(o, "measures", where);
        codesIn(vocab::MeasureKind, r.measures, where, RuleSet::tr("measure"));
        r.departments = list(o, "departments", where);
        codesIn(vocab::Department, r.departments, where, RuleSet::tr("department"));
        const QJsonObject source = o.value(QLatin1String("source")).toObject();
        r.sourceDocument = text(source, "document", where);
        r.sourceSection = text(source, "section", where);
        r.sourceQuote = text(source, "quote", where);
        return r;
    }

    RuleSet set(const QByteArray& json) {
        RuleSet s;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            problem({},
                    RuleSet::tr("the file is not valid JSON (at character %1)").arg(error.offset));
            return s;
        }
        const QJsonObject o = document.object();
        if (o.value(QLatin1String("format")).toString() != kFormat) {
            problem({}, RuleSet::tr("the file is not a Tongbao rule set (\"format\" must be "
                                    "\"%1\")")
                            .arg(kFormat));
            return s;
        }
        s.id = text(o, "id", {});
        s.version = o.value(QLatin1String("version")).toInt();
        if (s.version < 1)
            problem({}, RuleSet::tr("\"version\" must be a whole number from 1"));
        const QJsonObject title = o.value(QLatin1String("title")).toObject();
        s.titleChinese = text(title, "zh", {});
        s.titleEnglish = text(title, "en", {});
        s.issued = QDate::fromString(o.value(QLatin1String("issued")).toString(), Qt::ISODate);
        const QJsonArray rules = o.value(QLatin1String("rules")).toArray();
        if (rules.isEmpty())
            problem({}, RuleSet::tr("the set has no rules"));
        QSet<QString> ids;
        for (int i = 0; i < rules.size(); ++i) {
            PolicyRule r = rule(rules.at(i).toObject(), i);
            if (ids.contains(r.id))
                problem(RuleSet::tr("rule %1").arg(r.id), RuleSet::tr("the id is used twice"));
            ids.insert(r.id);
            s.rules.append(r);
        }
        return s;
    }

    QString origin() const { return m_origin; }

private:
    QString m_origin;
};

}  // namespace

QString PolicyRule::title() const {
    return chinese() ? titleChinese : titleEnglish;
}

QString PolicyRule::source() const {
    return QStringLiteral("%1 %2：“%3”").arg(sourceDocument, sourceSection, sourceQuote);
}

QString RuleSet::title() const {
    return chinese() ? titleChinese : titleEnglish;
}

const PolicyRule* RuleSet::rule(const QString& ruleId) const {
    for (const PolicyRule& r : rules)
        if (r.id == ruleId)
            return &r;
    return nullptr;
}

Result<RuleSet> RuleSet::parse(const QByteArray& json, const QString& origin) {
    Reader reader(origin);
    RuleSet set = reader.set(json);
    if (!reader.problems.isEmpty()) {
        QStringList shown = reader.problems.mid(0, 5);
        if (reader.problems.size() > shown.size())
            shown.append(
                tr("and %n more problem(s)", nullptr, int(reader.problems.size() - shown.size())));
        return Result<RuleSet>::failure(tr("The rule set %1 cannot be used: %2.")
                                            .arg(origin, shown.join(QStringLiteral("; "))));
    }
    return set;
}

Result<RuleSet> RuleSet::loadFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<RuleSet>::failure(tr("The rule set %1 could not be read.").arg(path));
    return parse(file.readAll(), QFileInfo(path).fileName());
}

QStringList RuleSet::builtInIds() {
    QStringList ids;
    const QStringList files =
        QDir(kBuiltInFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        const Result<RuleSet> set = loadFile(kBuiltInFolder + QLatin1Char('/') + name);
        if (set && !ids.contains(set->id))
            ids.append(set->id);
    }
    return ids;
}

Result<RuleSet> RuleSet::builtIn(const QString& setId) {
    const QString wanted = setId.isEmpty() ? DefaultId : setId;
    std::optional<RuleSet> newest;
    const QStringList files =
        QDir(kBuiltInFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        Result<RuleSet> set = loadFile(kBuiltInFolder + QLatin1Char('/') + name);
        if (!set)
            return set;  // a broken shipped file is a fault to show, never to skip
        if (set->id == wanted && (!newest || set->version > newest->version))
            newest = *set;
    }
    if (!newest)
        return Result<RuleSet>::failure(
            tr("The rule set \"%1\" named in the ledger's settings is not part of this "
               "program.")
                .arg(wanted));
    return *newest;
}

}  // namespace tongbao
