// tongbao-cli import FILE BATCH: imports a village's batch into a town (or district) ledger, or
// refuses it and writes nothing. A batch already imported changes nothing and says so.
#include "Command.h"
#include "ExchangeCli.h"
#include "ProgressOption.h"

#include "exchange/BatchImporter.h"
#include "storage/Ledger.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Import a village's batch file (needs TONGBAO_PASSWORD); a refused batch changes "
    "nothing.");

int runImport(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption progress = progressOption();
    parser.addOption(progress);
    if (const auto exitCode = parseArguments(parser, arguments, kSummary,
                                             QCoreApplication::translate("Cli", "FILE BATCH")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(verb, QCoreApplication::translate("Cli", "give a ledger FILE and a BATCH file"),
                    ExitUsage);
    auto opened = Ledger::open(positional[0], actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    const Result<UnlockedKeys> keys = unlockKeys(ledger, false);
    if (!keys)
        return fail(verb, keys.message());
    const ImportResult result =
        BatchImporter(ledger,
                      parser.isSet(progress) ? progressPrinter(verb) : ExchangeProgressListener())
            .import(positional[1], *keys);
    if (!result.ok())
        return fail(verb, result.message);
    if (result.outcome == ImportResult::Outcome::Imported) {
        for (const QString& line : describeBatch(result.report))
            out() << line << '\n';
    }
    out() << result.message << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("import", kSummary, runImport);

}  // namespace

}  // namespace tongbao::cli
