#pragma once

#include "common/Result.h"
#include "domain/CaseNote.h"
#include "register/ChildFileService.h"
#include "storage/CaseNoteRepository.h"

#include <QCoreApplication>

namespace tongbao {

class Ledger;

// The notes of a child's file (备注), shared by the file window and the command line so that
// both allow and refuse the same things: a note needs its text and a day no later than today;
// a new note is signed with the name of the user who writes it; a ledger changes and removes
// only its own notes. A town reads the notes its villages sent and adds its own to the same
// child, which is why "may this be changed here" is asked before a form is ever shown, never
// answered only by a refused save.
class CaseNotes {
    Q_DECLARE_TR_FUNCTIONS(CaseNotes)

public:
    explicit CaseNotes(Ledger& ledger);

    // Longer text is refused: a note is a few lines, the forms hold the facts.
    static constexpr int MaximumLength = 2000;

    // The live notes of the child, newest first.
    QVector<CaseNote> forChild(const QString& childId) const;
    Result<CaseNote> load(const QString& noteId) const;

    // Whether this ledger wrote the note (and so may change or remove it).
    bool isOwn(const CaseNote& note) const;
    // Whether the acting user may write notes at all; the message says why not.
    Status mayWrite() const;

    FieldProblems check(const CaseNote& note) const;
    // Adds the note when its id is empty, otherwise saves the edit. A new note without a day
    // is dated today.
    SaveOutcome save(CaseNote& note);
    SaveOutcome remove(const QString& noteId);

private:
    SaveOutcome refuse(const QString& message) const;

    Ledger& m_ledger;
    CaseNoteRepository m_notes;
};

}  // namespace tongbao
