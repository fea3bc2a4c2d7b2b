#include "visits/VisitEntryForm.h"

#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "safety/SafetyReports.h"
#include "schedule/DueList.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "visits/FormParts.h"
#include "visits/VisitChecks.h"
#include "visits/VisitDraftStore.h"
#include "workbench/LedgerEvents.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace tongbao {

namespace {

using formparts::Tone;
using namespace visitform;

const QString kNextVisitEdited = QStringLiteral("next_visit_edited");

void setComboCode(QComboBox* combo, const QString& code) {
    combo->setCurrentIndex(qMax(0, combo->findData(code)));
}

}  // namespace

VisitEntryForm::VisitEntryForm(Ledger& ledger,
                               const QString& childId,
                               const QString& visitId,
                               QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_childId(childId) {
    buildUi();
    const std::optional<VisitDraft> draft = VisitDraftStore(ledger).find(childId, visitId);
    if (draft) {
        m_draftId = draft->id;
        m_nextVisitEdited = draft->payload.value(kNextVisitEdited).toBool();
        m_base = VisitDraftStore::visitOf(*draft);
        if (!visitId.isEmpty()) {
            if (const Result<Visit> stored = ledger.visits().load(visitId))
                m_base.meta = stored->meta;
        }
        load(m_base);
    } else if (!visitId.isEmpty()) {
        const Result<Visit> stored = ledger.visits().load(visitId);
        if (!stored || stored->meta.deleted || stored->childId != childId)
            m_loadError = tr("The visit was not found in the ledger.");
        else
            m_base = *stored;
        m_nextVisitEdited = true;
        load(m_base);
    } else {
        const Result<Visit> fresh = VisitService(ledger).newVisit(childId);
        if (!fresh)
            m_loadError = fresh.message();
        else
            m_base = *fresh;
        load(m_base);
    }
    showChild();
}

VisitEntryForm::VisitEntryForm(Ledger& ledger, const VisitDraft& draft, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_childId(draft.childId) {
    buildUi();
    m_draftId = draft.id;
    m_nextVisitEdited = draft.payload.value(kNextVisitEdited).toBool();
    m_base = VisitDraftStore::visitOf(draft);
    if (!draft.visitId.isEmpty()) {
        if (const Result<Visit> stored = ledger.visits().load(draft.visitId))
            m_base.meta = stored->meta;
    }
    load(m_base);
    showChild();
}

// Nothing is written here: the window that owns the form may already have closed the ledger.
// A pause in typing that has not ended yet is kept when the program quits (aboutToQuit).
VisitEntryForm::~VisitEntryForm() = default;

void VisitEntryForm::showChild() {
    const Result<Child> child = m_ledger.children().load(m_childId);
    if (!child || child->meta.deleted) {
        if (m_loadError.isEmpty())
            m_loadError = tr("The child's file was not found.");
        m_title->setText(tr("Visit"));
        return;
    }
    m_child = *child;
    const QDate today = m_ledger.clock().today();
    m_title->setText(tr("Visit to %1").arg(m_child.name));
    setWindowTitle(tr("Visit to %1").arg(m_child.name));
    m_childFacts->setText(formparts::childFacts(m_child, today));
    formparts::setRisk(m_riskPill, m_child.riskLevel);
    const Result<NextDue> due = DueList(m_ledger).nextDueFor(m_childId, today);
    QString schedule;
    if (due && due->isDue()) {
        const int days = int(today.daysTo(due->date));
        if (days < 0)
            schedule = tr("Due %1, %n day(s) overdue", nullptr, -days)
                           .arg(due->date.toString(Qt::ISODate));
        else
            schedule = tr("Due %1").arg(due->date.toString(Qt::ISODate));
        if (days < 0)
            m_scheduleLine->setStyleSheet(
                QStringLiteral("color: %1;").arg(formparts::kErrorColour));
    }
    m_scheduleLine->setText(schedule);
    const QString risk = m_child.riskLevel.isEmpty()
                             ? tr("risk not assessed")
                             : Vocabulary::label(vocab::RiskLevel, m_child.riskLevel);
    const ScheduleSettings settings = ScheduleSettings::load(m_ledger);
    showPreviousVisit();
    m_nextHint->setText(tr("Proposed by the schedule: every %n day(s) for this child (%1).",
                           nullptr, settings.intervalDays(m_child.riskLevel))
                            .arg(risk));
}

// The last visit before this one, so that the visitor can follow up on what was found then.
void VisitEntryForm::showPreviousVisit() {
    m_previousHeading->setText(tr("Last visit"));
    const Visit* previous = nullptr;
    const QVector<Visit> visits = m_ledger.visits().forChild(m_childId);
    for (const Visit& v : visits) {
        if (v.meta.deleted || v.meta.id == m_base.meta.id || !v.visitDate.isValid())
            continue;
        if (!previous || v.visitDate > previous->visitDate)
            previous = &v;
    }
    if (!previous) {
        m_previous->setText(tr("No visit recorded yet: this is the first."));
        return;
    }
    QStringList lines;
    lines.append(tr("%1 · %2 · by %3")
                     .arg(previous->visitDate.toString(Qt::ISODate),
                          Vocabulary::label(vocab::VisitMode, previous->mode),
                          previous->visitor.isEmpty() ? tr("(not written)") : previous->visitor));
    const char* checkNames[kCheckCount] = {QT_TR_NOOP("Living"), QT_TR_NOOP("Health"),
                                           QT_TR_NOOP("Schooling"), QT_TR_NOOP("Safety"),
                                           QT_TR_NOOP("Mood")};
    QStringList notNormal;
    for (int row = 0; row < kCheckCount; ++row) {
        const VisitCheck& check = previous->*kChecks[row].check;
        if (check.result.isEmpty() || check.result == QLatin1String("normal"))
            continue;
        QString item = tr(checkNames[row]) + QStringLiteral(": ") +
                       Vocabulary::label(vocab::CheckResult, check.result);
        if (!check.note.trimmed().isEmpty())
            item += QStringLiteral(" (%1)").arg(check.note.trimmed());
        notNormal.append(item);
    }
    lines.append(notNormal.isEmpty() ? tr("All checks normal.")
                                     : notNormal.join(QStringLiteral("; ")));
    const auto addText = [&lines](const QString& label, const QString& text) {
        const QString trimmed = text.simplified();
        if (!trimmed.isEmpty())
            lines.append(label + QStringLiteral(": ") +
                         (trimmed.size() > 80 ? trimmed.left(80) + QStringLiteral("…") : trimmed));
    };
    addText(tr("Problems"), previous->problems);
    addText(tr("Follow-up"), previous->followUp);
    m_previous->setText(lines.join(QLatin1Char('\n')));
}

void VisitEntryForm::load(const Visit& visit) {
    m_loading = true;
    m_date->setDate(visit.visitDate.isValid() ? visit.visitDate : m_ledger.clock().today());
    setComboCode(m_mode, visit.mode);
    m_visitor->setText(visit.visitor);
    m_seen->setChecked(visit.childSeenInPerson);
    m_seen->setEnabled(VisitService::modeAllowsSeeingInPerson(visit.mode));
    for (int row = 0; row < kCheckCount; ++row) {
        const VisitCheck& check = visit.*kChecks[row].check;
        setCheckResult(row, check.result);
        m_checkNotes[row]->setText(check.note);
    }
    setComboCode(m_assessment, visit.guardianshipAssessment);
    m_problems->setPlainText(visit.problems);
    m_needs->setPlainText(visit.needs);
    m_actions->setPlainText(visit.actions);
    m_followUp->setPlainText(visit.followUp);
    m_nextVisit->setDate(visit.nextVisitDate.isValid()
                             ? visit.nextVisitDate
                             : VisitService(m_ledger).proposedNextVisit(m_childId, m_date->date()));
    m_guardianConfirmed->setChecked(visit.guardianConfirmed);
    updateSafetySuggestion();
    m_dirty = false;
    m_loading = false;
    if (!m_draftId.isEmpty())
        m_draftState->setText(tr("Resumed from the draft kept earlier."));
}

QString VisitEntryForm::checkResult(int index) const {
    const int id = m_checkGroups[index]->checkedId();
    return id < 0 ? QString() : Vocabulary::codes(vocab::CheckResult).value(id);
}

void VisitEntryForm::setCheckResult(int index, const QString& code) {
    const int id = int(Vocabulary::codes(vocab::CheckResult).indexOf(code));
    QButtonGroup* group = m_checkGroups[index];
    if (id >= 0) {
        group->button(id)->setChecked(true);
    } else if (QAbstractButton* checked = group->checkedButton()) {
        group->setExclusive(false);
        checked->setChecked(false);
        group->setExclusive(true);
    }
}

Visit VisitEntryForm::visit() const {
    Visit visit = m_base;
    visit.childId = m_childId;
    visit.visitDate = m_date->date();
    visit.mode = m_mode->currentData().toString();
    visit.visitor = m_visitor->text();
    visit.childSeenInPerson = m_seen->isChecked();
    for (int row = 0; row < kCheckCount; ++row) {
        VisitCheck& check = visit.*kChecks[row].check;
        check.result = checkResult(row);
        check.note = m_checkNotes[row]->text();
    }
    visit.guardianshipAssessment = m_assessment->currentData().toString();
    visit.problems = m_problems->toPlainText();
    visit.needs = m_needs->toPlainText();
    visit.actions = m_actions->toPlainText();
    visit.followUp = m_followUp->toPlainText();
    visit.nextVisitDate = m_nextVisit->date();
    visit.guardianConfirmed = m_guardianConfirmed->isChecked();
    return visit;
}

void VisitEntryForm::edited() {
    if (m_loading)
        return;
    m_dirty = true;
    m_draftTimer->start();
    if (m_problemsShown)
        showProblems(VisitService::problems(visit(), m_ledger.clock().today()));
}

void VisitEntryForm::modeChanged() {
    if (m_loading)
        return;
    // Phone and video calls do not see the child: the box follows the mode.
    const bool allowed = VisitService::modeAllowsSeeingInPerson(m_mode->currentData().toString());
    m_seen->setEnabled(allowed);
    if (!allowed)
        m_seen->setChecked(false);
    edited();
}

void VisitEntryForm::visitDateChanged() {
    if (m_loading)
        return;
    if (!m_nextVisitEdited) {
        m_loading = true;
        m_nextVisit->setDate(VisitService(m_ledger).proposedNextVisit(m_childId, m_date->date()));
        m_loading = false;
    }
    edited();
}

void VisitEntryForm::updateSafetySuggestion() {
    m_safetySuggestion->setVisible(checkResult(kSafetyCheck) == QLatin1String("problem"));
}

void VisitEntryForm::clearProblems() {
    for (QLabel* label : std::as_const(m_messages))
        formparts::show(label, QString(), Tone::Error);
    formparts::show(m_formError, QString(), Tone::Error);
}

void VisitEntryForm::showProblems(const QVector<VisitProblem>& problems) {
    clearProblems();
    m_problemsShown = !problems.isEmpty();
    QStringList elsewhere;
    for (const VisitProblem& problem : problems) {
        if (QLabel* label = m_messages.value(problem.field))
            formparts::show(label, problem.message, Tone::Error);
        else
            elsewhere.append(problem.message);
    }
    formparts::show(m_formError, elsewhere.join(QLatin1Char('\n')), Tone::Error);
}

bool VisitEntryForm::keepDraftNow() {
    m_draftTimer->stop();
    if (!m_dirty || !isUsable())
        return true;
    VisitDraft draft;
    draft.id = m_draftId;
    draft.childId = m_childId;
    draft.visitId = m_base.meta.id;
    draft.payload = VisitDraftStore::payloadOf(visit());
    draft.payload.insert(kNextVisitEdited, m_nextVisitEdited);
    const Status kept = VisitDraftStore(m_ledger).save(draft);
    if (!kept) {
        m_draftState->setText(kept.message());
        m_draftState->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kErrorColour));
        return false;
    }
    const bool first = m_draftId.isEmpty();
    m_draftId = draft.id;
    m_draftState->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    m_draftState->setText(
        tr("Draft kept at %1.")
            .arg(draft.updatedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    if (first)
        emit LedgerEvents::instance().visitDraftsChanged();
    return true;
}

bool VisitEntryForm::save() {
    if (!isUsable()) {
        formparts::show(m_formError, m_loadError, Tone::Error);
        return false;
    }
    const Visit current = visit();
    const QVector<VisitProblem> problems =
        VisitService::problems(current, m_ledger.clock().today());
    if (!problems.isEmpty()) {
        showProblems(problems);
        // What was typed stays, in the form and in the draft.
        keepDraftNow();
        if (QWidget* first = m_fields.value(problems.first().field))
            first->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const Result<Visit> saved = VisitService(m_ledger).save(current, m_draftId);
    if (!saved) {
        formparts::show(m_formError, saved.message(), Tone::Error);
        keepDraftNow();
        return false;
    }
    m_draftTimer->stop();
    m_dirty = false;
    const bool hadDraft = !m_draftId.isEmpty();
    m_draftId.clear();
    m_base = *saved;
    m_savedVisitId = saved->meta.id;
    clearProblems();
    announceSaved();
    emit LedgerEvents::instance().visitsChanged(m_childId);
    if (hadDraft)
        emit LedgerEvents::instance().visitDraftsChanged();
    emit visitSaved(m_savedVisitId);
    QDialog::accept();
    return true;
}

void VisitEntryForm::announceSaved() {
    // A quiet confirmation in the window's status bar, not a box to dismiss.
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* window = qobject_cast<QMainWindow*>(w)) {
            window->statusBar()->showMessage(
                tr("The visit to %1 on %2 was saved.")
                    .arg(m_child.name, m_base.visitDate.toString(Qt::ISODate)),
                8000);
            return;
        }
    }
}

void VisitEntryForm::startSafetyReport() {
    QWidget* opener = parentWidget();
    const Visit current = visit();
    const bool valid =
        isUsable() && VisitService::problems(current, m_ledger.clock().today()).isEmpty();
    if (valid && save()) {
        SafetyReports::open(opener, m_ledger, m_childId, m_savedVisitId);
        return;
    }
    // A report never waits for paperwork: start it for the child now, keep the visit open.
    keepDraftNow();
    SafetyReports::open(this, m_ledger, m_childId, QString());
}

void VisitEntryForm::reject() {
    if (!hasUnsavedWork()) {
        QDialog::reject();
        return;
    }
    const QMessageBox::StandardButton answer = Dialogs::choose(
        this, QMessageBox::Question, tr("Close the visit form?"),
        tr("The visit to %1 has not been saved. You can keep what you typed as a draft and "
           "finish it later, or throw it away.")
            .arg(m_child.name),
        {{QMessageBox::Save, tr("Keep as draft")},
         {QMessageBox::Discard, tr("Throw away what I typed")},
         {QMessageBox::Cancel, tr("Go on typing")}},
        QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        m_dirty = true;
        if (!keepDraftNow())
            return;
        QDialog::reject();
    } else if (answer == QMessageBox::Discard) {
        m_draftTimer->stop();
        if (!m_draftId.isEmpty()) {
            VisitDraftStore(m_ledger).discard(m_draftId);
            m_draftId.clear();
            emit LedgerEvents::instance().visitDraftsChanged();
        }
        m_dirty = false;
        QDialog::reject();
    }
}

}  // namespace tongbao
