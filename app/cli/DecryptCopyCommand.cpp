// tongbao-cli decrypt-copy FILE --out PLAIN: a plain SQLite copy of an encrypted ledger, for
// recovery or for inspection with the stock sqlite3 tool (issue 8). Administrators only; the
// copy holds every child's record in clear, so the verb says so loudly.
#include "Command.h"

#include "crypt/LedgerEncryption.h"
#include "storage/Ledger.h"

#include <QDir>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Write a plain, unencrypted copy of an encrypted ledger (administrator; the copy is "
    "readable by anyone who gets it).");

int runDecryptCopy(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("Cli", "Where to write the plain copy (a new file)."),
        QStringLiteral("PLAIN"));
    parser.addOption(outOption);
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(outOption))
        return fail(verb,
                    QCoreApplication::translate("Cli", "give one ledger FILE and --out PLAIN"),
                    ExitUsage);
    auto opened = Ledger::open(files.first(), actorName());
    if (!opened)
        return fail(verb, opened.message());
    if (!LedgerEncryption::isEncrypted(**opened))
        return fail(verb, QCoreApplication::translate(
                              "Cli", "this ledger is not encrypted; copy the file itself"));
    const QString target = parser.value(outOption);
    if (const Status copied = LedgerEncryption::decryptCopy(**opened, target); !copied)
        return fail(verb, copied.message());
    err() << QCoreApplication::translate(
                 "Cli",
                 "WARNING: %1 is NOT encrypted. It holds every child's name, ID number, address "
                 "and notes in clear. Keep it off shared computers and USB sticks, and delete it "
                 "(securely) as soon as the recovery or inspection is done.")
                 .arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    out() << QDir::toNativeSeparators(target) << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("decrypt-copy", kSummary, runDecryptCopy);

}  // namespace

}  // namespace tongbao::cli
