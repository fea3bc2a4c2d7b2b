// tongbao-cli trust FILE --add PUBKEY --name NAME --area CODE | --list | --revoke ID --after-seq N:
// which other ledgers this one trusts. At a town, --add registers a village (a source of
// batches); at a village, --add registers its town, the office batches are encrypted to.
#include "Command.h"

#include "exchange/TrustRegistry.h"
#include "storage/Ledger.h"

#include <QFile>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Register (--add), list (--list) or revoke (--revoke) the public keys of other "
    "ledgers.");

QString roleText(const TrustedKey& key) {
    return key.role == QLatin1String("upstream")
               ? QCoreApplication::translate("Cli", "batches are sent to it")
               : QCoreApplication::translate("Cli", "batches are received from it");
}

int runTrust(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption add(QStringLiteral("add"),
                                 QCoreApplication::translate("Cli", "Public key file to register."),
                                 QStringLiteral("PUBKEY"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        QCoreApplication::translate("Cli", "Name of the unit, as on the registration sheet."),
        QStringLiteral("NAME"));
    const QCommandLineOption area(
        QStringLiteral("area"),
        QCoreApplication::translate("Cli", "Its 12-digit area code, as on the registration sheet."),
        QStringLiteral("CODE"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QCoreApplication::translate("Cli", "List the registered keys."));
    const QCommandLineOption revoke(
        QStringLiteral("revoke"),
        QCoreApplication::translate("Cli", "Number of the key to revoke."), QStringLiteral("ID"));
    const QCommandLineOption afterSeq(
        QStringLiteral("after-seq"),
        QCoreApplication::translate("Cli",
                                    "Last batch signed with that key that is still accepted."),
        QStringLiteral("N"));
    parser.addOptions({add, name, area, list, revoke, afterSeq});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    const int modes = int(parser.isSet(add)) + int(parser.isSet(list)) + int(parser.isSet(revoke));
    if (files.size() != 1 || modes != 1)
        return fail(verb,
                    QCoreApplication::translate(
                        "Cli", "give one ledger FILE and one of --add, --list, --revoke"),
                    ExitUsage);
    if (parser.isSet(add) && (!parser.isSet(name) || !parser.isSet(area)))
        return fail(verb, QCoreApplication::translate("Cli", "--add needs --name and --area"),
                    ExitUsage);
    bool numbers = true;
    qint64 id = 0;
    qint64 after = 0;
    if (parser.isSet(revoke)) {
        bool okId = false;
        bool okAfter = false;
        id = parser.value(revoke).toLongLong(&okId);
        after = parser.value(afterSeq).toLongLong(&okAfter);
        numbers = okId && okAfter && parser.isSet(afterSeq);
    }
    if (!numbers)
        return fail(verb,
                    QCoreApplication::translate("Cli", "--revoke ID needs --after-seq N (numbers)"),
                    ExitUsage);

    auto opened = Ledger::open(files.first(), actorName());
    if (!opened)
        return fail(verb, opened.message());
    TrustRegistry registry(**opened);

    if (parser.isSet(add)) {
        QFile file(parser.value(add));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
            return fail(
                verb,
                QCoreApplication::translate("Cli", "%1 cannot be read").arg(parser.value(add)));
        const Result<TrustedKey> added =
            registry.add(file.readAll(), parser.value(name), parser.value(area));
        if (!added)
            return fail(verb, added.message());
        out() << QCoreApplication::translate(
                     "Cli",
                     "Registered as number %1: %2 (%3, %4); %5.\nFingerprint: %6\nCompare it "
                     "with the fingerprint on the signed registration sheet.")
                     .arg(added->id)
                     .arg(added->name, added->kind, added->areaCode, roleText(*added),
                          added->fingerprint)
              << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(list)) {
        out() << "id\trole\tkind\tname\tarea\tfingerprint\tregistered\trevoked_after\n";
        for (const TrustedKey& key : registry.list()) {
            out() << key.id << '\t' << key.role << '\t' << key.kind << '\t' << key.name << '\t'
                  << key.areaCode << '\t' << key.fingerprint << '\t'
                  << key.registeredAt.toString(Qt::ISODate) << '\t'
                  << (key.revokedAfterSeq ? QString::number(*key.revokedAfterSeq)
                                          : QStringLiteral("-"))
                  << '\n';
        }
        out().flush();
        return ExitOk;
    }
    const Status revoked = registry.revoke(id, after);
    if (!revoked)
        return fail(verb, revoked.message());
    out() << QCoreApplication::translate(
                 "Cli",
                 "Key number %1 revoked: batches after number %2 signed with it are refused.")
                 .arg(id)
                 .arg(after)
          << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("trust", kSummary, runTrust);

}  // namespace

}  // namespace tongbao::cli
