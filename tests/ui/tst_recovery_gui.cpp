// Recovery at start and the backup entries of the File menu (issue 7), driven offscreen through
// the real start-up path (Application::obtainLedger) and the real window. A ledger file that was
// cut short or whose header was overwritten is explained and the latest good backup offered;
// accepting puts the backup in place and keeps the damaged file aside; declining opens nothing
// and changes nothing. Backup now…, Backup to folder… and Restore… do what they say, and closing
// the window makes a backup.
#include "TempLedger.h"
#include "app/Application.h"
#include "app/MainWindow.h"
#include "backup/BackupFolder.h"
#include "backup/BackupKey.h"
#include "backup/BackupPassword.h"
#include "backup/BackupWriter.h"
#include "backup/StartupCheck.h"
#include "common/Dialogs.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

void addChildren(Ledger& ledger, int count, const QString& prefix) {
    for (int i = 0; i < count; ++i) {
        Child child;
        child.name = prefix + QString::number(i);
        child.riskLevel = QStringLiteral("low");
        QVERIFY(ledger.children().save(child).ok());
    }
}

int childCount(Ledger& ledger) {
    return ledger.database().scalar(QStringLiteral("SELECT count(*) FROM child")).toInt();
}

void damage(const QString& path, const QString& how) {
    QFile file(path);
    if (how == QLatin1String("truncated")) {
        QVERIFY(file.resize(file.size() / 2));
    } else {
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, '\0'));
    }
}

}  // namespace

class TestRecoveryGui : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempLedger> m_temp;
    QString m_backup;

    // A ledger of 12 children with a backup of its first 10.
    void prepare() {
        m_temp = std::make_unique<TempLedger>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        addChildren(m_temp->ledger(), 10, QStringLiteral("周"));
        const auto written = BackupWriter::automatic(m_temp->path(), m_temp->clock());
        QVERIFY(written.ok());
        m_backup = written->file.path;
        addChildren(m_temp->ledger(), 2, QStringLiteral("后"));
        m_temp->close();
    }

private slots:
    void init() { Dialogs::reset(); }

    void cleanup() { m_temp.reset(); }

    void damagedFileOffersTheBackup_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("header overwritten") << QStringLiteral("header");
    }

    void damagedFileOffersTheBackup() {
        QFETCH(QString, how);
        prepare();
        damage(m_temp->path(), how);
        const QByteArray damaged = fileBytes(m_temp->path());

        Dialogs::setNextAnswer(QMessageBox::Apply);  // Open the latest good backup
        Dialogs::setNextAnswer(QMessageBox::Ok);     // The backup is now the ledger
        std::unique_ptr<Ledger> ledger = Application::obtainLedger(m_temp->path());
        QVERIFY(ledger);
        QCOMPARE(Dialogs::messageCount(), 2);
        QCOMPARE(ledger->path(), QFileInfo(m_temp->path()).absoluteFilePath());
        QCOMPARE(childCount(*ledger), 10);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("kept as")),
                 qPrintable(Dialogs::lastMessage()));
        const QStringList aside =
            QDir(m_temp->dir()).entryList({QStringLiteral("test.replaced-*.tongbao")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileBytes(QDir(m_temp->dir()).filePath(aside.first())), damaged);
    }

    void decliningTheBackupOpensNothingAndChangesNothing() {
        prepare();
        damage(m_temp->path(), QStringLiteral("header"));
        const QByteArray damaged = fileBytes(m_temp->path());
        Dialogs::setNextAnswer(QMessageBox::Cancel);  // Do not open it
        Dialogs::setNextAnswer(QMessageBox::Close);   // The ledger cannot be opened: Quit
        QVERIFY(!Application::obtainLedger(m_temp->path()));
        QCOMPARE(Dialogs::messageCount(), 2);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("overwritten")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(fileBytes(m_temp->path()), damaged);
        QVERIFY(QDir(m_temp->dir()).entryList({QStringLiteral("test.replaced-*")}).isEmpty());
    }

    void damagedFileWithoutBackupIsExplained() {
        m_temp = std::make_unique<TempLedger>();
        QVERIFY(m_temp->ok());
        addChildren(m_temp->ledger(), 80, QStringLiteral("吴"));
        m_temp->close();
        damage(m_temp->path(), QStringLiteral("truncated"));
        Dialogs::setNextAnswer(QMessageBox::Close);
        QVERIFY(!Application::obtainLedger(m_temp->path()));
        QCOMPARE(Dialogs::messageCount(), 1);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("shorter than it should be")),
                 qPrintable(Dialogs::lastMessage()));
    }

    void uncleanEndIsCheckedAndASoundFileOpens() {
        prepare();
        QProcess ended;
        ended.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
        QVERIFY(ended.waitForFinished());
        {
            QFile marker(SessionMarker::markerPath(m_temp->path()));
            QVERIFY(marker.open(QIODevice::WriteOnly));
            marker.write(QByteArray::number(ended.processId()) + '\n');
        }
        std::unique_ptr<Ledger> ledger = Application::obtainLedger(m_temp->path());
        QVERIFY(ledger);
        QCOMPARE(Dialogs::messageCount(), 0);
        QCOMPARE(childCount(*ledger), 12);
        // While it is open, the marker names this program.
        QVERIFY(!SessionMarker::leftBehind(m_temp->path()));
    }

    void fileMenuBacksUpAndRestores() {
        prepare();
        auto opened = Ledger::open(m_temp->path(), QStringLiteral("tester"));
        QVERIFY(opened.ok());
        auto window = std::make_unique<MainWindow>(std::move(*opened));
        window->setRemembersGeometry(false);
        window->show();
        const BackupFolder folder = BackupFolder::besideLedger(m_temp->path());
        QCOMPARE(folder.list().size(), 1);

        QTest::qWait(1100);  // backups are named by the second
        Dialogs::setNextAnswer(QMessageBox::Ok);
        window->findChild<QAction*>(QStringLiteral("backupNowAction"))->trigger();
        // The rotation keeps the newest backup of a day: the new one.
        QVERIFY(!folder.list().isEmpty());
        QVERIFY(folder.list().first().path != m_backup);
        QVERIFY(Dialogs::lastMessage().contains(folder.ledgerName()));

        // To a stick: the key is made from the administrator's password, asked twice.
        QTemporaryDir stick;
        BackupPassword::setNextAnswer(QStringLiteral("village admin 1"));
        BackupPassword::setNextAnswer(QStringLiteral("village admin 1"));
        Dialogs::setNextFileName(stick.filePath(QStringLiteral("whatever.age")));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        window->findChild<QAction*>(QStringLiteral("backupToFolderAction"))->trigger();
        const QVector<BackupFile> onStick = BackupFolder::in(stick.path(), m_temp->path()).list();
        QCOMPARE(onStick.size(), 1);
        QVERIFY(onStick.first().encrypted);
        QVERIFY(QFileInfo::exists(BackupKey::fileBeside(stick.path(), folder.ledgerName())));

        // Restore… the encrypted backup to a new file, which the window then opens.
        const QString target = QDir(m_temp->dir()).filePath(QStringLiteral("restored.tongbao"));
        Dialogs::setNextFileName(onStick.first().path);
        BackupPassword::setNextAnswer(QStringLiteral("village admin 1"));
        Dialogs::setNextFileName(target);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        window->findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("restored.tongbao")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(window->ledger().path(), QFileInfo(target).absoluteFilePath());
        QCOMPARE(childCount(window->ledger()), 12);

        // Closing the window backs the open ledger up.
        const int before = BackupFolder::besideLedger(target).list().size();
        QVERIFY(window->close());
        QCOMPARE(BackupFolder::besideLedger(target).list().size(), before + 1);
    }
};

QTEST_MAIN(TestRecoveryGui)
#include "tst_recovery_gui.moc"
