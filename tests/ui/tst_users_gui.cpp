// The administrator's users page (issue 7): changing a user's role from the page goes through
// core's setRole, shows the new role in the list and says when it applies; demoting the last
// administrator is refused with core's plain message and changes nothing; the button is there
// only for a user who may manage accounts.
#include "TempLedger.h"

#include "common/Localization.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"
#include "users/UsersDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

// Answers the role dialog the page opens with `role` (or cancels it).
void answerRoleDialog(std::optional<Role> role) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, role] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        auto* combo =
            dialog ? dialog->findChild<QComboBox*>(QStringLiteral("changeRoleCombo")) : nullptr;
        if (!combo)
            return;
        timer->stop();
        timer->deleteLater();
        if (!role) {
            dialog->reject();
            return;
        }
        combo->setCurrentIndex(combo->findData(roleCode(*role)));
        dialog->accept();
    });
    timer->start();
}

bool selectUser(UsersDialog& page, const QString& name) {
    QTableWidget* table = page.table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name) {
            table->selectRow(row);
            return page.selectedName() == name;
        }
    }
    return false;
}

QString roleShown(UsersDialog& page, const QString& name) {
    QTableWidget* table = page.table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return table->item(row, 1)->text();
    }
    return {};
}

}  // namespace

class TestUsersGui : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLedger> m_temp;

private slots:
    void initTestCase() {
        useFastPasswordHashing();
        Localization::install(Localization::Language::English);
    }

    void init() {
        m_temp = std::make_unique<TempLedger>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        QCOMPARE(addAccount(m_temp->ledger(), QStringLiteral("admin"), Role::Administrator),
                 QString());
        QCOMPARE(addAccount(m_temp->ledger(), QStringLiteral("li"), Role::Reviewer), QString());
    }

    void cleanup() { m_temp.reset(); }

    void theAdministratorChangesARole() {
        UsersDialog page(m_temp->ledger());
        page.show();
        auto* button = page.findChild<QPushButton*>(QStringLiteral("changeRoleButton"));
        QVERIFY(button && button->isEnabled());
        QVERIFY(selectUser(page, QStringLiteral("li")));
        answerRoleDialog(Role::Supervisor);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(Accounts(m_temp->ledger()).find(QStringLiteral("li"))->role, Role::Supervisor);
        QCOMPARE(roleShown(page, QStringLiteral("li")), roleLabel(Role::Supervisor));
        auto* message = page.findChild<QLabel*>(QStringLiteral("usersMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("next login")),
                 qPrintable(message->text()));

        // Cancelled: nothing changes.
        QVERIFY(selectUser(page, QStringLiteral("li")));
        answerRoleDialog(std::nullopt);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(Accounts(m_temp->ledger()).find(QStringLiteral("li"))->role, Role::Supervisor);
    }

    void theLastAdministratorStays() {
        UsersDialog page(m_temp->ledger());
        page.show();
        auto* button = page.findChild<QPushButton*>(QStringLiteral("changeRoleButton"));
        QVERIFY(selectUser(page, QStringLiteral("admin")));
        answerRoleDialog(Role::Reviewer);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(Accounts(m_temp->ledger()).find(QStringLiteral("admin"))->role,
                 Role::Administrator);
        auto* message = page.findChild<QLabel*>(QStringLiteral("usersMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("only administrator")),
                 qPrintable(message->text()));
        QCOMPARE(roleShown(page, QStringLiteral("admin")), roleLabel(Role::Administrator));

        // With a second administrator the first may step down.
        QCOMPARE(addAccount(m_temp->ledger(), QStringLiteral("wang"), Role::Administrator),
                 QString());
        page.reload();
        QVERIFY(selectUser(page, QStringLiteral("admin")));
        answerRoleDialog(Role::Supervisor);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(Accounts(m_temp->ledger()).find(QStringLiteral("admin"))->role, Role::Supervisor);
    }

    void onlyForWhoManagesAccounts() {
        QCOMPARE(logIn(m_temp->ledger(), QStringLiteral("li")), QString());
        UsersDialog page(m_temp->ledger());
        auto* button = page.findChild<QPushButton*>(QStringLiteral("changeRoleButton"));
        QVERIFY(button && !button->isEnabled());
        // Core refuses it as well, whatever a front end offers.
        QVERIFY(!Accounts(m_temp->ledger()).setRole(QStringLiteral("admin"), Role::Reviewer).ok());
    }
};

QTEST_MAIN(TestUsersGui)
#include "tst_users_gui.moc"
