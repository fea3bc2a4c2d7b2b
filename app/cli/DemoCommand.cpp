// tongbao-cli demo FILE --children N [--seed S]: fills a ledger with invented but realistic
// children, families, visits and reports, for demonstrations, training and benchmarks.
#include "Command.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "security/Accounts.h"
#include "storage/Ledger.h"
#include "storage/LedgerBuild.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "Fill a ledger with invented demo data. Creates a village ledger (古南街道桥河社区居委会) "
    "if FILE does not exist; adds new, different children to an existing ledger. The same "
    "--seed and --on on a new file give the same data. A new demo ledger has the accounts "
    "admin, supervisor and reviewer, all with the password tongbao-demo. Prints one summary "
    "line.");

constexpr int kMostChildren = 1000000;

// The real time, read once from the system clock and then carried on by a monotonic timer, in
// the system's time zone as Qt keeps it. A district-sized demo stamps over a million rows, and
// asking the system for the local time each time (the time zone file looked up anew on every
// call) took a twentieth of the run.
class RunClock final : public Clock {
public:
    explicit RunClock(const Clock& real)
        : m_startUtc(real.nowUtc())
        , m_zone(QTimeZone::systemTimeZone()) {
        m_timer.start();
    }
    QDateTime now() const override {
        return m_startUtc.addMSecs(m_timer.elapsed()).toTimeZone(m_zone);
    }

private:
    QDateTime m_startUtc;
    QTimeZone m_zone;
    QElapsedTimer m_timer;
};

// --on: the day at 09:00, as a FixedClock on that local time gives it, but in the system's time
// zone as Qt keeps it (as RunClock). A local time asks the C library for its offset on every
// conversion to UTC, which stamps every row, and the C library re-reads the time zone file each
// time: 2 to 4 % of the run.
class DayClock final : public Clock {
public:
    explicit DayClock(const QDate& day)
        : m_at(QDateTime(day, QTime(9, 0)).toTimeZone(QTimeZone::systemTimeZone())) {}
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

// Whether a person watches stderr (a terminal) rather than a script or a test.
bool stderrIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

int runDemo(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption children(
        QStringLiteral("children"),
        QCoreApplication::translate("Cli", "Number of children to invent (1 to 1000000)."),
        QStringLiteral("N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("Cli", "Seed of the random data (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("Cli", "Name recorded in the history (default: $USER)."),
        QStringLiteral("NAME"));
    const QCommandLineOption on(
        QStringLiteral("on"),
        QCoreApplication::translate(
            "Cli",
            "Make the data as if today were this day (YYYY-MM-DD, at 09:00) instead of now."),
        QStringLiteral("DATE"));
    parser.addOptions({children, seed, on, user});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    bool countOk = false;
    const int count = parser.value(children).toInt(&countOk);
    if (!parser.isSet(children) || !countOk || count < 1 || count > kMostChildren)
        return fail(verb,
                    QCoreApplication::translate("Cli", "give --children N with N from 1 to %1")
                        .arg(kMostChildren),
                    ExitUsage);
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return fail(verb, QCoreApplication::translate("Cli", "--seed must be a whole number"),
                    ExitUsage);

    std::optional<DayClock> dayClock;
    if (parser.isSet(on)) {
        const QDate day = QDate::fromString(parser.value(on).trimmed(), Qt::ISODate);
        if (!day.isValid())
            return fail(
                verb,
                QCoreApplication::translate(
                    "Cli", "--on must be a calendar date written YYYY-MM-DD, e.g. 2026-11-29"),
                ExitUsage);
        dayClock.emplace(day);
    }
    const RunClock runClock(Clock::current());
    const Clock& clock = dayClock ? static_cast<const Clock&>(*dayClock) : runClock;

    const QString path = files.first();
    const QString actor = actorName(parser.value(user));
    QElapsedTimer timer;  // how long it took, for the summary; not a date of the ledger's
    timer.start();
    const bool fresh = !QFileInfo::exists(path);
    // A new ledger is built apart and appears under its name only when complete
    // (storage/LedgerBuild); an existing one is added to as any other writer would.
    std::unique_ptr<LedgerBuild> build;
    std::unique_ptr<Ledger> opened;
    if (fresh) {
        auto created = LedgerBuild::create(path, DemoGenerator::defaultLedger(), actor, clock);
        if (!created)
            return fail(verb, created.message());
        build = std::move(*created);
        // A new demo ledger gets the documented demo accounts (README); the data is invented.
        const Status accounts = Accounts(build->ledger()).addDemoAccounts();
        if (!accounts)
            return fail(verb, accounts.message());
        if (const Status filling = build->startFill(); !filling)
            return fail(verb, filling.message());
    } else {
        auto existing = Ledger::open(path, actor, clock);
        if (!existing)
            return fail(verb, existing.message());
        opened = std::move(*existing);
    }
    Ledger& ledger = build ? build->ledger() : *opened;

    // A district-sized demo takes minutes: show how far it got, but only to a person watching.
    DemoGenerator::Progress progress;
    if (stderrIsTerminal()) {
        progress = [last = 0](int done, int total) mutable {
            if (done - last < 1000 && done != total)
                return;
            last = done;
            err() << '\r' << done << " / " << total << (done == total ? "\n" : "");
            err().flush();
        };
    }
    DemoOptions options{count, seedValue};
    if (build)
        options.childrenPerTransaction = 0;
    const auto filled = DemoGenerator::fill(ledger, options, progress);
    if (!filled)
        return fail(verb, filled.message());
    if (build) {
        if (const Status finished = build->finish(); !finished)
            return fail(verb, finished.message());
    }
    const DemoSummary& s = *filled;
    out() << QCoreApplication::translate(
                 "Cli",
                 "%1 children, %2 households, %3 visits, %4 safety reports, %5 measures, "
                 "%6 closed files in %7 s")
                 .arg(s.children)
                 .arg(s.households)
                 .arg(s.visits)
                 .arg(s.safetyReports)
                 .arg(s.measures)
                 .arg(s.closedFiles)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar("demo", kSummary, runDemo);

}  // namespace

}  // namespace tongbao::cli
