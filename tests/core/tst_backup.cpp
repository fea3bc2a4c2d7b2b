// Backups (issue 7): the rotation rules on the clock the test controls, the safe steps of a
// backup (a failure at any step leaves the earlier backups as they were and no half file under
// a backup's name), restore that checks before it replaces and keeps the replaced file aside,
// refuses a damaged backup, and the encrypted backup to a folder that shows nothing without the
// password.
#include "TempLedger.h"

#include "backup/BackupFolder.h"
#include "backup/BackupKey.h"
#include "backup/BackupRestore.h"
#include "backup/BackupRotation.h"
#include "backup/BackupWriter.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/LedgerCheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

using Step = BackupWriter::Step;

// Every file in a folder, hidden ones too, with its bytes.
QMap<QString, QByteArray> snapshotFolder(const QString& folder) {
    QMap<QString, QByteArray> files;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries)
        files.insert(entry.fileName(), fileBytes(entry.absoluteFilePath()));
    return files;
}

void addChildren(Ledger& ledger, int count, const QString& prefix) {
    for (int i = 0; i < count; ++i) {
        Child child;
        child.name = prefix + QString::number(i);
        child.riskLevel = QStringLiteral("low");
        QVERIFY(ledger.children().save(child).ok());
    }
}

int childCount(const QString& path) {
    auto opened = Ledger::open(path, QStringLiteral("tester"));
    if (!opened)
        return -1;
    SqlQuery count((*opened)->database(),
                   QStringLiteral("SELECT count(*) FROM child WHERE deleted = 0"));
    return count.exec() && count.next() ? count.value(0).toInt() : -1;
}

// Overwrites bytes in the middle of the file's pages (not the header): the kind of damage a bad
// sector or a half-written copy leaves.
void damagePages(const QString& path) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    for (qint64 at = 4096; at + 4096 <= size; at += 4096) {
        file.seek(at + 100);
        file.write(QByteArray(600, '\x5a'));
    }
}

}  // namespace

class TestBackup : public QObject {
    Q_OBJECT

private slots:
    void rotationKeepsDailyWeeklyMonthly() {
        // One backup a day at 18:00 for 400 days, ending on Thursday 2027-02-04.
        QVector<QDateTime> taken;
        const QDate last(2027, 2, 4);
        for (int back = 399; back >= 0; --back)
            taken.append(QDateTime(last.addDays(-back), QTime(18, 0)));
        const QVector<bool> keep = BackupRotation::keep(taken);
        QSet<QDate> kept;
        for (int i = 0; i < taken.size(); ++i)
            if (keep[i])
                kept.insert(taken[i].date());
        // 7 days (Jan 29 – Feb 4, which hold the newest of this week and the last), the newest of
        // 2 more weeks (Jan 24, 17) and of 10 more months (Dec 31 back to Mar 31 2026).
        QCOMPARE(kept.size(), 19);
        for (int d = 0; d < 7; ++d)
            QVERIFY(kept.contains(last.addDays(-d)));
        for (const QDate& date : {QDate(2027, 1, 31), QDate(2027, 1, 24), QDate(2027, 1, 17),
                                  QDate(2026, 12, 31), QDate(2026, 3, 31)})
            QVERIFY2(kept.contains(date), qPrintable(date.toString(Qt::ISODate)));
        QVERIFY(!kept.contains(QDate(2026, 2, 28)));
        QVERIFY(!kept.contains(QDate(2027, 1, 16)));
    }

    void rotationKeepsNewestOfADayAndSurvivesLongGaps() {
        const QDate day(2026, 11, 29);
        QVector<QDateTime> taken{QDateTime(day, QTime(9, 0)), QDateTime(day, QTime(17, 0)),
                                 QDateTime(day, QTime(12, 0))};
        QCOMPARE(BackupRotation::keep(taken), (QVector<bool>{false, true, false}));
        // A ledger left unopened for half a year keeps its older backups on the first day back.
        taken = {QDateTime(QDate(2026, 1, 5), QTime(9, 0)),
                 QDateTime(QDate(2026, 1, 6), QTime(9, 0)),
                 QDateTime(QDate(2026, 7, 1), QTime(9, 0))};
        QCOMPARE(BackupRotation::keep(taken), (QVector<bool>{true, true, true}));
        QVERIFY(BackupRotation::keep({}).isEmpty());
    }

    void automaticBackupsFollowTheClock() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        addChildren(temp.ledger(), 3, QStringLiteral("李"));
        const QString path = temp.path();
        QVERIFY(BackupWriter::automaticDue(path, temp.clock()));

        // One backup a day at 09:00 for 40 days (2026-11-29 to 2027-01-07), with a change each day.
        QVector<QDateTime> taken;
        for (int day = 0; day < 40; ++day) {
            addChildren(temp.ledger(), 1, QStringLiteral("day%1-").arg(day));
            const auto written = BackupWriter::automatic(path, temp.clock());
            QVERIFY2(written.ok(), qPrintable(written.message()));
            taken.append(QDateTime(temp.clock().now().date(), temp.clock().now().time()));
            QVERIFY(!BackupWriter::automaticDue(path, temp.clock()));
            temp.clock().advanceSeconds(23 * 3600);
            QVERIFY(!BackupWriter::automaticDue(path, temp.clock()));
            temp.clock().advanceSeconds(3600);
            QVERIFY(BackupWriter::automaticDue(path, temp.clock()));
        }
        const QVector<BackupFile> listed = BackupFolder::besideLedger(path).list();
        // 7 days (Jan 1 – 7, which hold the newest of the last two weeks), the newest of 2 more
        // weeks (Dec 27, Dec 20) and of 2 more months (Dec 31, Nov 30).
        QCOMPARE(listed.size(), 11);
        const QVector<bool> expected = BackupRotation::keep(taken);
        QSet<QDateTime> expectedTimes;
        for (int i = 0; i < taken.size(); ++i)
            if (expected[i])
                expectedTimes.insert(taken[i]);
        for (const BackupFile& file : listed)
            QVERIFY2(expectedTimes.contains(file.taken), qPrintable(file.taken.toString()));
        QCOMPARE(listed.first().taken.date(), QDate(2027, 1, 7));
        // The newest backup holds the newest change.
        QCOMPARE(childCount(listed.first().path), 43);
        // Backups are consistent copies, not the live file: no write-ahead log beside them.
        QVERIFY(!QFileInfo::exists(listed.first().path + QStringLiteral("-wal")));
    }

    void failureAtAnyStepLeavesEarlierBackupsIntact_data() {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("encrypted");
        for (Step step : {Step::Snapshot, Step::Sync, Step::Check, Step::Rename})
            QTest::newRow(qPrintable(BackupWriter::stepName(step))) << int(step) << false;
        for (Step step : {Step::Snapshot, Step::Sync, Step::Check, Step::Encrypt, Step::Rename})
            QTest::newRow(qPrintable(QStringLiteral("encrypted ") + BackupWriter::stepName(step)))
                << int(step) << true;
    }

    void failureAtAnyStepLeavesEarlierBackupsIntact() {
        QFETCH(int, step);
        QFETCH(bool, encrypted);
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        addChildren(temp.ledger(), 5, QStringLiteral("张"));
        QTemporaryDir stick;
        const BackupFolder folder = encrypted ? BackupFolder::in(stick.path(), temp.path())
                                              : BackupFolder::besideLedger(temp.path());
        BackupWriter::Options options;
        if (encrypted) {
            auto key = BackupKey::setUp(temp.ledger(), QStringLiteral("correct horse"),
                                        KdfLimits::fastForTests());
            QVERIFY2(key.ok(), qPrintable(key.message()));
            options.encryptTo = key->recipient();
            options.keyFileText = key->toText();
        }
        for (int i = 0; i < 3; ++i) {
            QVERIFY(BackupWriter::write(temp.path(), folder, options, temp.clock()).ok());
            temp.clock().advanceDays(1);
        }
        const QMap<QString, QByteArray> before = snapshotFolder(folder.folder());
        const QMap<QString, QByteArray> localBefore =
            snapshotFolder(BackupFolder::besideLedger(temp.path()).folder());
        QCOMPARE(folder.list().size(), 3);

        addChildren(temp.ledger(), 1, QStringLiteral("new"));
        options.beforeStep = [step](Step at) {
            return int(at) == step ? Status::failure(QStringLiteral("simulated failure"))
                                   : Status::success();
        };
        const auto failed = BackupWriter::write(temp.path(), folder, options, temp.clock());
        QVERIFY(!failed.ok());
        QCOMPARE(failed.message(), QStringLiteral("simulated failure"));
        // The same files, byte for byte: nothing added, nothing half-written left behind.
        QCOMPARE(snapshotFolder(folder.folder()), before);
        QCOMPARE(snapshotFolder(BackupFolder::besideLedger(temp.path()).folder()), localBefore);
        // The ledger itself still checks and the next backup works.
        QVERIFY(LedgerCheck(temp->database()).run().clean());
        options.beforeStep = nullptr;
        QVERIFY(BackupWriter::write(temp.path(), folder, options, temp.clock()).ok());
        QCOMPARE(folder.list().size(), 4);
    }

    void leftoversOfAKilledBackupAreNotListedAndAreCleared() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        const BackupFolder folder = BackupFolder::besideLedger(temp.path());
        QVERIFY(BackupWriter::automatic(temp.path(), temp.clock()).ok());
        const QString leftover = QDir(folder.folder())
                                     .filePath(BackupFolder::temporaryPrefix() +
                                               QStringLiteral("1234abcd-test-backup-x.tongbao"));
        QFile file(leftover);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a backup");
        file.close();
        QCOMPARE(folder.list().size(), 1);
        // Two hours later (by the clock) the next backup clears it away.
        temp.clock().set(QFileInfo(leftover).lastModified().addSecs(2 * 3600));
        QVERIFY(BackupWriter::automatic(temp.path(), temp.clock()).ok());
        QVERIFY(!QFileInfo::exists(leftover));
    }

    void restoreChecksThenReplacesAndKeepsTheOldFileAside() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        addChildren(temp.ledger(), 4, QStringLiteral("陈"));
        const auto written = BackupWriter::automatic(temp.path(), temp.clock());
        QVERIFY(written.ok());
        addChildren(temp.ledger(), 2, QStringLiteral("after"));
        temp.close();
        const QByteArray current = fileBytes(temp.path());

        temp.clock().advanceSeconds(60);
        const auto restored = BackupRestore::restore(written->file.path, temp.path(),
                                                     {QStringLiteral("tester"), {}}, temp.clock());
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        QVERIFY(restored->report.clean());
        QCOMPARE(childCount(temp.path()), 4);
        QVERIFY(!restored->keptAside.isEmpty());
        QCOMPARE(fileBytes(restored->keptAside), current);
        QCOMPARE(childCount(restored->keptAside), 6);
        const auto checked = LedgerCheck::checkFile(temp.path(), QStringLiteral("tester"));
        QVERIFY(checked.ok() && checked->clean());
        // No temporary file is left in the folder.
        const QStringList hidden =
            QDir(temp.dir()).entryList({QStringLiteral(".partial*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char(' '))));
    }

    void restoreRefusesADamagedBackup_data() {
        QTest::addColumn<QString>("damage");
        QTest::newRow("pages") << QStringLiteral("pages");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("header") << QStringLiteral("header");
        QTest::newRow("history") << QStringLiteral("history");
    }

    void restoreRefusesADamagedBackup() {
        QFETCH(QString, damage);
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        addChildren(temp.ledger(), 60, QStringLiteral("赵"));
        const auto written = BackupWriter::automatic(temp.path(), temp.clock());
        QVERIFY(written.ok());
        const QString backup = written->file.path;
        if (damage == QLatin1String("pages")) {
            damagePages(backup);
        } else if (damage == QLatin1String("truncated")) {
            QFile file(backup);
            QVERIFY(file.resize(file.size() / 2));
        } else if (damage == QLatin1String("header")) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(100, '\0'));
        } else {
            // Someone rewrote history with plain SQL in the backup.
            auto db = Database::connect(backup);
            QVERIFY(db.ok());
            QVERIFY((*db)->execute(QStringLiteral("DROP TRIGGER audit_no_update")));
            QVERIFY((*db)->execute(
                QStringLiteral("UPDATE audit SET actor = 'someone else' WHERE seq = 2")));
        }
        QVERIFY(!BackupRestore::checkPlain(backup).isEmpty());
        temp.close();
        const QByteArray current = fileBytes(temp.path());
        const auto restored = BackupRestore::restore(backup, temp.path(),
                                                     {QStringLiteral("tester"), {}}, temp.clock());
        QVERIFY(!restored.ok());
        qInfo().noquote() << restored.message();
        QCOMPARE(fileBytes(temp.path()), current);
        QStringList files = QDir(temp.dir()).entryList(QDir::Files | QDir::Hidden);
        files.removeAll(QStringLiteral("test.tongbao"));
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY(!BackupRestore::latestGood(temp.path()).has_value());
    }

    void encryptedBackupShowsNothingWithoutThePassword() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        addChildren(temp.ledger(), 20, QStringLiteral("秘密儿童"));
        auto key = BackupKey::setUp(temp.ledger(), QStringLiteral("correct horse"),
                                    KdfLimits::fastForTests());
        QVERIFY2(key.ok(), qPrintable(key.message()));
        QVERIFY(BackupKey::ofLedger(temp.ledger()).has_value());
        QVERIFY(!BackupKey::setUp(temp.ledger(), QStringLiteral("correct horse"),
                                  KdfLimits::fastForTests())
                     .ok());

        QTemporaryDir stick;
        BackupWriter::Options options;
        options.encryptTo = key->recipient();
        options.keyFileText = key->toText();
        const auto written = BackupWriter::write(
            temp.path(), BackupFolder::in(stick.path(), temp.path()), options, temp.clock());
        QVERIFY2(written.ok(), qPrintable(written->file.path));
        QVERIFY(written->file.path.endsWith(QLatin1String(".tongbao.age")));
        // Nothing on the stick in clear: no database, no name.
        const QMap<QString, QByteArray> onStick = snapshotFolder(stick.path());
        QCOMPARE(onStick.size(), 2);
        for (auto it = onStick.cbegin(); it != onStick.cend(); ++it) {
            QVERIFY(!it.value().contains("SQLite format 3"));
            QVERIFY(!it.value().contains(QStringLiteral("秘密儿童").toUtf8()));
        }
        QVERIFY(written->file.path.startsWith(stick.path()));

        // Restorable with the key file beside it and the password, on a computer without the
        // ledger.
        const auto beside = BackupRestore::keyBeside(written->file.path);
        QVERIFY2(beside.ok(), qPrintable(beside.message()));
        QVERIFY(!beside->unlock(QStringLiteral("wrong password")).ok());
        auto identity = beside->unlock(QStringLiteral("correct horse"));
        QVERIFY(identity.ok());
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("restored.tongbao"));
        BackupRestore::Options restoreOptions{QStringLiteral("tester"), std::move(*identity)};
        const auto restored =
            BackupRestore::restore(written->file.path, target, restoreOptions, temp.clock());
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        QCOMPARE(childCount(target), 20);

        // Without the key it is refused; an altered file is refused and nothing appears.
        QVERIFY(!BackupRestore::restore(written->file.path,
                                        elsewhere.filePath(QStringLiteral("x.tongbao")),
                                        {QStringLiteral("tester"), {}}, temp.clock())
                     .ok());
        {
            QFile file(written->file.path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() - 100);
            file.write("x");
        }
        auto again = beside->unlock(QStringLiteral("correct horse"));
        const auto tampered = BackupRestore::restore(
            written->file.path, elsewhere.filePath(QStringLiteral("y.tongbao")),
            {QStringLiteral("tester"), std::move(*again)}, temp.clock());
        QVERIFY(!tampered.ok());
        QVERIFY(!QFileInfo::exists(elsewhere.filePath(QStringLiteral("y.tongbao"))));

        // A re-sealed key (new password) opens the same backups.
        auto resealed =
            beside->resealed(QStringLiteral("correct horse"), QStringLiteral("new password 2"),
                             KdfLimits::fastForTests());
        QVERIFY(resealed.ok());
        QCOMPARE(resealed->recipient().publicKey, beside->recipient().publicKey);
        QVERIFY(resealed->unlock(QStringLiteral("new password 2")).ok());
        QVERIFY(!resealed->unlock(QStringLiteral("correct horse")).ok());
    }

    void encryptedBackupOpensWithTheStockAgeTool() {
        const QString ageTool = QStandardPaths::findExecutable(QStringLiteral("age"));
        if (ageTool.isEmpty())
            QSKIP("the age tool is not installed");
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        addChildren(temp.ledger(), 3, QStringLiteral("王"));
        auto key = BackupKey::setUp(temp.ledger(), QStringLiteral("correct horse"),
                                    KdfLimits::fastForTests());
        QVERIFY(key.ok());
        QTemporaryDir stick;
        BackupWriter::Options options;
        options.encryptTo = key->recipient();
        const auto written = BackupWriter::write(
            temp.path(), BackupFolder::in(stick.path(), temp.path()), options, temp.clock());
        QVERIFY(written.ok());
        auto identity = key->unlock(QStringLiteral("correct horse"));
        QVERIFY(identity.ok());
        const QString identityFile = stick.filePath(QStringLiteral("identity.txt"));
        {
            QFile file(identityFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(identity->toText() + '\n');
        }
        const QString plain = stick.filePath(QStringLiteral("plain.tongbao"));
        QProcess age;
        age.start(ageTool, {QStringLiteral("-d"), QStringLiteral("-i"), identityFile,
                            QStringLiteral("-o"), plain, written->file.path});
        QVERIFY(age.waitForFinished(30000));
        QVERIFY2(age.exitCode() == 0, age.readAllStandardError().constData());
        QVERIFY(BackupRestore::checkPlain(plain).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
