#pragma once

#include "common/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace tongbao::cli {

// A verb of tongbao-cli. Each verb lives in its own file and registers itself with a static
// CommandRegistrar, so adding a verb touches no shared table.
struct Command {
    QString name;
    const char* summary;  // QT_TRANSLATE_NOOP("Cli", ...), translated when shown
    std::function<int(const QStringList& arguments)> run;  // arguments[0] is the verb
    // Verbs that lay out printed pages need fonts, which Qt only provides under a
    // QGuiApplication; main() starts one (on the offscreen platform) for them.
    bool needsGui = false;
};

class CommandRegistrar {
public:
    CommandRegistrar(const char* name,
                     const char* summary,
                     std::function<int(const QStringList&)> run,
                     bool needsGui = false);
};

const QList<Command>& commands();

QTextStream& out();
QTextStream& err();

// Exit codes: 0 success, 1 the work found a problem or failed, 2 the call itself was wrong.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Prints "tongbao-cli VERB: reason" as one line on stderr and returns the exit code.
int fail(const QString& verb, const QString& reason, int code = ExitFailure);

// Sets up a parser with --help and the verb's description, parses, and handles --help and
// unknown options. Returns the exit code to leave with, or nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser& parser,
                                  const QStringList& arguments,
                                  const char* summary,
                                  const QString& positionalSyntax);

// The password for verbs that need one, from TONGBAO_PASSWORD.
QString passwordFromEnvironment();

// The user name a verb acts as: the --user option when given, else $TONGBAO_USER, else $USER,
// else "admin". For a ledger with accounts it is the account that logs in, with the password
// from TONGBAO_PASSWORD (every verb opens ledgers through Ledger::open, which asks the
// credential source this file installs); for a ledger without accounts it is only the name that
// history records.
QString actorName(const QString& given = {});

// Unlocks an encrypted file that is not opened as a ledger (a backup to check or restore) with
// the verb's login, so that its pages can be read; a plain or unlocked file needs nothing.
Status unlockWithLogin(const QString& path);

}  // namespace tongbao::cli
