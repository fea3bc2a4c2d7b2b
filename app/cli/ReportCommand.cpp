// tongbao-cli report FILE monthly: the monthly report (月报) of a ledger as xlsx, PDF or CSV, with
// its totals checked (表间勾稽关系) before it is handed in.
#include "Command.h"

#include "storage/AccessLog.h"

#include "report/MonthlyReconciliation.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportCsv.h"
#include "report/MonthlyReportPdf.h"
#include "report/MonthlyReportXlsx.h"
#include "report/ReportFileNames.h"
#include "storage/Ledger.h"

#include <QFileInfo>

#include <optional>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli", "Write the monthly report of a ledger as xlsx, pdf or csv, with its totals checked.");

// Installs a clock for the verb and restores the real one when the verb ends.
class ClockOverride {
public:
    explicit ClockOverride(const Clock* clock) { Clock::setCurrent(clock); }
    ~ClockOverride() { Clock::setCurrent(nullptr); }
    ClockOverride(const ClockOverride&) = delete;
    ClockOverride& operator=(const ClockOverride&) = delete;
};

int runReport(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption month(
        QStringLiteral("month"),
        QCoreApplication::translate(
            "Cli", "The month to report, YYYY-MM (default: the month before this one)."),
        QStringLiteral("YYYY-MM"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("Cli",
                                    "xlsx, pdf or csv (default: from the --out file's suffix)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption output(
        QStringLiteral("out"),
        QCoreApplication::translate(
            "Cli",
            "The file to write. Offices file reports by unit and month, e.g. "
            "\"古南街道桥河社区居委会_困境儿童月报_2026年11月.xlsx\"."),
        QStringLiteral("PATH"));
    const QCommandLineOption on(
        QStringLiteral("on"),
        QCoreApplication::translate(
            "Cli", "Prepare the report as at the end of this day (YYYY-MM-DD) instead of today."),
        QStringLiteral("DATE"));
    parser.addOptions({month, format, output, on});
    if (const auto exitCode = parseArguments(parser, arguments, kSummary,
                                             QCoreApplication::translate("Cli", "FILE monthly")))
        return *exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[1] != QLatin1String("monthly"))
        return fail(verb,
                    QCoreApplication::translate(
                        "Cli", "give a ledger FILE and the report kind: FILE monthly"),
                    ExitUsage);

    QString formatName = parser.value(format).toLower();
    const QString outPath = parser.value(output);
    if (formatName.isEmpty() && !outPath.isEmpty())
        formatName = QFileInfo(outPath).suffix().toLower();
    if (!formatName.isEmpty() && formatName != QLatin1String("xlsx") &&
        formatName != QLatin1String("pdf") && formatName != QLatin1String("csv"))
        return fail(verb, QCoreApplication::translate("Cli", "--format must be xlsx, pdf or csv"),
                    ExitUsage);

    std::optional<FixedClock> fixedClock;
    if (parser.isSet(on)) {
        const QDate day = QDate::fromString(parser.value(on).trimmed(), Qt::ISODate);
        if (!day.isValid())
            return fail(
                verb,
                QCoreApplication::translate(
                    "Cli", "--on must be a calendar date written YYYY-MM-DD, e.g. 2026-11-29"),
                ExitUsage);
        fixedClock.emplace(QDateTime(day, QTime(23, 59, 59)));
    }
    const ClockOverride clockOverride(fixedClock ? &*fixedClock : nullptr);

    auto opened = Ledger::open(positional[0], actorName());
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;

    QDate first = ledger.clock().today().addMonths(-1);
    if (parser.isSet(month)) {
        const auto parsed = MonthlyReport::parseMonth(parser.value(month));
        if (!parsed)
            return fail(verb,
                        QCoreApplication::translate(
                            "Cli", "--month must be a month written YYYY-MM, e.g. 2026-11"),
                        ExitUsage);
        first = *parsed;
    }
    if (outPath.isEmpty() || formatName.isEmpty()) {
        const QString suggestion = ReportFileNames::monthlyReport(
            ledger.identity().name, first,
            formatName.isEmpty() ? QStringLiteral("xlsx") : formatName);
        return fail(verb,
                    QCoreApplication::translate(
                        "Cli", "give the file to write with --out, e.g. --out \"%1\"")
                        .arg(suggestion),
                    ExitUsage);
    }

    const Result<MonthlyReport> report = MonthlyReport::compute(ledger, first);
    if (!report)
        return fail(verb, report.message());
    Status written = Status::success();
    if (formatName == QLatin1String("xlsx"))
        written = MonthlyReportXlsx::write(*report, outPath);
    else if (formatName == QLatin1String("pdf"))
        written = MonthlyReportPdf::write(*report, outPath);
    else
        written = MonthlyReportCsv::write(*report, outPath);
    if (!written)
        return fail(verb, written.message());
    // A report leaves the ledger as a file: the access log says who wrote which (issue 7).
    AccessLog::note(
        ledger, formatName == QLatin1String("pdf") ? AccessLog::Print : AccessLog::Export, {},
        QStringLiteral("monthly report %1: %2")
            .arg(first.toString(QStringLiteral("yyyy-MM")), QFileInfo(outPath).fileName()));

    const QVector<ReconciliationProblem> problems = reconcile(*report);
    for (const ReconciliationProblem& problem : problems)
        err() << "tongbao-cli " << verb << ": "
              << QCoreApplication::translate("Cli", "%1: %2: expected %3, found %4")
                     .arg(problem.where, problem.rule)
                     .arg(problem.expected)
                     .arg(problem.actual)
              << Qt::endl;
    if (!problems.isEmpty())
        return fail(verb, QCoreApplication::translate(
                              "Cli",
                              "the report was written, but its totals do not add up; do not hand "
                              "it in before the ledger is checked"));
    out() << outPath << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("report", kSummary, runReport, true);

}  // namespace

}  // namespace tongbao::cli
