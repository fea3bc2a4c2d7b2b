// tongbao-cli keys FILE init|show|export|export-identity|sheet: the ledger's own keys. `show`
// prints the fingerprint that goes on the registration sheet; `export` writes the public key file
// the other office registers; `sheet` writes the key registration sheet (公钥登记表) as a PDF;
// `export-identity` writes a town's age secret key, only so that a batch can be checked by hand
// with the stock `age` tool (docs/batch-format.md).
#include "Command.h"
#include "ExchangeCli.h"

#include "exchange/DurableFile.h"
#include "report/KeyRegistrationSheet.h"
#include "storage/Ledger.h"

#include <QFile>
#include <QFileInfo>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "The ledger's keys: init, show, export --out PATH (public key file), "
    "sheet --out PATH.pdf (key registration sheet to sign and stamp), "
    "export-identity --out PATH (a town's secret age key, for checking by hand).");

Status writeNewFile(const QString& path, const QByteArray& data, bool secret) {
    DurableFile file(path);
    if (!file.open())
        return Status::failure(QCoreApplication::translate("Cli", "%1 cannot be written: %2")
                                   .arg(path, file.errorString()));
    if (secret)
        file.device().setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.device().write(data) != data.size())
        return Status::failure(
            QCoreApplication::translate("Cli", "%1 cannot be written").arg(path));
    return file.commit();
}

void show(const PublicKeyCard& card) {
    out() << QCoreApplication::translate("Cli", "Ledger:       %1 (%2, %3)")
                 .arg(card.name, card.kind, card.areaCode)
          << '\n'
          << QCoreApplication::translate("Cli", "Ledger id:    %1").arg(card.ledgerId) << '\n'
          << QCoreApplication::translate("Cli", "Fingerprint:  %1").arg(card.fingerprint()) << '\n'
          << QCoreApplication::translate("Cli", "Signing key:  %1 (minisign key id %2)")
                 .arg(QString::fromLatin1(card.signing.toLine()), card.signing.keyIdText())
          << '\n';
    if (card.encryption)
        out() << QCoreApplication::translate("Cli", "Receives at:  %1")
                     .arg(card.encryption->toString())
              << '\n';
    out().flush();
}

int runKeys(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("Cli", "File to write (never replaced)."),
        QStringLiteral("PATH"));
    parser.addOption(outOption);
    if (const auto exitCode = parseArguments(
            parser, arguments, kSummary,
            QCoreApplication::translate("Cli", "FILE init|show|export|export-identity|sheet")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    const QStringList actions{QStringLiteral("init"), QStringLiteral("show"),
                              QStringLiteral("export"), QStringLiteral("export-identity"),
                              QStringLiteral("sheet")};
    if (positional.size() != 2 || !actions.contains(positional[1]))
        return fail(
            verb,
            QCoreApplication::translate(
                "Cli", "give a ledger FILE and one of init, show, export, export-identity, sheet"),
            ExitUsage);
    const QString action = positional[1];
    const bool writes =
        action.startsWith(QLatin1String("export")) || action == QLatin1String("sheet");
    if (writes != parser.isSet(outOption))
        return fail(verb,
                    writes
                        ? QCoreApplication::translate("Cli", "give --out PATH")
                        : QCoreApplication::translate("Cli", "--out is only for export and sheet"),
                    ExitUsage);

    auto opened = Ledger::open(positional[0], actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    KeyStore store(ledger);

    if (action == QLatin1String("init")) {
        if (store.hasKeys())
            return fail(verb, KeyStore::tr("This ledger already has its keys."));
        const QString password = passwordFromEnvironment();
        if (password.isEmpty())
            return fail(
                verb,
                QCoreApplication::translate(
                    "Cli", "set TONGBAO_PASSWORD to the password that will protect the keys"),
                ExitUsage);
        const Status made = store.initialize(password);
        if (!made)
            return fail(verb, made.message());
        show(*store.card());
        return ExitOk;
    }

    // Showing or exporting the public keys makes them on first use (with a password).
    if (!store.hasKeys()) {
        const auto made = unlockKeys(ledger, true);
        if (!made)
            return fail(verb, made.message());
    }
    const Result<PublicKeyCard> card = store.card();
    if (!card)
        return fail(verb, card.message());
    if (action == QLatin1String("show")) {
        show(*card);
        return ExitOk;
    }
    const QString path = parser.value(outOption);
    if (action == QLatin1String("sheet")) {
        if (QFileInfo::exists(path))
            return fail(verb, QCoreApplication::translate(
                                  "Cli", "%1 already exists; give another --out PATH")
                                  .arg(path));
        const Status written = KeyRegistrationSheet::write(ledger, path);
        if (!written)
            return fail(verb, written.message());
        out() << QCoreApplication::translate("Cli",
                                             "Key registration sheet written to %1; fingerprint %2")
                     .arg(path, card->fingerprint())
              << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("export")) {
        const Status written = writeNewFile(path, card->toFile(), false);
        if (!written)
            return fail(verb, written.message());
        out() << QCoreApplication::translate("Cli", "Public key written to %1; fingerprint %2")
                     .arg(path, card->fingerprint())
              << Qt::endl;
        return ExitOk;
    }
    Result<UnlockedKeys> keys = unlockKeys(ledger, false);
    if (!keys)
        return fail(verb, keys.message());
    if (!keys->encryption)
        return fail(verb, QCoreApplication::translate(
                              "Cli", "only a town or district ledger has an encryption key"));
    QByteArray text = "# Secret key of " + ledger.identity().name.toUtf8() +
                      " for the stock age tool. Keep it private; delete it after use.\n# public "
                      "key: " +
                      keys->encryption->recipient().toString().toLatin1() + '\n';
    QByteArray secret = keys->encryption->toText();
    text += secret + '\n';
    const Status written = writeNewFile(path, text, true);
    wipe(secret);
    wipe(text);
    if (!written)
        return fail(verb, written.message());
    out() << QCoreApplication::translate("Cli", "Secret key written to %1 (readable only by you)")
                 .arg(path)
          << Qt::endl;
    return ExitOk;
}

// Only `sheet` lays out pages; main() starts the display part for that action alone.
const CommandRegistrar registrar("keys", kSummary, runKeys);

}  // namespace

}  // namespace tongbao::cli
