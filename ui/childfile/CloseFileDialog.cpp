#include "childfile/CloseFileDialog.h"

#include "childfile/FieldWidgets.h"
#include "childfile/OptionalDateEdit.h"
#include "domain/Vocabulary.h"

#include <QGridLayout>
#include <QLabel>

namespace tongbao {

CloseFileDialog::CloseFileDialog(ChildFileService& service, const Child& child, QWidget* parent)
    : RecordDialog(QStringLiteral("child"), service, parent)
    , m_child(child) {
    setObjectName(QStringLiteral("closeFileDialog"));
    setHeading(tr("Close the file of %1").arg(child.name));
    auto* note = new QLabel(tr("The file stays in the register, marked closed, and can be "
                               "reopened. Visits are no longer due."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    grid()->addWidget(note, 0, 0, 1, 2);
    m_reason = new VocabularyCombo(vocab::ExitReason, this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(QStringLiteral("exitDateEdit"));
    m_date->setDate(service.today());
    form()->add(grid(), 1, 0, QStringLiteral("exit_reason"), m_reason);
    form()->add(grid(), 2, 0, QStringLiteral("exit_date"), m_date);
    startWatching();
    m_reason->setFocus();
}

FieldProblems CloseFileDialog::problems() const {
    FieldProblems found =
        ChildValidation::closing(m_child, m_reason->code(), m_date->date(), service().today());
    if (m_date->hasInvalidText()) {
        found.removeIf([](const FieldProblem& p) { return p.field == QLatin1String("exit_date"); });
        found.error(QStringLiteral("exit_date"),
                    tr("Type the date as 2026-11-29, or pick it from the calendar."));
    }
    return found;
}

SaveOutcome CloseFileDialog::store() {
    return service().closeFile(m_child.meta.id, m_reason->code(), m_date->date());
}

}  // namespace tongbao
