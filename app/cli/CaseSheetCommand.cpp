// tongbao-cli case-sheet FILE: the case sheets (个案档案表) of one child, several or everyone on
// file, as one A4 PDF.
#include "Command.h"

#include "report/CaseFile.h"
#include "report/CaseSheet.h"
#include "report/ReportFileNames.h"
#include "storage/Ledger.h"
#include "storage/ReportQueries.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Print the case sheets of one child, several, or all children on file into a PDF.");

int runCaseSheet(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption child(
        QStringLiteral("child"),
        QCoreApplication::translate(
            "Cli", "The child: record id or ID number. Repeat for several children."),
        QStringLiteral("ID"));
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("Cli", "Every child on file, by village group and name."));
    const QCommandLineOption safety(
        QStringLiteral("with-safety-reports"),
        QCoreApplication::translate(
            "Cli", "Include open safety reports (only for those whose role may see them)."));
    const QCommandLineOption output(
        QStringLiteral("out"),
        QCoreApplication::translate(
            "Cli",
            "The PDF to write, e.g. "
            "\"古南街道桥河社区居委会_个案档案表_全部在册儿童_2026-11-29.pdf\"."),
        QStringLiteral("PATH"));
    parser.addOptions({child, all, safety, output});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    if (parser.isSet(all) == parser.isSet(child))
        return fail(verb, QCoreApplication::translate("Cli", "give either --child ID or --all"),
                    ExitUsage);

    auto opened = Ledger::open(positional[0], actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;

    QStringList ids;
    QString who;
    if (parser.isSet(all)) {
        ReportQueries queries(ledger.database());
        ids = queries.activeChildIds();
        if (!queries.ok())
            return fail(verb,
                        QCoreApplication::translate("Cli", "the ledger file could not be read"));
    } else {
        for (const QString& given : parser.values(child)) {
            const Result<QString> id = CaseFile::resolveChild(ledger, given);
            if (!id)
                return fail(verb, id.message());
            ids.append(*id);
        }
        if (ids.size() == 1) {
            const auto file = CaseFile::load(ledger, ids.first(), false);
            who = file ? file->child.name : QString();
        } else {
            who = QCoreApplication::translate("Cli", "%n children", nullptr, int(ids.size()));
        }
    }
    const QString path = parser.value(output);
    if (path.isEmpty())
        return fail(verb,
                    QCoreApplication::translate(
                        "Cli", "give the file to write with --out, e.g. --out \"%1\"")
                        .arg(ReportFileNames::caseSheets(ledger.identity().name, who,
                                                         ledger.clock().today())),
                    ExitUsage);
    if (ids.isEmpty())
        return fail(verb,
                    QCoreApplication::translate("Cli", "there are no children on file to print"));

    CaseSheetOptions options;
    options.includeOpenSafetyReports = parser.isSet(safety);
    const Status written = CaseSheet::write(ledger, ids, path, options);
    if (!written)
        return fail(verb, written.message());
    out() << path << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("case-sheet", kSummary, runCaseSheet, true);

}  // namespace

}  // namespace tongbao::cli
