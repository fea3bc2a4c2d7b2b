#include "visits/VisitEntryForm.h"

#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "safety/SafetyReports.h"
#include "schedule/DueList.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "visits/FormParts.h"
#include "visits/VisitDraftStore.h"
#include "workbench/LedgerEvents.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace tongbao {

namespace {

using formparts::Tone;

const QString kNextVisitEdited = QStringLiteral("next_visit_edited");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

// The five quick checks in the order of the paper form.
struct CheckSpec {
    const char* name;
    VisitCheck Visit::*check;
};
const CheckSpec kChecks[] = {
    {"living", &Visit::living}, {"health", &Visit::health}, {"schooling", &Visit::schooling},
    {"safety", &Visit::safety}, {"mood", &Visit::mood},
};
constexpr int kCheckCount = 5;
constexpr int kSafetyCheck = 3;

QString name(const char* text) {
    return QString::fromLatin1(text);
}

QDateEdit* dateEdit(QWidget* parent, const QString& objectName) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(kDateFormat);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1990, 1, 1));
    edit->setMaximumDate(QDate(2199, 12, 31));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-29")) + 60);
    return edit;
}

QPlainTextEdit* textBox(QWidget* parent, const QString& objectName, int lines) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    // Tab moves on, as in every other field; Enter starts a new line, never closes the form.
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

void fillCombo(QComboBox* combo, const QString& kind, const QString& emptyText = {}) {
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!emptyText.isNull())
        combo->addItem(emptyText, QString());
    for (const Vocabulary::Term& term : Vocabulary::terms(kind))
        combo->addItem(Vocabulary::label(kind, term.code), term.code);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void setComboCode(QComboBox* combo, const QString& code) {
    combo->setCurrentIndex(qMax(0, combo->findData(code)));
}

QLabel* fieldLabel(QWidget* parent, QWidget* buddy) {
    auto* label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
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

VisitEntryForm::~VisitEntryForm() {
    // A pause that had not ended yet: keep what was typed rather than lose it.
    if (m_draftTimer->isActive())
        keepDraftNow();
}

void VisitEntryForm::buildUi() {
    setObjectName(QStringLiteral("visitForm"));
    setSizeGripEnabled(true);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &VisitEntryForm::keepDraftNow);

    m_title = formparts::heading(this, QStringLiteral("visitTitle"), 1.4);
    m_riskPill = formparts::riskPill(this);
    m_childFacts = new QLabel(this);
    m_childFacts->setObjectName(QStringLiteral("childFacts"));
    m_scheduleLine = new QLabel(this);
    m_scheduleLine->setObjectName(QStringLiteral("scheduleLine"));
    m_scheduleLine->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_riskPill);
    titleRow->addWidget(m_childFacts);
    titleRow->addStretch();
    titleRow->addWidget(m_scheduleLine);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(buildVisitSection());
    left->addWidget(buildChecksSection());
    left->addSpacing(10);
    m_previousHeading = formparts::heading(this, QStringLiteral("previousHeading"), 1.0);
    m_previous = new QLabel(this);
    m_previous->setObjectName(QStringLiteral("previousVisit"));
    m_previous->setWordWrap(true);
    m_previous->setTextFormat(Qt::PlainText);
    m_previous->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_previous->setStyleSheet(
        QStringLiteral("QLabel { background: #f4f6f8; color: #34495e; "
                       "border-radius: 6px; padding: 8px 10px; }"));
    left->addWidget(m_previousHeading);
    left->addWidget(m_previous);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(buildFindingsSection());
    right->addStretch();
    columns->addLayout(left, 11);
    columns->addLayout(right, 10);

    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 8, 0);
    bodyLayout->addLayout(columns);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_formError = formparts::message(this, QStringLiteral("formError"));
    m_draftState = new QLabel(this);
    m_draftState->setObjectName(QStringLiteral("draftState"));
    m_keysHint = new QLabel(this);
    m_keysHint->setObjectName(QStringLiteral("keysHint"));
    for (QLabel* label : {m_draftState, m_keysHint})
        label->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));

    m_safetyButton = new QPushButton(this);
    m_safetyButton->setObjectName(QStringLiteral("startSafetyReportButton"));
    m_safetyButton->setStyleSheet(
        QStringLiteral("QPushButton { color: #b71c1c; border: 1px solid #e4a5a5; "
                       "border-radius: 4px; padding: 5px 14px; background: #fff5f5; }"
                       "QPushButton:hover { background: #fde8e8; }"
                       "QPushButton:focus { border: 2px solid #b71c1c; }"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    // Enter must never close a half-filled form: no button is a default.
    for (QPushButton* button : {m_safetyButton, m_cancelButton, m_saveButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_safetyButton, &QPushButton::clicked, this, &VisitEntryForm::startSafetyReport);
    connect(m_cancelButton, &QPushButton::clicked, this, &VisitEntryForm::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &VisitEntryForm::save);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(QKeySequence::Save)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &VisitEntryForm::save);
    }

    auto* footerText = new QVBoxLayout;
    footerText->setSpacing(2);
    footerText->addWidget(m_draftState);
    footerText->addWidget(m_keysHint);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addWidget(m_safetyButton);
    buttons->addSpacing(12);
    buttons->addLayout(footerText, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(buildSafetySuggestion());
    layout->addWidget(m_formError);
    layout->addLayout(buttons);

    m_saveButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #1565c0; color: white; border: none; "
                       "border-radius: 4px; padding: 6px 18px; font-weight: 600; }"
                       "QPushButton:hover { background: #0d47a1; }"
                       "QPushButton:focus { outline: none; border: 2px solid #0b3d75; }"));
    arrangeTabOrder();
    retranslateUi();
    resize(1120, 700);
}

QWidget* VisitEntryForm::buildVisitSection() {
    auto* section = new QWidget(this);
    m_visitHeading = formparts::heading(section, QStringLiteral("visitHeading"));
    m_date = dateEdit(section, QStringLiteral("visitDate"));
    m_mode = new QComboBox(section);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_visitor = new QLineEdit(section);
    m_visitor->setObjectName(QStringLiteral("visitor"));
    m_seen = new QCheckBox(section);
    m_seen->setObjectName(QStringLiteral("seenInPerson"));
    m_dateLabel = fieldLabel(section, m_date);
    m_modeLabel = fieldLabel(section, m_mode);
    m_visitorLabel = fieldLabel(section, m_visitor);
    m_fields = {{QStringLiteral("visit_date"), m_date},
                {QStringLiteral("mode"), m_mode},
                {QStringLiteral("visitor"), m_visitor},
                {QStringLiteral("seen_in_person"), m_seen}};
    for (const QString& field : m_fields.keys())
        m_messages.insert(field, formparts::message(section, field + QStringLiteral("Message")));

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_dateLabel, 0, 0);
    grid->addWidget(
        formparts::withMessage(section, m_date, m_messages[QStringLiteral("visit_date")]), 0, 1);
    grid->addWidget(m_modeLabel, 0, 2);
    grid->addWidget(formparts::withMessage(section, m_mode, m_messages[QStringLiteral("mode")]), 0,
                    3);
    grid->addWidget(m_visitorLabel, 1, 0);
    grid->addWidget(
        formparts::withMessage(section, m_visitor, m_messages[QStringLiteral("visitor")]), 1, 1);
    grid->addWidget(
        formparts::withMessage(section, m_seen, m_messages[QStringLiteral("seen_in_person")]), 1, 2,
        1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(8);
    layout->addWidget(m_visitHeading);
    layout->addLayout(grid);

    connect(m_date, &QDateEdit::dateChanged, this, &VisitEntryForm::visitDateChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &VisitEntryForm::modeChanged);
    connect(m_visitor, &QLineEdit::textChanged, this, &VisitEntryForm::edited);
    connect(m_seen, &QCheckBox::toggled, this, &VisitEntryForm::edited);
    return section;
}

QWidget* VisitEntryForm::buildChecksSection() {
    auto* section = new QWidget(this);
    m_checksHeading = formparts::heading(section, QStringLiteral("checksHeading"));
    m_checksHint = new QLabel(section);
    m_checksHint->setWordWrap(true);
    m_checksHint->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    const QStringList codes = Vocabulary::codes(vocab::CheckResult);
    for (int row = 0; row < kCheckCount; ++row) {
        const QString field = name(kChecks[row].name);
        auto* label = new QLabel(section);
        auto* group = new QButtonGroup(section);
        group->setObjectName(field + QStringLiteral("Choice"));
        auto* choices = new QWidget(section);
        auto* choiceLayout = new QHBoxLayout(choices);
        choiceLayout->setContentsMargins(0, 0, 0, 0);
        choiceLayout->setSpacing(14);
        for (int id = 0; id < codes.size(); ++id) {
            auto* radio = new QRadioButton(choices);
            radio->setObjectName(field + QLatin1Char('_') + codes[id]);
            group->addButton(radio, id);
            choiceLayout->addWidget(radio);
        }
        auto* note = new QLineEdit(section);
        note->setObjectName(field + QStringLiteral("Note"));
        label->setBuddy(group->button(0));
        m_checkLabels.append(label);
        m_checkGroups.append(group);
        m_checkNotes.append(note);
        m_fields.insert(field, choices);
        m_fields.insert(field + QStringLiteral("_note"), note);
        grid->addWidget(label, row, 0);
        grid->addWidget(choices, row, 1);
        grid->addWidget(note, row, 2);
        connect(group, &QButtonGroup::idToggled, this, [this, row](int, bool checked) {
            if (!checked)
                return;
            if (row == kSafetyCheck)
                updateSafetySuggestion();
            edited();
        });
        connect(note, &QLineEdit::textChanged, this, &VisitEntryForm::edited);
    }
    grid->setColumnStretch(2, 1);

    m_assessment = new QComboBox(section);
    m_assessment->setObjectName(QStringLiteral("guardianshipAssessment"));
    m_assessmentLabel = fieldLabel(section, m_assessment);
    m_fields.insert(QStringLiteral("guardianship_assessment"), m_assessment);
    grid->addWidget(m_assessmentLabel, kCheckCount, 0);
    grid->addWidget(m_assessment, kCheckCount, 1);
    connect(m_assessment, &QComboBox::currentIndexChanged, this, &VisitEntryForm::edited);

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_checksHeading);
    layout->addWidget(m_checksHint);
    layout->addLayout(grid);
    return section;
}

QWidget* VisitEntryForm::buildFindingsSection() {
    auto* section = new QWidget(this);
    m_findingsHeading = formparts::heading(section, QStringLiteral("findingsHeading"));
    m_problems = textBox(section, QStringLiteral("problems"), 5);
    m_needs = textBox(section, QStringLiteral("needs"), 3);
    m_actions = textBox(section, QStringLiteral("actions"), 3);
    m_followUp = textBox(section, QStringLiteral("followUp"), 3);
    m_problemsLabel = fieldLabel(section, m_problems);
    m_needsLabel = fieldLabel(section, m_needs);
    m_actionsLabel = fieldLabel(section, m_actions);
    m_followUpLabel = fieldLabel(section, m_followUp);
    m_fields.insert(QStringLiteral("problems"), m_problems);
    m_fields.insert(QStringLiteral("needs"), m_needs);
    m_fields.insert(QStringLiteral("actions"), m_actions);
    m_fields.insert(QStringLiteral("follow_up"), m_followUp);
    for (QPlainTextEdit* edit : {m_problems, m_needs, m_actions, m_followUp})
        connect(edit, &QPlainTextEdit::textChanged, this, &VisitEntryForm::edited);

    m_nextHeading = formparts::heading(section, QStringLiteral("nextHeading"));
    m_nextVisit = dateEdit(section, QStringLiteral("nextVisitDate"));
    m_nextLabel = fieldLabel(section, m_nextVisit);
    m_nextHint = new QLabel(section);
    m_nextHint->setObjectName(QStringLiteral("nextVisitHint"));
    m_nextHint->setWordWrap(true);
    m_nextHint->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    m_guardianConfirmed = new QCheckBox(section);
    m_guardianConfirmed->setObjectName(QStringLiteral("guardianConfirmed"));
    m_fields.insert(QStringLiteral("next_visit_date"), m_nextVisit);
    m_fields.insert(QStringLiteral("guardian_confirmed"), m_guardianConfirmed);
    m_messages.insert(QStringLiteral("next_visit_date"),
                      formparts::message(section, QStringLiteral("next_visit_dateMessage")));
    connect(m_nextVisit, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_nextVisitEdited = true;
        edited();
    });
    connect(m_guardianConfirmed, &QCheckBox::toggled, this, &VisitEntryForm::edited);

    auto* nextRow = new QHBoxLayout;
    nextRow->setSpacing(12);
    nextRow->addWidget(m_nextLabel);
    nextRow->addWidget(m_nextVisit);
    nextRow->addWidget(m_nextHint, 1);

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_findingsHeading);
    layout->addSpacing(4);
    for (const auto& [label, edit] : {std::pair<QLabel*, QWidget*>{m_problemsLabel, m_problems},
                                      {m_needsLabel, m_needs},
                                      {m_actionsLabel, m_actions},
                                      {m_followUpLabel, m_followUp}}) {
        layout->addWidget(label);
        layout->addWidget(edit);
        layout->addSpacing(2);
    }
    layout->addSpacing(8);
    layout->addWidget(m_nextHeading);
    layout->addLayout(nextRow);
    layout->addWidget(m_messages[QStringLiteral("next_visit_date")]);
    layout->addWidget(m_guardianConfirmed);
    return section;
}

QWidget* VisitEntryForm::buildSafetySuggestion() {
    m_safetySuggestion = new QFrame(this);
    m_safetySuggestion->setObjectName(QStringLiteral("safetySuggestion"));
    m_safetySuggestion->setStyleSheet(QStringLiteral(
        "#safetySuggestion { background: #fdecea; border: 1px solid #e57373; border-radius: 6px; }"
        "#safetySuggestion QLabel { color: #7f1010; }"));
    m_safetySuggestionText = new QLabel(m_safetySuggestion);
    m_safetySuggestionText->setWordWrap(true);
    QFont bold = m_safetySuggestionText->font();
    bold.setWeight(QFont::DemiBold);
    m_safetySuggestionText->setFont(bold);
    m_safetySuggestionButton = new QPushButton(m_safetySuggestion);
    m_safetySuggestionButton->setObjectName(QStringLiteral("suggestedSafetyReportButton"));
    m_safetySuggestionButton->setAutoDefault(false);
    m_safetySuggestionButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #c62828; color: white; border: none; "
                       "border-radius: 4px; padding: 6px 16px; font-weight: 600; }"
                       "QPushButton:hover { background: #b71c1c; }"
                       "QPushButton:focus { border: 2px solid #4a0000; }"));
    connect(m_safetySuggestionButton, &QPushButton::clicked, this,
            &VisitEntryForm::startSafetyReport);
    auto* layout = new QHBoxLayout(m_safetySuggestion);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(14);
    layout->addWidget(m_safetySuggestionText, 1);
    layout->addWidget(m_safetySuggestionButton);
    m_safetySuggestion->setVisible(false);
    return m_safetySuggestion;
}

void VisitEntryForm::arrangeTabOrder() {
    // Reading order: the visit, the checks row by row (choice, then note), the findings, the
    // next visit, then the buttons.
    QList<QWidget*> order{m_date, m_mode, m_visitor, m_seen};
    for (int row = 0; row < kCheckCount; ++row) {
        const QList<QAbstractButton*> buttons = m_checkGroups[row]->buttons();
        for (QAbstractButton* button : buttons)
            order.append(button);
        order.append(m_checkNotes[row]);
    }
    order << m_assessment << m_problems << m_needs << m_actions << m_followUp << m_nextVisit
          << m_guardianConfirmed << m_safetySuggestionButton << m_safetyButton << m_cancelButton
          << m_saveButton;
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void VisitEntryForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VisitEntryForm::retranslateUi() {
    const bool loading = m_loading;
    m_loading = true;
    setWindowTitle(tr("Visit"));
    m_visitHeading->setText(tr("This visit"));
    m_dateLabel->setText(tr("&Date:"));
    m_modeLabel->setText(tr("&Mode:"));
    m_visitorLabel->setText(tr("&Visitor:"));
    m_seen->setText(tr("Child seen in &person"));
    fillCombo(m_mode, vocab::VisitMode);
    m_checksHeading->setText(tr("Quick checks"));
    m_checksHint->setText(
        tr("“Normal” is chosen already; change only what was not. Arrow keys "
           "move between the answers."));
    const char* checkNames[kCheckCount] = {QT_TR_NOOP("Living:"), QT_TR_NOOP("Health:"),
                                           QT_TR_NOOP("Schooling:"), QT_TR_NOOP("Safety:"),
                                           QT_TR_NOOP("Mood:")};
    const QStringList codes = Vocabulary::codes(vocab::CheckResult);
    for (int row = 0; row < kCheckCount; ++row) {
        m_checkLabels[row]->setText(tr(checkNames[row]));
        for (int id = 0; id < codes.size(); ++id)
            m_checkGroups[row]->button(id)->setText(
                Vocabulary::label(vocab::CheckResult, codes[id]));
        m_checkNotes[row]->setPlaceholderText(tr("Note (optional)"));
    }
    m_assessmentLabel->setText(tr("&Guardianship:"));
    fillCombo(m_assessment, vocab::GuardianCapacity, tr("Not assessed this time"));
    m_findingsHeading->setText(tr("Problems, needs and actions"));
    m_problemsLabel->setText(tr("Problems &found:"));
    m_needsLabel->setText(tr("Needs of the child and family:"));
    m_actionsLabel->setText(tr("Actions &taken:"));
    m_followUpLabel->setText(tr("Follow-&up:"));
    m_nextHeading->setText(tr("Next visit"));
    m_nextLabel->setText(tr("&Next visit on:"));
    m_guardianConfirmed->setText(tr("The guardian has &confirmed this record"));
    m_safetySuggestionText->setText(
        tr("Safety: problem. If the child is harmed, suspected harmed or in danger, report it "
           "at once: start a safety report now."));
    m_safetySuggestionButton->setText(tr("Start safety report now"));
    m_safetyButton->setText(tr("Start safety report…"));
    m_cancelButton->setText(tr("Close"));
    m_saveButton->setText(tr("Save visit"));
    m_saveButton->setToolTip(tr("Ctrl+Enter"));
    m_keysHint->setText(tr("Ctrl+Enter saves · Esc closes · the draft is kept as you type"));
    if (!m_childId.isEmpty())
        showChild();
    m_loading = loading;
}

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
