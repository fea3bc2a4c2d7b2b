// tongbao-cli bench FILE [--runs N]: times what the register does on a ledger (open it, show
// the list, search as the user types, sort, filter, open a child's file) and, beside each, the
// very same SQL run by the plain sqlite3 program on the same file, as design.md §6 asks.
//
// Fairness: the statements given to sqlite3 are recorded from the program's own connection
// while it does the work once (SqlTrace, bound values written in), so both sides run identical
// SQL on the same file, with the same connection settings and a warm cache. sqlite3's start-up
// is outside its timing: its .timer measures each input line, and a line holds the statements
// repeated as many times as the program's own run repeats them. The two sides take turns run
// by run, so that both meet the same load on the machine, and both report the median over the
// runs of (run time / repetitions).
#include "Command.h"

#include "crypt/LedgerEncryption.h"
#include "security/Accounts.h"

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
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Time the register's work on FILE (best on a copy made with demo --children 100000) and "
    "the same SQL in the sqlite3 program. Prints one line per measurement: median "
    "milliseconds of tongbao and of sqlite3, and their ratio.");

constexpr int kPageSize = 200;     // rows the list model reads at a time while scrolling
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
    double ours = -1;  // median wall-clock milliseconds per repetition
    double theirs = -1;
    double oursCpu = -1;  // median processor milliseconds (user + system) per repetition
    double theirsCpu = -1;
    QString problem;
};

// One run's time: wall clock, and processor time, which a busy machine disturbs far less.
struct RunTime {
    double wall = -1;
    double cpu = -1;
};

double processorMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

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
// matching count and the rows of the first screen (ChildListModel::reload).
void showList(Ledger& ledger, const ChildListFilter& filter, const ChildListSort& sort = {}) {
    const ChildListQuery query(ledger.database(), ledger.clock());
    query.count(ChildListFilter());
    query.count(filter);
    query.fetch(filter, sort, 0, ChildListQuery::FirstScreenRows);
}

// What the list model reads when the list is scrolled to a page it does not hold: a page of
// rows, on a query of its own (ChildListModel::rowAt).
void readPage(Ledger& ledger, int page) {
    ChildListQuery(ledger.database(), ledger.clock()).fetch({}, {}, page * kPageSize, kPageSize);
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
    list.append(measurement(
        QStringLiteral("first screen (count + %1 rows)").arg(ChildListQuery::FirstScreenRows),
        [](Ledger& l) { showList(l, {}); }));
    // Beyond the targets: the per-row cost, in a page read while scrolling.
    list.append(measurement(QStringLiteral("scroll to rows %1-%2 (%3 rows)")
                                .arg(kPageSize + 1)
                                .arg(2 * kPageSize)
                                .arg(kPageSize),
                            [](Ledger& l) { readPage(l, 1); }));
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
    // Beyond the targets: one letter starts a syllable in a third or more of all names, so this
    // counts and sorts tens of thousands of children; shown for what it costs.
    const QString letter = initials.left(1);
    list.append(measurement(QStringLiteral("search one letter \"%1\" (no target)").arg(letter),
                            [letter](Ledger& l) { showList(l, searchFor(letter)); }));
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

// How many times an operation must repeat to last about kRunMs, after warming up.
int repeatsFor(Measurement& m, Ledger& ledger) {
    for (int i = 0; i < kWarmUpRuns; ++i)
        m.operation(ledger);
    QElapsedTimer timer;
    timer.start();
    m.operation(ledger);
    const double once = std::max(timer.nsecsElapsed() / 1e6, 0.001);
    return std::clamp(int(std::ceil(kRunMs / once)), 1, kMostRepeats);
}

RunTime runOurs(Measurement& m, Ledger& ledger) {
    const double cpu = processorMs();
    QElapsedTimer timer;
    timer.start();
    for (int k = 0; k < m.repeats; ++k)
        m.operation(ledger);
    return {timer.nsecsElapsed() / 1e6 / m.repeats, (processorMs() - cpu) / m.repeats};
}

// One input line of statements; newlines would split sqlite3's timing.
QString statementLine(const QStringList& statements) {
    QString line;
    for (const QString& statement : statements)
        line +=
            QString(statement).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QStringLiteral("; ");
    return line + QLatin1Char('\n');
}

QString sqlLiteral(const QString& text) {
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

// One sqlite3 process per measurement, fed a run at a time, so that its runs alternate with
// the program's and both meet the same load on the machine. stdbuf makes it print each timing
// as soon as it has one; .timer times each input line, without the process's start-up.
class Sqlite3Session {
public:
    // `setup` is what opening the ledger ran (its pragmas), untimed, so that sqlite3's
    // connection is set up as the program's is. Without `path`, the runs open the file.
    Sqlite3Session(const QString& sqlite3, const QString& path, const QStringList& setup) {
        const QString stdbuf = QStandardPaths::findExecutable(QStringLiteral("stdbuf"));
        if (stdbuf.isEmpty()) {
            m_problem = QStringLiteral("stdbuf (coreutils) not found");
            return;
        }
        QStringList arguments{QStringLiteral("-oL"), sqlite3, QStringLiteral("-batch"),
                              QStringLiteral("-bail")};
        if (!path.isEmpty())
            arguments.append(path);
        m_process.start(stdbuf, arguments);
        if (!m_process.waitForStarted()) {
            m_problem = QStringLiteral("could not start ") + sqlite3;
            return;
        }
        QString script = QStringLiteral(".output /dev/null\n");
        if (!path.isEmpty())
            script += statementLine(setup);
        m_process.write((script + QStringLiteral(".timer on\n")).toUtf8());
    }

    ~Sqlite3Session() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    const QString& problem() const { return m_problem; }

    // Writes `input` and returns the sums of the `timings` line times it makes, in ms.
    RunTime run(const QString& input, int timings) {
        if (!m_problem.isEmpty())
            return {};
        m_process.write(input.toUtf8());
        double seconds = 0;
        double cpuSeconds = 0;
        for (int seen = 0; seen < timings;) {
            const int end = m_pending.indexOf('\n');
            if (end < 0) {
                if (!m_process.waitForReadyRead(60000)) {
                    m_problem =
                        QString::fromUtf8(m_process.readAllStandardError()).simplified().left(200);
                    if (m_problem.isEmpty())
                        m_problem = QStringLiteral("no answer");
                    return {};
                }
                m_pending += m_process.readAllStandardOutput();
                continue;
            }
            const QByteArray line = m_pending.left(end);
            m_pending.remove(0, end + 1);
            // "Run Time: real 0.012 user 0.010000 sys 0.001000"
            const QList<QByteArray> fields = line.split(' ');
            if (line.startsWith("Run Time: real ") && fields.size() == 8) {
                seconds += fields[3].toDouble();
                cpuSeconds += fields[5].toDouble() + fields[7].toDouble();
                ++seen;
            }
        }
        return {seconds * 1000.0, cpuSeconds * 1000.0};
    }

private:
    QProcess m_process;
    QByteArray m_pending;
    QString m_problem;
};

// Runs both sides in turn, the same number of repetitions each.
void measure(Measurement& m,
             Ledger& ledger,
             const QStringList& setup,
             const QString& sqlite3,
             const QString& path,
             int runs) {
    m.repeats = repeatsFor(m, ledger);
    QVector<double> ours;
    QVector<double> theirs;
    QVector<double> oursCpu;
    QVector<double> theirsCpu;
    std::optional<Sqlite3Session> session;
    QString input;
    if (!m.problem.isEmpty() || sqlite3.isEmpty()) {
        if (m.problem.isEmpty())
            m.problem = QStringLiteral("program not found");
    } else if (m.statements.isEmpty()) {
        m.problem = QStringLiteral("no statements recorded");
    } else {
        session.emplace(sqlite3, m.opensLedger ? QString() : path, setup);
        // Opening must be measured on a fresh connection each time; the rest repeat on one line.
        const QString reopen = QStringLiteral(".open ") + sqlLiteral(path) + QLatin1Char('\n');
        input = m.opensLedger ? (reopen + statementLine(m.statements)).repeated(m.repeats)
                              : statementLine(m.statements)
                                        .repeated(m.repeats)
                                        .replace(QStringLiteral("\n"), QString()) +
                                    QLatin1Char('\n');
    }
    const int timings = m.opensLedger ? m.repeats : 1;
    for (int run = -kWarmUpRuns; run < runs; ++run) {
        const RunTime ourTime = runOurs(m, ledger);
        const RunTime theirTime = session ? session->run(input, timings) : RunTime();
        if (run < 0)
            continue;
        ours.append(ourTime.wall);
        oursCpu.append(ourTime.cpu);
        if (theirTime.wall >= 0) {
            theirs.append(theirTime.wall / m.repeats);
            theirsCpu.append(theirTime.cpu / m.repeats);
        }
    }
    m.ours = median(ours);
    m.oursCpu = median(oursCpu);
    if (session && !session->problem().isEmpty()) {
        m.problem = session->problem();
    } else if (theirs.size() == runs) {
        m.theirs = median(theirs);
        m.theirsCpu = median(theirsCpu);
    }
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

QString ratio(double ours, double theirs) {
    return ours >= 0 && theirs > 0 ? QString::number(ours / theirs, 'f', 2) : QStringLiteral("-");
}

void print(const Measurement& m) {
    out() << m.label.leftJustified(40) << number(m.ours).rightJustified(9)
          << number(m.theirs).rightJustified(9) << ratio(m.ours, m.theirs).rightJustified(7)
          << number(m.oursCpu).rightJustified(9) << number(m.theirsCpu).rightJustified(9)
          << ratio(m.oursCpu, m.theirsCpu).rightJustified(7);
    if (!m.problem.isEmpty())
        out() << "   (sqlite3: " << m.problem << ')';
    out() << '\n';
    out().flush();
}

// The same measurements on the encrypted ledger and on its plain copy, in one run, as
// lines of the same shape: encrypted, plain, and their ratio (issue 8 aims at 1.3 at most).
void compareWithPlain(const QVector<Measurement>& encrypted,
                      Ledger& plainLedger,
                      const QString& plainPath,
                      const QString& actor,
                      int runs) {
    QVector<Measurement> plain = plan(plainLedger, plainPath, actor);
    out() << "# the same work on a plain copy of the ledger: encrypted, plain, ratio\n";
    out() << QStringLiteral("measurement (encrypted vs plain)").leftJustified(40)
          << QStringLiteral("encr.").rightJustified(9) << QStringLiteral("plain").rightJustified(9)
          << QStringLiteral("ratio").rightJustified(7) << QStringLiteral("encr.").rightJustified(9)
          << QStringLiteral("plain").rightJustified(9) << QStringLiteral("ratio").rightJustified(7)
          << '\n';
    double worstWall = 0;
    double worstCpu = 0;
    for (int i = 0; i < plain.size() && i < encrypted.size(); ++i) {
        Measurement& p = plain[i];
        p.problem = QStringLiteral("plain copy");  // only the program's own side is timed
        measure(p, plainLedger, {}, QString(), plainPath, runs);
        Measurement row = encrypted.at(i);
        row.label = row.label + QStringLiteral(" (encrypted)");
        row.theirs = p.ours;
        row.theirsCpu = p.oursCpu;
        row.problem.clear();
        print(row);
        if (row.keystroke && row.theirs > 0 && row.theirsCpu > 0) {
            worstWall = std::max(worstWall, row.ours / row.theirs);
            worstCpu = std::max(worstCpu, row.oursCpu / row.theirsCpu);
        }
    }
    out() << "# encryption on search keystrokes (aim: at most 1.3 times plain): highest ratio "
          << number(worstWall) << " wall, " << number(worstCpu) << " cpu\n";
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

    // An encrypted ledger (issue 8): sqlite3 cannot read it, so it runs the same SQL on a plain
    // copy, and the program runs on that copy too, to tell what encryption costs.
    QTemporaryDir plainFolder;
    std::unique_ptr<Ledger> plainLedger;
    QString sqlitePath = path;
    if (LedgerEncryption::isEncrypted(ledger)) {
        sqlitePath = plainFolder.filePath(QStringLiteral("plain.tongbao"));
        if (const Status copied = LedgerEncryption::decryptCopy(ledger, sqlitePath); !copied)
            return fail(verb, copied.message());
        // The copy is read signed out: a login of its administrator would encrypt it again.
        Accounts::setCredentialSource({});
        auto plain = Ledger::open(sqlitePath, actor);
        if (!plain)
            return fail(verb, plain.message());
        plainLedger = std::move(*plain);
    }

    const int children = ChildListQuery(ledger.database()).count(ChildListFilter());
    out() << "# tongbao-cli bench " << path << ": " << children << " children; median of " << runs
          << " runs, each repeating its work to last about " << kRunMs << " ms\n";
    out() << "# sqlite3: " << (sqlite3.isEmpty() ? QStringLiteral("not found") : sqlite3)
          << ", SQLite "
          << ledger.database().scalar(QStringLiteral("SELECT sqlite_version()")).toString() << '\n';
    out() << "# wall: milliseconds on the clock; cpu: processor time (user + system), which "
             "other programs on the machine disturb far less\n";
    out() << QStringLiteral("measurement").leftJustified(40)
          << QStringLiteral("tongbao").rightJustified(9)
          << QStringLiteral("sqlite3").rightJustified(9)
          << QStringLiteral("ratio").rightJustified(7)
          << QStringLiteral("tongbao").rightJustified(9)
          << QStringLiteral("sqlite3").rightJustified(9)
          << QStringLiteral("ratio").rightJustified(7) << '\n';
    out() << QString().leftJustified(40) << QStringLiteral("wall ms").rightJustified(9)
          << QStringLiteral("wall ms").rightJustified(9) << QString().rightJustified(7)
          << QStringLiteral("cpu ms").rightJustified(9)
          << QStringLiteral("cpu ms").rightJustified(9) << '\n';
    struct Worst {
        double time = 0;
        double ratio = 0;
        void take(double ours, double theirs) {
            time = std::max(time, ours);
            if (theirs > 0)
                ratio = std::max(ratio, ours / theirs);
        }
    } wall, cpu;
    const QStringList setup = list.constFirst().statements;
    for (Measurement& m : list) {
        m.problem = traceProblem;
        measure(m, ledger, setup, sqlite3, sqlitePath, runs);
        print(m);
        if (parser.isSet(sqlOption))
            err() << m.label << ":\n  " << m.statements.join(QStringLiteral(";\n  ")) << ";\n";
        if (m.keystroke) {
            wall.take(m.ours, m.theirs);
            cpu.take(m.oursCpu, m.theirsCpu);
        }
    }
    out() << "# search keystrokes (target: under 16 ms, at most 1.5 times sqlite3): slowest "
          << number(wall.time) << " ms wall, " << number(cpu.time) << " ms cpu; highest ratio "
          << number(wall.ratio) << " wall, " << number(cpu.ratio) << " cpu\n";
    if (plainLedger)
        compareWithPlain(list, *plainLedger, sqlitePath, actor, runs);
    out() << "# peak memory of this process: " << peakMemory() << '\n';
    out().flush();
    err().flush();
    return ExitOk;
}

const CommandRegistrar registrar("bench", kSummary, runBench);

}  // namespace

}  // namespace tongbao::cli
