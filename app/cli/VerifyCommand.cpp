// tongbao-cli verify FILE BATCH: checks a batch against this ledger without writing anything.
// Without TONGBAO_PASSWORD only the sender's key and the signature are checked; with it, the
// content is decrypted too and the changes an import would make are counted.
#include "Command.h"
#include "ExchangeCli.h"

#include "exchange/BatchImporter.h"
#include "storage/Ledger.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Check a batch file (sender, signature; with TONGBAO_PASSWORD also its content) "
    "without importing it.");

int runVerify(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
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
    std::optional<UnlockedKeys> keys;
    if (!passwordFromEnvironment().isEmpty()) {
        Result<UnlockedKeys> unlocked = unlockKeys(ledger, false);
        if (!unlocked)
            return fail(verb, unlocked.message());
        keys.emplace(std::move(*unlocked));
    }
    const ImportResult result =
        BatchImporter(ledger).verify(positional[1], keys ? &*keys : nullptr);
    if (!result.ok())
        return fail(verb, result.message);
    for (const QString& line : describeBatch(result.report))
        out() << line << '\n';
    out() << result.message << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("verify", kSummary, runVerify);

}  // namespace

}  // namespace tongbao::cli
