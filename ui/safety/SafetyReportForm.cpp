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

using formparts::Tone;

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

// Short columns fit their contents; the last two (what was done and its outcome, or receiver
// and receipt) share the rest and wrap, so that the table never scrolls sideways.
void fitColumns(QTableWidget* table) {
    QHeaderView* header = table->horizontalHeader();
    const int columns = table->columnCount();
    for (int column = 0; column < columns; ++column)
        header->setSectionResizeMode(
            column, column >= columns - 2 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    table->resizeRowsToContents();
    // As tall as its rows, within bounds: a long follow-up scrolls inside the table.
    int height = header->height() + 2 * table->frameWidth() + 2;
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    const int line = table->fontMetrics().height();
    table->setFixedHeight(qBound(line * 3 + 16, height, line * 14));
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

QString shownTime(const QDateTime& time) {
    return time.isValid() ? time.toLocalTime().toString(kDateTimeFormat) : QString();
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

SafetyReportForm::SafetyReportForm(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger) {
    buildUi();
}

SafetyReportForm* SafetyReportForm::newReport(Ledger& ledger,
                                              const QString& childId,
                                              const QString& visitId,
                                              QWidget* parent) {
    auto* form = new SafetyReportForm(ledger, parent);
    SafetyWorkflow workflow(ledger);
    if (visitId.isEmpty()) {
        form->m_report = workflow.draftForChild(childId);
    } else {
        const Result<SafetyReport> draft = workflow.draftForVisit(visitId);
        if (draft)
            form->m_report = *draft;
        else
            form->m_loadError = draft.message();
    }
    form->loadChild();
    form->showReport();
    return form;
}

SafetyReportForm* SafetyReportForm::existingReport(Ledger& ledger,
                                                   const QString& reportId,
                                                   QWidget* parent) {
    auto* form = new SafetyReportForm(ledger, parent);
    form->m_report.meta.id = reportId;
    if (!form->reload())
        form->m_loadError = tr("The safety report was not found.");
    form->loadChild();
    form->showReport();
    // The cursor goes where the next thing must be written: the report to the police first.
    if (SafetyWorkflow::isUrgent(form->m_report))
        form->prepareReportToPolice();
    else
        form->m_doneButton->setFocus(Qt::OtherFocusReason);
    return form;
}

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

void SafetyReportForm::loadChild() {
    const Result<Child> child = m_ledger.children().load(m_report.childId);
    if (!child || child->meta.deleted) {
        if (m_loadError.isEmpty())
            m_loadError = tr("The child's file was not found.");
        return;
    }
    m_child = *child;
}

bool SafetyReportForm::reload() {
    const Result<SafetyReport> report = m_ledger.safetyReports().load(m_report.meta.id);
    if (!report || report->meta.deleted)
        return false;
    m_report = *report;
    return true;
}

void SafetyReportForm::showReport() {
    const QDate today = m_ledger.clock().today();
    setWindowTitle(tr("Safety report: %1").arg(m_child.name));
    m_title->setText(tr("Safety report: %1").arg(m_child.name));
    m_childFacts->setText(formparts::childFacts(m_child, today));
    const bool open = SafetyWorkflow::isOpen(m_report);
    m_statusPill->setText(
        isStarted() ? Vocabulary::label(vocab::SafetyReportStatus, m_report.status) : tr("New"));
    m_statusPill->setStyleSheet(
        QStringLiteral("background: %1; color: %2; border-radius: 9px; padding: 1px 10px; "
                       "font-weight: 600;")
            .arg(open ? QStringLiteral("#fdecea") : QStringLiteral("#e8f5e9"),
                 open ? QStringLiteral("#b71c1c") : QStringLiteral("#1b5e20")));
    showDiscovery();
    showNotifications();
    showSteps();
    showClosing();
    refreshTimes();
    const bool started = isStarted();
    m_followUp->setEnabled(started);
    formparts::show(m_followUpHint,
                    started ? QString()
                            : tr("Start the report first (below the situations); then record here "
                                 "whom you told and what was done."),
                    Tone::Hint);
    m_printButton->setEnabled(started);
    m_pdfButton->setEnabled(started);
}

void SafetyReportForm::showDiscovery() {
    const bool editable = !isStarted() && isUsable();
    const QSignalBlocker blocker(m_safeGroup);
    QAbstractButton* safe = !m_report.childSafeNow   ? m_safeUnknown
                            : *m_report.childSafeNow ? static_cast<QAbstractButton*>(m_safeYes)
                                                     : m_safeNo;
    if (isStarted() || m_safeGroup->checkedButton() == nullptr)
        safe->setChecked(isStarted() || m_report.childSafeNow.has_value());
    // A started report is read, not edited: the boxes keep their normal look (greyed text is
    // hard to read) but take no clicks or keys.
    const auto freeze = [editable](QWidget* widget) {
        widget->setAttribute(Qt::WA_TransparentForMouseEvents, !editable);
        widget->setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    };
    for (QCheckBox* box : std::as_const(m_situations)) {
        if (isStarted())
            box->setChecked(m_report.situations.contains(box->property("code").toString()));
        freeze(box);
    }
    for (QLabel* text : std::as_const(m_situationTexts)) {
        const bool ticked = m_situations[m_situationTexts.indexOf(text)]->isChecked();
        text->setStyleSheet(isStarted() && ticked
                                ? QStringLiteral("color: #7f1010; font-weight: 600;")
                                : QStringLiteral("color: #1f2d3d;"));
    }
    for (QRadioButton* radio : {m_safeYes, m_safeNo, m_safeUnknown})
        freeze(radio);
    if (isStarted() || !m_foundAt->dateTime().isValid() || m_foundBy->text().isEmpty()) {
        m_foundAt->setDateTime(m_report.discoveredAt.toLocalTime());
        m_foundBy->setText(m_report.discoveredBy);
        if (isStarted())
            m_description->setPlainText(m_report.description);
    }
    m_foundAt->setReadOnly(!editable);
    m_foundAt->setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    m_foundAt->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows
                                         : QAbstractSpinBox::NoButtons);
    m_foundAt->setCalendarPopup(editable);
    m_foundBy->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    m_startButton->setVisible(!isStarted());
    m_startButton->setEnabled(isUsable());
    if (!isUsable())
        formparts::show(m_startError, m_loadError, Tone::Error);
}

void SafetyReportForm::showNotifications() {
    m_notifications->setRowCount(0);
    for (const SafetyNotification& n : std::as_const(m_report.notifications)) {
        if (n.meta.deleted)
            continue;
        const int row = m_notifications->rowCount();
        m_notifications->insertRow(row);
        setRow(
            m_notifications, row,
            {Vocabulary::label(vocab::SafetyRecipient, n.recipient), shownTime(n.notifiedAt),
             Vocabulary::label(vocab::NotificationMethod, n.method), n.receiver, n.receiptNumber});
    }
    fitColumns(m_notifications);
    const QStringList toTell = SafetyWorkflow::stillToTell(m_report);
    if (m_recipient->currentData().toString().isEmpty() || !isStarted())
        resetNotificationEditor(toTell.value(0, QStringLiteral("police")));
    m_notificationEditor->setVisible(SafetyWorkflow::isOpen(m_report));
}

void SafetyReportForm::showSteps() {
    m_steps->setRowCount(0);
    for (const SafetyStep& s : std::as_const(m_report.steps)) {
        if (s.meta.deleted)
            continue;
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        setRow(m_steps, row,
               {Vocabulary::label(vocab::SafetyStepKind, s.kind), s.stepDate.toString(Qt::ISODate),
                s.actor, s.action, s.outcome});
    }
    fitColumns(m_steps);
    const QStringList missing = SafetyWorkflow::missingStepKinds(m_report);
    const bool open = SafetyWorkflow::isOpen(m_report);
    formparts::show(
        m_stepsHint,
        open && !missing.isEmpty()
            ? tr("Not recorded yet: %1.").arg(Vocabulary::labels(vocab::SafetyStepKind, missing))
            : QString(),
        Tone::Hint);
    m_stepEditor->setVisible(open);
    resetStepEditor();
}

void SafetyReportForm::showClosing() {
    const bool open = SafetyWorkflow::isOpen(m_report);
    m_closingEditor->setVisible(open);
    const bool policeTold = m_report.policeNotification() != nullptr;
    m_reasonLabel->setVisible(!policeTold);
    m_reason->setVisible(!policeTold);
    if (open) {
        m_closedText->setText(
            tr("When the child is safe and the steps are done, write how the "
               "case ended and close the report."));
        m_closedText->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    } else {
        m_closedText->setText(
            tr("Closed on %1: %2").arg(shownTime(m_report.closedAt), m_report.closingResult));
        m_closedText->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    }
}

void SafetyReportForm::refreshTimes() {
    const QDateTime now = m_ledger.clock().now();
    m_urgent->showFor(m_report, now);
    const qint64 toPolice = m_report.secondsToPoliceReport();
    if (toPolice >= 0) {
        m_policeTime->setText(tr("Reported to the police %1 after it was found.")
                                  .arg(SafetyWorkflow::elapsedText(toPolice)));
        m_policeTime->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: 600;"));
    } else if (isStarted()) {
        m_policeTime->setText(
            tr("Not reported to the police yet: %1 since it was found.")
                .arg(SafetyWorkflow::elapsedText(m_report.discoveredAt.secsTo(now))));
        m_policeTime->setStyleSheet(
            QStringLiteral("color: %1; font-weight: 600;").arg(formparts::kErrorColour));
    } else {
        m_policeTime->clear();
    }
    if (isStarted())
        m_elapsedLine->setText(
            tr("Found %1 by %2 · %3 ago")
                .arg(shownTime(m_report.discoveredAt), m_report.discoveredBy,
                     SafetyWorkflow::elapsedText(m_report.discoveredAt.secsTo(now))));
    else
        m_elapsedLine->clear();
}

void SafetyReportForm::resetNotificationEditor(const QString& recipient) {
    m_recipient->setCurrentIndex(qMax(0, m_recipient->findData(recipient)));
    m_notifiedAt->setDateTime(m_ledger.clock().now().toLocalTime());
    m_method->setCurrentIndex(qMax(0, m_method->findData(QStringLiteral("phone"))));
    m_receiver->clear();
    m_receipt->clear();
}

void SafetyReportForm::resetStepEditor() {
    const QStringList missing = SafetyWorkflow::missingStepKinds(m_report);
    const QString kind = missing.value(0, m_stepKind->currentData().toString());
    m_stepKind->setCurrentIndex(qMax(0, m_stepKind->findData(kind)));
    m_stepDate->setDate(m_ledger.clock().today());
    m_stepActor->setText(m_ledger.actor());
    m_stepAction->clear();
    m_stepOutcome->clear();
}

void SafetyReportForm::prepareReportToPolice() {
    resetNotificationEditor(QStringLiteral("police"));
    m_receiver->setFocus(Qt::OtherFocusReason);
}

void SafetyReportForm::changed() {
    emit reportChanged(m_report.meta.id);
    emit LedgerEvents::instance().safetyReportsChanged(m_report.childId);
    showReport();
}

bool SafetyReportForm::start() {
    if (isStarted() || !isUsable())
        return false;
    SafetyReport draft = m_report;
    draft.situations.clear();
    for (QCheckBox* box : std::as_const(m_situations)) {
        if (box->isChecked())
            draft.situations.append(box->property("code").toString());
    }
    switch (m_safeGroup->checkedId()) {
        case 1:
            draft.childSafeNow = true;
            break;
        case 0:
            draft.childSafeNow = false;
            break;
        default:
            draft.childSafeNow.reset();
    }
    draft.discoveredAt = m_foundAt->dateTime();
    draft.discoveredBy = m_foundBy->text().trimmed();
    draft.description = m_description->toPlainText().trimmed();
    const Result<SafetyReport> started = SafetyWorkflow(m_ledger).start(draft);
    if (!started) {
        formparts::show(m_startError, started.message(), Tone::Error);
        return false;
    }
    formparts::show(m_startError, QString(), Tone::Error);
    m_report = *started;
    changed();
    prepareReportToPolice();
    return true;
}

bool SafetyReportForm::recordNotification() {
    SafetyNotification notification;
    notification.recipient = m_recipient->currentData().toString();
    notification.notifiedAt = m_notifiedAt->dateTime();
    notification.method = m_method->currentData().toString();
    notification.receiver = m_receiver->text().trimmed();
    notification.receiptNumber = m_receipt->text().trimmed();
    const Result<SafetyReport> saved =
        SafetyWorkflow(m_ledger).recordNotification(m_report.meta.id, notification);
    if (!saved) {
        formparts::show(m_notificationError, saved.message(), Tone::Error);
        return false;
    }
    formparts::show(m_notificationError, QString(), Tone::Error);
    m_report = *saved;
    const QStringList toTell = SafetyWorkflow::stillToTell(m_report);
    resetNotificationEditor(toTell.value(0, QStringLiteral("civil_affairs")));
    changed();
    return true;
}

bool SafetyReportForm::addStep() {
    SafetyStep step;
    step.kind = m_stepKind->currentData().toString();
    step.stepDate = m_stepDate->date();
    step.actor = m_stepActor->text().trimmed();
    step.action = m_stepAction->text().trimmed();
    step.outcome = m_stepOutcome->text().trimmed();
    const Result<SafetyReport> saved = SafetyWorkflow(m_ledger).addStep(m_report.meta.id, step);
    if (!saved) {
        formparts::show(m_stepError, saved.message(), Tone::Error);
        return false;
    }
    formparts::show(m_stepError, QString(), Tone::Error);
    m_report = *saved;
    changed();
    return true;
}

bool SafetyReportForm::closeReport() {
    const QString result = m_result->toPlainText();
    const QString reason =
        m_reason->isVisible() || !m_report.policeNotification() ? m_reason->text() : QString();
    const Status allowed = SafetyWorkflow::checkClosing(m_report, result, reason);
    if (!allowed) {
        formparts::show(m_closingError, allowed.message(), Tone::Error);
        return false;
    }
    const QMessageBox::StandardButton answer = Dialogs::question(
        this, tr("Close the report?"),
        tr("Once closed, nothing more can be added to the report about %1.").arg(m_child.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const Result<SafetyReport> closed =
        SafetyWorkflow(m_ledger).close(m_report.meta.id, result, reason);
    if (!closed) {
        formparts::show(m_closingError, closed.message(), Tone::Error);
        return false;
    }
    formparts::show(m_closingError, QString(), Tone::Error);
    m_report = *closed;
    changed();
    return true;
}

void SafetyReportForm::printReport() {
    if (isStarted())
        SafetyReportPrinting::preview(this, m_ledger, m_report.meta.id);
}

void SafetyReportForm::saveAsPdf() {
    if (isStarted())
        SafetyReportPrinting::saveAsPdf(this, m_ledger, m_report.meta.id);
}

}  // namespace tongbao
