// tongbao-cli entitlements FILE [--rules ID,...] [--missing-only] [--format tsv|json]
// [--on DATE] [--rule-file PATH] [--report FILE.xlsx|FILE.pdf]: classified protection (分类保障)
// for every open file — one line per child and applying rule: child id, name, rule id, state,
// reason. --report also writes the list grouped by department and rule.
#include "Command.h"

#include "common/Clock.h"
#include "domain/Vocabulary.h"
#include "policy/Entitlements.h"
#include "report/EntitlementReport.h"
#include "storage/Ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Check classified protection (分类保障): for every open file, each rule that applies with "
    "its state (in_place, in_progress, missing) and the reason, as TSV or JSON.");

QString asField(QString text) {
    std::replace_if(
        text.begin(), text.end(),
        [](QChar c) {
            return c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        },
        QLatin1Char(' '));
    return text;
}

int runEntitlements(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption rules(
        QStringLiteral("rules"),
        QCoreApplication::translate("Cli", "Only these rules (ids separated by commas)."),
        QStringLiteral("ID"));
    const QCommandLineOption missingOnly(
        QStringLiteral("missing-only"),
        QCoreApplication::translate("Cli", "Only entitlements that are missing."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("Cli", "tsv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("tsv"));
    const QCommandLineOption on(
        QStringLiteral("on"),
        QCoreApplication::translate("Cli", "Check as on this day (YYYY-MM-DD) instead of today."),
        QStringLiteral("DATE"));
    const QCommandLineOption ruleFile(
        QStringLiteral("rule-file"),
        QCoreApplication::translate(
            "Cli", "Use this rule-set file instead of the set the ledger's settings name."),
        QStringLiteral("PATH"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate(
            "Cli",
            "Also write the missing entitlements by department and rule to FILE (.xlsx "
            "or .pdf)."),
        QStringLiteral("FILE"));
    parser.addOptions({rules, missingOnly, format, on, ruleFile, report});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("tsv") && formatName != QLatin1String("json"))
        return fail(verb, QCoreApplication::translate("Cli", "--format must be tsv or json"),
                    ExitUsage);
    QDate day;
    if (parser.isSet(on)) {
        day = QDate::fromString(parser.value(on).trimmed(), Qt::ISODate);
        if (!day.isValid())
            return fail(
                verb,
                QCoreApplication::translate(
                    "Cli", "--on must be a calendar date written YYYY-MM-DD, e.g. 2026-11-29"),
                ExitUsage);
    }

    auto opened = Ledger::open(files.first(), actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    if (!day.isValid())
        day = ledger.clock().today();

    Result<RuleSet> set = parser.isSet(ruleFile) ? RuleSet::loadFile(parser.value(ruleFile))
                                                 : Entitlements::activeRuleSet(ledger);
    if (!set)
        return fail(verb, set.message());
    QStringList wanted;
    if (parser.isSet(rules)) {
        wanted = parser.value(rules).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& id : wanted) {
            id = id.trimmed();
            if (!set->rule(id))
                return fail(verb,
                            QCoreApplication::translate("Cli", "the rule set %1 has no rule \"%2\"")
                                .arg(set->id, id),
                            ExitUsage);
        }
    }

    const bool json = formatName == QLatin1String("json");
    if (!json)
        out() << "child_id\tname\trule\tstate\treason\n";
    QJsonArray lines;
    Entitlements entitlements(ledger, std::move(*set));
    const Status done = entitlements.forEachChild(day, [&](const PolicySubject& child,
                                                           const QVector<Entitlement>& results) {
        for (const Entitlement& e : results) {
            if (!wanted.isEmpty() && !wanted.contains(e.rule->id))
                continue;
            if (parser.isSet(missingOnly) && e.state != EntitlementState::Missing)
                continue;
            const QString state = EntitlementCheck::stateCode(e.state);
            if (!json) {
                out() << child.childId << '\t' << asField(child.name) << '\t' << e.rule->id << '\t'
                      << state << '\t' << asField(e.reason) << '\n';
                continue;
            }
            lines.append(QJsonObject{
                {QStringLiteral("child_id"), child.childId},
                {QStringLiteral("name"), child.name},
                {QStringLiteral("rule"), e.rule->id},
                {QStringLiteral("state"), state},
                {QStringLiteral("reason"), e.reason},
                {QStringLiteral("missing_measures"), QJsonArray::fromStringList(e.missingMeasures)},
                {QStringLiteral("departments"), QJsonArray::fromStringList(e.rule->departments)},
                {QStringLiteral("source"), e.rule->source()},
            });
        }
    });
    if (!done)
        return fail(verb, done.message());
    if (parser.isSet(report)) {
        const QString path = parser.value(report);
        const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        if (!pdf && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            return fail(verb,
                        QCoreApplication::translate("Cli", "--report must end in .xlsx or .pdf"),
                        ExitUsage);
        const Result<EntitlementReport> built = EntitlementReport::build(ledger, entitlements, day);
        if (!built)
            return fail(verb, built.message());
        const Status written = pdf ? EntitlementReport::writePdf(*built, path)
                                   : EntitlementReport::writeXlsx(*built, path);
        if (!written)
            return fail(verb, written.message());
    }
    if (json) {
        const QJsonObject document{
            {QStringLiteral("rule_set"), entitlements.ruleSet().id},
            {QStringLiteral("version"), entitlements.ruleSet().version},
            {QStringLiteral("on"), day.toString(Qt::ISODate)},
            {QStringLiteral("entitlements"), lines},
        };
        out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    out().flush();
    return ExitOk;
}

// PDF reports lay out pages, which needs fonts and so a QGuiApplication.
const CommandRegistrar registrar("entitlements", kSummary, runEntitlements, true);

}  // namespace

}  // namespace tongbao::cli
