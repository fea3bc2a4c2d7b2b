#include "childfile/NoteDialog.h"

#include "childfile/FieldWidgets.h"
#include "childfile/OptionalDateEdit.h"
#include "register/CaseNotes.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace tongbao {

NoteDialog::NoteDialog(ChildFileService& service,
                       CaseNotes& notes,
                       const CaseNote& note,
                       QWidget* parent)
    : RecordDialog(QStringLiteral("case_note"), service, parent)
    , m_notes(notes)
    , m_note(note) {
    setObjectName(QStringLiteral("noteDialog"));
    setHeading(note.meta.id.isEmpty() ? tr("New note") : tr("Edit note"));
    m_writtenOn = new OptionalDateEdit(this);
    m_writtenOn->setObjectName(QStringLiteral("writtenOnEdit"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 7 + 14);
    m_text->setPlaceholderText(
        tr("What the next reader of this file should know: a call with the school, what was "
           "agreed with the family, …"));
    form()->add(grid(), 0, 0, QStringLiteral("written_on"), m_writtenOn);
    form()->add(grid(), 1, 0, QStringLiteral("text"), m_text);
    if (!note.meta.id.isEmpty()) {
        m_author = new QLabel(note.author, this);
        m_author->setObjectName(QStringLiteral("noteAuthor"));
        form()->add(grid(), 2, 0, QStringLiteral("author"), m_author);
    }

    m_writtenOn->setDate(note.writtenOn.isValid() ? note.writtenOn : service.today());
    m_text->setPlainText(note.text);
    startWatching();
    m_text->setFocus();
}

CaseNote NoteDialog::current() const {
    CaseNote note = m_note;
    note.writtenOn = m_writtenOn->date();
    note.text = m_text->toPlainText().trimmed();
    return note;
}

FieldProblems NoteDialog::problems() const {
    FieldProblems found = m_notes.check(current());
    if (m_writtenOn->hasInvalidText())
        found.error(QStringLiteral("written_on"),
                    tr("Type the date as 2026-11-29, or pick it from the calendar."));
    return found;
}

SaveOutcome NoteDialog::store() {
    CaseNote note = current();
    SaveOutcome outcome = m_notes.save(note);
    if (outcome.saved())
        m_note = note;
    return outcome;
}

}  // namespace tongbao
