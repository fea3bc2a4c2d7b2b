// The visit form driven from the keyboard, as in a family's home: an uneventful visit saved with
// Ctrl+Enter alone, the Tab order of the paper form, Enter that never closes the form, a refused
// save that keeps everything typed (in the form and in the draft), Esc that asks before throwing
// anything away, and a draft kept a moment after typing pauses and resumed exactly.
#include "TempLedger.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "visits/VisitDraftStore.h"
#include "visits/VisitEntryForm.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace tongbao;

namespace {

// Types text as an input method commits it, character by character (QTest::keyClicks knows
// only ASCII).
void type(QWidget* target, const QString& text) {
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &release);
    }
}

}  // namespace

class TestVisitForm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void normalVisitIsSavedWithCtrlEnterAlone();
    void tabFollowsThePaperForm();
    void enterDoesNotCloseTheForm();
    void refusedSaveKeepsWhatWasTyped();
    void draftIsKeptAfterAPauseInTyping();
    void escOnAnUntouchedFormClosesWithoutAsking();
    void escAsksBeforeDiscarding();
    void escCanKeepADraft();
    void reopeningResumesTheDraftExactly();
    void phoneCallDoesNotSeeTheChild();
    void nextVisitFollowsTheDateUntilChanged();
    void safetyProblemSuggestsAReport();
    void previousVisitIsShown();

private:
    std::unique_ptr<VisitEntryForm> openForm();
    template <typename T>
    T* field(VisitEntryForm* form, const char* name) const {
        T* found = qobject_cast<T*>(form->field(QLatin1String(name)));
        if (!found)
            qWarning("no field %s", name);
        return found;
    }
    QVector<Visit> visits() { return m_ledger->ledger().visits().forChild(m_childId); }
    int drafts() { return VisitDraftStore(m_ledger->ledger()).count(); }

    std::unique_ptr<test::TempLedger> m_ledger;
    QString m_childId;
};

void TestVisitForm::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_visitform"));
    Localization::install(Localization::Language::English);
}

void TestVisitForm::init() {
    Dialogs::reset();
    m_ledger = std::make_unique<test::TempLedger>();
    QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
    Child child;
    child.name = QStringLiteral("王小明");
    child.riskLevel = QStringLiteral("medium");
    child.birthDate = QDate(2016, 5, 1);
    QVERIFY(m_ledger->ledger().children().save(child));
    m_childId = child.meta.id;
}

void TestVisitForm::cleanup() {
    m_ledger.reset();
}

std::unique_ptr<VisitEntryForm> TestVisitForm::openForm() {
    auto form = std::make_unique<VisitEntryForm>(m_ledger->ledger(), m_childId);
    form->show();
    QApplication::setActiveWindow(form.get());
    if (!QTest::qWaitForWindowActive(form.get()))
        qWarning("the form did not become active");
    return form;
}

void TestVisitForm::normalVisitIsSavedWithCtrlEnterAlone() {
    auto form = openForm();
    QVERIFY(form->isUsable());
    QVERIFY(form->field(QStringLiteral("visit_date"))->hasFocus());
    QSignalSpy saved(form.get(), &VisitEntryForm::visitSaved);
    QTest::keyClick(form->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!form->isVisible());
    QCOMPARE(form->result(), int(QDialog::Accepted));

    const QVector<Visit> stored = visits();
    QCOMPARE(stored.size(), 1);
    const Visit& v = stored.first();
    QCOMPARE(v.visitDate, QDate(2026, 11, 29));
    QCOMPARE(v.mode, QStringLiteral("home"));
    QCOMPARE(v.visitor, QStringLiteral("tester"));
    QVERIFY(v.childSeenInPerson);
    QCOMPARE(v.living.result, QStringLiteral("normal"));
    QCOMPARE(v.safety.result, QStringLiteral("normal"));
    QCOMPARE(v.mood.result, QStringLiteral("normal"));
    QCOMPARE(v.nextVisitDate, QDate(2026, 12, 29));  // medium risk: 30 days
    QCOMPARE(drafts(), 0);
}

void TestVisitForm::tabFollowsThePaperForm() {
    auto form = openForm();
    QWidget* focus = form->focusWidget();
    QCOMPARE(focus, form->field(QStringLiteral("visit_date")));
    QStringList visited;
    // Tab through the form to the guardian's confirmation, tick it with Space, save.
    for (int presses = 0; presses < 40; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        visited.append(now->objectName());
        if (now == form->field(QStringLiteral("guardian_confirmed")))
            break;
    }
    QCOMPARE(QApplication::focusWidget(), form->field(QStringLiteral("guardian_confirmed")));
    // The reading order of the paper form.
    const QStringList order{
        QStringLiteral("mode"),          QStringLiteral("visitor"),
        QStringLiteral("seenInPerson"),  QStringLiteral("livingNote"),
        QStringLiteral("moodNote"),      QStringLiteral("guardianshipAssessment"),
        QStringLiteral("problems"),      QStringLiteral("needs"),
        QStringLiteral("actions"),       QStringLiteral("followUp"),
        QStringLiteral("nextVisitDate"), QStringLiteral("guardianConfirmed")};
    int last = -1;
    for (const QString& name : order) {
        const int at = int(visited.indexOf(name));
        QVERIFY2(at > last, qPrintable(name + QStringLiteral(" in ") + visited.join(u',')));
        last = at;
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(visits().size(), 1);
    QVERIFY(visits().first().guardianConfirmed);
}

void TestVisitForm::enterDoesNotCloseTheForm() {
    auto form = openForm();
    auto* visitor = field<QLineEdit>(form.get(), "visitor");
    visitor->setFocus();
    QTest::keyClick(visitor, Qt::Key_Return);
    QTest::keyClick(visitor, Qt::Key_Enter);
    QVERIFY(form->isVisible());
    QVERIFY(visits().isEmpty());
}

void TestVisitForm::refusedSaveKeepsWhatWasTyped() {
    auto form = openForm();
    auto* problems = field<QPlainTextEdit>(form.get(), "problems");
    problems->setFocus();
    type(problems, QStringLiteral("奶奶腿脚不便"));
    field<QDateEdit>(form.get(), "visit_date")->setDate(QDate(2026, 11, 30));
    QTest::keyClick(problems, Qt::Key_Return, Qt::ControlModifier);

    QVERIFY(form->isVisible());
    QVERIFY(visits().isEmpty());
    QLabel* message = form->fieldMessage(QStringLiteral("visit_date"));
    QVERIFY(message->isVisible());
    QVERIFY(message->property("error").toBool());
    QVERIFY2(message->text().contains(QStringLiteral("2026-11-29")), qPrintable(message->text()));
    QCOMPARE(problems->toPlainText(), QStringLiteral("奶奶腿脚不便"));
    QCOMPARE(QApplication::focusWidget(), form->field(QStringLiteral("visit_date")));
    // The draft holds it too, at once.
    QCOMPARE(drafts(), 1);
    QCOMPARE(VisitDraftStore::visitOf(*VisitDraftStore(m_ledger->ledger()).load(form->draftId()))
                 .problems,
             QStringLiteral("奶奶腿脚不便"));

    // Putting it right clears the message as it is typed, and the save goes through.
    field<QDateEdit>(form.get(), "visit_date")->setDate(QDate(2026, 11, 28));
    QVERIFY(!message->isVisible());
    QTest::keyClick(problems, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(visits().size(), 1);
    QCOMPARE(visits().first().problems, QStringLiteral("奶奶腿脚不便"));
    QCOMPARE(drafts(), 0);
}

void TestVisitForm::draftIsKeptAfterAPauseInTyping() {
    auto form = openForm();
    auto* note = field<QLineEdit>(form.get(), "health_note");
    note->setFocus();
    type(note, QStringLiteral("咳嗽"));
    // Not while typing goes on...
    QCOMPARE(drafts(), 0);
    // ...but within a couple of seconds of the pause.
    QTRY_COMPARE_WITH_TIMEOUT(drafts(), 1, VisitEntryForm::DraftDelayMs + 1500);
    const VisitDraft draft = VisitDraftStore(m_ledger->ledger()).all().first();
    QCOMPARE(draft.childId, m_childId);
    QCOMPARE(VisitDraftStore::visitOf(draft).health.note, QStringLiteral("咳嗽"));
    QVERIFY(form->findChild<QLabel*>(QStringLiteral("draftState"))
                ->text()
                .contains(QStringLiteral("Draft kept")));
}

void TestVisitForm::escOnAnUntouchedFormClosesWithoutAsking() {
    auto form = openForm();
    QTest::keyClick(form->focusWidget(), Qt::Key_Escape);
    QVERIFY(!form->isVisible());
    QCOMPARE(Dialogs::messageCount(), 0);
    QCOMPARE(drafts(), 0);
}

void TestVisitForm::escAsksBeforeDiscarding() {
    auto form = openForm();
    auto* problems = field<QPlainTextEdit>(form.get(), "problems");
    problems->setFocus();
    type(problems, QStringLiteral("无人做饭"));
    QVERIFY(form->keepDraftNow());
    QCOMPARE(drafts(), 1);

    // "Go on typing": nothing changes.
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(problems, Qt::Key_Escape);
    QCOMPARE(Dialogs::messageCount(), 1);
    QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("王小明")));
    QVERIFY(form->isVisible());
    QCOMPARE(problems->toPlainText(), QStringLiteral("无人做饭"));

    // "Throw away": the form closes and the draft goes.
    Dialogs::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(problems, Qt::Key_Escape);
    QVERIFY(!form->isVisible());
    QCOMPARE(drafts(), 0);
    QVERIFY(visits().isEmpty());
}

void TestVisitForm::escCanKeepADraft() {
    auto form = openForm();
    auto* needs = field<QPlainTextEdit>(form.get(), "needs");
    needs->setFocus();
    type(needs, QStringLiteral("学习用品"));
    Dialogs::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(needs, Qt::Key_Escape);
    QVERIFY(!form->isVisible());
    QCOMPARE(drafts(), 1);
    QCOMPARE(VisitDraftStore::visitOf(VisitDraftStore(m_ledger->ledger()).all().first()).needs,
             QStringLiteral("学习用品"));
}

void TestVisitForm::reopeningResumesTheDraftExactly() {
    QString draftId;
    {
        auto form = openForm();
        field<QComboBox>(form.get(), "mode")
            ->setCurrentIndex(
                field<QComboBox>(form.get(), "mode")->findData(QStringLiteral("school")));
        form->findChild<QRadioButton*>(QStringLiteral("mood_attention"))->click();
        field<QLineEdit>(form.get(), "mood_note")->setText(QStringLiteral("话少"));
        field<QPlainTextEdit>(form.get(), "follow_up")->setPlainText(QStringLiteral("一周后回访"));
        field<QDateEdit>(form.get(), "next_visit_date")->setDate(QDate(2026, 12, 10));
        QVERIFY(form->keepDraftNow());
        draftId = form->draftId();
        // The program dies here: the form goes without asking anything.
    }
    auto again = openForm();
    QCOMPARE(again->draftId(), draftId);
    QVERIFY(again->hasUnsavedWork());
    const Visit v = again->visit();
    QCOMPARE(v.mode, QStringLiteral("school"));
    QCOMPARE(v.mood.result, QStringLiteral("attention"));
    QCOMPARE(v.mood.note, QStringLiteral("话少"));
    QCOMPARE(v.followUp, QStringLiteral("一周后回访"));
    QCOMPARE(v.nextVisitDate, QDate(2026, 12, 10));
    // The next visit was chosen by hand: a new visit date no longer moves it.
    field<QDateEdit>(again.get(), "visit_date")->setDate(QDate(2026, 11, 20));
    QCOMPARE(again->visit().nextVisitDate, QDate(2026, 12, 10));
}

void TestVisitForm::phoneCallDoesNotSeeTheChild() {
    auto form = openForm();
    auto* mode = field<QComboBox>(form.get(), "mode");
    auto* seen = field<QCheckBox>(form.get(), "seen_in_person");
    QVERIFY(seen->isChecked());
    mode->setCurrentIndex(mode->findData(QStringLiteral("phone")));
    QVERIFY(!seen->isChecked());
    QVERIFY(!seen->isEnabled());
    QVERIFY(form->save());
    QCOMPARE(visits().first().mode, QStringLiteral("phone"));
    QVERIFY(!visits().first().childSeenInPerson);
}

void TestVisitForm::nextVisitFollowsTheDateUntilChanged() {
    auto form = openForm();
    auto* date = field<QDateEdit>(form.get(), "visit_date");
    auto* next = field<QDateEdit>(form.get(), "next_visit_date");
    QCOMPARE(next->date(), QDate(2026, 12, 29));
    date->setDate(QDate(2026, 11, 20));
    QCOMPARE(next->date(), QDate(2026, 12, 20));
    next->setDate(QDate(2026, 12, 1));
    date->setDate(QDate(2026, 11, 25));
    QCOMPARE(next->date(), QDate(2026, 12, 1));
}

void TestVisitForm::safetyProblemSuggestsAReport() {
    auto form = openForm();
    auto* suggestion = form->findChild<QFrame*>(QStringLiteral("safetySuggestion"));
    QVERIFY(!suggestion->isVisible());
    form->findChild<QRadioButton*>(QStringLiteral("safety_attention"))->click();
    QVERIFY(!suggestion->isVisible());
    form->findChild<QRadioButton*>(QStringLiteral("safety_problem"))->click();
    QVERIFY(suggestion->isVisible());
    QVERIFY(suggestion->findChild<QPushButton*>(QStringLiteral("suggestedSafetyReportButton"))
                ->isVisible());
    form->findChild<QRadioButton*>(QStringLiteral("safety_normal"))->click();
    QVERIFY(!suggestion->isVisible());
}

void TestVisitForm::previousVisitIsShown() {
    Visit earlier;
    earlier.childId = m_childId;
    earlier.visitDate = QDate(2026, 10, 30);
    earlier.mode = QStringLiteral("home");
    earlier.visitor = QStringLiteral("李主任");
    earlier.childSeenInPerson = true;
    earlier.health = {QStringLiteral("attention"), QStringLiteral("咳嗽")};
    earlier.followUp = QStringLiteral("下次看是否就医");
    QVERIFY(m_ledger->ledger().visits().save(earlier));
    auto form = openForm();
    const QString shown = form->findChild<QLabel*>(QStringLiteral("previousVisit"))->text();
    QVERIFY2(shown.contains(QStringLiteral("2026-10-30")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("咳嗽")));
    QVERIFY(shown.contains(QStringLiteral("下次看是否就医")));
}

QTEST_MAIN(TestVisitForm)
#include "tst_visitform.moc"
