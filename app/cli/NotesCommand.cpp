// tongbao-cli notes FILE --child ID: the notes in a child's file (备注) as TSV, newest first,
// with who wrote each and which office keeps it; --add writes a note, --remove takes one of
// this ledger's own notes away. The same rules as the file window (register/CaseNotes).
#include "Command.h"

#include "exchange/VillageDirectory.h"
#include "register/CaseNotes.h"
#include "report/CaseFile.h"
#include "storage/Ledger.h"

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "List the notes in a child's file, add a note, or remove one of this ledger's notes.");

const QStringList kColumns{
    QStringLiteral("id"),     QStringLiteral("written_on"), QStringLiteral("unit"),
    QStringLiteral("author"), QStringLiteral("text"),
};

// A note's own line breaks and tabs must not break a TSV line into more fields or lines.
QString asField(const QString& text) {
    QString field = text;
    for (QChar& c : field) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return field;
}

int listNotes(Ledger& ledger, CaseNotes& notes, const QString& childId) {
    const VillageDirectory directory(ledger);
    out() << kColumns.join(QLatin1Char('\t')) << '\n';
    for (const CaseNote& note : notes.forChild(childId)) {
        const QStringList fields{note.meta.id, note.writtenOn.toString(Qt::ISODate),
                                 directory.nameOf(note.meta.owner), note.author, note.text};
        QStringList cleaned;
        for (const QString& field : fields)
            cleaned.append(asField(field));
        out() << cleaned.join(QLatin1Char('\t')) << '\n';
    }
    out().flush();
    return ExitOk;
}

int runNotes(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption child(
        QStringLiteral("child"),
        QCoreApplication::translate("Cli", "The child: record id or ID number."),
        QStringLiteral("ID"));
    const QCommandLineOption add(
        QStringLiteral("add"),
        QCoreApplication::translate("Cli", "Write this note in the child's file."),
        QStringLiteral("TEXT"));
    const QCommandLineOption date(
        QStringLiteral("date"),
        QCoreApplication::translate("Cli", "With --add: the day of the note (default today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption remove(
        QStringLiteral("remove"),
        QCoreApplication::translate("Cli", "Remove this note (one this ledger wrote)."),
        QStringLiteral("NOTE"));
    parser.addOptions({child, add, date, remove});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    if (!parser.isSet(child))
        return fail(verb, QCoreApplication::translate("Cli", "give the child with --child ID"),
                    ExitUsage);
    if (parser.isSet(add) && parser.isSet(remove))
        return fail(verb, QCoreApplication::translate("Cli", "give either --add or --remove"),
                    ExitUsage);
    if (parser.isSet(date) && !parser.isSet(add))
        return fail(verb, QCoreApplication::translate("Cli", "--date goes with --add"), ExitUsage);
    QDate writtenOn;
    if (parser.isSet(date)) {
        writtenOn = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!writtenOn.isValid())
            return fail(verb,
                        QCoreApplication::translate("Cli", "--date must be a day like 2026-11-29"),
                        ExitUsage);
    }

    auto opened = Ledger::open(positional[0], actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    const Result<QString> childId = CaseFile::resolveChild(ledger, parser.value(child));
    if (!childId)
        return fail(verb, childId.message());
    CaseNotes notes(ledger);

    if (parser.isSet(add)) {
        CaseNote note;
        note.childId = *childId;
        note.text = parser.value(add);
        note.writtenOn = writtenOn;
        const SaveOutcome saved = notes.save(note);
        if (!saved.saved())
            return fail(verb, saved.message);
        out() << note.meta.id << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(remove)) {
        const Result<CaseNote> note = notes.load(parser.value(remove));
        if (!note || note->childId != *childId || note->meta.deleted)
            return fail(verb, QCoreApplication::translate("Cli", "no note %1 in this child's file")
                                  .arg(parser.value(remove)));
        const SaveOutcome removed = notes.remove(note->meta.id);
        if (!removed.saved())
            return fail(verb, removed.message);
        return ExitOk;
    }
    return listNotes(ledger, notes, *childId);
}

const CommandRegistrar registrar("notes", kSummary, runNotes);

}  // namespace

}  // namespace tongbao::cli
