// The start-up decision (issue 7): a sound ledger opens; a file whose header was overwritten,
// that was cut short, that a newer Tongbao wrote, or that fails SQLite's check after an unclean
// end is told apart, and the newest backup that passes its own check is offered. The file is
// never changed by looking at it, and a write-ahead log a crash left behind is taken in, not
// thrown away.
#include "TempLedger.h"

#include "backup/BackupRestore.h"
#include "backup/BackupWriter.h"
#include "backup/StartupCheck.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

void addChildren(Ledger& ledger, int count) {
    for (int i = 0; i < count; ++i) {
        Child child;
        child.name = QStringLiteral("孙%1").arg(i);
        child.riskLevel = QStringLiteral("low");
        QVERIFY(ledger.children().save(child).ok());
    }
}

// The id of a process that has ended: what a crashed program leaves in its marker.
qint64 endedProcessId() {
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

void leaveMarker(const QString& ledgerPath, qint64 pid) {
    QFile marker(SessionMarker::markerPath(ledgerPath));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write(QByteArray::number(pid) + '\n');
}

}  // namespace

class TestBackupRecovery : public QObject {
    Q_OBJECT

private slots:
    void soundLedgerOpens() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        temp.close();
        const StartupCheck::Decision decision = StartupCheck::examine(temp.path());
        QVERIFY(decision.canOpen());
        QVERIFY(!decision.uncleanEnd);
        QVERIFY(!decision.backup.has_value());
    }

    void damagedFilesAreToldApartAndTheBackupOffered_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("kind");
        QTest::newRow("header overwritten")
            << QStringLiteral("header") << int(LedgerProbe::Kind::NotLedger);
        QTest::newRow("truncated")
            << QStringLiteral("truncated") << int(LedgerProbe::Kind::Truncated);
        QTest::newRow("empty") << QStringLiteral("empty") << int(LedgerProbe::Kind::NotLedger);
        QTest::newRow("newer") << QStringLiteral("newer") << int(LedgerProbe::Kind::Newer);
        QTest::newRow("foreign") << QStringLiteral("foreign") << int(LedgerProbe::Kind::NotLedger);
        QTest::newRow("pages, after a crash")
            << QStringLiteral("pages") << int(LedgerProbe::Kind::Damaged);
    }

    void damagedFilesAreToldApartAndTheBackupOffered() {
        QFETCH(QString, damage);
        QFETCH(int, kind);
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        addChildren(temp.ledger(), 80);
        const auto first = BackupWriter::automatic(temp.path(), temp.clock());
        QVERIFY(first.ok());
        temp.clock().advanceDays(1);
        const auto second = BackupWriter::automatic(temp.path(), temp.clock());
        QVERIFY(second.ok());
        // The newest backup is damaged too: the one offered is the newest that is sound.
        {
            QFile file(second->file.path);
            QVERIFY(file.resize(file.size() / 2));
        }
        if (damage == QLatin1String("newer")) {
            QVERIFY(temp->database().execute(QStringLiteral("PRAGMA user_version = 999")));
        } else if (damage == QLatin1String("foreign")) {
            QVERIFY(temp->database().execute(QStringLiteral("PRAGMA application_id = 42")));
        }
        temp.close();
        const QString path = temp.path();
        QFile file(path);
        if (damage == QLatin1String("header")) {
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(64, 'X'));
            file.close();
        } else if (damage == QLatin1String("truncated")) {
            QVERIFY(file.resize(file.size() / 2));
        } else if (damage == QLatin1String("empty")) {
            QVERIFY(file.resize(0));
        } else if (damage == QLatin1String("pages")) {
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 at = 4096; at + 4096 <= file.size(); at += 4096) {
                file.seek(at + 100);
                file.write(QByteArray(600, '\x5a'));
            }
            file.close();
            leaveMarker(path, endedProcessId());
        }
        const QByteArray before = fileBytes(path);

        const StartupCheck::Decision decision = StartupCheck::examine(path);
        QVERIFY(!decision.canOpen());
        QCOMPARE(int(decision.finding.kind), kind);
        QVERIFY(!decision.finding.message.isEmpty());
        qInfo().noquote() << decision.finding.message;
        QVERIFY(decision.backup.has_value());
        QCOMPARE(decision.backup->path, first->file.path);
        // Looking changed nothing.
        QCOMPARE(fileBytes(path), before);

        // The offered backup restores in place; the damaged file is kept aside unchanged.
        const auto restored = BackupRestore::restore(decision.backup->path, path,
                                                     {QStringLiteral("tester"), {}}, temp.clock());
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        QCOMPARE(fileBytes(restored->keptAside), before);
        QVERIFY(StartupCheck::examine(path).canOpen());
        QVERIFY(temp.reopen());
    }

    void uncleanEndWithASoundFileOpensAndKeepsTheLog() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        const QString path = temp.path();
        // A second connection holds the log open while the first commits, so the changes live
        // only in the -wal file, as after a crash.
        auto holder = Database::connect(path);
        QVERIFY(holder.ok());
        QVERIFY((*holder)->scalar(QStringLiteral("SELECT count(*) FROM child")).isValid());
        addChildren(temp.ledger(), 5);
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.exists() && wal.size() > 0);
        const QByteArray walBytes = fileBytes(wal.fileName());
        const QByteArray mainBytes = fileBytes(path);
        QTemporaryDir copy;
        const QString crashed = copy.filePath(QStringLiteral("crashed.tongbao"));
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(wal.fileName(), crashed + QStringLiteral("-wal")));
        leaveMarker(crashed, endedProcessId());

        const StartupCheck::Decision decision = StartupCheck::examine(crashed);
        QVERIFY(decision.uncleanEnd);
        QVERIFY2(decision.canOpen(), qPrintable(decision.finding.message));
        auto opened = Ledger::open(crashed, QStringLiteral("tester"));
        QVERIFY(opened.ok());
        SqlQuery count((*opened)->database(), QStringLiteral("SELECT count(*) FROM child"));
        QVERIFY(count.exec() && count.next());
        QCOMPARE(count.value(0).toInt(), 5);
        Q_UNUSED(walBytes);
        Q_UNUSED(mainBytes);
    }

    void markerOfARunningProgramIsNotAnUncleanEnd() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        {
            SessionMarker marker(temp.path());
            QVERIFY(QFileInfo::exists(SessionMarker::markerPath(temp.path())));
            QVERIFY(!SessionMarker::leftBehind(temp.path()));
            QVERIFY(!StartupCheck::examine(temp.path()).uncleanEnd);
        }
        QVERIFY(!QFileInfo::exists(SessionMarker::markerPath(temp.path())));
        leaveMarker(temp.path(), endedProcessId());
        QVERIFY(SessionMarker::leftBehind(temp.path()));
        const StartupCheck::Decision decision = StartupCheck::examine(temp.path());
        QVERIFY(decision.uncleanEnd);
        QVERIFY(decision.canOpen());
    }
};

QTEST_GUILESS_MAIN(TestBackupRecovery)
#include "tst_backup_recovery.moc"
