// backup, backups and restore of the built tongbao-cli, end to end (issue 7): a backup beside
// the ledger and one to a folder (encrypted, restorable with the key file and the password
// only); restore of the newest backup gives a ledger whose `check` passes; a damaged backup is
// refused with nothing changed; and the crash test: the process is killed before each step of a
// backup, after which the ledger still checks, every earlier backup still restores, and the
// next backup works.
#include "TempLedger.h"

#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tongbao;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment environmentWith(const QString& name = {}, const QString& value = {}) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TONGBAO_BACKUP_PAUSE_BEFORE"));
    environment.remove(QStringLiteral("TONGBAO_PASSWORD"));
    if (!name.isEmpty())
        environment.insert(name, value);
    return environment;
}

Run run(const QStringList& arguments, const QProcessEnvironment& environment = environmentWith()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The backup files in a folder, oldest first (their names sort by time).
QStringList backupsIn(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*-backup-*")}, QDir::Files, QDir::Name);
}

// The ledger's settings as one text, read without logging in.
QString settingsOf(const QString& ledgerPath) {
    auto connected = Database::connect(ledgerPath);
    if (!connected)
        return QStringLiteral("cannot open");
    return (*connected)
        ->scalar(QStringLiteral("SELECT group_concat(key || '=' || value) FROM setting"))
        .toString();
}

}  // namespace

class TestCliBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ledger;

    QString backupFolder() const { return m_dir.filePath(QStringLiteral("village.backups")); }

    void addChildren(int count, const QString& prefix) {
        auto opened = Ledger::open(m_ledger, QStringLiteral("tester"));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        for (int i = 0; i < count; ++i) {
            Child child;
            child.name = prefix + QString::number(i);
            child.riskLevel = QStringLiteral("low");
            QVERIFY((*opened)->children().save(child).ok());
        }
    }

    // Restores every backup in the folder to a scratch file and checks it.
    void everyBackupRestores(const QString& folder) {
        const QStringList backups = backupsIn(folder);
        QVERIFY(!backups.isEmpty());
        for (const QString& name : backups) {
            if (name.endsWith(QLatin1String(".age")))
                continue;
            const QString target = m_dir.filePath(QStringLiteral("scratch-") + name);
            const Run restored = run({QStringLiteral("restore"), QDir(folder).filePath(name),
                                      QStringLiteral("--to"), target});
            QVERIFY2(restored.exitCode == 0, qPrintable(name + QLatin1Char(' ') + restored.err));
            const Run checked = run({QStringLiteral("check"), target});
            QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
            QFile::remove(target);
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ledger = m_dir.filePath(QStringLiteral("village.tongbao"));
        const Run init =
            run({QStringLiteral("init"), m_ledger, QStringLiteral("--kind"),
                 QStringLiteral("village"), QStringLiteral("--name"), QStringLiteral("新村村委会"),
                 QStringLiteral("--area"), QStringLiteral("500110001001")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        addChildren(30, QStringLiteral("刘"));
    }

    void backupListAndRestoreTheNewest() {
        const Run first = run({QStringLiteral("backup"), m_ledger});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("Backup written")));
        // Made yesterday, as far as its name says: the rotation keeps one backup a day.
        const QStringList made = backupsIn(backupFolder());
        QCOMPARE(made.size(), 1);
        QVERIFY(
            QFile::rename(QDir(backupFolder()).filePath(made.first()),
                          QDir(backupFolder())
                              .filePath(QStringLiteral("village-backup-20200101-120000.tongbao"))));
        addChildren(2, QStringLiteral("新"));
        const Run second = run({QStringLiteral("backup"), m_ledger});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QStringList backups = backupsIn(backupFolder());
        QCOMPARE(backups.size(), 2);

        const Run listed = run({QStringLiteral("backups"), m_ledger, QStringLiteral("--check")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.out + listed.err));
        QVERIFY(listed.out.contains(QStringLiteral("2 backup(s)")));
        QCOMPARE(listed.out.count(QStringLiteral("checked, sound")), 2);
        // Newest first.
        QVERIFY(listed.out.indexOf(backups[1]) < listed.out.indexOf(backups[0]));

        const QString target = m_dir.filePath(QStringLiteral("restored.tongbao"));
        const Run restored =
            run({QStringLiteral("restore"), QDir(backupFolder()).filePath(backups.last()),
                 QStringLiteral("--to"), target});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run checked = run({QStringLiteral("check"), target});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        auto opened = Ledger::open(target, QStringLiteral("tester"));
        QVERIFY(opened.ok());
        SqlQuery count((*opened)->database(), QStringLiteral("SELECT count(*) FROM child"));
        QVERIFY(count.exec() && count.next());
        QCOMPARE(count.value(0).toInt(), 32);
        opened->reset();

        // Restoring onto an existing file keeps that file aside.
        const QByteArray before = fileBytes(target);
        const Run again =
            run({QStringLiteral("restore"), QDir(backupFolder()).filePath(backups.first()),
                 QStringLiteral("--to"), target});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(QStringLiteral("kept as")));
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("restored.replaced-*.tongbao")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileBytes(m_dir.filePath(aside.first())), before);
    }

    void restoreRefusesADamagedBackup() {
        const QStringList backups = backupsIn(backupFolder());
        QVERIFY(!backups.isEmpty());
        const QString damaged =
            m_dir.filePath(QStringLiteral("damaged-backup-20260101-000000.tongbao"));
        QVERIFY(QFile::copy(QDir(backupFolder()).filePath(backups.last()), damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 at = 4096; at + 4096 <= file.size(); at += 4096) {
                file.seek(at + 100);
                file.write(QByteArray(600, '\x5a'));
            }
        }
        const QByteArray ledgerBefore = fileBytes(m_ledger);
        const Run refused =
            run({QStringLiteral("restore"), damaged, QStringLiteral("--to"), m_ledger});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.startsWith(QStringLiteral("tongbao-cli restore: ")));
        QCOMPARE(fileBytes(m_ledger), ledgerBefore);
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("village.replaced-*")}).isEmpty());
    }

    void encryptedBackupToAFolder() {
        QTemporaryDir stick;
        const Run noPassword =
            run({QStringLiteral("backup"), m_ledger, QStringLiteral("--to"), stick.path()});
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY(noPassword.err.contains(QStringLiteral("TONGBAO_PASSWORD")));

        const QProcessEnvironment withPassword =
            environmentWith(QStringLiteral("TONGBAO_PASSWORD"), QStringLiteral("village admin 1"));
        const Run written =
            run({QStringLiteral("backup"), m_ledger, QStringLiteral("--to"), stick.path()},
                withPassword);
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        // The key exists now: later backups to a folder need no password.
        const Run later =
            run({QStringLiteral("backup"), m_ledger, QStringLiteral("--out"), stick.path()});
        QVERIFY2(later.exitCode == 0, qPrintable(later.err));
        const QStringList onStick = backupsIn(stick.path());
        QCOMPARE(onStick.size(), 2);
        QVERIFY(onStick.first().endsWith(QLatin1String(".tongbao.age")));
        QVERIFY(QFileInfo::exists(stick.filePath(QStringLiteral("village.backup-key"))));
        for (const QString& name : QDir(stick.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY(!fileBytes(stick.filePath(name)).contains(QStringLiteral("刘").toUtf8()));

        const QString target = m_dir.filePath(QStringLiteral("from-stick.tongbao"));
        const QString backup = stick.filePath(onStick.last());
        const Run wrong = run({QStringLiteral("restore"), backup, QStringLiteral("--to"), target},
                              environmentWith(QStringLiteral("TONGBAO_PASSWORD"),
                                              QStringLiteral("not the password")));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!QFileInfo::exists(target));
        const Run restored =
            run({QStringLiteral("restore"), backup, QStringLiteral("--to"), target}, withPassword);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(run({QStringLiteral("check"), target}).exitCode, 0);
    }

    // A reviewer's first backup to a stick, before any key exists: the key is the
    // administrator's to make, so the stick gets nothing and the reason is given, but the
    // rotated backup beside the ledger is made and nothing is written to the ledger. Once the
    // administrator has made the key, the reviewer's backups to a stick work.
    void aReviewersFirstBackupToAFolder() {
        const QString ledger = m_dir.filePath(QStringLiteral("reviewed.tongbao"));
        QCOMPARE(
            run({QStringLiteral("init"), ledger, QStringLiteral("--kind"),
                 QStringLiteral("village"), QStringLiteral("--name"), QStringLiteral("旧村村委会"),
                 QStringLiteral("--area"), QStringLiteral("500110001002")})
                .exitCode,
            0);
        {
            auto opened = Ledger::open(ledger, QStringLiteral("tester"));
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            QCOMPARE(test::addAccount(**opened, QStringLiteral("admin"), Role::Administrator),
                     QString());
            QCOMPARE(test::addAccount(**opened, QStringLiteral("reviewer"), Role::Reviewer),
                     QString());
        }
        const QString settingsBefore = settingsOf(ledger);
        QVERIFY(!settingsBefore.contains(QLatin1String("backup.key")));
        const QString local = m_dir.filePath(QStringLiteral("reviewed.backups"));
        QTemporaryDir stick;
        const QProcessEnvironment password =
            environmentWith(QStringLiteral("TONGBAO_PASSWORD"), test::testPassword());

        const Run reviewer =
            run({QStringLiteral("backup"), ledger, QStringLiteral("--to"), stick.path(),
                 QStringLiteral("--user"), QStringLiteral("reviewer")},
                password);
        QCOMPARE(reviewer.exitCode, 1);
        QVERIFY2(reviewer.err.contains(QStringLiteral("administrator")), qPrintable(reviewer.err));
        QVERIFY2(!reviewer.err.contains(QStringLiteral("settings")), qPrintable(reviewer.err));
        QCOMPARE(backupsIn(local).size(), 1);
        QVERIFY(QDir(stick.path()).entryList(QDir::Files).isEmpty());
        QCOMPARE(settingsOf(ledger), settingsBefore);

        const Run admin = run({QStringLiteral("backup"), ledger, QStringLiteral("--to"),
                               stick.path(), QStringLiteral("--user"), QStringLiteral("admin")},
                              password);
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
        QVERIFY(settingsOf(ledger).contains(QLatin1String("backup.key")));
        QTest::qWait(1100);  // backups are named by the second
        const Run again = run({QStringLiteral("backup"), ledger, QStringLiteral("--to"),
                               stick.path(), QStringLiteral("--user"), QStringLiteral("reviewer")},
                              password);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(backupsIn(stick.path()).size(), 2);
        QVERIFY(QFileInfo::exists(stick.filePath(QStringLiteral("reviewed.backup-key"))));
    }

    void killedDuringABackupLeavesAWorkingLedger_data() {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("toFolder");
        for (const char* step : {"snapshot", "sync", "check", "rename"})
            QTest::newRow(step) << QString::fromLatin1(step) << false;
        QTest::newRow("encrypt (folder)") << QStringLiteral("encrypt") << true;
        QTest::newRow("rename (folder)") << QStringLiteral("rename") << true;
    }

    void killedDuringABackupLeavesAWorkingLedger() {
        QFETCH(QString, step);
        QFETCH(bool, toFolder);
        QTemporaryDir stick;
        const QString folder = toFolder ? stick.path() : backupFolder();
        if (toFolder)
            QCOMPARE(
                run({QStringLiteral("backup"), m_ledger, QStringLiteral("--to"), folder}).exitCode,
                0);
        QTest::qWait(1100);
        const QStringList before = backupsIn(folder);
        QVERIFY(!before.isEmpty());
        QMap<QString, QByteArray> bytesBefore;
        for (const QString& name : before)
            bytesBefore.insert(name, fileBytes(QDir(folder).filePath(name)));

        QProcess backup;
        backup.setReadChannel(QProcess::StandardError);
        backup.setProcessEnvironment(
            environmentWith(QStringLiteral("TONGBAO_BACKUP_PAUSE_BEFORE"), step));
        QStringList arguments{QStringLiteral("backup"), m_ledger};
        if (toFolder)
            arguments << QStringLiteral("--to") << folder;
        backup.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
        QVERIFY(backup.waitForStarted());
        QByteArray said;
        while (!said.contains("paused before") && backup.state() == QProcess::Running) {
            backup.waitForReadyRead(200);
            said += backup.readAllStandardError();
        }
        QVERIFY2(said.contains("paused before " + step.toLatin1()), said.constData());
        ::kill(pid_t(backup.processId()), SIGKILL);
        QVERIFY(backup.waitForFinished(10000));
        QCOMPARE(backup.exitStatus(), QProcess::CrashExit);

        // The ledger is sound and opens; earlier backups are as they were and all restore.
        const Run checked = run({QStringLiteral("check"), m_ledger});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        QCOMPARE(backupsIn(folder), before);
        for (const QString& name : before)
            QCOMPARE(fileBytes(QDir(folder).filePath(name)), bytesBefore.value(name));
        everyBackupRestores(folder);
        // The next backup works and the leftover of the killed one is never taken for a backup.
        const Run next = run(arguments);
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        // (One a day is kept beside the ledger: the new backup may replace today's older one.)
        const QStringList after = backupsIn(folder);
        QVERIFY(!after.isEmpty() && !before.contains(after.last()));
        const Run listed = run({QStringLiteral("backups"), m_ledger, QStringLiteral("--check")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
