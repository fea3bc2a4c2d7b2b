// tongbao-cli visit-form FILE: the visit form (走访记录表) to print and carry into the field, with
// a child's basic facts filled in, or blank.
#include "Command.h"

#include "report/CaseFile.h"
#include "report/ReportFileNames.h"
#include "report/VisitForm.h"
#include "storage/Ledger.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Print the visit form to carry into the field, for a child or blank, as a PDF.");

int runVisitForm(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption child(
        QStringLiteral("child"),
        QCoreApplication::translate(
            "Cli",
            "Fill in this child's facts (record id or ID number); repeat for several. "
            "Without it the form is blank."),
        QStringLiteral("ID"));
    const QCommandLineOption output(
        QStringLiteral("out"),
        QCoreApplication::translate(
            "Cli", "The PDF to write, e.g. \"古南街道桥河社区居委会_走访记录表_空白.pdf\"."),
        QStringLiteral("PATH"));
    parser.addOptions({child, output});
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
    QStringList ids;
    for (const QString& given : parser.values(child)) {
        const Result<QString> id = CaseFile::resolveChild(ledger, given);
        if (!id)
            return fail(verb, id.message());
        ids.append(*id);
    }
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        QString who;
        if (ids.size() == 1) {
            const auto file = CaseFile::load(ledger, ids.first(), false);
            who = file ? file->child.name : QString();
        }
        return fail(verb,
                    QCoreApplication::translate(
                        "Cli", "give the file to write with --out, e.g. --out \"%1\"")
                        .arg(ReportFileNames::visitForm(ledger.identity().name, who)),
                    ExitUsage);
    }
    const Status written = VisitForm::write(ledger, ids, path);
    if (!written)
        return fail(verb, written.message());
    out() << path << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("visit-form", kSummary, runVisitForm, true);

}  // namespace

}  // namespace tongbao::cli
