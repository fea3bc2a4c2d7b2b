// tongbao-cli ledger-sheet FILE: the ledger spreadsheet (台账) of every child on file, as .xlsx.
#include "Command.h"

#include "report/LedgerSheet.h"
#include "report/ReportFileNames.h"
#include "storage/Ledger.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Write the ledger spreadsheet (every child on file, one row each) as .xlsx.");

int runLedgerSheet(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption output(
        QStringLiteral("out"),
        QCoreApplication::translate("Cli",
                                    "The .xlsx file to write, e.g. "
                                    "\"古南街道桥河社区居委会_困境儿童台账_2026-11-29.xlsx\"."),
        QStringLiteral("PATH"));
    parser.addOption(output);
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);

    auto opened = Ledger::open(positional[0], actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    const QString path = parser.value(output);
    if (path.isEmpty())
        return fail(
            verb,
            QCoreApplication::translate("Cli",
                                        "give the file to write with --out, e.g. --out \"%1\"")
                .arg(ReportFileNames::ledgerSheet(ledger.identity().name, ledger.clock().today())),
            ExitUsage);
    const Result<qint64> written = LedgerSheet::write(ledger, path);
    if (!written)
        return fail(verb, written.message());
    out() << path << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("ledger-sheet", kSummary, runLedgerSheet);

}  // namespace

}  // namespace tongbao::cli
