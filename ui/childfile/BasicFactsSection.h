#pragma once

#include "domain/Child.h"
#include "register/ChildValidation.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tongbao {

class CodeChecks;
class FieldForm;
class OptionalDateEdit;
class VocabularyCombo;
class YesNoCombo;

// The child's own facts, in the order of the paper form: identity, hukou and residence,
// difficulty and risk, health and disability, schooling, the file. The ID number is checked as
// it is typed and fills the date of birth and sex; a disability certificate number fills the
// category and level.
class BasicFactsSection : public QWidget {
    Q_OBJECT

public:
    explicit BasicFactsSection(QWidget* parent = nullptr);

    void setToday(const QDate& today) { m_today = today; }
    void setChild(const Child& child);
    // Writes the fields into `child`, leaving what this section does not edit (ids, household,
    // file status) as it is.
    void collect(Child& child) const;
    // Problems of the form itself (a date that is not a date) before the record is checked.
    void addFormProblems(FieldProblems& problems) const;
    void showProblems(const FieldProblems& problems, bool all);
    // A new child whose ID number is on file already: names that child and offers its file.
    void setExistingChild(const QString& childId, const QString& description);
    void focusFirstField();
    // Every field only to read (a file another office keeps), or back to editable.
    void setReadOnly(bool readOnly);

signals:
    void edited();
    void openExistingRequested(const QString& childId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void idNumberTyped();
    void certificateTyped();
    void showIdNumberState(const FieldProblems& problems, bool all);
    void showAreaName(const QString& column, QLineEdit* edit, const FieldProblems& problems);

    QDate m_today;
    FieldForm* m_form = nullptr;
    QString m_existingChildId;
    bool m_readOnly = false;
    QVector<QLabel*> m_headings;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QPushButton* m_openExisting = nullptr;
    VocabularyCombo* m_sex = nullptr;
    OptionalDateEdit* m_birthDate = nullptr;
    VocabularyCombo* m_ethnicity = nullptr;
    YesNoCombo* m_hukouRegistered = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_hukouArea = nullptr;
    QLineEdit* m_hukouAddress = nullptr;
    QLineEdit* m_residenceArea = nullptr;
    QLineEdit* m_residenceAddress = nullptr;
    QLineEdit* m_villageGroup = nullptr;
    CodeChecks* m_categories = nullptr;
    VocabularyCombo* m_risk = nullptr;
    VocabularyCombo* m_health = nullptr;
    QLineEdit* m_illness = nullptr;
    QLineEdit* m_certificate = nullptr;
    VocabularyCombo* m_disabilityCategory = nullptr;
    VocabularyCombo* m_disabilityLevel = nullptr;
    VocabularyCombo* m_schooling = nullptr;
    QLineEdit* m_school = nullptr;
    YesNoCombo* m_boarding = nullptr;
    // Facts for classified protection (migration 9).
    VocabularyCombo* m_medicalInsurance = nullptr;
    YesNoCombo* m_registeredPoor = nullptr;
    CodeChecks* m_diagnoses = nullptr;
    VocabularyCombo* m_livingSetting = nullptr;
    OptionalDateEdit* m_openedOn = nullptr;
    QLabel* m_fileStatus = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

}  // namespace tongbao
