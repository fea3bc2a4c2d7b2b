// The crash test (design.md §7): a writer process (crash_writer) commits changes to a ledger in
// a loop and is killed with SIGKILL at a random moment, twenty times over on the same growing
// file. After each kill the file must hold every change the writer reported as committed, pass
// SQLite's quick_check, and keep an intact history (LedgerCheck: storage, links, audit chain,
// sync columns). The kill delays come from a seeded generator; set TONGBAO_CRASH_SEED to replay
// a run.
#include "TempLedger.h"
#include "crypt/LedgerEncryption.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/FileQueries.h"

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
    void initTestCase() { useFastPasswordHashing(); }

    void killedWriterKeepsEveryReportedChange_data() {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("plain ledger") << false;
        QTest::newRow("encrypted ledger") << true;
    }

    void killedWriterKeepsEveryReportedChange() {
        QFETCH(bool, encrypted);
        const quint32 seed = qEnvironmentVariableIsSet("TONGBAO_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("TONGBAO_CRASH_SEED"))
                                 : kDefaultSeed;
        qInfo("seed %u (set TONGBAO_CRASH_SEED to replay)", seed);
        QRandomGenerator random(seed);

        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        const QString path = temp.path();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (encrypted) {
            QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                     QString());
            QVERIFY(LedgerEncryption::isEncrypted(temp.ledger()));
            environment.insert(QStringLiteral("TONGBAO_USER"), QStringLiteral("admin"));
            environment.insert(QStringLiteral("TONGBAO_PASSWORD"), testPassword());
        }
        temp.close();

        QVector<Reported> reported;
        int roundsWithChanges = 0;
        for (int round = 0; round < kRounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.setProcessEnvironment(environment);
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

            // Every other round the delay counts from the writer's first commit rather than from
            // its start: a writer slowed by a busy machine then still gets killed among its
            // commits in at least half of the rounds, while the others may stop it before or
            // during its first one.
            if (round % 2 == 1) {
                QElapsedTimer first;
                first.start();
                while (reported.size() == before && first.elapsed() < 10000 &&
                       writer.state() == QProcess::Running) {
                    writer.waitForReadyRead(100);
                    pending += writer.readAllStandardOutput();
                    takeLines(pending, reported, &ready);
                }
            }
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

    // A plain ledger with accounts (made before encryption) is encrypted at its administrator's
    // login; killed at any moment of that, the ledger's name holds a whole ledger, plain or
    // encrypted, with every child, and the next open finishes the work.
    void aConversionKilledAnywhereLeavesAWholeLedger() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        for (int i = 0; i < 1500; ++i) {
            Child child;
            child.name = QStringLiteral("转换测试%1").arg(i);
            child.notes = QString(300, QChar(0x6587));
            QVERIFY(temp->children().save(child));
        }
        const QString original = temp.path() + QStringLiteral(".plain");
        QVERIFY(LedgerEncryption::decryptCopy(temp.ledger(), original));
        temp.close();
        const QString path = temp.path() + QStringLiteral(".converting.tongbao");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TONGBAO_USER"), QStringLiteral("admin"));
        environment.insert(QStringLiteral("TONGBAO_PASSWORD"), testPassword());

        auto convert = [&](int killAfterMs) {
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                  QStringLiteral(".encrypting"), QStringLiteral(".before-encryption")})
                QFile::remove(path + suffix);
            QFile::copy(original, path);
            QProcess writer;
            writer.setProcessEnvironment(environment);
            QElapsedTimer timer;
            timer.start();
            writer.start(QStringLiteral(TONGBAO_CRASH_WRITER), {QStringLiteral("--convert"), path});
            writer.waitForStarted(10000);
            if (killAfterMs < 0) {
                writer.waitForFinished(60000);
                return timer.elapsed();
            }
            writer.waitForFinished(killAfterMs);
            writer.kill();
            writer.waitForFinished(10000);
            return timer.elapsed();
        };
        const qint64 whole = convert(-1);
        QVERIFY(LedgerEncryption::isEncrypted(path));
        // Kills swept over the whole run, from the start of the process to past its end.
        int encryptedRounds = 0;
        for (int round = 0; round < 12; ++round) {
            convert(int(whole * (round + 2) / 12));
            // At the kill, before anything is repaired: a whole ledger under the name.
            const bool encryptedNow = LedgerEncryption::isEncrypted(path);
            if (encryptedNow) {
                ++encryptedRounds;
                QString password = testPassword();
                QVERIFY(LedgerEncryption::unlock(path, QStringLiteral("admin"),
                                                 passwordBytes(password)));
                const auto damaged = LedgerEncryption::damagedPages(path);
                QVERIFY(damaged && damaged->isEmpty());
            }
            {
                auto file = Database::connect(path, /*readOnly=*/true);
                QVERIFY(file);
                QCOMPARE(filequeries::pageProblems(**file), std::optional<int>(0));
                QCOMPARE((*file)->scalar(QStringLiteral("SELECT count(*) FROM child")).toInt(),
                         1500);
            }
            // The next open tidies up what the kill left.
            Accounts::setCredentialSource(testCredentials);
            auto reopened = Ledger::open(path, QStringLiteral("admin"), temp.clock());
            Accounts::setCredentialSource({});
            QVERIFY2(reopened, qPrintable(reopened.message()));
            QVERIFY(LedgerEncryption::isEncrypted(**reopened));
            reopened->reset();
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".encrypting")));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".before-encryption")));
        }
        qInfo("conversion took %lld ms whole; %d of 12 kills found it done", whole,
              encryptedRounds);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
