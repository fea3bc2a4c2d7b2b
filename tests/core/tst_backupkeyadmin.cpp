// Who makes the ledger's backup key and how it follows the administrator's password (issue 7):
// a reviewer's backups, automatic or first to a folder, write nothing to the ledger and the
// rotated backup beside the ledger is made without any key; the key is made by an administrator
// with their login password; an administrator's password change re-seals it in the same
// transaction, so the backups on a stick open with the new password and no longer with the old.
#include "TempLedger.h"

#include "backup/BackupFolder.h"
#include "backup/BackupKey.h"
#include "backup/BackupKeyAdmin.h"
#include "backup/BackupWriter.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

SecretBytes secret(const QString& text) {
    QString copy = text;
    return passwordBytes(copy);
}

QString settings(Ledger& ledger) {
    return ledger.database()
        .scalar(QStringLiteral("SELECT group_concat(key || '=' || value) FROM setting"))
        .toString();
}

// An administrator "admin" and a reviewer "reviewer" on a fresh ledger that has no backup key
// (as every ledger made before the key was made at the administrator's login).
std::unique_ptr<TempLedger> ledgerWithReviewer() {
    auto temp = std::make_unique<TempLedger>();
    if (!temp->ok() ||
        !addAccount(temp->ledger(), QStringLiteral("admin"), Role::Administrator).isEmpty() ||
        !addAccount(temp->ledger(), QStringLiteral("reviewer"), Role::Reviewer).isEmpty() ||
        !addAccount(temp->ledger(), QStringLiteral("supervisor"), Role::Supervisor).isEmpty())
        return nullptr;
    return temp;
}

}  // namespace

class TestBackupKeyAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useFastPasswordHashing(); }

    // The failure as it was: the first backup to a folder made the key as whoever was logged
    // in, which for a reviewer is a settings change that core refuses, so no backup was made.
    void aReviewerCannotMakeTheKey() {
        auto temp = ledgerWithReviewer();
        QVERIFY(temp);
        Ledger& ledger = temp->ledger();
        QCOMPARE(logIn(ledger, QStringLiteral("reviewer")), QString());
        const QString before = settings(ledger);
        const Result<BackupKey> refused =
            BackupKey::setUp(ledger, testPassword(), KdfLimits::fastForTests());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QLatin1String("Nothing was changed")),
                 qPrintable(refused.message()));
        // A supervisor may change settings but not keys: not theirs to make either.
        QCOMPARE(logIn(ledger, QStringLiteral("supervisor")), QString());
        QVERIFY(!BackupKey::setUp(ledger, testPassword(), KdfLimits::fastForTests()).ok());
        QVERIFY(!BackupKeyAdmin::maySetUp(ledger));
        QCOMPARE(settings(ledger), before);
        QVERIFY(!BackupKey::ofLedger(ledger));
    }

    void aReviewersBackupsWriteNothingAndTheLocalOneIsMade() {
        auto temp = ledgerWithReviewer();
        QVERIFY(temp);
        Ledger& ledger = temp->ledger();
        QCOMPARE(logIn(ledger, QStringLiteral("reviewer")), QString());
        const QString before = settings(ledger);
        const qint64 changes =
            ledger.database()
                .scalar(QStringLiteral("SELECT count(*) FROM audit WHERE entity <> 'access'"))
                .toLongLong();
        // After the reviewer's login, nothing to do and nothing refused.
        QVERIFY(!BackupKeyAdmin::maySetUp(ledger));
        QVERIFY(BackupKeyAdmin::setUpIfMissing(ledger, secret(testPassword()),
                                               KdfLimits::fastForTests()));
        const auto written = BackupWriter::automatic(temp->path(), temp->clock());
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QVERIFY(!written->file.encrypted);
        QCOMPARE(BackupFolder::besideLedger(temp->path()).list().size(), 1);
        QCOMPARE(settings(ledger), before);
        QCOMPARE(ledger.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit WHERE entity <> 'access'"))
                     .toLongLong(),
                 changes);
    }

    void theAdministratorMakesItWithTheirPassword() {
        auto temp = ledgerWithReviewer();
        QVERIFY(temp);
        Ledger& ledger = temp->ledger();
        QCOMPARE(logIn(ledger, QStringLiteral("admin")), QString());
        QVERIFY(BackupKeyAdmin::maySetUp(ledger));
        QVERIFY(BackupKeyAdmin::setUpIfMissing(ledger, secret(testPassword()),
                                               KdfLimits::fastForTests()));
        const std::optional<BackupKey> key = BackupKey::ofLedger(ledger);
        QVERIFY(key);
        QVERIFY(key->unlock(testPassword()).ok());
        // Once: a second login changes nothing.
        QVERIFY(BackupKeyAdmin::setUpIfMissing(ledger, secret(QStringLiteral("other password")),
                                               KdfLimits::fastForTests()));
        QCOMPARE(BackupKey::ofLedger(ledger)->toText(), key->toText());

        // From now on a reviewer's backup to a stick needs only the public half: encrypted,
        // nothing written to the ledger.
        QCOMPARE(logIn(ledger, QStringLiteral("reviewer")), QString());
        const QString before = settings(ledger);
        QTemporaryDir stick;
        BackupWriter::Options options;
        options.encryptTo = BackupKey::ofFile(temp->path())->recipient();
        options.keyFileText = key->toText();
        const auto written = BackupWriter::write(
            temp->path(), BackupFolder::in(stick.path(), temp->path()), options, temp->clock());
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QVERIFY(written->file.encrypted);
        QCOMPARE(settings(ledger), before);
    }

    void anAdministratorsNewPasswordResealsTheKey() {
        auto temp = ledgerWithReviewer();
        QVERIFY(temp);
        Ledger& ledger = temp->ledger();
        QCOMPARE(logIn(ledger, QStringLiteral("admin")), QString());
        QVERIFY(BackupKeyAdmin::setUpIfMissing(ledger, secret(testPassword()),
                                               KdfLimits::fastForTests()));
        const BackupKey before = *BackupKey::ofLedger(ledger);

        // A wrong current password changes neither the password nor the key.
        QVERIFY(!Accounts(ledger)
                     .changeOwnPassword(secret(QStringLiteral("not the password")),
                                        secret(QStringLiteral("new password 1")))
                     .ok());
        QCOMPARE(BackupKey::ofLedger(ledger)->toText(), before.toText());

        const QString newPassword = QStringLiteral("新的密码 new 2");
        const Status changed =
            Accounts(ledger).changeOwnPassword(secret(testPassword()), secret(newPassword));
        QVERIFY2(changed.ok(), qPrintable(changed.message()));
        const BackupKey after = *BackupKey::ofLedger(ledger);
        QCOMPARE(after.recipient().publicKey, before.recipient().publicKey);  // same backups
        QVERIFY(after.unlock(newPassword).ok());
        QVERIFY(!after.unlock(testPassword()).ok());
        QCOMPARE(after.kdfLimits().memLimit, before.kdfLimits().memLimit);
        QVERIFY(AuditLog::verify(ledger.database()).intact());

        // A supervisor's change costs the key nothing and leaves it as it is.
        QCOMPARE(logIn(ledger, QStringLiteral("supervisor")), QString());
        QVERIFY(
            Accounts(ledger)
                .changeOwnPassword(secret(testPassword()), secret(QStringLiteral("supervisor 2")))
                .ok());
        QCOMPARE(BackupKey::ofLedger(ledger)->toText(), after.toText());
    }

    void aKeySealedByAnotherAdministratorIsLeftAlone() {
        auto temp = ledgerWithReviewer();
        QVERIFY(temp);
        Ledger& ledger = temp->ledger();
        QCOMPARE(logIn(ledger, QStringLiteral("admin")), QString());
        QCOMPARE(addAccount(ledger, QStringLiteral("second"), Role::Administrator), QString());
        QVERIFY(BackupKeyAdmin::setUpIfMissing(ledger, secret(QStringLiteral("first's key pw")),
                                               KdfLimits::fastForTests()));
        const QString sealed = BackupKey::ofLedger(ledger)->toText();
        QCOMPARE(logIn(ledger, QStringLiteral("second")), QString());
        QVERIFY(Accounts(ledger)
                    .changeOwnPassword(secret(testPassword()), secret(QStringLiteral("second 2")))
                    .ok());
        QCOMPARE(BackupKey::ofLedger(ledger)->toText(), sealed);
    }
};

QTEST_GUILESS_MAIN(TestBackupKeyAdmin)
#include "tst_backupkeyadmin.moc"
