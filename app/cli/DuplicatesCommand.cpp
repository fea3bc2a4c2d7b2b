// tongbao-cli duplicates FILE: the children who may have been entered twice, for a clerk to
// check before a batch goes to the town.
#include "Command.h"

#include "register/Duplicates.h"
#include "storage/Ledger.h"

#include <QFileInfo>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "List suspected duplicate children: one TSV line per group with KIND (id_number or "
    "name_birth_date), CHILD IDS, NAMES (comma-separated) and REASON. Exit 0 when there are "
    "none, 1 when some were found.");

QString asField(const QString& text) {
    QString field = text;
    for (QChar& c : field) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return field;
}

int runDuplicates(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    if (!QFileInfo::exists(files.first()))
        return fail(verb,
                    QCoreApplication::translate("Cli", "%1 does not exist").arg(files.first()));
    auto ledger = Ledger::open(files.first(), actorName());
    if (!ledger)
        return fail(verb, ledger.message());

    const auto groups = Duplicates::find(**ledger);
    if (!groups)
        return fail(verb, groups.message());
    for (const DuplicateGroup& group : *groups) {
        QStringList names;
        for (const QString& name : group.names)
            names.append(asField(name));
        out() << group.kindCode() << '\t' << group.childIds.join(QLatin1Char(',')) << '\t'
              << names.join(QLatin1Char(',')) << '\t' << asField(group.reason()) << '\n';
    }
    out().flush();
    return groups->isEmpty() ? ExitOk : ExitFailure;
}

const CommandRegistrar registrar("duplicates", kSummary, runDuplicates);

}  // namespace

}  // namespace tongbao::cli
