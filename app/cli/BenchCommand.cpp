// tongbao-cli bench FILE [--runs N]: times what the register does on a ledger (open it, show
// the list, search as the user types, sort, filter, open a child's file) and, beside each, the
// very same SQL run by the plain sqlite3 program on the same file, as design.md §6 asks.
//
// Fairness: the statements given to sqlite3 are recorded from the program's own connection
// while it does the work once (SqlTrace, bound values written in), so both sides run identical
// SQL on the same file with a warm cache. sqlite3's start-up is outside its timing: its .timer
// measures each input line, and a line holds the statements repeated as many times as the
// program's own run repeats them. Both sides report the median over runs of (run time /
// repetitions).
#include "Command.h"

#include "domain/Pinyin.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"
#include "storage/SqlTrace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Time the register's work on FILE (best on a copy made with demo --children 100000) and "
    "the same SQL in the sqlite3 program. Prints one line per measurement: median "
    "milliseconds of tongbao and of sqlite3, and their ratio.");

constexpr int kPageSize = 200;     // rows the list model asks for at a time
constexpr double kRunMs = 20.0;    // a run repeats its operation until it lasts about this
constexpr int kWarmUpRuns = 2;     // untimed runs first, on both sides
constexpr int kMostRepeats = 500;  // cap for operations far below a millisecond

struct Measurement {
    QString label;
    std::function<void(Ledger&)> operation;
    bool keystroke = false;    // one of the search keystrokes the issue sets targets for
    bool opensLedger = false;  // sqlite3 must open the file anew before each repetition
    QStringList statements;    // recorded from the program's own connection
    int repeats = 1;
    double ours = -1;
    double theirs = -1;
    QString problem;
};

Measurement measurement(const QString& label,
                        std::function<void(Ledger&)> operation,
                        bool keystroke = false) {
    Measurement m;
    m.label = label;
    m.operation = std::move(operation);
    m.keystroke = keystroke;
    return m;
}

double median(QVector<double> values) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// What the list model does when the search text, filter or sort changes: the total, the
// matching count and the first page.
void showList(Ledger& ledger, const ChildListFilter& filter, const ChildListSort& sort = {}) {
    const ChildListQuery query(ledger.database(), ledger.clock());
    query.count(ChildListFilter());
    query.count(filter);
    query.fetch(filter, sort, 0, kPageSize);
}

// Everything a child's file shows on opening.
void openChildFile(Ledger& ledger, const QString& childId) {
    const Result<Child> child = ledger.children().load(childId);
    if (child && !child->householdId.isEmpty())
        ledger.households().load(child->householdId);
    ledger.guardianships().ofChild(childId);
    ledger.measures().forChild(childId);
    ledger.referrals().forChild(childId);
    ledger.visits().forChild(childId);
}

ChildListFilter searchFor(const QString& text) {
    ChildListFilter filter;
    filter.search = text;
    return filter;
}

// A child from the middle of the register gives search texts that find a typical number of
// children: the first character of its given name, the initials of its first two syllables,
// its full pinyin, the last four digits of its ID number, its household head.
QVector<Measurement> plan(Ledger& ledger, const QString& path, const QString& actor) {
    const ChildListQuery query(ledger.database(), ledger.clock());
    const int total = query.count(ChildListFilter());
    const QVector<ChildListRow> middle = query.fetch({}, {}, total / 2, 1);
    const ChildListRow sample = middle.value(0);
    const QString givenPart = sample.name.mid(1, 1);
    const QString initials = Pinyin::initials(sample.name).left(2);
    const QString spelling = Pinyin::fullSpelling(sample.name);
    const QString idPart = sample.idNumber.right(4);
    const QString childId = sample.id;

    QVector<Measurement> list;
    Measurement open = measurement(QStringLiteral("open ledger"),
                                   [path, actor](Ledger&) { Ledger::open(path, actor); });
    open.opensLedger = true;
    list.append(open);
    list.append(measurement(QStringLiteral("first screen (count + 200 rows)"),
                            [](Ledger& l) { showList(l, {}); }));
    const auto keystroke = [&list](const QString& what, const QString& text) {
        list.append(measurement(
            QStringLiteral("search %1 \"%2\"").arg(what, text),
            [text](Ledger& l) { showList(l, searchFor(text)); }, true));
    };
    keystroke(QStringLiteral("name part"), givenPart);
    keystroke(QStringLiteral("pinyin initials"), initials);
    keystroke(QStringLiteral("full pinyin"), spelling);
    keystroke(QStringLiteral("ID part"), idPart);
    if (!sample.householdHead.isEmpty())
        keystroke(QStringLiteral("household head"), sample.householdHead.left(2));
    keystroke(QStringLiteral("first letter"), initials.left(1));
    const auto sorted = [&list](const QString& what, ChildListColumn column) {
        list.append(measurement(QStringLiteral("sort by %1").arg(what), [column](Ledger& l) {
            showList(l, {}, {column, false});
        }));
    };
    sorted(QStringLiteral("age"), ChildListColumn::Age);
    sorted(QStringLiteral("village group"), ChildListColumn::VillageGroup);
    sorted(QStringLiteral("last visit"), ChildListColumn::LastVisit);
    const auto filtered = [&list](const QString& what, const ChildListFilter& filter) {
        list.append(measurement(QStringLiteral("filter %1").arg(what),
                                [filter](Ledger& l) { showList(l, filter); }));
    };
    ChildListFilter risk;
    risk.riskLevel = QStringLiteral("high");
    filtered(QStringLiteral("risk high"), risk);
    ChildListFilter age;
    age.ageFrom = 6;
    age.ageTo = 11;
    filtered(QStringLiteral("age 6-11"), age);
    ChildListFilter unvisited;
    unvisited.noVisitForDays = 90;
    filtered(QStringLiteral("no visit in 90 days"), unvisited);
    list.append(measurement(QStringLiteral("open a child's file"),
                            [childId](Ledger& l) { openChildFile(l, childId); }));
    return list;
}

// Records each measurement's statements on a ledger opened while recording.
QString record(QVector<Measurement>& list, const QString& path, const QString& actor) {
    SqlTrace trace;
    auto opened = Ledger::open(path, actor);
    if (!opened)
        return opened.message();
    list[0].statements = trace.statements();  // opening is the first measurement
    QString why;
    if (!SqlTrace::available((*opened)->database(), &why))
        return why;
    for (qsizetype i = 1; i < list.size(); ++i) {
        trace.clear();
        list[i].operation(**opened);
        list[i].statements = trace.statements();
    }
    return {};
}

void timeOurs(Measurement& m, Ledger& ledger, int runs) {
    for (int i = 0; i < kWarmUpRuns; ++i)
        m.operation(ledger);
    QElapsedTimer timer;
    timer.start();
    m.operation(ledger);
    const double once = std::max(timer.nsecsElapsed() / 1e6, 0.001);
    m.repeats = std::clamp(int(std::ceil(kRunMs / once)), 1, kMostRepeats);
    QVector<double> samples;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        for (int k = 0; k < m.repeats; ++k)
            m.operation(ledger);
        samples.append(timer.nsecsElapsed() / 1e6 / m.repeats);
    }
    m.ours = median(samples);
}

// One input line of statements, repeated; newlines would split sqlite3's timing.
QString statementLine(const QStringList& statements, int repeats) {
    QString once;
    for (const QString& statement : statements)
        once +=
            QString(statement).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QStringLiteral("; ");
    return once.repeated(repeats);
}

QString sqlLiteral(const QString& text) {
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

// `setup` is what opening the ledger ran (its pragmas), so that sqlite3's connection is set up
// as the program's is; it runs untimed.
void timeTheirs(Measurement& m,
                const QStringList& setup,
                const QString& sqlite3,
                const QString& path,
                int runs) {
    if (m.statements.isEmpty()) {
        m.problem = QStringLiteral("no statements recorded");
        return;
    }
    QString script = QStringLiteral(".output /dev/null\n");
    if (!m.opensLedger)
        script += statementLine(setup, 1) + QLatin1Char('\n');
    script += QStringLiteral(".timer on\n");
    const int lines = kWarmUpRuns + runs;
    for (int run = 0; run < lines; ++run) {
        if (m.opensLedger) {
            for (int k = 0; k < m.repeats; ++k)
                script += QStringLiteral(".open ") + sqlLiteral(path) + QLatin1Char('\n') +
                          statementLine(m.statements, 1) + QLatin1Char('\n');
        } else {
            script += statementLine(m.statements, m.repeats) + QLatin1Char('\n');
        }
    }
    QProcess process;
    process.start(sqlite3, m.opensLedger ? QStringList{QStringLiteral("-batch")}
                                         : QStringList{QStringLiteral("-batch"), path});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        m.problem = QString::fromUtf8(process.readAllStandardError()).simplified().left(200);
        return;
    }
    static const QRegularExpression timing(QStringLiteral("^Run Time: real ([0-9.]+)"),
                                           QRegularExpression::MultilineOption);
    QVector<double> lineSeconds;
    auto matches = timing.globalMatch(QString::fromUtf8(process.readAllStandardOutput()));
    while (matches.hasNext())
        lineSeconds.append(matches.next().captured(1).toDouble());
    const int perRun = m.opensLedger ? m.repeats : 1;
    if (lineSeconds.size() != lines * perRun) {
        m.problem = QStringLiteral("sqlite3 printed %1 timings, expected %2")
                        .arg(lineSeconds.size())
                        .arg(lines * perRun);
        return;
    }
    QVector<double> samples;
    for (int run = kWarmUpRuns; run < lines; ++run) {
        double seconds = 0;
        for (int k = 0; k < perRun; ++k)
            seconds += lineSeconds[run * perRun + k];
        samples.append(seconds * 1000.0 / m.repeats);
    }
    m.theirs = median(samples);
}

QString peakMemory() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6)).simplified();
    }
    return {};
}

QString number(double value) {
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', 2);
}

void print(const Measurement& m) {
    const QString ratio =
        m.ours >= 0 && m.theirs > 0 ? QString::number(m.ours / m.theirs, 'f', 2) : QString();
    out() << m.label.leftJustified(44) << number(m.ours).rightJustified(11)
          << number(m.theirs).rightJustified(11) << ratio.rightJustified(7);
    if (!m.problem.isEmpty())
        out() << "   (sqlite3: " << m.problem << ')';
    out() << '\n';
    out().flush();
}

int runBench(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(
        QStringLiteral("runs"),
        QCoreApplication::translate("Cli", "Timed runs per measurement (default 15)."),
        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption sqliteOption(
        QStringLiteral("sqlite3"),
        QCoreApplication::translate("Cli", "The sqlite3 program to compare with (default: PATH)."),
        QStringLiteral("PROGRAM"), QStringLiteral("sqlite3"));
    const QCommandLineOption sqlOption(
        QStringLiteral("show-sql"),
        QCoreApplication::translate("Cli", "Also print each measurement's SQL on stderr."));
    parser.addOptions({runsOption, sqliteOption, sqlOption});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!runsOk || runs < 1 || runs > 1000)
        return fail(verb, QCoreApplication::translate("Cli", "--runs must be from 1 to 1000"),
                    ExitUsage);
    const QString path = files.first();
    const QString actor = actorName();
    const QString sqlite3 = QStandardPaths::findExecutable(parser.value(sqliteOption));

    auto opened = Ledger::open(path, actor);
    if (!opened)
        return fail(verb, opened.message());
    Ledger& ledger = **opened;
    QVector<Measurement> list = plan(ledger, path, actor);
    const QString traceProblem = record(list, path, actor);

    const int children = ChildListQuery(ledger.database()).count(ChildListFilter());
    out() << "# tongbao-cli bench " << path << ": " << children << " children; median of " << runs
          << " runs, each repeating its work to last about " << kRunMs << " ms\n";
    out() << "# sqlite3: " << (sqlite3.isEmpty() ? QStringLiteral("not found") : sqlite3)
          << ", SQLite "
          << ledger.database().scalar(QStringLiteral("SELECT sqlite_version()")).toString() << '\n';
    out() << QStringLiteral("measurement").leftJustified(44)
          << QStringLiteral("tongbao ms").rightJustified(11)
          << QStringLiteral("sqlite3 ms").rightJustified(11)
          << QStringLiteral("ratio").rightJustified(7) << '\n';
    double slowestKeystroke = 0;
    double worstRatio = 0;
    for (Measurement& m : list) {
        timeOurs(m, ledger, runs);
        if (!traceProblem.isEmpty())
            m.problem = traceProblem;
        else if (sqlite3.isEmpty())
            m.problem = QStringLiteral("program not found");
        else
            timeTheirs(m, list.constFirst().statements, sqlite3, path, runs);
        print(m);
        if (parser.isSet(sqlOption))
            err() << m.label << ":\n  " << m.statements.join(QStringLiteral(";\n  ")) << ";\n";
        if (m.keystroke) {
            slowestKeystroke = std::max(slowestKeystroke, m.ours);
            if (m.theirs > 0)
                worstRatio = std::max(worstRatio, m.ours / m.theirs);
        }
    }
    out() << "# search keystrokes: slowest median " << number(slowestKeystroke)
          << " ms (target under 16), highest ratio " << number(worstRatio)
          << " (target at most 1.5)\n";
    out() << "# peak memory of this process: " << peakMemory() << '\n';
    out().flush();
    err().flush();
    return ExitOk;
}

const CommandRegistrar registrar("bench", kSummary, runBench);

}  // namespace

}  // namespace tongbao::cli
