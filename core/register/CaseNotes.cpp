#include "register/CaseNotes.h"

#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

namespace tongbao {

CaseNotes::CaseNotes(Ledger& ledger)
    : m_ledger(ledger)
    , m_notes(ledger.database(), ledger.writer()) {}

QVector<CaseNote> CaseNotes::forChild(const QString& childId) const {
    return m_notes.forChild(childId);
}

Result<CaseNote> CaseNotes::load(const QString& noteId) const {
    return m_notes.load(noteId);
}

bool CaseNotes::isOwn(const CaseNote& note) const {
    return note.meta.id.isEmpty() || note.meta.owner == m_ledger.identity().id;
}

Status CaseNotes::mayWrite() const {
    return m_ledger.writer().context().access.require(Permission::ChangeRecords);
}

FieldProblems CaseNotes::check(const CaseNote& note) const {
    FieldProblems problems;
    const QString text = note.text.trimmed();
    if (text.isEmpty())
        problems.error(QStringLiteral("text"), tr("Please write the note."));
    else if (text.size() > MaximumLength)
        problems.error(QStringLiteral("text"),
                       tr("The note is %1 characters long; please keep it under %2 and put the "
                          "facts in the form.")
                           .arg(text.size())
                           .arg(MaximumLength));
    const QDate today = m_ledger.clock().today();
    if (!note.writtenOn.isValid())
        problems.error(QStringLiteral("written_on"), tr("Please enter the day of the note."));
    else if (note.writtenOn > today)
        problems.error(
            QStringLiteral("written_on"),
            tr("The day is after today (%1); please check it.").arg(today.toString(Qt::ISODate)));
    return problems;
}

SaveOutcome CaseNotes::refuse(const QString& message) const {
    SaveOutcome outcome;
    outcome.kind = SaveOutcome::Kind::Failed;
    outcome.message = message;
    return outcome;
}

SaveOutcome CaseNotes::save(CaseNote& given) {
    if (const Status allowed = mayWrite(); !allowed)
        return refuse(allowed.message());
    CaseNote note = given;
    const bool isNew = note.meta.id.isEmpty() || !m_notes.exists(note.meta.id);
    if (!isNew) {
        const Result<CaseNote> stored = m_notes.load(note.meta.id);
        if (!stored)
            return refuse(stored.message());
        if (!isOwn(*stored))
            return refuse(
                tr("This note was written by another office and can only be changed "
                   "there."));
        // Who wrote it and about whom stay as they were.
        note.childId = stored->childId;
        note.author = stored->author;
    }
    const Result<Child> child = m_ledger.children().load(note.childId);
    if (!child || child->meta.deleted)
        return refuse(tr("The child's file was not found."));
    if (isNew) {
        note.author = m_ledger.actor();
        if (!note.writtenOn.isValid())
            note.writtenOn = m_ledger.clock().today();
    }
    note.text = note.text.trimmed();
    const FieldProblems problems = check(note);
    if (problems.hasErrors()) {
        SaveOutcome outcome;
        outcome.kind = SaveOutcome::Kind::Refused;
        outcome.problems = problems;
        outcome.message = problems.firstError()->message;
        return outcome;
    }
    const Status stored = m_notes.save(note);
    if (!stored)
        return refuse(stored.message());
    given = note;
    SaveOutcome outcome;
    outcome.recordId = note.meta.id;
    return outcome;
}

SaveOutcome CaseNotes::remove(const QString& noteId) {
    if (const Status allowed = mayWrite(); !allowed)
        return refuse(allowed.message());
    const Result<CaseNote> stored = m_notes.load(noteId);
    if (!stored)
        return refuse(stored.message());
    if (!isOwn(*stored))
        return refuse(tr("This note was written by another office and can only be removed there."));
    const Status removed = m_notes.remove(noteId);
    if (!removed)
        return refuse(removed.message());
    SaveOutcome outcome;
    outcome.recordId = noteId;
    return outcome;
}

}  // namespace tongbao
