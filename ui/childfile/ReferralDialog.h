#pragma once

#include "childfile/RecordDialog.h"
#include "domain/Referral.h"

class QLineEdit;
class QPlainTextEdit;

namespace tongbao {

class OptionalDateEdit;
class VocabularyCombo;

// Adding or editing one referral of a child to a department (转介, 一门受理、协同办理).
class ReferralDialog : public RecordDialog {
    Q_OBJECT

public:
    ReferralDialog(ChildFileService& service, const Referral& referral, QWidget* parent = nullptr);

protected:
    FieldProblems problems() const override;
    SaveOutcome store() override;

private:
    Referral current() const;

    Referral m_referral;
    VocabularyCombo* m_department = nullptr;
    OptionalDateEdit* m_referredOn = nullptr;
    QPlainTextEdit* m_purpose = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    OptionalDateEdit* m_outcomeOn = nullptr;
};

}  // namespace tongbao
