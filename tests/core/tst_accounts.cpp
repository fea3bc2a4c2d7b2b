// Ledger accounts (issue 7): the first administrator, logins with the same message for a wrong
// password and an unknown user, the wait after repeated wrong passwords (with the controllable
// clock, kept across a restart), rehashing when the hash parameters change, changing one's own
// password, an administrator's reset, switching accounts off, and the trace in the hash chain.
#include "TempLedger.h"

#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/AccessLog.h"
#include "storage/AccountQueries.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"

#include <QtTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

SecretBytes secret(const QString& text) {
    QString copy = text;
    return passwordBytes(copy);
}

QString storedHash(Ledger& ledger, const QString& name) {
    return AccountQueries::find(ledger.database(), name)->passwordHash;
}

int rowsWithAction(Ledger& ledger, const QString& action) {
    AuditFilter filter;
    filter.action = action;
    return int(AccessLog::search(ledger.database(), filter).size());
}

}  // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useFastPasswordHashing(); }

    void aLedgerWithoutAccountsIsOpenToAnyone() {
        TempLedger temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        QVERIFY(!Accounts(temp.ledger()).exist());
        QVERIFY(temp->writer().context().access.isUnrestricted());
        QVERIFY(temp->setSetting(QStringLiteral("x"), QStringLiteral("1")).ok());
    }

    void theFirstAccountMustBeAnAdministratorAndLogsIn() {
        TempLedger temp;
        Accounts accounts(temp.ledger());
        const Status refused =
            accounts.add(QStringLiteral("li"), Role::Supervisor, secret(testPassword()));
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QLatin1String("administrator")));
        QVERIFY(accounts.add(QStringLiteral("li"), Role::Administrator, secret(testPassword())));
        QCOMPARE(accounts.current()->name, QStringLiteral("li"));
        QCOMPARE(temp->actor(), QStringLiteral("li"));
        QCOMPARE(*temp->writer().context().access.role(), Role::Administrator);
        // The hash is Argon2id, with its parameters written next to it.
        QVERIFY(storedHash(temp.ledger(), QStringLiteral("li"))
                    .startsWith(QLatin1String("$argon2id$")));
        QCOMPARE(accounts.find(QStringLiteral("li"))->hashParameters,
                 PasswordHash::describe(PasswordHash::current()));
    }

    void shortPasswordsAndDuplicateNamesAreRefused() {
        TempLedger temp;
        Accounts accounts(temp.ledger());
        QVERIFY(!accounts.add(QStringLiteral("li"), Role::Administrator,
                              secret(QStringLiteral("short"))));
        QVERIFY(accounts.add(QStringLiteral("li"), Role::Administrator, secret(testPassword())));
        const Status twice =
            accounts.add(QStringLiteral("li"), Role::Reviewer, secret(testPassword()));
        QVERIFY(!twice.ok());
        QVERIFY(twice.message().contains(QLatin1String("already")));
    }

    void reopeningALedgerWithAccountsStartsSignedOut() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        QVERIFY(temp.reopen());
        QVERIFY(temp->writer().context().access.isSignedOut());
        QVERIFY(!Accounts(temp.ledger()).current());
        const Status setting = temp->setSetting(QStringLiteral("x"), QStringLiteral("1"));
        QVERIFY(!setting.ok());
        QVERIFY(setting.message().contains(QLatin1String("Log in")));
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin")), QString());
        QVERIFY(temp->setSetting(QStringLiteral("x"), QStringLiteral("1")).ok());
    }

    void wrongPasswordAndUnknownUserGiveTheSameMessage() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        QVERIFY(temp.reopen());
        const QString wrong =
            logIn(temp.ledger(), QStringLiteral("admin"), QStringLiteral("not it at all"));
        const QString unknown = logIn(temp.ledger(), QStringLiteral("nobody"));
        QCOMPARE(wrong, QStringLiteral("The user name or the password is not right."));
        QCOMPARE(unknown, wrong);
        QVERIFY(temp->writer().context().access.isSignedOut());
        QCOMPARE(rowsWithAction(temp.ledger(), AccessLog::LoginFailed), 2);
    }

    void repeatedWrongPasswordsSlowDownEvenAfterARestart() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        QVERIFY(temp.reopen());
        const QString bad = QStringLiteral("wrong password");
        for (int i = 0; i < Accounts::FreeAttempts; ++i)
            QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin"), bad),
                     QStringLiteral("The user name or the password is not right."));
        // The fourth attempt, even with the right password, has to wait 5 seconds.
        QString waiting = logIn(temp.ledger(), QStringLiteral("admin"));
        QVERIFY2(waiting.contains(QLatin1String("Wait 5 second")), qPrintable(waiting));
        // Restarting the program does not reset the count.
        QVERIFY(temp.reopen());
        waiting = logIn(temp.ledger(), QStringLiteral("admin"));
        QVERIFY2(waiting.contains(QLatin1String("Wait")), qPrintable(waiting));
        temp.clock().advanceSeconds(3);
        waiting = logIn(temp.ledger(), QStringLiteral("admin"));
        QVERIFY2(waiting.contains(QLatin1String("Wait 2 second")), qPrintable(waiting));
        temp.clock().advanceSeconds(2);
        // Another wrong one doubles the wait.
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin"), bad),
                 QStringLiteral("The user name or the password is not right."));
        waiting = logIn(temp.ledger(), QStringLiteral("admin"));
        QVERIFY2(waiting.contains(QLatin1String("Wait 10 second")), qPrintable(waiting));
        temp.clock().advanceSeconds(10);
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin")), QString());
        // A success clears the count.
        QCOMPARE(AccountQueries::failures(temp->database(), QStringLiteral("admin")).count, 0);
        // Unknown names are slowed down too, so that guessing names costs the same.
        for (int i = 0; i < Accounts::FreeAttempts; ++i)
            logIn(temp.ledger(), QStringLiteral("guess"));
        QVERIFY(logIn(temp.ledger(), QStringLiteral("guess")).contains(QLatin1String("Wait")));
    }

    void waitsGrowUpToFiveMinutes() {
        QCOMPARE(Accounts::secondsToWait(0), 0);
        QCOMPARE(Accounts::secondsToWait(2), 0);
        QCOMPARE(Accounts::secondsToWait(3), 5);
        QCOMPARE(Accounts::secondsToWait(4), 10);
        QCOMPARE(Accounts::secondsToWait(8), 160);
        QCOMPARE(Accounts::secondsToWait(9), 300);
        QCOMPARE(Accounts::secondsToWait(1000), 300);
    }

    void aLoginRehashesWhenTheParametersChange() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        const QString before = storedHash(temp.ledger(), QStringLiteral("admin"));
        QVERIFY(!PasswordHash::needsRehash(before));
        // The same parameters: the hash stays.
        QVERIFY(temp.reopen());
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin")), QString());
        QCOMPARE(storedHash(temp.ledger(), QStringLiteral("admin")), before);
        // Stronger parameters: the next login stores a new hash under them.
        PasswordHash::Parameters stronger = PasswordHash::minimum();
        stronger.opsLimit += 1;
        PasswordHash::setCurrent(stronger);
        QVERIFY(PasswordHash::needsRehash(before));
        QVERIFY(temp.reopen());
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin")), QString());
        const QString after = storedHash(temp.ledger(), QStringLiteral("admin"));
        QVERIFY(after != before);
        QVERIFY(!PasswordHash::needsRehash(after));
        QVERIFY(after.contains(QStringLiteral("t=%1").arg(stronger.opsLimit)));
        QCOMPARE(Accounts(temp.ledger()).find(QStringLiteral("admin"))->hashParameters,
                 PasswordHash::describe(stronger));
        // And the old password still logs in.
        QVERIFY(temp.reopen());
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin")), QString());
        useFastPasswordHashing();
    }

    void passwordBytesWipeTheTypedText() {
        QString typed = QStringLiteral("secret 密码");
        const SecretBytes bytes = passwordBytes(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size())),
                 QStringLiteral("secret 密码").toUtf8());
    }

    void usersChangeTheirOwnPassword() {
        TempLedger temp;
        QCOMPARE(logInAs(temp.ledger(), QStringLiteral("wang"), Role::Supervisor), QString());
        Accounts accounts(temp.ledger());
        const Status wrongOld = accounts.changeOwnPassword(
            secret(QStringLiteral("not the old one")), secret(QStringLiteral("new password 2")));
        QVERIFY(!wrongOld.ok());
        QVERIFY(accounts.changeOwnPassword(secret(testPassword()),
                                           secret(QStringLiteral("new password 2"))));
        QVERIFY(temp.reopen());
        QVERIFY(!logIn(temp.ledger(), QStringLiteral("wang")).isEmpty());
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("wang"), QStringLiteral("new password 2")),
                 QString());
    }

    void anAdministratorResetsAndSwitchesOffOthers() {
        TempLedger temp;
        QCOMPARE(logInAs(temp.ledger(), QStringLiteral("wang"), Role::Supervisor), QString());
        Accounts accounts(temp.ledger());
        // A supervisor may not.
        const Status notAllowed =
            accounts.resetPassword(QStringLiteral("admin"), secret(QStringLiteral("taken over!")));
        QVERIFY(!notAllowed.ok());
        QVERIFY(notAllowed.message().contains(QLatin1String("administrator")));
        QVERIFY(
            !accounts.add(QStringLiteral("x"), Role::Administrator, secret(testPassword())).ok());

        QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin")), QString());
        QVERIFY(accounts.resetPassword(QStringLiteral("wang"),
                                       secret(QStringLiteral("temporary 123"))));
        QVERIFY(accounts.find(QStringLiteral("wang"))->mustChangePassword);
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("wang"), QStringLiteral("temporary 123")),
                 QString());
        QVERIFY(accounts.current()->mustChangePassword);
        QVERIFY(accounts.changeOwnPassword(secret(QStringLiteral("temporary 123")),
                                           secret(QStringLiteral("my own 4567"))));
        QVERIFY(!accounts.find(QStringLiteral("wang"))->mustChangePassword);

        QCOMPARE(logIn(temp.ledger(), QStringLiteral("admin")), QString());
        QVERIFY(!accounts.setDisabled(QStringLiteral("admin"), true).ok());  // not oneself
        QVERIFY(accounts.setDisabled(QStringLiteral("wang"), true));
        const QString off =
            logIn(temp.ledger(), QStringLiteral("wang"), QStringLiteral("my own 4567"));
        QVERIFY2(off.contains(QLatin1String("switched off")), qPrintable(off));
        QVERIFY(accounts.setDisabled(QStringLiteral("wang"), false));
        QCOMPARE(logIn(temp.ledger(), QStringLiteral("wang"), QStringLiteral("my own 4567")),
                 QString());
    }

    void theLastAdministratorStays() {
        TempLedger temp;
        QCOMPARE(logInAs(temp.ledger(), QStringLiteral("li"), Role::Administrator), QString());
        Accounts accounts(temp.ledger());
        QVERIFY(accounts.setDisabled(QStringLiteral("admin"), true));  // li remains
        QVERIFY(!accounts.setRole(QStringLiteral("li"), Role::Supervisor).ok());
    }

    void accountChangesAndLoginsAreInTheHashChain() {
        TempLedger temp;
        QCOMPARE(logInAs(temp.ledger(), QStringLiteral("wang"), Role::Reviewer), QString());
        logIn(temp.ledger(), QStringLiteral("wang"), QStringLiteral("wrong password"));
        QCOMPARE(rowsWithAction(temp.ledger(), AccessLog::Login),
                 1);  // wang (admin made the ledger)
        QCOMPARE(rowsWithAction(temp.ledger(), AccessLog::LoginFailed), 1);
        const QString changes =
            temp->database()
                .scalar(QStringLiteral("SELECT group_concat(changes) FROM audit "
                                       "WHERE entity = 'account'"))
                .toString();
        QVERIFY(changes.contains(QLatin1String("reviewer")));
        QVERIFY(!changes.contains(QLatin1String("argon2")));  // never the hash
        const AuditLog::Verification verified = AuditLog::verify(temp->database());
        QVERIFY2(verified.intact(), qPrintable(verified.problem));
    }

    void aCredentialSourceLogsInWhenTheLedgerOpens() {
        TempLedger temp;
        QCOMPARE(addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        temp.close();
        QString given = testPassword();
        Accounts::setCredentialSource([&given](const QString& actor) -> Result<Credentials> {
            QString copy = given;
            return Credentials{actor, passwordBytes(copy)};
        });
        auto opened = Ledger::open(temp.path(), QStringLiteral("admin"), temp.clock());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(*(*opened)->writer().context().access.role(), Role::Administrator);
        opened->reset();
        given = QStringLiteral("something else");
        auto refused = Ledger::open(temp.path(), QStringLiteral("admin"), temp.clock());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.message(), QStringLiteral("The user name or the password is not right."));
        Accounts::setCredentialSource({});
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
