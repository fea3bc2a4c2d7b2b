// Creating a ledger: problems shown in red under their field as the user types, "Create ledger"
// held back until there is none, and the file written when there is none.
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "security/Accounts.h"
#include "setup/NewLedgerWizard.h"
#include "storage/Ledger.h"

#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongbao;

class TestNewLedgerWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithNothingToCreate();
    void unknownCountyShowsInlineErrorAndBlocksCreate();
    void shortCodeIsExplainedWhenTheUserMovesOn();
    void goodCodeNamesThePlaceAndCreatesTheFile();
    void fullWidthDigitsFromAnInputMethodAreAccepted();
    void emptyNameIsExplainedOnceTouched();
    void existingFileIsRefusedInline();
    void fileNameFollowsTheUnitName();
    void firstStartOffersToOpenAnExistingLedger();
    void createNeedsTheAdministratorsPassword();

private:
    template <typename T>
    T* field(const char* name) const {
        T* found = m_wizard->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no %s in the dialog", name);
        return found;
    }
    void fillValidName();
    void fillAdministrator();
    void chooseLocation(const QString& fileName);
    bool isError(const char* label) const {
        return field<QLabel>(label)->isVisible() &&
               field<QLabel>(label)->property("error").toBool();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NewLedgerWizard> m_wizard;
};

void TestNewLedgerWizard::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_newledgerwizard"));
    Localization::install(Localization::Language::English);
}

void TestNewLedgerWizard::init() {
    Dialogs::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_wizard = std::make_unique<NewLedgerWizard>();
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    fillAdministrator();
}

// The ledger's first account (issue 7); createNeedsTheAdministratorsPassword clears it again.
void TestNewLedgerWizard::fillAdministrator() {
    field<QLineEdit>("adminEdit")->setText(QStringLiteral("director"));
    QTest::keyClicks(field<QLineEdit>("passwordEdit"), QStringLiteral("a good password"));
    QTest::keyClicks(field<QLineEdit>("repeatPasswordEdit"), QStringLiteral("a good password"));
}

void TestNewLedgerWizard::cleanup() {
    m_wizard.reset();
    m_dir.reset();
}

void TestNewLedgerWizard::fillValidName() {
    QTest::keyClicks(field<QLineEdit>("nameEdit"), QStringLiteral("Qiaohe community"));
}

void TestNewLedgerWizard::chooseLocation(const QString& fileName) {
    Dialogs::setNextFileName(m_dir->filePath(fileName));
    QTest::mouseClick(field<QPushButton>("chooseLocationButton"), Qt::LeftButton);
}

void TestNewLedgerWizard::startsWithNothingToCreate() {
    QVERIFY(field<QRadioButton>("kindVillage")->isChecked());
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());
    QVERIFY(!isError("areaCodeMessage"));
    QVERIFY(!isError("nameMessage"));
    QVERIFY(!field<QPushButton>("openExistingButton")->isVisible());
}

void TestNewLedgerWizard::unknownCountyShowsInlineErrorAndBlocksCreate() {
    fillValidName();
    chooseLocation(QStringLiteral("bad.tongbao"));
    auto* code = field<QLineEdit>("areaCodeEdit");
    // The county part is judged as soon as it is typed, before the other six digits.
    QTest::keyClicks(code, QStringLiteral("999999"));
    QVERIFY(isError("areaCodeMessage"));
    QVERIFY(field<QLabel>("areaCodeMessage")->text().contains(QStringLiteral("999999")));
    QTest::keyClicks(code, QStringLiteral("000000"));
    QVERIFY(isError("areaCodeMessage"));
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());

    QTest::mouseClick(field<QPushButton>("createButton"), Qt::LeftButton);
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(m_wizard->isVisible());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("bad.tongbao"))));
    QVERIFY(!m_wizard->takeLedger());
    QCOMPARE(Dialogs::messageCount(), 0);  // inline, never a message box
}

void TestNewLedgerWizard::shortCodeIsExplainedWhenTheUserMovesOn() {
    auto* code = field<QLineEdit>("areaCodeEdit");
    QTest::keyClicks(code, QStringLiteral("50011000"));
    // While typing: a quiet hint with the county's name, not an error.
    QVERIFY(!isError("areaCodeMessage"));
    QVERIFY(field<QLabel>("areaCodeMessage")->text().contains(QStringLiteral("綦江")));
    QTest::keyClick(code, Qt::Key_Return);  // editing finished
    QVERIFY(isError("areaCodeMessage"));
    QVERIFY(field<QLabel>("areaCodeMessage")->text().contains(QStringLiteral("12")));
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());
}

void TestNewLedgerWizard::goodCodeNamesThePlaceAndCreatesTheFile() {
    QTest::mouseClick(field<QRadioButton>("kindTown"), Qt::LeftButton);
    fillValidName();
    chooseLocation(QStringLiteral("qiaohe"));  // the suffix is added
    QTest::keyClicks(field<QLineEdit>("areaCodeEdit"), QStringLiteral("500110001000"));
    QVERIFY(!isError("areaCodeMessage"));
    QVERIFY(field<QLabel>("areaCodeMessage")->text().contains(QStringLiteral("綦江")));
    QVERIFY(field<QPushButton>("createButton")->isEnabled());

    QTest::mouseClick(field<QPushButton>("createButton"), Qt::LeftButton);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    const QString path = m_dir->filePath(QStringLiteral("qiaohe.tongbao"));
    QVERIFY(QFileInfo::exists(path));
    std::unique_ptr<Ledger> ledger = m_wizard->takeLedger();
    QVERIFY(ledger);
    QCOMPARE(ledger->path(), path);
    QCOMPARE(ledger->identity().kind, QStringLiteral("town"));
    QCOMPARE(ledger->identity().name, QStringLiteral("Qiaohe community"));
    QCOMPARE(ledger->identity().areaCode, QStringLiteral("500110001000"));
    // The person who created it is its administrator, logged in.
    const auto admin = Accounts(*ledger).current();
    QVERIFY(admin);
    QCOMPARE(admin->name, QStringLiteral("director"));
    QCOMPARE(admin->role, Role::Administrator);
    QVERIFY(field<QLineEdit>("passwordEdit")->text().isEmpty());
}

void TestNewLedgerWizard::createNeedsTheAdministratorsPassword() {
    fillValidName();
    chooseLocation(QStringLiteral("qiaohe"));
    QTest::keyClicks(field<QLineEdit>("areaCodeEdit"), QStringLiteral("500110001001"));
    QVERIFY(field<QPushButton>("createButton")->isEnabled());
    field<QLineEdit>("repeatPasswordEdit")->setText(QStringLiteral("another password"));
    QVERIFY(isError("passwordMessage"));
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());
    field<QLineEdit>("passwordEdit")->setText(QStringLiteral("short"));
    field<QLineEdit>("repeatPasswordEdit")->setText(QStringLiteral("short"));
    QVERIFY(isError("passwordMessage"));
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());
    field<QLineEdit>("passwordEdit")->setText(QStringLiteral("long enough now"));
    field<QLineEdit>("repeatPasswordEdit")->setText(QStringLiteral("long enough now"));
    QVERIFY(!isError("passwordMessage"));
    QVERIFY(field<QPushButton>("createButton")->isEnabled());
}

void TestNewLedgerWizard::fullWidthDigitsFromAnInputMethodAreAccepted() {
    auto* code = field<QLineEdit>("areaCodeEdit");
    code->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("５００１１０ ００１００１"));
    QApplication::sendEvent(code, &typed);
    QCOMPARE(code->text(), QStringLiteral("500110001001"));
    QVERIFY(!isError("areaCodeMessage"));
}

void TestNewLedgerWizard::emptyNameIsExplainedOnceTouched() {
    auto* name = field<QLineEdit>("nameEdit");
    QTest::keyClicks(field<QLineEdit>("areaCodeEdit"), QStringLiteral("500110001001"));
    chooseLocation(QStringLiteral("x.tongbao"));
    QVERIFY(!isError("nameMessage"));  // not before the user has been there
    QTest::keyClicks(name, QStringLiteral(" "));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(isError("nameMessage"));
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Qiaohe"));
    QVERIFY(!isError("nameMessage"));
    QVERIFY(field<QPushButton>("createButton")->isEnabled());
}

void TestNewLedgerWizard::existingFileIsRefusedInline() {
    QFile existing(m_dir->filePath(QStringLiteral("taken.tongbao")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    fillValidName();
    QTest::keyClicks(field<QLineEdit>("areaCodeEdit"), QStringLiteral("500110001001"));
    chooseLocation(QStringLiteral("taken.tongbao"));
    QVERIFY(isError("locationMessage"));
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());
    chooseLocation(QStringLiteral("free.tongbao"));
    QVERIFY(!isError("locationMessage"));
    QVERIFY(field<QPushButton>("createButton")->isEnabled());
}

void TestNewLedgerWizard::fileNameFollowsTheUnitName() {
    auto* location = field<QLineEdit>("locationEdit");
    QTest::keyClicks(field<QLineEdit>("nameEdit"), QStringLiteral("Qiaohe/North"));
    QVERIFY(location->text().endsWith(QStringLiteral("Qiaohe_North.tongbao")));
    chooseLocation(QStringLiteral("mine.tongbao"));
    QTest::keyClicks(field<QLineEdit>("nameEdit"), QStringLiteral(" committee"));
    QVERIFY(location->text().endsWith(QStringLiteral("mine.tongbao")));
}

void TestNewLedgerWizard::firstStartOffersToOpenAnExistingLedger() {
    m_wizard->setFirstStart(true);
    auto* openExisting = field<QPushButton>("openExistingButton");
    QVERIFY(openExisting->isVisible());
    QTest::mouseClick(openExisting, Qt::LeftButton);
    QCOMPARE(m_wizard->result(), int(NewLedgerWizard::OpenExisting));
    QVERIFY(!m_wizard->isVisible());
}

QTEST_MAIN(TestNewLedgerWizard)
#include "tst_newledgerwizard.moc"
