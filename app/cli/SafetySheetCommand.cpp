// tongbao-cli safety-sheet FILE --report ID --out PATH: the filled-in mandatory report form
// (强制报告登记表) of one safety report, as an A4 PDF to hand to the police or the town.
#include "Command.h"

#include "report/SafetyReportSheet.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Print the filled-in mandatory report form of a safety report as a PDF.");

int runSafetySheet(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("Cli", "The safety report's record id."), QStringLiteral("ID"));
    const QCommandLineOption output(
        QStringLiteral("out"),
        QCoreApplication::translate(
            "Cli",
            "The PDF to write, e.g. "
            "\"古南街道桥河社区居委会_强制报告登记表_王小明_20261129.pdf\"."),
        QStringLiteral("PATH"));
    parser.addOptions({report, output});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    const QString reportId = parser.value(report);
    if (reportId.isEmpty())
        return fail(verb, QCoreApplication::translate("Cli", "give the report with --report ID"),
                    ExitUsage);

    auto opened = Ledger::open(positional[0], actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    const Result<SafetyReport> found = ledger.safetyReports().load(reportId);
    if (!found || found->meta.deleted)
        return fail(
            verb,
            QCoreApplication::translate("Cli", "no safety report %1 in this ledger").arg(reportId));
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        const Result<Child> child = ledger.children().load(found->childId);
        return fail(verb,
                    QCoreApplication::translate(
                        "Cli", "give the file to write with --out, e.g. --out \"%1\"")
                        .arg(SafetyReportSheet::suggestedFileName(ledger.identity().name,
                                                                  child ? child->name : QString(),
                                                                  ledger.clock().today())),
                    ExitUsage);
    }
    const Status written = SafetyReportSheet::write(ledger, reportId, path);
    if (!written)
        return fail(verb, written.message());
    out() << path << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("safety-sheet", kSummary, runSafetySheet, true);

}  // namespace

}  // namespace tongbao::cli
