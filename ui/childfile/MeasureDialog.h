#pragma once

#include "childfile/RecordDialog.h"
#include "domain/Measure.h"

class QLineEdit;
class QPlainTextEdit;

namespace tongbao {

class OptionalDateEdit;
class VocabularyCombo;

// Adding or editing one protection or assistance measure (保障/帮扶措施) of a child.
class MeasureDialog : public RecordDialog {
    Q_OBJECT

public:
    MeasureDialog(ChildFileService& service, const Measure& measure, QWidget* parent = nullptr);

    // Yuan as typed ("450", "1,250.50", "¥300") in fen, without floating point; nullopt when
    // the text is not an amount. Empty text is 0.
    static std::optional<qint64> parseAmount(const QString& text);
    static QString amountText(qint64 fen);

protected:
    FieldProblems problems() const override;
    SaveOutcome store() override;

private:
    Measure current() const;

    Measure m_measure;
    VocabularyCombo* m_kind = nullptr;
    VocabularyCombo* m_department = nullptr;
    OptionalDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    QLineEdit* m_amount = nullptr;
    VocabularyCombo* m_status = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

}  // namespace tongbao
