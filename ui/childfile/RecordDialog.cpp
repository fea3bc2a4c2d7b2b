#include "childfile/RecordDialog.h"

#include "childfile/FieldWidgets.h"
#include "common/Dialogs.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongbao {

RecordDialog::RecordDialog(const QString& record, ChildFileService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service) {
    m_form = new FieldForm(record, this);
    m_heading = makeGroupHeading(this, QStringLiteral("dialogHeading"));
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(8);
    m_grid->setColumnStretch(1, 1);
    m_error = makeMessageLine(this, QStringLiteral("saveError"));
    m_ok = new QPushButton(tr("Save"), this);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setAutoDefault(false);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_ok);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addLayout(m_grid);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(560);
    connect(m_ok, &QPushButton::clicked, this, &RecordDialog::save);
    connect(cancel, &QPushButton::clicked, this, &RecordDialog::reject);
}

void RecordDialog::setHeading(const QString& text) {
    m_heading->setText(text);
    setWindowTitle(text);
}

void RecordDialog::startWatching() {
    m_form->retranslate();
    connect(m_form, &FieldForm::edited, this, [this] {
        m_dirty = true;
        refresh();
    });
    refresh();
}

void RecordDialog::refresh() {
    const FieldProblems found = problems();
    m_form->showProblems(found, QString(), m_triedToSave);
    m_ok->setEnabled(!found.hasErrors());
}

void RecordDialog::save() {
    m_triedToSave = true;
    refresh();
    if (!m_ok->isEnabled())
        return;
    const SaveOutcome outcome = store();
    if (!outcome.saved()) {
        // Refused: the dialog stays open with everything typed, and says why.
        m_form->showProblems(outcome.problems, QString(), true);
        showMessage(m_error, outcome.message, MessageTone::Error);
        return;
    }
    m_savedId = outcome.recordId;
    m_dirty = false;
    accept();
}

void RecordDialog::reject() {
    if (m_dirty &&
        Dialogs::question(this, tr("Discard the changes?"),
                          tr("What you typed in this form has not been saved. Discard it?"),
                          QMessageBox::Discard | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void RecordDialog::keyPressEvent(QKeyEvent* event) {
    // Enter goes to the next field: it never closes a form that may be half filled in.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

}  // namespace tongbao
