#include "Command.h"

#include <cstdio>

namespace tongbao::cli {

namespace {
QList<Command>& registry() {
    static QList<Command> list;
    return list;
}
}  // namespace

CommandRegistrar::CommandRegistrar(const char* name,
                                   const char* summary,
                                   std::function<int(const QStringList&)> run,
                                   bool needsGui) {
    registry().append(Command{QString::fromLatin1(name), summary, std::move(run), needsGui});
}

const QList<Command>& commands() {
    return registry();
}

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& verb, const QString& reason, int code) {
    QString line = reason.simplified();
    err() << "tongbao-cli " << verb << ": " << line << Qt::endl;
    return code;
}

std::optional<int> parseArguments(QCommandLineParser& parser,
                                  const QStringList& arguments,
                                  const char* summary,
                                  const QString& positionalSyntax) {
    const QString verb = arguments.value(0);
    parser.setApplicationDescription(QCoreApplication::translate("Cli", summary));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help and exit."));
    parser.addOption(help);
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(positionalSyntax, QString());
    if (!parser.parse(arguments))
        return fail(verb, parser.errorText(), ExitUsage);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by the path it was started from; show the name
        // and the verb.
        text.replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst(),
                     QStringLiteral("Usage: tongbao-cli"));
        text.replace(QStringLiteral("Usage: tongbao-cli"),
                     QCoreApplication::translate("Cli", "Usage: tongbao-cli %1").arg(verb));
        out() << text;
        out().flush();
        return ExitOk;
    }
    return std::nullopt;
}

QString passwordFromEnvironment() {
    return qEnvironmentVariable("TONGBAO_PASSWORD");
}

QString actorName(const QString& given) {
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? QStringLiteral("admin") : user;
}

}  // namespace tongbao::cli
