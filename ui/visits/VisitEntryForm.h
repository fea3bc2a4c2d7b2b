#pragma once

#include "domain/Child.h"
#include "domain/Visit.h"
#include "visits/VisitService.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace tongbao {

class Ledger;
struct VisitDraft;

// The visit form (走访记录), made for typing in a family's home on a laptop: the fields in the
// order of the paper form, every choice reachable from the keyboard, and a visit where all is
// well saved with Ctrl+Enter alone (VisitService starts it as an in-person home visit today
// with every check "normal" and the next visit proposed by the schedule).
//
// Nothing typed is lost: a moment after each pause in typing (DraftDelayMs) the form is kept
// as a draft in the ledger file (VisitDraftStore). Opening the form for a child with a draft
// resumes the draft; the program offers the drafts left behind when it starts (VisitForms).
// Esc asks before anything typed is thrown away; Enter never closes the form. Problems are
// shown in red under their fields and the form stays as it was.
//
// Setting the safety check to "problem" brings up a prominent suggestion to start a safety
// report; the "Start safety report" button does so from the visit (saving it first).
class VisitEntryForm : public QDialog {
    Q_OBJECT

public:
    static constexpr int DraftDelayMs = 1500;

    // A new visit to the child, or a change to the visit `visitId`; a draft of the same visit
    // left behind is resumed instead.
    VisitEntryForm(Ledger& ledger,
                   const QString& childId,
                   const QString& visitId = {},
                   QWidget* parent = nullptr);
    // Resumes a draft exactly as it was left.
    VisitEntryForm(Ledger& ledger, const VisitDraft& draft, QWidget* parent = nullptr);
    ~VisitEntryForm() override;

    // False when the child's file could not be found; loadError() says why.
    bool isUsable() const { return m_loadError.isEmpty(); }
    const QString& loadError() const { return m_loadError; }

    const QString& childId() const { return m_childId; }
    // The visit as the form holds it now.
    Visit visit() const;
    // The draft's id once one has been kept (empty before the first pause in typing).
    const QString& draftId() const { return m_draftId; }
    // Typed since it was opened (or resumed from a draft).
    bool hasUnsavedWork() const { return m_dirty || !m_draftId.isEmpty(); }
    const QString& savedVisitId() const { return m_savedVisitId; }

    // Keeps the draft now instead of waiting for the pause (tests, scripted runs).
    bool keepDraftNow();
    // Checks and saves the visit; on success the form closes. Problems are shown inline.
    bool save();
    // Saves the visit and opens a safety report linked to it; when the visit cannot be saved
    // yet, the report starts for the child alone and the form stays open.
    void startSafetyReport();

    // The widget that holds a field ("problems", "living_note", "next_visit_date", ...), and
    // the message line under it, for tests and scripted runs.
    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QLabel* fieldMessage(const QString& name) const { return m_messages.value(name); }

signals:
    void visitSaved(const QString& visitId);

protected:
    void reject() override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void arrangeTabOrder();
    QWidget* buildVisitSection();
    QWidget* buildChecksSection();
    QWidget* buildFindingsSection();
    QWidget* buildSafetySuggestion();
    void retranslateUi();
    void load(const Visit& visit);
    void showChild();
    void showPreviousVisit();
    void edited();
    void modeChanged();
    void visitDateChanged();
    void updateSafetySuggestion();
    void showProblems(const QVector<VisitProblem>& problems);
    void clearProblems();
    QString checkResult(int index) const;
    void setCheckResult(int index, const QString& code);
    void announceSaved();

    Ledger& m_ledger;
    QString m_childId;
    Child m_child;
    Visit m_base;  // the stored visit being changed (meta, links), or a new one
    QString m_loadError;
    QString m_draftId;
    QString m_savedVisitId;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_nextVisitEdited = false;
    bool m_problemsShown = false;

    QTimer* m_draftTimer = nullptr;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_messages;

    QLabel* m_title = nullptr;
    QLabel* m_childFacts = nullptr;
    QLabel* m_riskPill = nullptr;
    QLabel* m_scheduleLine = nullptr;
    QLabel* m_visitHeading = nullptr;
    QLabel* m_dateLabel = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_visitorLabel = nullptr;
    QLineEdit* m_visitor = nullptr;
    QCheckBox* m_seen = nullptr;
    QLabel* m_checksHeading = nullptr;
    QLabel* m_checksHint = nullptr;
    QVector<QLabel*> m_checkLabels;
    QVector<QButtonGroup*> m_checkGroups;
    QVector<QLineEdit*> m_checkNotes;
    QLabel* m_previousHeading = nullptr;
    QLabel* m_previous = nullptr;
    QLabel* m_assessmentLabel = nullptr;
    QComboBox* m_assessment = nullptr;
    QLabel* m_findingsHeading = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QLabel* m_needsLabel = nullptr;
    QPlainTextEdit* m_needs = nullptr;
    QLabel* m_actionsLabel = nullptr;
    QPlainTextEdit* m_actions = nullptr;
    QLabel* m_followUpLabel = nullptr;
    QPlainTextEdit* m_followUp = nullptr;
    QLabel* m_nextHeading = nullptr;
    QLabel* m_nextLabel = nullptr;
    QDateEdit* m_nextVisit = nullptr;
    QLabel* m_nextHint = nullptr;
    QCheckBox* m_guardianConfirmed = nullptr;
    QFrame* m_safetySuggestion = nullptr;
    QLabel* m_safetySuggestionText = nullptr;
    QPushButton* m_safetySuggestionButton = nullptr;
    QLabel* m_formError = nullptr;
    QLabel* m_draftState = nullptr;
    QLabel* m_keysHint = nullptr;
    QPushButton* m_safetyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

}  // namespace tongbao
