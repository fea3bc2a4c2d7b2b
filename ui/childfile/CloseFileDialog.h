#pragma once

#include "childfile/RecordDialog.h"
#include "domain/Child.h"

namespace tongbao {

class OptionalDateEdit;
class VocabularyCombo;

// Closing a child's file (退出): the reason from the list (turned 18, difficulty resolved,
// moved away, deceased) and the day. The file stays in the register, marked closed, and can be
// reopened.
class CloseFileDialog : public RecordDialog {
    Q_OBJECT

public:
    CloseFileDialog(ChildFileService& service, const Child& child, QWidget* parent = nullptr);

protected:
    FieldProblems problems() const override;
    SaveOutcome store() override;

private:
    Child m_child;
    VocabularyCombo* m_reason = nullptr;
    OptionalDateEdit* m_date = nullptr;
};

}  // namespace tongbao
