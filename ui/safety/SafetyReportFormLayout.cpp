// The layout half of SafetyReportForm: its sections, widgets and words. What the form does
// (starting, recording, closing, printing) is in SafetyReportForm.cpp.
#include "safety/SafetyReportForm.h"

#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "safety/SafetyReportPrinting.h"
#include "safety/SafetyWorkflow.h"
#include "safety/UrgentNotice.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"
#include "visits/FormParts.h"
#include "workbench/LedgerEvents.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tongbao {

namespace {

const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// A label that toggles its check box when clicked, so that a long situation text can wrap
// under a check box and still be clicked anywhere, as a check box's own text can.
class ToggleLabel : public QLabel {
public:
    ToggleLabel(QCheckBox* box, QWidget* parent)
        : QLabel(parent)
        , m_box(box) {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setBuddy(box);
    }

protected:
    void mouseReleaseEvent(QMouseEvent* event) override {
        if (event->button() == Qt::LeftButton && m_box->isEnabled()) {
            m_box->toggle();
            m_box->setFocus(Qt::MouseFocusReason);
        }
        QLabel::mouseReleaseEvent(event);
    }

private:
    QCheckBox* m_box;
};

QTableWidget* recordTable(QWidget* parent, const QString& objectName, int columns) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->setStyleSheet(QStringLiteral(
        "QTableWidget { border: 1px solid #d5dce4; background: white;"
        "  alternate-background-color: #f6f8fa; }"
        "QHeaderView::section { background: #eef2f6; color: #34495e; border: none;"
        "  border-bottom: 1px solid #d5dce4; padding: 3px 6px; font-weight: 600; }"));
    return table;
}

void fillCombo(QComboBox* combo, const QString& kind) {
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Vocabulary::Term& term : Vocabulary::terms(kind))
        combo->addItem(Vocabulary::label(kind, term.code), term.code);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

QPushButton* actionButton(QWidget* parent, const QString& objectName, bool primary) {
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    if (primary)
        button->setStyleSheet(
            QStringLiteral("QPushButton { background: #1565c0; color: white; border: none; "
                           "border-radius: 4px; padding: 6px 16px; font-weight: 600; }"
                           "QPushButton:hover { background: #0d47a1; }"
                           "QPushButton:disabled { background: #b0bec5; }"
                           "QPushButton:focus { border: 2px solid #0b3d75; }"));
    return button;
}

}  // namespace

void SafetyReportForm::buildUi() {
    setObjectName(QStringLiteral("safetyReportForm"));
    setSizeGripEnabled(true);
    m_title = formparts::heading(this, QStringLiteral("safetyTitle"), 1.4);
    m_title->setStyleSheet(QStringLiteral("color: #7f1010;"));
    m_childFacts = new QLabel(this);
    m_statusPill = new QLabel(this);
    m_statusPill->setObjectName(QStringLiteral("statusPill"));
    m_elapsedLine = new QLabel(this);
    m_elapsedLine->setObjectName(QStringLiteral("elapsedLine"));
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_statusPill);
    titleRow->addWidget(m_childFacts);
    titleRow->addStretch();
    titleRow->addWidget(m_elapsedLine);

    m_urgent = new UrgentNotice(this);
    connect(m_urgent, &UrgentNotice::recordPoliceRequested, this,
            &SafetyReportForm::prepareReportToPolice);
    connect(m_urgent, &UrgentNotice::recordTownRequested, this, [this] {
        resetNotificationEditor(QStringLiteral("town"));
        m_receiver->setFocus();
    });

    m_followUp = new QWidget(this);
    m_followUpHint = formparts::message(m_followUp, QStringLiteral("followUpHint"));
    auto* right = new QVBoxLayout(m_followUp);
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(8);
    right->addWidget(m_followUpHint);
    right->addWidget(buildNotificationsSection());
    right->addWidget(buildStepsSection());
    right->addWidget(buildClosingSection());
    right->addStretch();

    auto* body = new QWidget(this);
    auto* columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 8, 0);
    columns->setSpacing(28);
    columns->addWidget(buildDiscoverySection(), 9);
    columns->addWidget(m_followUp, 11);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_printButton = actionButton(this, QStringLiteral("printButton"), false);
    m_pdfButton = actionButton(this, QStringLiteral("pdfButton"), false);
    m_doneButton = actionButton(this, QStringLiteral("doneButton"), false);
    connect(m_printButton, &QPushButton::clicked, this, &SafetyReportForm::printReport);
    connect(m_pdfButton, &QPushButton::clicked, this, &SafetyReportForm::saveAsPdf);
    connect(m_doneButton, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch();
    buttons->addWidget(m_doneButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 16, 22, 14);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(m_urgent);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(30 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &SafetyReportForm::refreshTimes);
    m_clockTimer->start();

    retranslateUi();
    QSize size(1240, 720);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
}

QWidget* SafetyReportForm::buildDiscoverySection() {
    auto* section = new QWidget(this);
    m_safeHeading = formparts::heading(section, QStringLiteral("safeHeading"));
    m_safeGroup = new QButtonGroup(section);
    m_safeYes = new QRadioButton(section);
    m_safeYes->setObjectName(QStringLiteral("safeYes"));
    m_safeNo = new QRadioButton(section);
    m_safeNo->setObjectName(QStringLiteral("safeNo"));
    m_safeUnknown = new QRadioButton(section);
    m_safeUnknown->setObjectName(QStringLiteral("safeUnknown"));
    m_safeGroup->addButton(m_safeYes, 1);
    m_safeGroup->addButton(m_safeNo, 0);
    m_safeGroup->addButton(m_safeUnknown, 2);
    auto* safeRow = new QHBoxLayout;
    safeRow->setSpacing(18);
    safeRow->addWidget(m_safeYes);
    safeRow->addWidget(m_safeNo);
    safeRow->addWidget(m_safeUnknown);
    safeRow->addStretch();

    m_situationsHeading = formparts::heading(section, QStringLiteral("situationsHeading"));
    auto* situations = new QGridLayout;
    situations->setHorizontalSpacing(6);
    situations->setVerticalSpacing(5);
    situations->setColumnStretch(1, 1);
    const QStringList codes = Vocabulary::codes(vocab::SafetySituation);
    for (int i = 0; i < codes.size(); ++i) {
        auto* box = new QCheckBox(section);
        box->setObjectName(QStringLiteral("situation_") + codes[i]);
        box->setProperty("code", codes[i]);
        auto* text = new ToggleLabel(box, section);
        m_situations.append(box);
        m_situationTexts.append(text);
        situations->addWidget(box, i, 0, Qt::AlignTop);
        situations->addWidget(text, i, 1);
    }

    m_foundHeading = formparts::heading(section, QStringLiteral("foundHeading"));
    m_foundAt = new QDateTimeEdit(section);
    m_foundAt->setObjectName(QStringLiteral("foundAt"));
    m_foundAt->setDisplayFormat(kDateTimeFormat);
    m_foundAt->setCalendarPopup(true);
    m_foundBy = new QLineEdit(section);
    m_foundBy->setObjectName(QStringLiteral("foundBy"));
    m_description = new QPlainTextEdit(section);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 14);
    m_foundAtLabel = new QLabel(section);
    m_foundAtLabel->setBuddy(m_foundAt);
    m_foundByLabel = new QLabel(section);
    m_foundByLabel->setBuddy(m_foundBy);
    m_descriptionLabel = new QLabel(section);
    m_descriptionLabel->setBuddy(m_description);
    auto* found = new QGridLayout;
    found->setHorizontalSpacing(10);
    found->setVerticalSpacing(6);
    found->addWidget(m_foundAtLabel, 0, 0);
    found->addWidget(m_foundAt, 0, 1);
    found->addWidget(m_foundByLabel, 0, 2);
    found->addWidget(m_foundBy, 0, 3);
    found->addWidget(m_descriptionLabel, 1, 0, 1, 4);
    found->addWidget(m_description, 2, 0, 1, 4);
    found->setColumnStretch(3, 1);

    m_startError = formparts::message(section, QStringLiteral("startError"));
    m_startButton = new QPushButton(section);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setAutoDefault(false);
    m_startButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #c62828; color: white; border: none; "
                       "border-radius: 4px; padding: 7px 18px; font-weight: 700; }"
                       "QPushButton:hover { background: #b71c1c; }"
                       "QPushButton:focus { border: 2px solid #4a0000; }"));
    connect(m_startButton, &QPushButton::clicked, this, &SafetyReportForm::start);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_startError, 1);
    startRow->addWidget(m_startButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(7);
    layout->addWidget(m_safeHeading);
    layout->addLayout(safeRow);
    layout->addSpacing(6);
    layout->addWidget(m_situationsHeading);
    layout->addLayout(situations);
    layout->addSpacing(6);
    layout->addWidget(m_foundHeading);
    layout->addLayout(found);
    layout->addLayout(startRow);
    layout->addStretch();
    return section;
}

QWidget* SafetyReportForm::buildNotificationsSection() {
    auto* section = new QWidget(this);
    m_notificationsHeading = formparts::heading(section, QStringLiteral("notificationsHeading"));
    m_notifications = recordTable(section, QStringLiteral("notificationsTable"), 5);
    m_policeTime = new QLabel(section);
    m_policeTime->setObjectName(QStringLiteral("policeTime"));
    m_policeTime->setWordWrap(true);

    m_notificationEditor = new QWidget(section);
    m_recipient = new QComboBox(m_notificationEditor);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_notifiedAt = new QDateTimeEdit(m_notificationEditor);
    m_notifiedAt->setObjectName(QStringLiteral("notifiedAt"));
    m_notifiedAt->setDisplayFormat(kDateTimeFormat);
    m_notifiedAt->setCalendarPopup(true);
    m_method = new QComboBox(m_notificationEditor);
    m_method->setObjectName(QStringLiteral("method"));
    m_receiver = new QLineEdit(m_notificationEditor);
    m_receiver->setObjectName(QStringLiteral("receiver"));
    m_receipt = new QLineEdit(m_notificationEditor);
    m_receipt->setObjectName(QStringLiteral("receiptNumber"));
    m_recordButton = actionButton(m_notificationEditor, QStringLiteral("recordButton"), true);
    connect(m_recordButton, &QPushButton::clicked, this, &SafetyReportForm::recordNotification);
    auto* editor = new QGridLayout(m_notificationEditor);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->setHorizontalSpacing(8);
    editor->setVerticalSpacing(6);
    editor->addWidget(m_recipient, 0, 0);
    editor->addWidget(m_notifiedAt, 0, 1);
    editor->addWidget(m_method, 0, 2);
    editor->addWidget(m_receiver, 1, 0);
    editor->addWidget(m_receipt, 1, 1);
    editor->addWidget(m_recordButton, 1, 2);
    editor->setColumnStretch(0, 1);
    editor->setColumnStretch(1, 1);
    m_notificationError = formparts::message(section, QStringLiteral("notificationError"));

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_notificationsHeading);
    layout->addWidget(m_notifications);
    layout->addWidget(m_policeTime);
    layout->addWidget(m_notificationEditor);
    layout->addWidget(m_notificationError);
    return section;
}

QWidget* SafetyReportForm::buildStepsSection() {
    auto* section = new QWidget(this);
    m_stepsHeading = formparts::heading(section, QStringLiteral("stepsHeading"));
    m_steps = recordTable(section, QStringLiteral("stepsTable"), 5);
    m_stepsHint = formparts::message(section, QStringLiteral("stepsHint"));
    m_stepEditor = new QWidget(section);
    m_stepKind = new QComboBox(m_stepEditor);
    m_stepKind->setObjectName(QStringLiteral("stepKind"));
    m_stepDate = new QDateEdit(m_stepEditor);
    m_stepDate->setObjectName(QStringLiteral("stepDate"));
    m_stepDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_stepDate->setCalendarPopup(true);
    m_stepActor = new QLineEdit(m_stepEditor);
    m_stepActor->setObjectName(QStringLiteral("stepActor"));
    m_stepAction = new QLineEdit(m_stepEditor);
    m_stepAction->setObjectName(QStringLiteral("stepAction"));
    m_stepOutcome = new QLineEdit(m_stepEditor);
    m_stepOutcome->setObjectName(QStringLiteral("stepOutcome"));
    m_addStepButton = actionButton(m_stepEditor, QStringLiteral("addStepButton"), true);
    connect(m_addStepButton, &QPushButton::clicked, this, &SafetyReportForm::addStep);
    auto* editor = new QGridLayout(m_stepEditor);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->setHorizontalSpacing(8);
    editor->setVerticalSpacing(6);
    editor->addWidget(m_stepKind, 0, 0);
    editor->addWidget(m_stepDate, 0, 1);
    editor->addWidget(m_stepActor, 0, 2);
    editor->addWidget(m_stepAction, 1, 0, 1, 3);
    editor->addWidget(m_stepOutcome, 2, 0, 1, 2);
    editor->addWidget(m_addStepButton, 2, 2);
    editor->setColumnStretch(0, 1);
    editor->setColumnStretch(1, 1);
    editor->setColumnStretch(2, 1);
    m_stepError = formparts::message(section, QStringLiteral("stepError"));

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_stepsHeading);
    layout->addWidget(m_steps);
    layout->addWidget(m_stepsHint);
    layout->addWidget(m_stepEditor);
    layout->addWidget(m_stepError);
    return section;
}

QWidget* SafetyReportForm::buildClosingSection() {
    auto* section = new QWidget(this);
    m_closingHeading = formparts::heading(section, QStringLiteral("closingHeading"));
    m_closedText = new QLabel(section);
    m_closedText->setObjectName(QStringLiteral("closedText"));
    m_closedText->setWordWrap(true);
    m_closedText->setTextFormat(Qt::PlainText);
    m_closingEditor = new QWidget(section);
    m_result = new QPlainTextEdit(m_closingEditor);
    m_result->setObjectName(QStringLiteral("closingResult"));
    m_result->setTabChangesFocus(true);
    m_result->setFixedHeight(m_result->fontMetrics().lineSpacing() * 2 + 14);
    m_reasonLabel = new QLabel(m_closingEditor);
    m_reason = new QLineEdit(m_closingEditor);
    m_reason->setObjectName(QStringLiteral("reasonPoliceNotTold"));
    m_reasonLabel->setBuddy(m_reason);
    m_closeReportButton = actionButton(m_closingEditor, QStringLiteral("closeReportButton"), false);
    connect(m_closeReportButton, &QPushButton::clicked, this, &SafetyReportForm::closeReport);
    auto* editor = new QGridLayout(m_closingEditor);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->setHorizontalSpacing(8);
    editor->setVerticalSpacing(6);
    editor->addWidget(m_result, 0, 0, 1, 3);
    editor->addWidget(m_reasonLabel, 1, 0);
    editor->addWidget(m_reason, 1, 1);
    editor->addWidget(m_closeReportButton, 1, 2);
    editor->setColumnStretch(1, 1);
    m_closingError = formparts::message(section, QStringLiteral("closingError"));

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_closingHeading);
    layout->addWidget(m_closedText);
    layout->addWidget(m_closingEditor);
    layout->addWidget(m_closingError);
    return section;
}

void SafetyReportForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SafetyReportForm::retranslateUi() {
    m_safeHeading->setText(tr("1. Is the child safe now?"));
    m_safeYes->setText(tr("Yes, safe now"));
    m_safeNo->setText(tr("No, still in danger"));
    m_safeUnknown->setText(tr("Not known"));
    m_situationsHeading->setText(tr("2. What was found (tick all that apply)"));
    const QStringList codes = Vocabulary::codes(vocab::SafetySituation);
    for (int i = 0; i < codes.size(); ++i)
        m_situationTexts[i]->setText(QStringLiteral("%1. %2").arg(i + 1).arg(
            Vocabulary::label(vocab::SafetySituation, codes[i])));
    m_foundHeading->setText(tr("3. When and by whom it was found"));
    m_foundAtLabel->setText(tr("Found at:"));
    m_foundByLabel->setText(tr("Found by:"));
    m_descriptionLabel->setText(tr("What was seen or heard:"));
    m_startButton->setText(tr("Start the report"));
    m_notificationsHeading->setText(tr("4. Who was told"));
    m_notifications->setHorizontalHeaderLabels(
        {tr("Told"), tr("When"), tr("How"), tr("Received by"), tr("Receipt number")});
    fillCombo(m_recipient, vocab::SafetyRecipient);
    fillCombo(m_method, vocab::NotificationMethod);
    m_receiver->setPlaceholderText(tr("Received by (name, office)"));
    m_receipt->setPlaceholderText(tr("Receipt or case number"));
    m_recordButton->setText(tr("Record"));
    m_stepsHeading->setText(tr("5. Follow-up"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Step"), tr("Date"), tr("By"), tr("What was done"), tr("Outcome")});
    fillCombo(m_stepKind, vocab::SafetyStepKind);
    m_stepActor->setPlaceholderText(tr("Carried out by"));
    m_stepAction->setPlaceholderText(tr("What was done"));
    m_stepOutcome->setPlaceholderText(tr("What came of it"));
    m_addStepButton->setText(tr("Add step"));
    m_closingHeading->setText(tr("6. Closing"));
    m_result->setPlaceholderText(tr("How the case ended"));
    m_reasonLabel->setText(tr("Why the police were not told:"));
    m_closeReportButton->setText(tr("Close the report…"));
    m_printButton->setText(tr("Print the report form…"));
    m_pdfButton->setText(tr("Save as PDF…"));
    m_doneButton->setText(tr("Close"));
    if (!m_child.meta.id.isEmpty())
        showReport();
}

}  // namespace tongbao
