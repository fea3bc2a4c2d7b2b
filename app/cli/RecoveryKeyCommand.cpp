// tongbao-cli recovery-key FILE --out SHEET.pdf: a new recovery key for an encrypted ledger
// (issue 8), written only onto the recovery key sheet (恢复密钥单) for the administrator to lock
// away. The new key replaces the previous one at once, so everything that can be checked
// beforehand (the login, the ledger being encrypted, the target file, the print font) is
// checked before the key is made. The letters never reach the terminal.
#include "Command.h"

#include "crypt/LedgerEncryption.h"
#include "report/PrintFonts.h"
#include "report/RecoverySheet.h"
#include "storage/Ledger.h"

#include <QDir>
#include <QFileInfo>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Make a new recovery key for an encrypted ledger and write its recovery key sheet to "
    "--out PATH.pdf, to print and lock away (administrator). The previous recovery key stops "
    "working.");

QString tr(const char* text) {
    return QCoreApplication::translate("Cli", text);
}

int runRecoveryKey(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The PDF file to write the sheet to (never replaced)."),
                                       QStringLiteral("PATH"));
    parser.addOption(outOption);
    if (const auto exitCode = parseArguments(parser, arguments, kSummary, tr("FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, tr("give exactly one ledger FILE"), ExitUsage);
    if (!parser.isSet(outOption) || parser.value(outOption).trimmed().isEmpty())
        return fail(verb, tr("give --out PATH.pdf for the recovery key sheet"), ExitUsage);
    const QString path = parser.value(outOption);
    const QFileInfo target(path);
    if (target.exists())
        return fail(
            verb,
            tr("%1 already exists; give another --out PATH").arg(QDir::toNativeSeparators(path)));
    if (!target.absoluteDir().exists())
        return fail(verb, tr("the folder %1 does not exist")
                              .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (const Result<QString> family = PrintFonts::songFamily(); !family)
        return fail(verb, family.message());

    auto opened = Ledger::open(files.first(), actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    if (!LedgerEncryption::isEncrypted(ledger))
        return fail(verb, tr("this ledger is not encrypted, so it has no recovery key; a "
                             "ledger is encrypted once it has user accounts (tongbao-cli users "
                             "FILE --add NAME --role administrator)"));

    const Result<QString> letters = LedgerEncryption::newRecoveryKey(ledger);
    if (!letters)
        return fail(verb, letters.message());
    const Status written = RecoverySheet::write(ledger, *letters, path);
    if (!written)
        return fail(verb, tr("a new recovery key was made, but its sheet could not be written "
                             "(%1). The previous recovery key no longer works: run recovery-key "
                             "again with another --out PATH.")
                              .arg(written.message()));
    out() << tr("Recovery key sheet written to %1").arg(QDir::toNativeSeparators(path)) << '\n'
          << tr("The previous recovery key of this ledger no longer works: destroy its sheet. "
                "Print this one, lock it away apart from this computer, and then delete the "
                "PDF file.")
          << Qt::endl;
    return ExitOk;
}

// The sheet lays out pages, which needs fonts (see Command::needsGui).
const CommandRegistrar registrar("recovery-key", kSummary, runRecoveryKey, true);

}  // namespace

}  // namespace tongbao::cli
