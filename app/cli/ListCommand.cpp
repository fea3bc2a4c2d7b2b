// tongbao-cli list FILE: the register of children as TSV or JSON, filtered like the list on
// screen, for scripts, spreadsheets and checks by hand. ID numbers are masked unless asked. A
// town's (or district's) merged ledger also says each child's village, and --village lists one.
#include "Command.h"

#include "domain/Child.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
#include "storage/ChildListQuery.h"
#include "storage/Ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "List the children of a ledger as TSV or JSON (ID numbers masked unless --full-id).");

// Rows stream from one cursor and are written out a page at a time, so a district's 100,000
// children never sit in memory at once.
constexpr int kPageSize = 1000;

const QStringList kColumns{
    QStringLiteral("id"),
    QStringLiteral("name"),
    QStringLiteral("sex"),
    QStringLiteral("birth_date"),
    QStringLiteral("age"),
    QStringLiteral("id_number"),
    QStringLiteral("village"),  // merged ledgers only
    QStringLiteral("village_group"),
    QStringLiteral("categories"),
    QStringLiteral("risk_level"),
    QStringLiteral("file_status"),
    QStringLiteral("household_head"),
};

// A typed name or note must not break a TSV line into more fields or lines.
QString asField(const QString& text) {
    QString field = text;
    for (QChar& c : field) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return field;
}

struct ListOptions {
    ChildListFilter filter;
    bool json = false;
    bool fullId = false;
    QDate today;
    const VillageDirectory* villages = nullptr;  // set for a merged ledger: a village column
};

QStringList columnsFor(const ListOptions& options) {
    QStringList columns = kColumns;
    if (!options.villages)
        columns.removeOne(QStringLiteral("village"));
    return columns;
}

int ageOn(const ChildListRow& row, const QDate& today) {
    Child child;
    child.birthDate = row.birthDate;
    return child.ageOn(today);
}

QString displayedIdNumber(const ChildListRow& row, const ListOptions& options) {
    return options.fullId ? row.idNumber : IdNumber::mask(row.idNumber);
}

QString tsvLine(const ChildListRow& row, const ListOptions& options) {
    const int age = ageOn(row, options.today);
    QStringList fields{
        row.id,
        row.name,
        row.sex,
        row.birthDate.isValid() ? row.birthDate.toString(Qt::ISODate) : QString(),
        age < 0 ? QString() : QString::number(age),
        displayedIdNumber(row, options),
        row.villageGroup,
        row.categories.join(QLatin1Char(',')),
        row.riskLevel,
        row.fileStatus,
        row.householdHead,
    };
    if (options.villages)
        fields.insert(kColumns.indexOf(QStringLiteral("village")),
                      options.villages->nameOf(row.owner));
    QStringList cleaned;
    cleaned.reserve(fields.size());
    for (const QString& field : fields)
        cleaned.append(asField(field));
    return cleaned.join(QLatin1Char('\t'));
}

QString jsonObject(const ChildListRow& row, const ListOptions& options) {
    const int age = ageOn(row, options.today);
    QJsonObject object{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("name"), row.name},
        {QStringLiteral("sex"), row.sex},
        {QStringLiteral("birth_date"), row.birthDate.isValid()
                                           ? QJsonValue(row.birthDate.toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("age"), age < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(age)},
        {QStringLiteral("id_number"), displayedIdNumber(row, options)},
        {QStringLiteral("village_group"), row.villageGroup},
        {QStringLiteral("categories"), QJsonArray::fromStringList(row.categories)},
        {QStringLiteral("risk_level"), row.riskLevel},
        {QStringLiteral("file_status"), row.fileStatus},
        {QStringLiteral("household_head"), row.householdHead},
    };
    if (options.villages)
        object.insert(QStringLiteral("village"), options.villages->nameOf(row.owner));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The unit --village names, by its area code or its registered name; nullptr with `problem`
// set when none (or more than one by that name) is registered.
const LedgerUnit* findVillage(const VillageDirectory& villages,
                              const QString& wanted,
                              QString& problem) {
    const LedgerUnit* found = nullptr;
    int named = 0;
    QStringList known;
    for (const LedgerUnit& unit : villages.units()) {
        if (unit.areaCode == wanted)
            return &unit;
        if (unit.name == wanted) {
            found = &unit;
            ++named;
        }
        known.append(QStringLiteral("%1 (%2)").arg(unit.name, unit.areaCode));
    }
    if (named == 1)
        return found;
    problem = named > 1
                  ? QCoreApplication::translate(
                        "Cli", "more than one village is registered as '%1'; give its area code")
                        .arg(wanted)
                  : QCoreApplication::translate(
                        "Cli", "no village named or numbered '%1' in this ledger; it has: %2")
                        .arg(wanted, known.join(QStringLiteral(", ")));
    return nullptr;
}

// Checks a code option against the vocabulary; returns the usage error, or an empty string.
QString checkCode(const QString& option, const QString& kind, const QString& code) {
    if (code.isEmpty() || Vocabulary::contains(kind, code))
        return {};
    return QCoreApplication::translate("Cli", "unknown %1 '%2'; use one of: %3")
        .arg(option, code, Vocabulary::codes(kind).join(QStringLiteral(", ")));
}

bool writeRows(Database& db, const ListOptions& options) {
    const ChildListSort sort;  // by name, as the register is read
    if (options.json)
        out() << '[';
    else
        out() << columnsFor(options).join(QLatin1Char('\t')) << '\n';
    int written = 0;
    const bool read =
        ChildListQuery(db).forEach(options.filter, sort, [&](const ChildListRow& row) {
            if (options.json)
                out() << (written == 0 ? "\n" : ",\n") << jsonObject(row, options);
            else
                out() << tsvLine(row, options) << '\n';
            if (++written % kPageSize == 0)
                out().flush();
            return true;
        });
    if (options.json)
        out() << (written == 0 ? "]\n" : "\n]\n");
    out().flush();
    return read;
}

int runList(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate(
            "Cli", "Only children whose name, ID number or household head contains TEXT."),
        QStringLiteral("TEXT"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("Cli", "tsv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("tsv"));
    const QCommandLineOption fullId(
        QStringLiteral("full-id"),
        QCoreApplication::translate("Cli", "Show full ID numbers instead of masked ones."));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QCoreApplication::translate("Cli", "active (default: children on file), closed or all."),
        QStringLiteral("STATUS"), QStringLiteral("active"));
    const QCommandLineOption risk(
        QStringLiteral("risk"),
        QCoreApplication::translate("Cli", "Only this risk level (high, medium, low)."),
        QStringLiteral("LEVEL"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        QCoreApplication::translate("Cli", "Only children in this category (a code, e.g. orphan)."),
        QStringLiteral("CODE"));
    const QCommandLineOption village(
        QStringLiteral("village"),
        QCoreApplication::translate("Cli",
                                    "Only the children of this village of a town's ledger (its "
                                    "registered name or 12-digit area code)."),
        QStringLiteral("NAME-OR-AREA-CODE"));
    parser.addOptions({search, format, fullId, status, risk, category, village});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);

    ListOptions options;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("tsv") && formatName != QLatin1String("json"))
        return fail(verb, QCoreApplication::translate("Cli", "--format must be tsv or json"),
                    ExitUsage);
    options.json = formatName == QLatin1String("json");
    options.fullId = parser.isSet(fullId);

    const QString statusName = parser.value(status);
    if (statusName == QLatin1String("all"))
        options.filter.fileStatus.clear();
    else if (Vocabulary::contains(vocab::FileStatus, statusName))
        options.filter.fileStatus = statusName;
    else
        return fail(verb,
                    QCoreApplication::translate("Cli", "--status must be active, closed or all"),
                    ExitUsage);
    options.filter.search = parser.value(search);
    options.filter.riskLevel = parser.value(risk).trimmed();
    options.filter.category = parser.value(category).trimmed();
    for (const QString& problem :
         {checkCode(QStringLiteral("--risk"), vocab::RiskLevel, options.filter.riskLevel),
          checkCode(QStringLiteral("--category"), vocab::Category, options.filter.category)}) {
        if (!problem.isEmpty())
            return fail(verb, problem, ExitUsage);
    }

    auto opened = Ledger::open(files.first(), actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    options.today = ledger.clock().today();
    const VillageDirectory villages(ledger);
    if (villages.merged())
        options.villages = &villages;
    if (parser.isSet(village)) {
        QString problem;
        const LedgerUnit* unit = findVillage(villages, parser.value(village).trimmed(), problem);
        if (!unit)
            return fail(verb, problem, ExitUsage);
        options.filter.owner = unit->ledgerId;
    }
    if (!writeRows(ledger.database(), options))
        return fail(verb, QCoreApplication::translate(
                              "Cli", "the children could not be read from the ledger file"));
    return ExitOk;
}

const CommandRegistrar registrar("list", kSummary, runList);

}  // namespace

}  // namespace tongbao::cli
