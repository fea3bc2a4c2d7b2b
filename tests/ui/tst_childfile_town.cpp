// The town's view of a village child's file (issue 6, item 7): a town ledger that imported a
// village's batch opens that village's child to be read — a band names the village, every field
// of the village's records is read-only before anything is typed, Save and Close file are not
// offered — while the town adds its own notes and referrals, owned by the town, and changes only
// those. The town's own children open as they always did.
#include "../core/tst_exchange_fixture.h"

#include "childfile/ChildFileHeader.h"
#include "childfile/ChildFileWindow.h"
#include "childfile/EntitlementsSection.h"
#include "childfile/FieldWidgets.h"
#include "childfile/MeasuresSection.h"
#include "childfile/NotesSection.h"
#include "childfile/OptionalDateEdit.h"
#include "childfile/ReadOnlyInputs.h"
#include "childfile/ReferralsSection.h"
#include "childfile/RowTableModel.h"
#include "register/CaseNotes.h"
#include "register/ChildFileService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

template <typename T>
T* find(QObject* parent, const char* name) {
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
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

// What a Chinese input method does when the user picks the characters: one commit.
void commitText(QWidget* widget, const QString& text) {
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QApplication::sendEvent(widget, &typed);
}

void selectRowOf(RecordListSection* section, const QString& id) {
    const int row = section->model()->rowOf(id);
    QVERIFY(row >= 0);
    section->table()->setCurrentIndex(section->model()->index(row, 0));
}

}  // namespace

class TestChildFileTown : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void villageFileOpensToBeRead();
    void nothingCanBeTypedIntoTheVillagesRecords();
    void townAddsItsOwnNote();
    void townAddsItsOwnReferral();
    void townsOwnChildIsEditableAsBefore();

private:
    ChildFileWindow* openFile(const QString& childId);

    World m_world;
    std::unique_ptr<Office> m_village;
    std::unique_ptr<Office> m_town;
    QString m_childId;
    QString m_villageReferral;
    QString m_villageNote;
    ChildFileWindow* m_window = nullptr;
};

void TestChildFileTown::initTestCase() {
    m_village = m_world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                               QStringLiteral("500110001001"));
    m_town = m_world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                            QStringLiteral("500110001000"));
    QVERIFY(m_village && m_town);
    QVERIFY(World::connect(*m_village, *m_town));
    QVERIFY(fillEveryKind(*m_village, 1));
    Ledger& village = *m_village->ledger;
    const QVector<Child> children = village.children().where(QStringLiteral("deleted"), 0);
    QCOMPARE(children.size(), 1);
    m_childId = children.first().meta.id;
    m_villageReferral = village.referrals().forChild(m_childId).first().meta.id;
    m_villageNote = CaseNotes(village).forChild(m_childId).first().meta.id;

    const QString batch = m_world.exportBatch(*m_village);
    QVERIFY(!batch.isEmpty());
    const ImportResult imported = importFile(*m_town, batch);
    QVERIFY2(imported.ok(), qPrintable(imported.message));
}

void TestChildFileTown::cleanup() {
    if (m_window) {
        m_window->discardAndClose();
        QTest::qWait(0);
        m_window = nullptr;
    }
}

ChildFileWindow* TestChildFileTown::openFile(const QString& childId) {
    m_window = new ChildFileWindow(*m_town->ledger);
    if (!m_window->openChild(childId))
        return nullptr;
    m_window->show();
    for (RecordListSection* section :
         std::initializer_list<RecordListSection*>{m_window->referrals(), m_window->notes()})
        new QAbstractItemModelTester(
            section->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, section);
    return m_window;
}

void TestChildFileTown::villageFileOpensToBeRead() {
    ChildFileWindow* window = openFile(m_childId);
    QVERIFY(window);
    QVERIFY(window->isKeptElsewhere());

    auto* banner = find<QLabel>(window, "keeperBanner");
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("桥河社区")));  // the village that keeps it
    QVERIFY(banner->text().contains(QStringLiteral("古南街道")));  // the town that reads it
    QVERIFY(banner->text().contains(QLatin1String("notes and referrals")));

    QPushButton* save = window->header()->saveButton();
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(QStringLiteral("桥河社区")));
    QVERIFY(!window->header()->closeFileButton()->isVisible());
    QVERIFY(!window->header()->reopenButton()->isVisible());
    QVERIFY(find<QLabel>(window, "saveHint")->text().contains(QStringLiteral("桥河社区")));
    QVERIFY(!window->save());  // Ctrl+S on a file read here stores nothing

    // The village's records: read, not changed.
    QVERIFY(window->measures()->addButton()->isHidden());
    QVERIFY(window->measures()->editButton()->isHidden());
    EntitlementsSection* entitlements = window->entitlements();
    QVERIFY(!entitlements->createMeasureButton()->isEnabled());
    QVERIFY(!entitlements->referButton()->isEnabled());
    QVERIFY(entitlements->referButton()->toolTip().contains(QLatin1String("Referrals")));
    QVERIFY(find<QPushButton>(window, "chooseHouseholdButton")->isHidden());
    QVERIFY(find<QPushButton>(window, "addMemberButton")->isHidden());

    // The village's referral and note: listed with the village's name, not changeable here.
    ReferralsSection* referrals = window->referrals();
    QVERIFY(referrals->addButton()->isEnabled());
    selectRowOf(referrals, m_villageReferral);
    QVERIFY(!referrals->editButton()->isEnabled());
    QVERIFY(!referrals->removeButton()->isEnabled());
    QVERIFY(referrals->editButton()->toolTip().contains(QStringLiteral("桥河社区")));
    const int referralRow = referrals->model()->rowOf(m_villageReferral);
    QCOMPARE(referrals->model()->rows().at(referralRow).cells.at(2), QStringLiteral("桥河社区"));

    NotesSection* notes = window->notes();
    QVERIFY(notes->addButton()->isEnabled());
    selectRowOf(notes, m_villageNote);
    QVERIFY(!notes->editButton()->isEnabled());
    QVERIFY(!notes->removeButton()->isEnabled());
    const RowTableModel::Row& noteRow =
        notes->model()->rows().at(notes->model()->rowOf(m_villageNote));
    QCOMPARE(noteRow.cells.at(1), QStringLiteral("tester"));    // who wrote it
    QCOMPARE(noteRow.cells.at(2), QStringLiteral("桥河社区"));  // at which office
    QVERIFY(noteRow.cells.at(3).startsWith(QStringLiteral("学校老师来电")));
    // A double-click on another office's record opens no form that could only be refused.
    int dialogs = 0;
    QTimer::singleShot(0, [&dialogs] {
        if (QApplication::activeModalWidget()) {
            ++dialogs;
            QApplication::activeModalWidget()->close();
        }
    });
    emit notes->table()->activated(notes->model()->index(notes->model()->rowOf(m_villageNote), 0));
    QTest::qWait(10);
    QCOMPARE(dialogs, 0);
}

void TestChildFileTown::nothingCanBeTypedIntoTheVillagesRecords() {
    ChildFileWindow* window = openFile(m_childId);
    QVERIFY(window);

    // Every input of the sections the village keeps is read-only before anything is typed.
    for (const char* section : {"basicFactsSection", "householdSection", "guardianshipSection"}) {
        QWidget* root = find<QWidget>(window, section);
        QVERIFY2(root, section);
        int inputs = 0;
        for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
            if (qobject_cast<QComboBox*>(edit->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))
                continue;
            ++inputs;
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
        }
        for (QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>())
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
        for (QComboBox* combo : root->findChildren<QComboBox*>())
            QVERIFY2(!combo->isEnabled(), qPrintable(combo->objectName()));
        for (QCheckBox* box : root->findChildren<QCheckBox*>())
            QVERIFY2(!box->isEnabled(), qPrintable(box->objectName()));
        for (QAbstractSpinBox* spin : root->findChildren<QAbstractSpinBox*>())
            QVERIFY2(spin->isReadOnly(), qPrintable(spin->objectName()));
        for (QPushButton* button : root->findChildren<QPushButton*>())
            QVERIFY2(button->isHidden(), qPrintable(button->objectName()));
        QVERIFY2(inputs > 3, section);
    }
    auto* members = find<QTableView>(window, "membersTable");
    QCOMPARE(members->editTriggers(), QAbstractItemView::NoEditTriggers);

    // Typing changes nothing and leaves nothing to save or to lose.
    QVERIFY(!window->isDirty());
    auto* name = find<QLineEdit>(window, "nameEdit");
    const QString before = name->text();
    QVERIFY(before.startsWith(QStringLiteral("王小燕")));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(name->text(), before);
    auto* caregiver = find<QLineEdit>(window, "caregiverNameEdit");
    QTest::keyClicks(caregiver, QStringLiteral("y"));
    commitText(caregiver, QStringLiteral("王"));  // what an input method would send
    QCOMPARE(caregiver->text(), QStringLiteral("李秀英1"));
    QVERIFY(!window->isDirty());
    QVERIFY(!window->header()->saveButton()->isEnabled());
    auto* birth = find<OptionalDateEdit>(window, "birthDateEdit");
    QVERIFY(birth->lineEdit()->isReadOnly());
    QVERIFY(isMadeReadOnly(birth->lineEdit()));
}

void TestChildFileTown::townAddsItsOwnNote() {
    ChildFileWindow* window = openFile(m_childId);
    QVERIFY(window);
    window->showSection(QStringLiteral("notes"));
    QCOMPARE(window->currentSection(), QStringLiteral("notes"));
    NotesSection* notes = window->notes();
    const int before = notes->model()->rowCount();

    bool answered = false;
    whenDialogOpens([&answered](QDialog* dialog) {
        auto* text = find<QPlainTextEdit>(dialog, "noteTextEdit");
        text->setPlainText(QStringLiteral("镇里已联系区教委，下周回访。"));
        auto* ok = find<QPushButton>(dialog, "okButton");
        QVERIFY(ok->isEnabled());
        ok->click();
        answered = true;
    });
    notes->addButton()->click();
    QVERIFY(answered);
    QCOMPARE(notes->model()->rowCount(), before + 1);

    const QVector<CaseNote> held = CaseNotes(*m_town->ledger).forChild(m_childId);
    const auto townNote = std::find_if(held.begin(), held.end(), [](const CaseNote& n) {
        return n.text == QStringLiteral("镇里已联系区教委，下周回访。");
    });
    QVERIFY(townNote != held.end());
    QCOMPARE(townNote->meta.owner, (*m_town)->identity().id);  // the town's, not the village's
    QCOMPARE(townNote->author, (*m_town)->actor());
    QCOMPARE(townNote->writtenOn, (*m_town)->clock().today());

    // Listed first (newest), named by the town, and the town may change it.
    const RowTableModel::Row& first = notes->model()->rows().first();
    QCOMPARE(first.id, townNote->meta.id);
    QCOMPARE(first.cells.at(2), QStringLiteral("古南街道"));
    selectRowOf(notes, townNote->meta.id);
    QVERIFY(notes->editButton()->isEnabled());
    QVERIFY(notes->removeButton()->isEnabled());
    // The village's row is unchanged.
    const Result<CaseNote> villageNote = CaseNotes(*m_town->ledger).load(m_villageNote);
    QCOMPARE(villageNote->meta.owner, (*m_village)->identity().id);
}

void TestChildFileTown::townAddsItsOwnReferral() {
    ChildFileWindow* window = openFile(m_childId);
    QVERIFY(window);
    window->showSection(QStringLiteral("referrals"));
    ReferralsSection* referrals = window->referrals();
    const int before = referrals->model()->rowCount();

    bool answered = false;
    whenDialogOpens([&answered](QDialog* dialog) {
        auto* department = find<VocabularyCombo>(dialog, "departmentCombo");
        department->setCode(QStringLiteral("civil_affairs"));
        auto* purpose = find<QPlainTextEdit>(dialog, "purposeEdit");
        purpose->setPlainText(QStringLiteral("申请临时救助"));
        auto* ok = find<QPushButton>(dialog, "okButton");
        QVERIFY(ok->isEnabled());
        ok->click();
        answered = true;
    });
    referrals->addButton()->click();
    QVERIFY(answered);
    QCOMPARE(referrals->model()->rowCount(), before + 1);

    const QVector<Referral> held = (*m_town)->referrals().forChild(m_childId);
    const auto townReferral = std::find_if(held.begin(), held.end(), [](const Referral& r) {
        return r.purpose == QStringLiteral("申请临时救助");
    });
    QVERIFY(townReferral != held.end());
    QCOMPARE(townReferral->meta.owner, (*m_town)->identity().id);
    QCOMPARE(townReferral->department, QStringLiteral("civil_affairs"));
    selectRowOf(referrals, townReferral->meta.id);
    QVERIFY(referrals->editButton()->isEnabled());
    const int row = referrals->model()->rowOf(townReferral->meta.id);
    QCOMPARE(referrals->model()->rows().at(row).cells.at(2), QStringLiteral("古南街道"));
    // The file itself is still the village's and still read here.
    QVERIFY(window->isKeptElsewhere());
    QVERIFY(!window->isDirty());
}

void TestChildFileTown::townsOwnChildIsEditableAsBefore() {
    ChildFileService service(*m_town->ledger);
    ChildFileDraft draft;
    draft.child.name = QStringLiteral("李小花");
    draft.child.sex = QStringLiteral("F");
    draft.child.birthDate = QDate(2016, 5, 1);
    draft.child.riskLevel = QStringLiteral("low");
    draft.child.categories = {QStringLiteral("left_behind")};
    const SaveOutcome saved = service.save(draft);
    QVERIFY2(saved.saved(), qPrintable(saved.message));

    ChildFileWindow* window = openFile(saved.recordId);
    QVERIFY(window);
    QVERIFY(!window->isKeptElsewhere());
    QVERIFY(!find<QLabel>(window, "keeperBanner")->isVisible());
    QVERIFY(window->header()->closeFileButton()->isVisible());
    QVERIFY(!window->measures()->addButton()->isHidden());
    QVERIFY(!find<QPushButton>(window, "chooseHouseholdButton")->isHidden());
    auto* name = find<QLineEdit>(window, "nameEdit");
    QVERIFY(!name->isReadOnly());
    QVERIFY(find<QComboBox>(window, "riskCombo")->isEnabled());
    commitText(name, QStringLiteral("甲"));
    QVERIFY(window->isDirty());
    QVERIFY(window->header()->saveButton()->isEnabled());
    QVERIFY(window->save());
    QCOMPARE((*m_town)->children().load(saved.recordId)->name, QStringLiteral("李小花甲"));
}

QTEST_MAIN(TestChildFileTown)
#include "tst_childfile_town.moc"
