// tongbao-cli: the headless front end. Every verb is a file in this folder; see Command.h.
#include "Command.h"

#include "common/Localization.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace tongbao;
using namespace tongbao::cli;

namespace {
void printUsage() {
    out() << QCoreApplication::translate("Cli", "Usage: tongbao-cli VERB [options] [arguments]")
          << "\n\n"
          << QCoreApplication::translate("Cli", "Verbs:") << "\n";
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command& a, const Command& b) { return a.name < b.name; });
    for (const Command& command : sorted)
        out() << "  " << command.name.leftJustified(14) << " "
              << QCoreApplication::translate("Cli", command.summary) << "\n";
    out() << "\n"
          << QCoreApplication::translate("Cli",
                                         "Run 'tongbao-cli VERB --help' for the options of a verb.")
          << Qt::endl;
}

// Whether the verb on the command line draws pages (see Command::needsGui).
bool verbNeedsGui(int argc, char** argv) {
    if (argc < 2)
        return false;
    const QString verb = QString::fromLocal8Bit(argv[1]);
    // Of the key actions only `keys FILE sheet` draws pages (the key registration sheet).
    if (verb == QLatin1String("keys")) {
        for (int i = 2; i < argc; ++i) {
            if (qstrcmp(argv[i], "sheet") == 0)
                return true;
        }
    }
    for (const Command& command : commands()) {
        if (command.name == verb)
            return command.needsGui;
    }
    return false;
}
}  // namespace

int main(int argc, char** argv) {
    const bool gui = verbNeedsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tongbao-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tongbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGBAO_VERSION));
    Localization::installForSystemLocale();

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printUsage();
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out() << "tongbao-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    for (const Command& command : commands()) {
        if (command.name == arguments.first())
            return command.run(arguments);
    }
    return fail(arguments.first(),
                QCoreApplication::translate("Cli", "unknown verb; run 'tongbao-cli --help'"),
                ExitUsage);
}
