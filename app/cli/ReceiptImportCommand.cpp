// tongbao-cli receipt-import FILE RECEIPT: at a village, checks and keeps the town's signed
// receipt, then shows which batches the town has and which must be sent again.
#include "Command.h"
#include "ExchangeCli.h"

#include "exchange/Receipts.h"
#include "storage/Ledger.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Import the town's signed receipt and show which batches it has received.");

int runReceiptImport(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    if (const auto exitCode = parseArguments(parser, arguments, kSummary,
                                             QCoreApplication::translate("Cli", "FILE RECEIPT")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(verb,
                    QCoreApplication::translate("Cli", "give a ledger FILE and a RECEIPT file"),
                    ExitUsage);
    auto opened = Ledger::open(positional[0], actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    bool already = false;
    const Result<ReceiptContent> receipt = Receipts(ledger).import(positional[1], &already);
    if (!receipt)
        return fail(verb, receipt.message());
    out() << (already ? QCoreApplication::translate("Cli", "This receipt was already imported.")
                      : QCoreApplication::translate("Cli", "Receipt from %1 imported.")
                            .arg(receipt->issuerName))
          << '\n';
    const ExchangeStatus status = Receipts(ledger).status();
    out() << QCoreApplication::translate("Cli", "Received by the town: %1")
                 .arg(status.received.isEmpty() ? QStringLiteral("none")
                                                : sequenceList(status.received))
          << '\n'
          << QCoreApplication::translate("Cli", "Not received: %1")
                 .arg(status.notReceived.isEmpty() ? QStringLiteral("none")
                                                   : sequenceList(status.notReceived))
          << Qt::endl;
    if (!status.different.isEmpty()) {
        err() << QCoreApplication::translate(
                     "Cli",
                     "Warning: the town holds different batches under number(s) %1: another "
                     "copy of this ledger may be sending batches.")
                     .arg(sequenceList(status.different))
              << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

const CommandRegistrar registrar("receipt-import", kSummary, runReceiptImport);

}  // namespace

}  // namespace tongbao::cli
