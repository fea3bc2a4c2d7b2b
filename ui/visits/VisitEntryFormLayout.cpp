// The layout half of VisitEntryForm: its widgets, their order and their words. The behaviour
// (loading, drafts, saving) is in VisitEntryForm.cpp.
#include "visits/VisitEntryForm.h"

#include "domain/Vocabulary.h"
#include "visits/FormParts.h"
#include "visits/VisitChecks.h"

#include <QApplication>
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace tongbao {

namespace {

using namespace visitform;

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

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

QLabel* fieldLabel(QWidget* parent, QWidget* buddy) {
    auto* label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

}  // namespace

void VisitEntryForm::buildUi() {
    setObjectName(QStringLiteral("visitForm"));
    setSizeGripEnabled(true);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &VisitEntryForm::keepDraftNow);
    // Logging out or shutting down while typing: keep what the pause would have kept.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (m_draftTimer->isActive())
            keepDraftNow();
    });

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

}  // namespace tongbao
