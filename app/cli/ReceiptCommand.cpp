// tongbao-cli receipt FILE --for SOURCE --out PATH: at the town, a signed receipt telling a
// village which of its batches arrived. tongbao-cli receipt FILE --status: at the village, what
// the latest receipt says about the batches this ledger sent.
#include "Command.h"
#include "ExchangeCli.h"

#include "exchange/Receipts.h"
#include "exchange/TrustRegistry.h"
#include "storage/Ledger.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "At a town: write a signed receipt for a village (--for SOURCE --out PATH). At a "
    "village: show what the town has received (--status).");

int printStatus(Ledger& ledger) {
    const ExchangeStatus status = Receipts(ledger).status();
    out() << QCoreApplication::translate("Cli", "Batches sent: %1")
                 .arg(status.exported.isEmpty() ? QStringLiteral("none")
                                                : sequenceList(status.exported))
          << '\n';
    if (!status.hasReceipt) {
        out() << QCoreApplication::translate("Cli", "No receipt from the town yet.") << Qt::endl;
        return ExitOk;
    }
    out() << QCoreApplication::translate("Cli", "Receipt from %1 of %2")
                 .arg(status.upstreamName, status.receiptIssuedAt.toLocalTime().toString(
                                               QStringLiteral("yyyy-MM-dd HH:mm")))
          << '\n'
          << QCoreApplication::translate("Cli", "Received by the town: %1")
                 .arg(status.received.isEmpty() ? QStringLiteral("none")
                                                : sequenceList(status.received))
          << '\n'
          << QCoreApplication::translate("Cli", "Not received: %1")
                 .arg(status.notReceived.isEmpty() ? QStringLiteral("none")
                                                   : sequenceList(status.notReceived))
          << '\n';
    if (!status.different.isEmpty())
        out() << QCoreApplication::translate(
                     "Cli",
                     "The town holds different batches under number(s) %1: another copy of "
                     "this ledger may be sending batches.")
                     .arg(sequenceList(status.different))
              << '\n';
    out().flush();
    return status.different.isEmpty() ? ExitOk : ExitFailure;
}

int runReceipt(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption forOption(
        QStringLiteral("for"),
        QCoreApplication::translate("Cli",
                                    "The village: its number (trust --list), ledger id or "
                                    "area code."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("Cli", "Receipt file to write."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QCoreApplication::translate("Cli", "Show what the latest receipt says (at a village)."));
    parser.addOptions({forOption, outOption, statusOption});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    const bool writing = parser.isSet(forOption) && parser.isSet(outOption);
    if (files.size() != 1 || writing == parser.isSet(statusOption))
        return fail(
            verb,
            QCoreApplication::translate(
                "Cli", "give one ledger FILE and either --for SOURCE --out PATH or --status"),
            ExitUsage);
    auto opened = Ledger::open(files.first(), actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    if (!writing)
        return printStatus(ledger);

    const auto source = TrustRegistry(ledger).findSource(parser.value(forOption));
    if (!source)
        return fail(verb, QCoreApplication::translate("Cli", "no village registered as %1")
                              .arg(parser.value(forOption)));
    const Result<UnlockedKeys> keys = unlockKeys(ledger, false);
    if (!keys)
        return fail(verb, keys.message());
    const Result<ReceiptContent> receipt =
        Receipts(ledger).write(source->id, *keys, parser.value(outOption));
    if (!receipt)
        return fail(verb, receipt.message());
    QVector<qint64> sequences;
    for (const auto& batch : receipt->batches)
        sequences.append(batch.first);
    out() << QCoreApplication::translate("Cli", "Receipt for %1 written to %2: batches %3")
                 .arg(source->name, parser.value(outOption),
                      sequences.isEmpty() ? QStringLiteral("none") : sequenceList(sequences))
          << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("receipt", kSummary, runReceipt);

}  // namespace

}  // namespace tongbao::cli
