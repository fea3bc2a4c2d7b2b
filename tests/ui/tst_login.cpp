// The login dialog and the idle lock (issue 7), driving real widgets offscreen: wrong and right
// passwords, the demo hint, and a lock that hides the windows without closing them, so that a
// half-typed child's file is exactly as it was after the password is given again.
#include "TempLedger.h"
#include "crypt/EncryptedVfs.h"
#include "crypt/LedgerEncryption.h"

#include "app/MainWindow.h"
#include "childfile/ChildFileWindow.h"
#include "childfile/ChildFileWindows.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "login/IdleLock.h"
#include "login/LoginDialog.h"
#include "register/ChildFileService.h"
#include "register/RegisterPage.h"
#include "safety/SessionRole.h"
#include "security/Accounts.h"
#include "storage/ChildRepository.h"
#include "storage/RecordWriter.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QtTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

template <typename T>
T* find(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

void typeAndLogIn(QWidget* dialog, const QString& password) {
    auto* edit = find<QLineEdit>(dialog, "passwordEdit");
    edit->clear();
    QTest::keyClicks(edit, password);
    QTest::mouseClick(find<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
}

}  // namespace

class TestLogin : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLedger> m_fixture;
    QString m_childId;

    // A ledger with an administrator and the supervisor "wang", one child, opened signed out.
    std::unique_ptr<Ledger> openSignedOut() {
        m_fixture = std::make_unique<TempLedger>();
        if (!logInAs(m_fixture->ledger(), QStringLiteral("wang"), Role::Supervisor).isEmpty())
            return nullptr;
        ChildFileDraft draft;
        draft.child.name = QStringLiteral("李小明");
        draft.child.birthDate = QDate(2016, 5, 1);
        draft.child.riskLevel = QStringLiteral("medium");
        draft.child.openedOn = QDate(2025, 1, 10);
        const SaveOutcome saved = ChildFileService(m_fixture->ledger()).createChild(draft, true);
        if (!saved.saved())
            return nullptr;
        m_childId = saved.recordId;
        m_fixture->close();
        auto opened = Ledger::open(m_fixture->path(), QStringLiteral("tester"), m_fixture->clock());
        return opened ? std::move(*opened) : nullptr;
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_login"));
        useFastPasswordHashing();
    }

    void init() {
        QSettings().clear();
        Dialogs::reset();
        Localization::install(Localization::Language::English);
        setSessionRole(Role::Supervisor);
    }

    void wrongThenRightPassword() {
        std::unique_ptr<Ledger> ledger = openSignedOut();
        QVERIFY(ledger);
        LoginDialog dialog(*ledger);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!find<QLabel>(&dialog, "demoHint")->isVisible());
        QTest::keyClicks(find<QLineEdit>(&dialog, "userNameEdit"), QStringLiteral("wang"));
        typeAndLogIn(&dialog, QStringLiteral("not the password"));
        auto* message = find<QLabel>(&dialog, "loginMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("The user name or the password is not right."));
        QVERIFY(dialog.isVisible());
        QVERIFY(find<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());  // not kept
        QVERIFY(ledger->writer().context().access.isSignedOut());

        typeAndLogIn(&dialog, testPassword());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ledger->actor(), QStringLiteral("wang"));
        LoginDialog::afterLogin(nullptr, *ledger);
        QCOMPARE(sessionRole(), Role::Supervisor);
    }

    void anUnknownUserIsToldTheSame() {
        std::unique_ptr<Ledger> ledger = openSignedOut();
        QVERIFY(ledger);
        LoginDialog dialog(*ledger);
        dialog.show();
        QTest::keyClicks(find<QLineEdit>(&dialog, "userNameEdit"), QStringLiteral("nobody"));
        typeAndLogIn(&dialog, testPassword());
        QCOMPARE(find<QLabel>(&dialog, "loginMessage")->text(),
                 QStringLiteral("The user name or the password is not right."));
    }

    // An encrypted ledger (issue 8) asks for the login before it can be opened at all: a wrong
    // password is told in place and unlocks nothing; the right one opens the key slot, and the
    // same name and password then log in to the opened ledger without asking again.
    void anEncryptedLedgerIsUnlockedByTheLoginBeforeItOpens() {
        std::unique_ptr<Ledger> ledger = openSignedOut();
        QVERIFY(ledger);
        QVERIFY(LedgerEncryption::isEncrypted(*ledger));
        const QString path = ledger->path();
        ledger.reset();
        EncryptedVfs::forgetKeys();
        QVERIFY(LedgerEncryption::head(path).locked);

        LoginDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(find<QLineEdit>(&dialog, "userNameEdit"), QStringLiteral("wang"));
        typeAndLogIn(&dialog, QStringLiteral("not the password"));
        QCOMPARE(find<QLabel>(&dialog, "loginMessage")->text(),
                 QStringLiteral("The user name or the password is not right."));
        QVERIFY(dialog.isVisible());
        QVERIFY(LedgerEncryption::head(path).locked);
        if (qEnvironmentVariableIsSet("TONGBAO_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("TONGBAO_SCREENSHOT_DIR") +
                               QStringLiteral("/login-encrypted.png"));

        QTimer::singleShot(0, [] {
            auto* open = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
            QVERIFY(open);
            QTest::keyClicks(find<QLineEdit>(open, "userNameEdit"), QStringLiteral("wang"));
            typeAndLogIn(open, testPassword());
        });
        std::optional<Credentials> credentials = LoginDialog::unlockFile(nullptr, path);
        QVERIFY(credentials);
        QVERIFY(!LedgerEncryption::head(path).locked);
        auto opened = Ledger::open(path, QStringLiteral("tester"), m_fixture->clock());
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(LoginDialog::signInWith(nullptr, **opened, std::move(*credentials)));
        QCOMPARE((*opened)->actor(), QStringLiteral("wang"));
        QCOMPARE(sessionRole(), Role::Supervisor);
    }

    void demoLedgersShowTheDemoAccounts() {
        std::unique_ptr<Ledger> ledger = openSignedOut();
        QVERIFY(ledger);
        QCOMPARE(logIn(*ledger, QStringLiteral("admin")), QString());
        QVERIFY(ledger->setSetting(QStringLiteral("accounts.demo"), QStringLiteral("1")));
        LoginDialog dialog(*ledger);
        dialog.show();
        auto* hint = find<QLabel>(&dialog, "demoHint");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(Accounts::demoPassword()));
    }

    void idleLockKeepsUnsavedFormContents() {
        std::unique_ptr<Ledger> ledger = openSignedOut();
        QVERIFY(ledger);
        QCOMPARE(logIn(*ledger, QStringLiteral("wang")), QString());
        auto window = std::make_unique<MainWindow>(std::move(ledger));
        window->setRemembersGeometry(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        ChildFileWindow* file = window->registerPage()->childFiles()->open(m_childId);
        QVERIFY(file);
        QVERIFY(QTest::qWaitForWindowExposed(file));
        auto* name = find<QLineEdit>(file, "nameEdit");
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Li Xiaoming typed not saved"));

        IdleLock lock([&window] { return &window->ledger(); });
        lock.setIdleMilliseconds(150);
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 5000);
        QVERIFY(!window->isVisible());
        QVERIFY(!file->isVisible());
        LoginDialog* unlock = lock.unlockDialog();
        QVERIFY(unlock);
        QVERIFY(unlock->isVisible());
        QCOMPARE(find<QLineEdit>(unlock, "userNameEdit")->text(), QStringLiteral("wang"));
        // Escape does not open it, and neither does a wrong password.
        QTest::keyClick(unlock, Qt::Key_Escape);
        QVERIFY(unlock->isVisible());
        typeAndLogIn(unlock, QStringLiteral("not the password"));
        QVERIFY(lock.isLocked());
        QVERIFY(!window->isVisible());
        // The ledger's key is out of memory while locked: nothing of it can be read, even by
        // the window's own connection, and nothing is reported as damage.
        QVERIFY(LedgerEncryption::head(window->ledger().path()).locked);
        QVERIFY(!window->ledger().children().load(m_childId));
        QVERIFY(!EncryptedVfs::lastDamage());

        typeAndLogIn(unlock, testPassword());
        QTRY_VERIFY(!lock.isLocked());
        QVERIFY(window->isVisible());
        QVERIFY(file->isVisible());
        QCOMPARE(name->text(), QStringLiteral("Li Xiaoming typed not saved"));
        // Nothing was saved behind the user's back.
        QCOMPARE(window->ledger().children().load(m_childId)->name, QStringLiteral("李小明"));
        file->discardAndClose();
    }

    // An import of many minutes runs on another thread with the ledger's key: the lock waits
    // for it (wiping the key would undo the import) and locks as soon as it is over.
    void theLockWaitsForWorkThatNeedsTheKey() {
        std::unique_ptr<Ledger> ledger = openSignedOut();
        QVERIFY(ledger);
        QCOMPARE(logIn(*ledger, QStringLiteral("wang")), QString());
        auto window = std::make_unique<MainWindow>(std::move(ledger));
        window->setRemembersGeometry(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        IdleLock lock([&window] { return &window->ledger(); });
        {
            const IdleLock::KeyInUse work;
            lock.setIdleMilliseconds(100);
            QTest::qWait(600);
            QVERIFY(!lock.isLocked());
            QVERIFY(window->isVisible());
            QVERIFY(!LedgerEncryption::head(window->ledger().path()).locked);
            QVERIFY(window->ledger().children().load(m_childId));
        }
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 5000);
        QVERIFY(!window->isVisible());
        QVERIFY(LedgerEncryption::head(window->ledger().path()).locked);
        typeAndLogIn(lock.unlockDialog(), testPassword());
        QTRY_VERIFY(!lock.isLocked());
    }

    void activityKeepsTheWindowOpen() {
        std::unique_ptr<Ledger> ledger = openSignedOut();
        QVERIFY(ledger);
        QCOMPARE(logIn(*ledger, QStringLiteral("wang")), QString());
        auto window = std::make_unique<MainWindow>(std::move(ledger));
        window->setRemembersGeometry(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        IdleLock lock([&window] { return &window->ledger(); });
        lock.setIdleMilliseconds(400);
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(100);
            QTest::keyClick(window.get(), Qt::Key_Shift);
        }
        QVERIFY(!lock.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 5000);
        typeAndLogIn(lock.unlockDialog(), testPassword());
        QTRY_VERIFY(!lock.isLocked());
    }

    void theSettingDefaultsToTenMinutes() {
        std::unique_ptr<Ledger> ledger = openSignedOut();
        QVERIFY(ledger);
        QCOMPARE(IdleLock::minutes(*ledger), 10);
        QCOMPARE(logIn(*ledger, QStringLiteral("admin")), QString());
        QVERIFY(ledger->setSetting(IdleLock::SettingKey, QStringLiteral("3")));
        QCOMPARE(IdleLock::minutes(*ledger), 3);
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
