// The crash test (design.md §7): a writer process (crash_writer) commits changes to a ledger in
// a loop and is killed with SIGKILL at a random moment, twenty times over on the same growing
// file. After each kill the file must hold every change the writer reported as committed, pass
// SQLite's quick_check, and keep an intact history (LedgerCheck: storage, links, audit chain,
// sync columns). The kill delays come from a seeded generator; set TONGBAO_CRASH_SEED to replay
// a run.
#include "TempLedger.h"

#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/LedgerCheck.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

constexpr int kRounds = 20;
constexpr int kMinimumDelayMs = 5;
constexpr int kMaximumDelayMs = 200;
constexpr quint32 kDefaultSeed = 20261129;

// One change the writer promised: the audit row (table, id, rev) is written in the same
// transaction as the change itself.
struct Reported {
    QString table;
    QString id;
    qint64 rev = 0;
};

QString describe(const LedgerCheck::Report& report) {
    QStringList lines;
    for (const LedgerFinding& finding : report.findings)
        lines.append(finding.message);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestCrash : public QObject {
    Q_OBJECT

private:
    // Reads complete lines from the writer; a line cut short by the kill is not a promise.
    static void takeLines(QByteArray& pending, QVector<Reported>& reported, bool* ready) {
        int end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            if (line == QLatin1String("ready")) {
                *ready = true;
                continue;
            }
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 3)
                reported.append({parts[0], parts[1], parts[2].toLongLong()});
        }
    }

    // Every promised change has its history entry, and its row is at least that new.
    static void verifyPromises(Ledger& ledger, const QVector<Reported>& reported) {
        SqlQuery audit(ledger.database(),
                       QStringLiteral("SELECT count(*) FROM audit WHERE entity = :entity AND "
                                      "entity_id = :id AND rev = :rev"));
        for (const Reported& change : reported) {
            audit.bind(QStringLiteral(":entity"), change.table)
                .bind(QStringLiteral(":id"), change.id)
                .bind(QStringLiteral(":rev"), change.rev);
            QVERIFY(audit.exec() && audit.next());
            QVERIFY2(audit.value(0).toInt() == 1, qPrintable(QStringLiteral("lost: %1 %2 rev %3")
                                                                 .arg(change.table, change.id)
                                                                 .arg(change.rev)));
            audit.raw().finish();
            if (change.table == QLatin1String("child")) {
                const Result<Child> child = ledger.children().load(change.id);
                QVERIFY2(child.ok(), qPrintable(change.id));
                QVERIFY(child->meta.rev >= change.rev);
            } else if (change.table == QLatin1String("household")) {
                const Result<Household> household = ledger.households().load(change.id);
                QVERIFY2(household.ok(), qPrintable(change.id));
                QVERIFY(household->meta.rev >= change.rev);
            }
        }
    }

private slots:
    void killedWriterKeepsEveryReportedChange() {
        const quint32 seed = qEnvironmentVariableIsSet("TONGBAO_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("TONGBAO_CRASH_SEED"))
                                 : kDefaultSeed;
        qInfo("seed %u (set TONGBAO_CRASH_SEED to replay)", seed);
        QRandomGenerator random(seed);

        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        const QString path = temp.path();
        temp.close();

        QVector<Reported> reported;
        int roundsWithChanges = 0;
        for (int round = 0; round < kRounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(TONGBAO_CRASH_WRITER), {path});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

            QByteArray pending;
            bool ready = false;
            const qsizetype before = reported.size();
            QElapsedTimer startup;
            startup.start();
            while (!ready && startup.elapsed() < 10000 && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(100);
                pending += writer.readAllStandardOutput();
                takeLines(pending, reported, &ready);
            }
            QVERIFY2(ready, writer.readAllStandardError().constData());

            // Keep draining the pipe while waiting, so the writer never blocks on a full one.
            const int delay = int(random.bounded(kMinimumDelayMs, kMaximumDelayMs + 1));
            QElapsedTimer running;
            running.start();
            while (running.elapsed() < delay) {
                writer.waitForReadyRead(int(qMax<qint64>(1, delay - running.elapsed())));
                pending += writer.readAllStandardOutput();
            }
            writer.kill();  // SIGKILL on Unix: no handler, no clean-up
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            pending += writer.readAllStandardOutput();
            takeLines(pending, reported, &ready);
            const QByteArray errors = writer.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            if (reported.size() > before)
                ++roundsWithChanges;

            auto reopened = Ledger::open(path, QStringLiteral("tester"), temp.clock());
            QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
            verifyPromises(**reopened, reported);
            if (QTest::currentTestFailed())
                return;
            const LedgerCheck::Report report = LedgerCheck((*reopened)->database()).run();
            QVERIFY2(report.clean(), qPrintable(QStringLiteral("round %1, killed after %2 ms:\n%3")
                                                    .arg(round)
                                                    .arg(delay)
                                                    .arg(describe(report))));
        }
        qInfo("%lld changes reported over %d rounds (%d with changes)", qint64(reported.size()),
              kRounds, roundsWithChanges);
        // Kills during the very first commit are fine, but most rounds must have written.
        QVERIFY(roundsWithChanges >= kRounds / 2);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
