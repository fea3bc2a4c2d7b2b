#include "exchange/ExchangeProgressDialog.h"

#include "common/Dialogs.h"
#include "visits/FormParts.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongbao {

ExchangeProgressDialog::ExchangeProgressDialog(const Texts& texts, QWidget* parent)
    : QDialog(parent)
    , m_texts(texts) {
    setObjectName(QStringLiteral("exchangeProgressDialog"));
    setWindowTitle(texts.title);
    setWindowModality(Qt::WindowModal);
    // Only Cancel ends the work: no close button, no help button.
    setWindowFlags((windowFlags() | Qt::CustomizeWindowHint | Qt::WindowTitleHint) &
                   ~(Qt::WindowCloseButtonHint | Qt::WindowContextHelpButtonHint));

    m_subject = formparts::heading(this, QStringLiteral("progressSubject"), 1.1);
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setText(texts.subject);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("progressStep"));
    m_step->setTextFormat(Qt::PlainText);
    m_step->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_bar->setTextVisible(true);
    m_bar->setMinimumHeight(m_bar->sizeHint().height() + 4);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("progressCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_note = new QLabel(texts.safeToCancel, this);
    m_note->setObjectName(QStringLiteral("progressNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("progressCancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ExchangeProgressDialog::requestCancel);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(10);
    layout->addWidget(m_subject);
    layout->addSpacing(4);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_count);
    layout->addSpacing(4);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    setMinimumWidth(480);
}

void ExchangeProgressDialog::showReport(const ExchangeProgressReport& report) {
    if (m_cancelRequested)
        return;  // "Stopping…" stays until the work has unwound
    m_step->setText(report.stepText() + QStringLiteral("…"));
    const int percent = report.percent();
    if (percent < 0) {
        m_bar->setRange(0, 0);  // moving, without a figure
    } else {
        m_bar->setRange(0, 100);
        m_bar->setValue(percent);
    }
    m_count->setText(report.countText());
    m_count->setVisible(!report.countText().isEmpty());
    if (!report.stoppable) {
        m_cancel->setEnabled(false);
        m_note->setText(tr("Almost done. This last part cannot be cancelled."));
    }
}

QString ExchangeProgressDialog::stepText() const {
    return m_step->text();
}

int ExchangeProgressDialog::barValue() const {
    return m_bar->value();
}

void ExchangeProgressDialog::requestCancel() {
    if (m_cancelRequested || m_asking || m_finished || !m_cancel->isEnabled())
        return;
    if (!m_texts.confirmCancel.isEmpty()) {
        m_asking = true;
        const QMessageBox::StandardButton answer = Dialogs::choose(
            this, QMessageBox::Question, m_texts.title, m_texts.confirmCancel,
            {{QMessageBox::Yes, m_texts.confirmStop}, {QMessageBox::No, m_texts.confirmGoOn}},
            QMessageBox::No);
        m_asking = false;
        // The work may have ended while the question was open: then there is nothing to stop.
        if (answer != QMessageBox::Yes || m_finished || !m_cancel->isEnabled())
            return;
    }
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_step->setText(tr("Stopping…"));
    m_bar->setRange(0, 0);
    m_count->hide();
    emit cancelled();
}

void ExchangeProgressDialog::reject() {
    requestCancel();  // Esc asks to cancel; the dialog closes when the work has ended
}

void ExchangeProgressDialog::closeEvent(QCloseEvent* event) {
    if (!m_finished) {
        event->ignore();
        requestCancel();
        return;
    }
    QDialog::closeEvent(event);
}

}  // namespace tongbao
