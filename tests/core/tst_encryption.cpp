// Encryption at rest (issue 8): a ledger with accounts reveals no child's name or ID number in
// its file or its log at any moment, every changed byte of a page is detected, a wrong password
// writes nothing, and SQLite's own machinery (checkpoints, VACUUM, the backup API, a migration
// of a plain ledger) works on encrypted files.
#include "TempLedger.h"
#include "crypt/CipherHeader.h"
#include "crypt/EncryptedVfs.h"
#include "crypt/LedgerEncryption.h"
#include "domain/Child.h"
#include "domain/IdNumber.h"
#include "security/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/FileQueries.h"
#include "storage/Ledger.h"
#include "storage/LedgerCheck.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace tongbao;
using namespace tongbao::test;

namespace {

const QString kName = QStringLiteral("欧阳雨涵");

QString idNumberFor(int i) {
    const QString first17 =
        QStringLiteral("500110201503%1").arg(i % 100000, 5, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

Child childNamed(const QString& name, int i) {
    Child child;
    child.name = name;
    child.idNumber = idNumberFor(i);
    child.sex = QStringLiteral("F");
    child.birthDate = QDate(2015, 3, 17);
    child.villageGroup = QStringLiteral("3组");
    child.categories = {QStringLiteral("left_behind")};
    child.riskLevel = QStringLiteral("medium");
    child.residenceAddress = QStringLiteral("古南街道桥河社区3组12号");
    return child;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether any of the words appear in the file, as UTF-8 or as UTF-16.
QString revealed(const QString& path, const QStringList& words) {
    const QByteArray bytes = readAll(path);
    for (const QString& word : words) {
        const QByteArray utf16(reinterpret_cast<const char*>(word.utf16()), word.size() * 2);
        if (bytes.contains(word.toUtf8()) || bytes.contains(utf16))
            return QStringLiteral("%1 found in %2").arg(word, path);
    }
    return {};
}

QStringList ledgerFiles(const QString& path) {
    QStringList files;
    const QFileInfo info(path);
    for (const QFileInfo& entry : QDir(info.absolutePath()).entryInfoList(QDir::Files))
        files << entry.absoluteFilePath();
    return files;
}

}  // namespace

class TestEncryption : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useFastPasswordHashing(); }
    void cleanup() {
        Accounts::setCredentialSource({});
        EncryptedVfs::clearDamage();
    }

    void theFirstAccountEncryptsTheLedger() {
        TempLedger temp;
        QVERIFY(!LedgerEncryption::isEncrypted(temp.ledger()));
        Child child = childNamed(kName, 1);
        QVERIFY(temp->children().save(child).ok());
        QVERIFY(revealed(temp.path(), {kName}).size() +
                    revealed(temp.path() + QStringLiteral("-wal"), {kName}).size() >
                0);

        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        QVERIFY(LedgerEncryption::isEncrypted(temp.ledger()));
        // The same connection goes on working, on the encrypted file.
        const Result<Child> read = temp->children().load(child.meta.id);
        QVERIFY(read);
        QCOMPARE(read->name, kName);
        for (const QString& file : ledgerFiles(temp.path()))
            QVERIFY2(revealed(file, {kName, child.idNumber}).isEmpty(),
                     qPrintable(revealed(file, {kName, child.idNumber})));
        QVERIFY(readAll(temp.path()).startsWith(CipherHeader::magic()));
    }

    void nothingIsInClearAtAnyMomentOfAWriteLoop() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        QStringList secrets;
        for (int i = 0; i < 60; ++i) {
            const QString name = kName + QString::number(i);
            Child child = childNamed(name, 100 + i);
            QVERIFY(temp->children().save(child).ok());
            secrets << name << child.idNumber;
            if (i % 20 == 19)
                temp->database().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            for (const QString& file : ledgerFiles(temp.path())) {
                const QString found = revealed(file, {name, child.idNumber});
                QVERIFY2(found.isEmpty(), qPrintable(found));
            }
        }
        temp.close();
        for (const QString& file : ledgerFiles(temp.path()))
            QVERIFY2(revealed(file, secrets).isEmpty(), qPrintable(revealed(file, secrets)));
    }

    void theStockSqliteCannotReadIt() {
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite.isEmpty())
            QSKIP("sqlite3 is not installed (make test installs it)");
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        temp.close();
        QProcess process;
        process.start(sqlite, {temp.path(), QStringLiteral("SELECT count(*) FROM child;")});
        QVERIFY(process.waitForFinished());
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("not a database"));
    }

    void theRightPasswordOpensItAndAWrongOneWritesNothing() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("li"), Role::Supervisor), QString());
        Child child = childNamed(kName, 2);
        QVERIFY(temp->children().save(child).ok());
        temp.close();
        EncryptedVfs::forgetKeys();

        QVERIFY(LedgerEncryption::head(temp.path()).locked);
        const QByteArray before = readAll(temp.path());
        auto refused = Ledger::open(temp.path(), QStringLiteral("li"), temp.clock());
        QVERIFY(!refused);
        QCOMPARE(refused.message(), QStringLiteral("This ledger is encrypted. Log in to open it."));
        QString wrong = QStringLiteral("not the password");
        QVERIFY(!LedgerEncryption::unlock(temp.path(), QStringLiteral("li"), passwordBytes(wrong)));
        QVERIFY(
            !LedgerEncryption::unlock(temp.path(), QStringLiteral("nobody"), passwordBytes(wrong)));
        QCOMPARE(readAll(temp.path()), before);
        QVERIFY(!QFileInfo::exists(temp.path() + QStringLiteral("-wal")));

        // The supervisor's own slot opens it.
        Accounts::setCredentialSource(testCredentials);
        auto opened = Ledger::open(temp.path(), QStringLiteral("li"), temp.clock());
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE((*opened)->children().load(child.meta.id)->name, kName);
    }

    void aPasswordChangeReWrapsTheSlot() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        QString old = testPassword();
        QString fresh = QStringLiteral("a new password 2");
        const QByteArray pageBefore = readAll(temp.path()).mid(CipherHeader::PrefixSize, 4096);
        QVERIFY(
            Accounts(temp.ledger()).changeOwnPassword(passwordBytes(old), passwordBytes(fresh)));
        temp.close();
        // No page was encrypted again: only the header changed.
        QCOMPARE(readAll(temp.path()).mid(CipherHeader::PrefixSize, 4096), pageBefore);
        EncryptedVfs::forgetKeys();
        QString oldAgain = testPassword();
        QVERIFY(!LedgerEncryption::unlock(temp.path(), QStringLiteral("admin"),
                                          passwordBytes(oldAgain)));
        fresh = QStringLiteral("a new password 2");
        QVERIFY(
            LedgerEncryption::unlock(temp.path(), QStringLiteral("admin"), passwordBytes(fresh)));
    }

    void theRecoveryKeyOpensItWhenEveryPasswordIsForgotten() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        const Result<QString> letters = LedgerEncryption::newRecoveryKey(temp.ledger());
        QVERIFY2(letters, qPrintable(letters.message()));
        QCOMPARE(letters->size(), 39);  // 32 letters in 8 groups
        temp.close();
        EncryptedVfs::forgetKeys();
        QVERIFY(!LedgerEncryption::unlockWithRecoveryKey(temp.path(), QStringLiteral("AAAA-BBBB")));
        QVERIFY(LedgerEncryption::unlockWithRecoveryKey(temp.path(), letters->toLower()));
        QVERIFY(!LedgerEncryption::head(temp.path()).locked);
    }

    void everyChangedByteOfAPageIsReportedAsDamage() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        for (int i = 0; i < 40; ++i) {
            Child child = childNamed(kName + QString::number(i), 300 + i);
            QVERIFY(temp->children().save(child).ok());
        }
        temp.close();
        const QByteArray original = readAll(temp.path());
        const int pages = int((original.size() - CipherHeader::PrefixSize) / 4096);
        QVERIFY(pages > 10);
        QRandomGenerator random(7);
        for (int sample = 0; sample < 60; ++sample) {
            const int page = sample < pages ? sample : int(random.bounded(pages));
            const int offset = CipherHeader::PrefixSize + page * 4096 + int(random.bounded(4096));
            QByteArray damaged = original;
            damaged[offset] = char(damaged.at(offset) ^ (1 << random.bounded(8)));
            QFile file(temp.path());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damaged);
            file.close();
            const Result<QVector<quint32>> found = LedgerEncryption::damagedPages(temp.path());
            QVERIFY(found);
            QCOMPARE(*found, QVector<quint32>{quint32(page + 1)});
        }
        // Through SQLite, a damaged page is an error and a report, never data.
        QByteArray damaged = original;
        damaged[CipherHeader::PrefixSize + 4096 * (pages - 1) + 100] ^= 0x10;
        QFile file(temp.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        file.close();
        Accounts::setCredentialSource(testCredentials);
        const auto checked = LedgerCheck::checkFile(temp.path(), QStringLiteral("admin"));
        QVERIFY2(checked, qPrintable(checked.message()));
        QVERIFY(!checked->clean());
        QVERIFY(checked->findings.first().message.contains(QStringLiteral("Page %1").arg(pages)));
    }

    void aDamagedHeaderCopyIsSurvivedAndBothAreDetected() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        temp.close();
        QByteArray bytes = readAll(temp.path());
        bytes[200] = char(bytes.at(200) ^ 1);  // the first copy, in a slot
        QFile file(temp.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QVERIFY(temp.reopen());  // the second copy carries on
        temp.close();
        bytes[4096 + 200] = char(bytes.at(4096 + 200) ^ 1);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QVERIFY(LedgerEncryption::head(temp.path()).headerDamaged);
        QVERIFY(!Ledger::open(temp.path(), QStringLiteral("admin"), temp.clock()));
    }

    void checkpointsVacuumAndMigrationsWork() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        for (int i = 0; i < 30; ++i) {
            Child child = childNamed(kName + QString::number(i), 500 + i);
            QVERIFY(temp->children().save(child).ok());
        }
        Database& db = temp->database();
        QVERIFY(db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY2(db.execute(QStringLiteral("VACUUM")), qPrintable(db.lastError()));
        QCOMPARE(filequeries::pageProblems(db), std::optional<int>(0));
        QVERIFY(AuditLog::verify(db).intact());
        // A schema change, as a migration makes one, in its transaction.
        {
            Transaction transaction(db);
            QVERIFY(db.execute(QStringLiteral("CREATE TABLE later_step (x TEXT)")));
            QVERIFY(db.execute(QStringLiteral("INSERT INTO later_step VALUES ('步骤')")));
            QVERIFY(transaction.commit());
        }
        temp.close();
        QVERIFY(temp.reopen());
        QCOMPARE(temp->database().scalar(QStringLiteral("SELECT x FROM later_step")).toString(),
                 QStringLiteral("步骤"));
        const Result<QVector<quint32>> damaged = LedgerEncryption::damagedPages(temp.path());
        QVERIFY(damaged && damaged->isEmpty());
    }

    void theBackupApiCopiesAnEncryptedLedger() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        Child child = childNamed(kName, 9);
        QVERIFY(temp->children().save(child).ok());
        const QString copy = temp.path() + QStringLiteral(".copy");
        const QByteArray header = EncryptedVfs::headerOf(temp->database().sqliteHandle());
        EncryptedVfs::expectNewFile(copy, header);
        sqlite3* target = nullptr;
        QCOMPARE(sqlite3_open(copy.toUtf8().constData(), &target), SQLITE_OK);
        sqlite3_backup* backup = sqlite3_backup_init(
            target, "main", static_cast<sqlite3*>(temp->database().sqliteHandle()), "main");
        QVERIFY(backup);
        QCOMPARE(sqlite3_backup_step(backup, -1), SQLITE_DONE);
        QCOMPARE(sqlite3_backup_finish(backup), SQLITE_OK);
        sqlite3_close(target);
        QVERIFY(readAll(copy).startsWith(CipherHeader::magic()));
        QVERIFY(revealed(copy, {kName}).isEmpty());
        auto connected = Database::connect(copy, true);
        QVERIFY(connected);
        QCOMPARE((*connected)->scalar(QStringLiteral("SELECT count(*) FROM child")).toInt(), 1);
        QFile::remove(copy);
    }

    void aBackupCopyIsEncryptedLikeTheLedger() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        Child child = childNamed(kName, 10);
        QVERIFY(temp->children().save(child).ok());
        const QString copy = temp.path() + QStringLiteral(".backup");
        QString error;
        QVERIFY2(LedgerEncryption::copyInto(temp->database(), copy, &error), qPrintable(error));
        QVERIFY(revealed(copy, {kName, child.idNumber}).isEmpty());
        QCOMPARE(LedgerEncryption::saltOf(copy), LedgerEncryption::saltOf(temp.path()));
        temp.close();
        EncryptedVfs::forgetKeys();
        Accounts::setCredentialSource(testCredentials);
        auto opened = Ledger::open(copy, QStringLiteral("admin"), temp.clock());
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE((*opened)->children().load(child.meta.id)->name, kName);
        opened->reset();
        QFile::remove(copy);
    }

    void aPlainLedgerWithAccountsIsConvertedAtTheAdministratorsLogin() {
        // A ledger from before encryption: accounts, in a plain file.
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        Child child = childNamed(kName, 11);
        QVERIFY(temp->children().save(child).ok());
        const QString plain = temp.path() + QStringLiteral(".plain.tongbao");
        QVERIFY(LedgerEncryption::decryptCopy(temp.ledger(), plain));
        temp.close();
        QVERIFY(!LedgerEncryption::isEncrypted(plain));
        QVERIFY(!revealed(plain, {kName}).isEmpty());
        int lastProgress = -1;
        LedgerEncryption::setConversionProgress([&lastProgress](int p) { lastProgress = p; });
        Accounts::setCredentialSource(testCredentials);
        auto opened = Ledger::open(plain, QStringLiteral("admin"), temp.clock());
        LedgerEncryption::setConversionProgress({});
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(LedgerEncryption::isEncrypted(**opened));
        QCOMPARE(lastProgress, 100);
        QCOMPARE((*opened)->children().load(child.meta.id)->name, kName);
        opened->reset();
        for (const QString& file : ledgerFiles(plain))
            if (file.startsWith(plain))
                QVERIFY2(revealed(file, {kName}).isEmpty(), qPrintable(file));
        QVERIFY(!QFileInfo::exists(plain + QStringLiteral(".before-encryption")));
        QVERIFY(!QFileInfo::exists(plain + QStringLiteral(".encrypting")));
    }

    void anInterruptedConversionLeavesAWholeLedger() {
        TempLedger temp;
        const QString path = temp.path();
        temp.close();
        // Cut after the swap, before the kept copy went: the new file is in place.
        QVERIFY(QFile::copy(path, path + QStringLiteral(".before-encryption")));
        QFile(path + QStringLiteral(".encrypting")).open(QIODevice::WriteOnly);
        // (A plain ledger at the name: the kept copy must not be thrown away.)
        LedgerEncryption::finishInterruptedConversion(path);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".encrypting")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".before-encryption")));
        // Cut between moving the old file and the new one taking its name: the old comes back.
        QVERIFY(QFile::remove(path));
        LedgerEncryption::finishInterruptedConversion(path);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(temp.reopen());
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
