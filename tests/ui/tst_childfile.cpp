// The child's file driven as a supervisor would, by keyboard: a household with two children
// entered once, their guardianship, an edit, a file closed, an ID number already on file, a
// refused save that keeps what was typed, the history sentence of a change, measures, the
// filter chips and the screen-sharing setting. Chinese text arrives as an input method commits
// it. Every model of the file window is watched by a QAbstractItemModelTester.
#include "TempLedger.h"
#include "app/MainWindow.h"
#include "childfile/BasicFactsSection.h"
#include "childfile/ChildFileWindow.h"
#include "childfile/ChildFileWindows.h"
#include "childfile/GuardianshipSection.h"
#include "childfile/HouseholdMembersModel.h"
#include "childfile/HouseholdSection.h"
#include "childfile/MeasuresSection.h"
#include "childfile/OptionalDateEdit.h"
#include "childfile/RowTableModel.h"
#include "childfile/TimelineSection.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "domain/IdNumber.h"
#include "register/ChildFileService.h"
#include "register/ChildListModel.h"
#include "register/FilterChipBar.h"
#include "register/RegisterPage.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/RecordWriter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace tongbao;

namespace {

QString idNumber(const QDate& birth, int sequence) {
    const QString first17 = QStringLiteral("500110") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// What a Chinese input method does when the user picks the characters: one commit.
void commitText(QWidget* widget, const QString& text) {
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QApplication::sendEvent(widget, &typed);
}

template <typename T>
T* find(QObject* parent, const char* name) {
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

bool activate(QWidget* window) {
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// Runs `answer` once the next modal dialog is showing (the dialog's exec() blocks the test).
void whenDialogOpens(std::function<void(QDialog*)> answer) {
    QTimer::singleShot(0, [answer] {
        QDialog* dialog = nullptr;
        for (int i = 0; i < 100 && !dialog; ++i) {
            dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                QTest::qWait(20);
        }
        if (!dialog) {
            qWarning("no dialog opened");
            return;
        }
        answer(dialog);
    });
}

}  // namespace

class TestChildFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void householdWithTwoChildrenByKeyboard();
    void editAndCloseAFileFromTheList();
    void idNumberOnFileOpensThatFile();
    void refusedSaveKeepsWhatWasTyped();
    void sameNameAndBirthDateAsksFirst();
    void escapeAsksEnterDoesNotClose();
    void timelineTellsTheRiskChange();
    void measureIsAddedThroughItsDialog();
    void filterChipsNarrowTheList();
    void namesCanBeHiddenForScreenSharing();
    void datesAreTypedOrLeftEmpty();

private:
    ChildFileWindow* newChildWindow();
    ChildFileWindow* onlyWindow() const;
    QString createChild(const QString& name, const QDate& birth, int sequence);
    void watchModels(ChildFileWindow* window);
    RegisterPage* page() const { return m_window->registerPage(); }

    std::unique_ptr<test::TempLedger> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestChildFile::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_childfile"));
}

void TestChildFile::init() {
    QSettings().clear();
    Dialogs::reset();
    Localization::install(Localization::Language::English);
    m_fixture = std::make_unique<test::TempLedger>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_fixture->close();
    auto opened = Ledger::open(m_fixture->path(), QStringLiteral("tester"), m_fixture->clock());
    QVERIFY2(opened, qPrintable(opened.message()));
    m_window = std::make_unique<MainWindow>(std::move(*opened));
    m_window->setRemembersGeometry(false);
    QVERIFY(activate(m_window.get()));
}

void TestChildFile::cleanup() {
    for (ChildFileWindow* window : page()->childFiles()->windows())
        window->discardAndClose();
    m_window.reset();
    m_fixture.reset();
}

ChildFileWindow* TestChildFile::onlyWindow() const {
    const QList<ChildFileWindow*> windows = page()->childFiles()->windows();
    return windows.size() == 1 ? windows.first() : nullptr;
}

ChildFileWindow* TestChildFile::newChildWindow() {
    activate(m_window.get());
    const int before = int(page()->childFiles()->windows().size());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    const QList<ChildFileWindow*> windows = page()->childFiles()->windows();
    if (windows.size() != before + 1)
        return nullptr;
    ChildFileWindow* window = windows.last();
    if (!activate(window))
        return nullptr;
    watchModels(window);
    return window;
}

void TestChildFile::watchModels(ChildFileWindow* window) {
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             window->household()->membersModel(), window->measures()->model(),
             window->timeline()->model()})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
}

QString TestChildFile::createChild(const QString& name, const QDate& birth, int sequence) {
    ChildFileService service(m_window->ledger());
    ChildFileDraft draft;
    draft.child.name = name;
    draft.child.idNumber = sequence > 0 ? idNumber(birth, sequence) : QString();
    draft.child.birthDate = birth;
    draft.child.riskLevel = QStringLiteral("medium");
    draft.child.openedOn = QDate(2025, 1, 10);
    const SaveOutcome outcome = service.createChild(draft, true);
    page()->model()->reload();
    return outcome.recordId;
}

void TestChildFile::householdWithTwoChildrenByKeyboard() {
    // The first child, with a new household.
    ChildFileWindow* first = newChildWindow();
    QVERIFY(first);
    QVERIFY(first->isNew());
    auto* name = find<QLineEdit>(first, "nameEdit");
    QTRY_VERIFY(name->hasFocus());
    commitText(name, QStringLiteral("王小明"));
    QTest::keyClick(name, Qt::Key_Tab);
    auto* id = find<QLineEdit>(first, "idNumberEdit");
    QVERIFY(id->hasFocus());
    QTest::keyClicks(id, idNumber(QDate(2015, 3, 1), 11));
    // The number fills the date of birth and the sex, and says what it read.
    QCOMPARE(find<OptionalDateEdit>(first, "birthDateEdit")->date(), QDate(2015, 3, 1));
    QCOMPARE(find<QComboBox>(first, "sexCombo")->currentData().toString(), QStringLiteral("M"));
    auto* idMessage = find<QLabel>(first, "id_numberMessage");
    QVERIFY(idMessage->text().startsWith(QStringLiteral("✓ 2015-03-01")));
    auto* risk = find<QComboBox>(first, "riskCombo");
    risk->setFocus();
    QTest::keyClicks(risk, QStringLiteral("Me"));
    QCOMPARE(risk->currentData().toString(), QStringLiteral("medium"));
    QCheckBox* leftBehind = find<QCheckBox>(first, "categoryChecks_left_behind");
    leftBehind->setFocus();
    QTest::keyClick(leftBehind, Qt::Key_Space);
    QVERIFY(leftBehind->isChecked());

    QTest::keyClick(first, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(first->currentSection(), QStringLiteral("household"));
    auto* newHousehold = find<QPushButton>(first, "newHouseholdButton");
    newHousehold->setFocus();
    QTest::keyClick(newHousehold, Qt::Key_Space);
    auto* head = find<QLineEdit>(first, "headNameEdit");
    QTRY_VERIFY(head->hasFocus());
    commitText(head, QStringLiteral("王大山"));
    QTest::keyClick(head, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);  // past the head's ID number
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("householdPhoneEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("13800001234"));
    auto* addMember = find<QPushButton>(first, "addMemberButton");
    addMember->setFocus();
    QTest::keyClick(addMember, Qt::Key_Space);
    QWidget* cellEditor = QApplication::focusWidget();
    QVERIFY(cellEditor);
    commitText(cellEditor, QStringLiteral("李桂兰"));
    QTest::keyClick(cellEditor, Qt::Key_Return);  // the view commits the cell soon after
    QCOMPARE(first->household()->membersModel()->members().size(), 1);
    QTRY_COMPARE(first->household()->membersModel()->members().first().name,
                 QStringLiteral("李桂兰"));

    QTest::keyClick(first, Qt::Key_3, Qt::ControlModifier);
    auto* type = find<QComboBox>(first, "typeCombo");
    type->setFocus();
    QTest::keyClicks(type, QStringLiteral("Raised"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("kinship"));
    auto* caregiver = find<QLineEdit>(first, "caregiverNameEdit");
    caregiver->setFocus();
    commitText(caregiver, QStringLiteral("王大山"));
    auto* relation = find<QComboBox>(first, "caregiverRelationCombo");
    relation->setFocus();
    QTest::keyClicks(relation, QStringLiteral("Pat"));
    QCOMPARE(relation->currentData().toString(), QStringLiteral("grandparent_paternal"));

    auto* save = find<QPushButton>(first, "saveButton");
    QVERIFY(save->isEnabled());
    QTest::keyClick(first, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!first->isNew());
    QVERIFY(!first->isDirty());
    QVERIFY(!save->isEnabled());
    QVERIFY(first->statusBar()->currentMessage().startsWith(QStringLiteral("Saved at")));
    QCOMPARE(Dialogs::messageCount(), 0);
    QCOMPARE(find<QLabel>(first, "childNameHeading")->text(), QStringLiteral("王小明"));
    // The full number on the file, masked in the list.
    QVERIFY(find<QLabel>(first, "childFacts")->text().contains(idNumber(QDate(2015, 3, 1), 11)));
    QCOMPARE(page()->model()->rowCount(), 1);
    QVERIFY(page()
                ->model()
                ->index(0, ChildListModel::IdNumber)
                .data()
                .toString()
                .contains(QLatin1Char('*')));
    const QString firstId = first->childId();
    first->close();

    // The second child joins the same household, chosen from the picker by typing.
    ChildFileWindow* second = newChildWindow();
    QVERIFY(second);
    name = find<QLineEdit>(second, "nameEdit");
    QTRY_VERIFY(name->hasFocus());
    commitText(name, QStringLiteral("王小红"));
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), idNumber(QDate(2017, 8, 9), 22));
    QTest::keyClick(second, Qt::Key_2, Qt::ControlModifier);
    auto* choose = find<QPushButton>(second, "chooseHouseholdButton");
    choose->setFocus();
    int pickerRows = -1;
    whenDialogOpens([&pickerRows](QDialog* picker) {
        new QAbstractItemModelTester(find<QTableView>(picker, "householdTable")->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     picker);
        auto* search = find<QLineEdit>(picker, "householdSearchEdit");
        commitText(search, QStringLiteral("大山"));
        pickerRows = find<QTableView>(picker, "householdTable")->model()->rowCount();
        QTest::keyClick(search, Qt::Key_Return);
    });
    QTest::keyClick(choose, Qt::Key_Space);
    QCOMPARE(pickerRows, 1);
    QVERIFY(activate(second));  // the offscreen platform does not give it back by itself
    QCOMPARE(find<QLineEdit>(second, "headNameEdit")->text(), QStringLiteral("王大山"));
    // The brother is listed in the household.
    QCOMPARE(find<QListWidget>(second, "siblingsList")->count(), 1);
    QTest::keyClick(second, Qt::Key_3, Qt::ControlModifier);
    type = find<QComboBox>(second, "typeCombo");
    type->setFocus();
    QTest::keyClicks(type, QStringLiteral("Raised"));
    caregiver = find<QLineEdit>(second, "caregiverNameEdit");
    caregiver->setFocus();
    commitText(caregiver, QStringLiteral("王大山"));
    QTest::keyClick(second, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!second->isNew(), qPrintable(find<QLabel>(second, "saveHint")->text()));

    Ledger& ledger = m_window->ledger();
    const Child older = *ledger.children().load(firstId);
    QVERIFY(!older.householdId.isEmpty());
    const QVector<Child> siblings = ledger.children().inHousehold(older.householdId);
    QCOMPARE(siblings.size(), 2);
    QCOMPARE(ledger.households().load(older.householdId)->members.size(), 1);
    for (const Child& child : siblings) {
        const auto guardianship = ledger.guardianships().ofChild(child.meta.id);
        QVERIFY(guardianship);
        QCOMPARE(guardianship->guardianshipType, QStringLiteral("kinship"));
        QCOMPARE(guardianship->caregiverName, QStringLiteral("王大山"));
    }
    QCOMPARE(page()->model()->rowCount(), 2);
}

void TestChildFile::editAndCloseAFileFromTheList() {
    const QString id = createChild(QStringLiteral("李四"), QDate(2013, 7, 7), 13);
    auto* table = find<QTableView>(m_window.get(), "childTable");
    activate(m_window.get());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ChildFileWindow* window = onlyWindow();
    QVERIFY(window);
    QCOMPARE(window->childId(), id);
    QVERIFY(activate(window));
    watchModels(window);
    // The full ID number on the file.
    QCOMPARE(find<QLineEdit>(window, "idNumberEdit")->text(), idNumber(QDate(2013, 7, 7), 13));

    auto* risk = find<QComboBox>(window, "riskCombo");
    risk->setFocus();
    QTest::keyClicks(risk, QStringLiteral("H"));
    QVERIFY(window->isDirty());
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_window->ledger().children().load(id)->riskLevel, QStringLiteral("high"));

    whenDialogOpens([](QDialog* dialog) {
        auto* reason = find<QComboBox>(dialog, "reasonCombo");
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Moved"));
        QCOMPARE(find<OptionalDateEdit>(dialog, "exitDateEdit")->date(), QDate(2026, 11, 29));
        // Enter moves on; it does not close the dialog.
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::mouseClick(find<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(window, "closeFileButton"), Qt::LeftButton);
    const Child closed = *m_window->ledger().children().load(id);
    QCOMPARE(closed.fileStatus, QStringLiteral("closed"));
    QCOMPARE(closed.exitReason, QStringLiteral("moved_out"));
    QCOMPARE(closed.exitDate, QDate(2026, 11, 29));
    QVERIFY(find<QLabel>(window, "closedBanner")->isVisible());
    QVERIFY(find<QPushButton>(window, "reopenButton")->isVisible());
    QVERIFY(!find<QPushButton>(window, "closeFileButton")->isVisible());
    QCOMPARE(page()->model()->index(0, ChildListModel::FileStatus).data().toString(),
             QStringLiteral("Closed"));

    QTest::mouseClick(find<QPushButton>(window, "reopenButton"), Qt::LeftButton);
    QVERIFY(m_window->ledger().children().load(id)->isActive());
}

void TestChildFile::idNumberOnFileOpensThatFile() {
    const QString existing = createChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    ChildFileWindow* window = newChildWindow();
    QVERIFY(window);
    auto* id = find<QLineEdit>(window, "idNumberEdit");
    id->setFocus();
    QTest::keyClicks(id, idNumber(QDate(2015, 3, 1), 11).toLower());
    auto* open = find<QPushButton>(window, "openExistingButton");
    QVERIFY(open->isVisible());
    auto* message = find<QLabel>(window, "id_numberMessage");
    QVERIFY2(message->text().contains(QStringLiteral("王小明")), qPrintable(message->text()));
    QVERIFY(message->property("error").toBool());
    QVERIFY(!find<QPushButton>(window, "saveButton")->isEnabled());

    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY(onlyWindow() && onlyWindow()->childId() == existing);
    QCOMPARE(m_window->ledger().children().withIdNumber(idNumber(QDate(2015, 3, 1), 11)).size(), 1);
}

void TestChildFile::refusedSaveKeepsWhatWasTyped() {
    ChildFileWindow* window = newChildWindow();
    QVERIFY(window);
    auto* name = find<QLineEdit>(window, "nameEdit");
    commitText(name, QStringLiteral("陈晨"));
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    auto* type = find<QComboBox>(window, "typeCombo");
    type->setFocus();
    QTest::keyClicks(type, QStringLiteral("Ent"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("entrusted"));
    auto* save = find<QPushButton>(window, "saveButton");
    QVERIFY(!save->isEnabled());
    auto* hint = find<QLabel>(window, "saveHint");
    QVERIFY2(hint->text().contains(QStringLiteral("entrusted")), qPrintable(hint->text()));

    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(
        m_window->ledger().children().where(QStringLiteral("name"), QStringLiteral("陈晨")).size(),
        0);
    QVERIFY(window->isNew());
    QCOMPARE(name->text(), QStringLiteral("陈晨"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("entrusted"));
    auto* caregiverMessage =
        window->guardianship()->findChild<QLabel*>(QStringLiteral("caregiver_nameMessage"));
    QVERIFY(caregiverMessage->isVisibleTo(window));
    QVERIFY(caregiverMessage->property("error").toBool());

    // Putting it right makes the save possible again, with everything still there.
    auto* caregiver = find<QLineEdit>(window, "caregiverNameEdit");
    caregiver->setFocus();
    commitText(caregiver, QStringLiteral("陈阿姨"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!window->isNew());
    QCOMPARE(m_window->ledger().guardianships().ofChild(window->childId())->caregiverName,
             QStringLiteral("陈阿姨"));
}

void TestChildFile::sameNameAndBirthDateAsksFirst() {
    createChild(QStringLiteral("刘洋"), QDate(2014, 5, 6), 0);
    ChildFileWindow* window = newChildWindow();
    QVERIFY(window);
    commitText(find<QLineEdit>(window, "nameEdit"), QStringLiteral("刘洋"));
    auto* birth = find<OptionalDateEdit>(window, "birthDateEdit");
    birth->setFocus();
    QTest::keyClicks(birth->lineEdit(), QStringLiteral("2014-05-06"));
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(Dialogs::messageCount(), 1);
    QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("刘洋")));
    QVERIFY(window->isNew());
    QCOMPARE(birth->date(), QDate(2014, 5, 6));
    QCOMPARE(page()->model()->totalCount(), 1);

    Dialogs::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!window->isNew());
    QCOMPARE(page()->model()->totalCount(), 2);
}

void TestChildFile::escapeAsksEnterDoesNotClose() {
    ChildFileWindow* window = newChildWindow();
    QVERIFY(window);
    auto* name = find<QLineEdit>(window, "nameEdit");
    commitText(name, QStringLiteral("赵六"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(window->isVisible());

    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(Dialogs::messageCount(), 1);
    QVERIFY(window->isVisible());
    QCOMPARE(name->text(), QStringLiteral("赵六"));

    QPointer<ChildFileWindow> guard(window);
    Dialogs::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    QCOMPARE(page()->model()->totalCount(), 0);

    // Nothing typed: Esc closes without asking.
    window = newChildWindow();
    guard = window;
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    QCOMPARE(Dialogs::messageCount(), 2);
}

void TestChildFile::timelineTellsTheRiskChange() {
    const QString id = createChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    m_window->ledger().writer().setActor(QStringLiteral("supervisor1"));
    ChildFileWindow* window = page()->childFiles()->open(id);
    QVERIFY(window && activate(window));
    watchModels(window);
    auto* risk = find<QComboBox>(window, "riskCombo");
    risk->setFocus();
    QTest::keyClicks(risk, QStringLiteral("H"));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window->currentSection(), QStringLiteral("timeline"));
    QAbstractItemModel* history = window->timeline()->model();
    QVERIFY(history->rowCount() >= 2);
    QCOMPARE(history->index(0, 1).data().toString(), QStringLiteral("supervisor1"));
    QCOMPARE(history->index(0, 2).data().toString(), QStringLiteral("Risk level: Medium → High"));
    QCOMPARE(history->index(0, 2).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-11-29, supervisor1: Risk level: Medium → High"));
}

void TestChildFile::measureIsAddedThroughItsDialog() {
    const QString id = createChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    ChildFileWindow* window = page()->childFiles()->open(id);
    QVERIFY(window && activate(window));
    watchModels(window);
    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    bool refusedKeptOpen = false;
    whenDialogOpens([&refusedKeptOpen](QDialog* dialog) {
        auto* kind = find<QComboBox>(dialog, "kindCombo");
        QTest::keyClicks(kind, QStringLiteral("Minimum"));
        auto* amount = find<QLineEdit>(dialog, "amountEdit");
        amount->setFocus();
        QTest::keyClicks(amount, QStringLiteral("-5"));
        auto* ok = find<QPushButton>(dialog, "okButton");
        QVERIFY(!ok->isEnabled());
        QVERIFY(
            find<QLabel>(dialog, "amount_fenMessage")->text().contains(QStringLiteral("negative")));
        refusedKeptOpen = dialog->isVisible();
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("1,250.5"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(window, "measuresAddButton"), Qt::LeftButton);
    QVERIFY(refusedKeptOpen);
    const QVector<Measure> measures = m_window->ledger().measures().forChild(id);
    QCOMPARE(measures.size(), 1);
    QCOMPARE(measures.first().amountFenPerMonth, qint64(125050));
    QCOMPARE(window->measures()->model()->rowCount(), 1);
    QCOMPARE(window->measures()->model()->index(0, 4).data().toString(),
             QStringLiteral("¥1,250.50"));
    // The history shows it at once.
    QVERIFY(window->timeline()->model()->index(0, 2).data().toString().startsWith(
        QStringLiteral("Added: Measure")));
}

void TestChildFile::filterChipsNarrowTheList() {
    createChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    const QString second = createChild(QStringLiteral("李四"), QDate(2013, 7, 7), 13);
    ChildFileService service(m_window->ledger());
    auto draft = service.load(second);
    draft->child.riskLevel = QStringLiteral("high");
    QVERIFY(service.editChild(*draft).saved());
    page()->model()->reload();
    QCOMPARE(page()->model()->rowCount(), 2);
    QAbstractItemModelTester tester(page()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    page()->filters()->choose(QStringLiteral("risk"), QStringLiteral("high"));
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->index(0, 0).data().toString(), QStringLiteral("李四"));
    auto* chip = find<QToolButton>(m_window.get(), "chip_risk");
    QVERIFY(chip->text().contains(QStringLiteral("High")));
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(page()->model()->rowCount(), 2);
    QVERIFY(page()->filters()->isEmpty());
}

void TestChildFile::namesCanBeHiddenForScreenSharing() {
    createChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    auto* hide = find<QAction>(m_window.get(), "hideNamesAction");
    hide->trigger();
    QCOMPARE(page()->model()->index(0, 0).data().toString(), QStringLiteral("王**"));
    QVERIFY(QSettings().value(QStringLiteral("register/hideNames")).toBool());
    // The file itself still shows the name.
    ChildFileWindow* window = page()->childFiles()->open(
        page()->model()->index(0, 0).data(ChildListModel::ChildIdRole).toString());
    QCOMPARE(find<QLineEdit>(window, "nameEdit")->text(), QStringLiteral("王小明"));
    hide->trigger();
    QCOMPARE(page()->model()->index(0, 0).data().toString(), QStringLiteral("王小明"));
}

void TestChildFile::datesAreTypedOrLeftEmpty() {
    OptionalDateEdit edit;
    QVERIFY(edit.isEmpty());
    QVERIFY(!edit.date().isValid());
    QCOMPARE(OptionalDateEdit::parse(QStringLiteral("20261129")), QDate(2026, 11, 29));
    QCOMPARE(OptionalDateEdit::parse(QStringLiteral("2026/1/5")), QDate(2026, 1, 5));
    QCOMPARE(OptionalDateEdit::parse(QStringLiteral("2026年11月29日")), QDate(2026, 11, 29));
    QVERIFY(!OptionalDateEdit::parse(QStringLiteral("2026-02-30")).isValid());
    QTest::keyClicks(edit.lineEdit(), QStringLiteral("2026-13"));
    QVERIFY(edit.hasInvalidText());
    edit.setDate(QDate(2026, 11, 29));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("2026-11-29"));
    edit.setDate(QDate());
    QVERIFY(edit.isEmpty());
}

QTEST_MAIN(TestChildFile)
#include "tst_childfile.moc"
