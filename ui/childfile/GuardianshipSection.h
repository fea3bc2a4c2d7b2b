#pragma once

#include "domain/Guardianship.h"
#include "register/ChildValidation.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace tongbao {

class FieldForm;
class OptionalDateEdit;
class VocabularyCombo;

// The guardianship form (监护情况): the father's and the mother's situation, the actual
// caregiver, the type of guardianship and the assessment of the guardian's capacity, and for
// entrusted care the day the committee was told in writing.
class GuardianshipSection : public QWidget {
    Q_OBJECT

public:
    explicit GuardianshipSection(QWidget* parent = nullptr);

    void setToday(const QDate& today) { m_today = today; }
    void setGuardianship(const std::optional<Guardianship>& guardianship);
    // Nothing when no field was ever filled in and none is stored: a child without a
    // guardianship record does not get an empty one.
    std::optional<Guardianship> guardianship() const;
    void addFormProblems(FieldProblems& problems) const;
    void showProblems(const FieldProblems& problems, bool all);
    // Every field only to read (a file another office keeps), or back to editable.
    void setReadOnly(bool readOnly);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct ParentFields {
        VocabularyCombo* status = nullptr;
        OptionalDateEdit* since = nullptr;
        QLineEdit* whereabouts = nullptr;
    };
    void buildUi();
    void retranslateUi();
    void addParent(const QString& prefix, ParentFields& fields, const char* name);
    void caregiverIdTyped();
    void updateEntrustedState();

    QDate m_today;
    FieldForm* m_form = nullptr;
    std::optional<Guardianship> m_stored;
    QVector<QLabel*> m_headings;
    QVBoxLayout* m_page = nullptr;

    ParentFields m_father;
    ParentFields m_mother;
    QLineEdit* m_caregiverName = nullptr;
    QLineEdit* m_caregiverId = nullptr;
    VocabularyCombo* m_caregiverRelation = nullptr;
    QSpinBox* m_caregiverAge = nullptr;
    VocabularyCombo* m_caregiverHealth = nullptr;
    QLineEdit* m_caregiverPhone = nullptr;
    VocabularyCombo* m_type = nullptr;
    VocabularyCombo* m_capacity = nullptr;
    OptionalDateEdit* m_noticeDate = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

}  // namespace tongbao
