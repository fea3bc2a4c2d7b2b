#include "safety/SafetyReportForm.h"

#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
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
    if (SafetyWorkflow::isUrgent(form->m_report) && !form->isKeptElsewhere())
        form->prepareReportToPolice();
    else
        form->m_doneButton->setFocus(Qt::OtherFocusReason);
    return form;
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

bool SafetyReportForm::isKeptElsewhere() const {
    return isStarted() && !m_report.meta.owner.isEmpty() &&
           m_report.meta.owner != m_ledger.identity().id;
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
    if (isKeptElsewhere())
        formparts::show(m_followUpHint,
                        tr("%1 keeps this report: the town reads it here, and the village records "
                           "whom it told and what was done. If the police have not been told, "
                           "call the village's children's director now.")
                            .arg(VillageDirectory(m_ledger).nameOf(m_report.meta.owner)),
                        SafetyWorkflow::isUrgent(m_report) ? Tone::Error : Tone::Hint);
    else
        formparts::show(m_followUpHint,
                        started ? QString()
                                : tr("Start the report first (below the situations); then record "
                                     "here whom you told and what was done."),
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
    m_notificationEditor->setVisible(SafetyWorkflow::isOpen(m_report) && !isKeptElsewhere());
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
    m_stepEditor->setVisible(open && !isKeptElsewhere());
    resetStepEditor();
}

void SafetyReportForm::showClosing() {
    const bool open = SafetyWorkflow::isOpen(m_report);
    m_closingEditor->setVisible(open && !isKeptElsewhere());
    const bool policeTold = m_report.policeNotification() != nullptr;
    m_reasonLabel->setVisible(!policeTold);
    m_reason->setVisible(!policeTold);
    if (open && isKeptElsewhere()) {
        m_closedText->setText(tr("Still open: the village closes it when the case has ended."));
        m_closedText->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    } else if (open) {
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
