// tongbao-cli id-check NUMBER...: checks resident ID numbers the way every screen of the program
// does, for scripts and for clerks cleaning a spreadsheet column before an import.
#include "Command.h"

#include "domain/IdNumber.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

// The help shows only the summary, so it names the columns.
const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Check ID numbers; prints INPUT, valid|invalid, NUMBER, BIRTH, SEX, REASON per line.");

// The input is echoed as the first field, so it must not break the line into more fields.
QString asField(const QString& text) {
    QString field = text;
    for (QChar& c : field) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return field;
}

// INPUT, valid|invalid, NORMALISED, BIRTH (YYYY-MM-DD), SEX (M|F), REASON.
QString reportLine(const QString& input, const IdNumber& id) {
    const QStringList fields{
        asField(input),
        id.isValid() ? QStringLiteral("valid") : QStringLiteral("invalid"),
        asField(id.normalized()),
        id.isValid() ? id.birthDate().toString(Qt::ISODate) : QString(),
        id.sexCode(),
        id.problemMessage(),
    };
    return fields.join(QLatin1Char('\t'));
}

int runIdCheck(const QStringList& arguments) {
    QCommandLineParser parser;
    if (const auto exitCode = parseArguments(parser, arguments, kSummary,
                                             QCoreApplication::translate("Cli", "NUMBER...")))
        return *exitCode;
    const QStringList numbers = parser.positionalArguments();
    if (numbers.isEmpty())
        return fail(arguments.value(0),
                    QCoreApplication::translate("Cli", "give at least one ID number"), ExitUsage);

    bool allValid = true;
    for (const QString& input : numbers) {
        const IdNumber id = IdNumber::parse(input);
        allValid = allValid && id.isValid();
        out() << reportLine(input, id) << '\n';
    }
    out().flush();
    return allValid ? ExitOk : ExitFailure;
}

const CommandRegistrar registrar("id-check", kSummary, runIdCheck);

}  // namespace

}  // namespace tongbao::cli
