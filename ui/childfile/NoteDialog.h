#pragma once

#include "childfile/RecordDialog.h"
#include "domain/CaseNote.h"

class QLabel;
class QPlainTextEdit;

namespace tongbao {

class CaseNotes;
class OptionalDateEdit;

// Writing or editing one note in a child's file (备注): the day and the text. A new note is
// signed with the name of the user logged in; an edited one keeps its writer.
class NoteDialog : public RecordDialog {
    Q_OBJECT

public:
    NoteDialog(ChildFileService& service,
               CaseNotes& notes,
               const CaseNote& note,
               QWidget* parent = nullptr);

protected:
    FieldProblems problems() const override;
    SaveOutcome store() override;

private:
    CaseNote current() const;

    CaseNotes& m_notes;
    CaseNote m_note;
    OptionalDateEdit* m_writtenOn = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_author = nullptr;
};

}  // namespace tongbao
