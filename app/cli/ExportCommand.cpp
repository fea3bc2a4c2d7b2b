// tongbao-cli export FILE --out PATH: writes the next signed, encrypted batch of this ledger for
// the town (docs/batch-format.md). PATH may be a folder; the batch then gets its usual name.
#include "Command.h"
#include "ExchangeCli.h"
#include "ProgressOption.h"

#include "exchange/BatchExporter.h"
#include "storage/Ledger.h"

#include <QDir>
#include <QFileInfo>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Write the changes since the last batch as a signed, encrypted batch file for the "
    "town (needs TONGBAO_PASSWORD).");

int runExport(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("Cli", "Batch file to write, or a folder to write it in."),
        QStringLiteral("PATH"));
    parser.addOption(outOption);
    const QCommandLineOption progress = progressOption();
    parser.addOption(progress);
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(outOption))
        return fail(verb, QCoreApplication::translate("Cli", "give one ledger FILE and --out PATH"),
                    ExitUsage);

    auto opened = Ledger::open(files.first(), actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    const Result<UnlockedKeys> keys = unlockKeys(ledger, true);
    if (!keys)
        return fail(verb, keys.message());
    BatchExporter exporter(
        ledger, parser.isSet(progress) ? progressPrinter(verb) : ExchangeProgressListener());
    QString path = parser.value(outOption);
    if (QFileInfo(path).isDir())
        path = QDir(path).filePath(exporter.suggestedFileName());
    const Result<ExportSummary> summary = exporter.exportTo(path, *keys);
    if (!summary)
        return fail(verb, summary.message());

    out() << QCoreApplication::translate("Cli", "Batch %1 written to %2 for %3")
                 .arg(summary->sequence)
                 .arg(summary->path, summary->recipientName)
          << '\n'
          << QCoreApplication::translate("Cli", "Changes %1 to %2; %3 record(s):")
                 .arg(summary->revFrom + 1)
                 .arg(summary->revTo)
                 .arg(summary->records)
          << '\n';
    for (auto it = summary->counts.constBegin(); it != summary->counts.constEnd(); ++it) {
        if (it.value() > 0)
            out() << "  " << it.key() << ": " << it.value() << '\n';
    }
    out() << QCoreApplication::translate("Cli", "Hash (BLAKE2b-512 of batch.age): %1")
                 .arg(summary->batchHash)
          << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("export", kSummary, runExport);

}  // namespace

}  // namespace tongbao::cli
