// tongbao-cli check FILE: is the ledger file sound? Storage, links between records, schema
// version, the history's hash chain and the sync columns (core/storage/LedgerCheck). For a
// supervisor before sending a batch, and for a town that doubts a file.
#include "Command.h"

#include "storage/LedgerCheck.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Check a ledger file's integrity and history; exits 1 if any problem is found.");

int runCheck(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);

    const auto checked = LedgerCheck::checkFile(files.first(), actorName());
    if (!checked)
        return fail(verb, checked.message());
    const LedgerCheck::Report& report = *checked;

    for (const QString& note : report.notes)
        out() << note << '\n';
    for (const LedgerFinding& finding : report.findings)
        out() << QCoreApplication::translate("Cli", "PROBLEM: %1").arg(finding.message.simplified())
              << '\n';
    if (report.clean())
        out() << QCoreApplication::translate("Cli",
                                             "No problems found (%n history entries checked).", "",
                                             int(report.historyEntries))
              << Qt::endl;
    else
        out() << QCoreApplication::translate("Cli", "%n problem(s) found.", "",
                                             int(report.findings.size()))
              << Qt::endl;
    return report.clean() ? ExitOk : ExitFailure;
}

const CommandRegistrar registrar("check", kSummary, runCheck);

}  // namespace

}  // namespace tongbao::cli
