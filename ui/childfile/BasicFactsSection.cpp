#include "childfile/BasicFactsSection.h"

#include "childfile/FieldWidgets.h"
#include "childfile/OptionalDateEdit.h"
#include "childfile/ReadOnlyInputs.h"
#include "common/Clock.h"
#include "domain/AreaCodes.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongbao {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, int maxLength = 100) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setMaxLength(maxLength);
    return edit;
}

template <typename T>
T* named(T* widget, const char* name) {
    widget->setObjectName(QLatin1String(name));
    return widget;
}

}  // namespace

BasicFactsSection::BasicFactsSection(QWidget* parent)
    : QWidget(parent)
    , m_today(Clock::current().today()) {
    setObjectName(QStringLiteral("basicFactsSection"));
    m_form = new FieldForm(QStringLiteral("child"), this);
    buildUi();
    retranslateUi();
    connect(m_form, &FieldForm::edited, this, &BasicFactsSection::edited);
}

void BasicFactsSection::buildUi() {
    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(20, 8, 24, 20);
    page->setSpacing(8);
    const auto heading = [this](const char* name) {
        QLabel* label = makeGroupHeading(this, QLatin1String(name));
        m_headings.append(label);
        return label;
    };

    // Identity, as on the first lines of the paper form.
    QGridLayout* identity = addFieldGroup(page, heading("identityHeading"));
    m_name = lineEdit(this, "nameEdit", 40);
    m_idNumber = lineEdit(this, "idNumberEdit", 24);
    m_idNumber->setFont(QFont(QStringLiteral("monospace"), m_idNumber->font().pointSize()));
    m_openExisting = named(new QPushButton(this), "openExistingButton");
    m_openExisting->setAutoDefault(false);
    m_openExisting->setVisible(false);
    auto* idRow = new QWidget(this);
    auto* idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(m_idNumber, 1);
    idLayout->addWidget(m_openExisting);
    m_sex = named(new VocabularyCombo(vocab::Sex, this), "sexCombo");
    m_birthDate = named(new OptionalDateEdit(this), "birthDateEdit");
    m_ethnicity = named(new VocabularyCombo(vocab::Ethnicity, this), "ethnicityCombo");
    m_hukouRegistered = named(new YesNoCombo(this), "hukouRegisteredCombo");
    m_phone = lineEdit(this, "phoneEdit", 30);
    m_form->add(identity, 0, 0, QStringLiteral("name"), m_name);
    m_form->add(identity, 0, 2, QStringLiteral("id_number"), idRow);
    m_form->add(identity, 1, 0, QStringLiteral("sex"), m_sex);
    m_form->add(identity, 1, 2, QStringLiteral("birth_date"), m_birthDate);
    m_form->add(identity, 2, 0, QStringLiteral("ethnicity"), m_ethnicity);
    m_form->add(identity, 2, 2, QStringLiteral("hukou_registered"), m_hukouRegistered);
    m_form->add(identity, 3, 0, QStringLiteral("phone"), m_phone);
    connect(m_idNumber, &QLineEdit::textChanged, this, &BasicFactsSection::idNumberTyped);
    connect(m_openExisting, &QPushButton::clicked, this,
            [this] { emit openExistingRequested(m_existingChildId); });

    QGridLayout* residence = addFieldGroup(page, heading("residenceHeading"));
    m_hukouArea = lineEdit(this, "hukouAreaEdit", 12);
    m_hukouAddress = lineEdit(this, "hukouAddressEdit");
    m_residenceArea = lineEdit(this, "residenceAreaEdit", 12);
    m_residenceAddress = lineEdit(this, "residenceAddressEdit");
    m_villageGroup = lineEdit(this, "villageGroupEdit", 20);
    m_form->add(residence, 0, 0, QStringLiteral("hukou_area_code"), m_hukouArea);
    m_form->add(residence, 0, 2, QStringLiteral("hukou_address"), m_hukouAddress);
    m_form->add(residence, 1, 0, QStringLiteral("residence_area_code"), m_residenceArea);
    m_form->add(residence, 1, 2, QStringLiteral("residence_address"), m_residenceAddress);
    m_form->add(residence, 2, 0, QStringLiteral("village_group"), m_villageGroup);

    QGridLayout* difficulty = addFieldGroup(page, heading("difficultyHeading"));
    m_categories = named(new CodeChecks(vocab::Category, 3, this), "categoryChecks");
    m_risk = named(new VocabularyCombo(vocab::RiskLevel, this), "riskCombo");
    m_form->add(difficulty, 0, 0, QStringLiteral("categories"), m_categories, 3);
    m_form->add(difficulty, 1, 0, QStringLiteral("risk_level"), m_risk);

    QGridLayout* health = addFieldGroup(page, heading("healthHeading"));
    m_health = named(new VocabularyCombo(vocab::Health, this), "healthCombo");
    m_illness = lineEdit(this, "illnessEdit", 60);
    m_certificate = lineEdit(this, "certificateEdit", 24);
    m_disabilityCategory =
        named(new VocabularyCombo(vocab::DisabilityCategory, this), "disabilityCategoryCombo");
    m_disabilityLevel =
        named(new VocabularyCombo(vocab::DisabilityLevel, this), "disabilityLevelCombo");
    m_form->add(health, 0, 0, QStringLiteral("health"), m_health);
    m_form->add(health, 0, 2, QStringLiteral("illness_type"), m_illness);
    m_form->add(health, 1, 0, QStringLiteral("disability_certificate"), m_certificate, 3);
    m_form->add(health, 2, 0, QStringLiteral("disability_category"), m_disabilityCategory);
    m_form->add(health, 2, 2, QStringLiteral("disability_level"), m_disabilityLevel);
    connect(m_certificate, &QLineEdit::textEdited, this, &BasicFactsSection::certificateTyped);
    // What classified protection (core/policy) reads besides the facts above.
    m_diagnoses = named(new CodeChecks(QStringLiteral("diagnosis"), 3, this), "diagnosisChecks");
    m_medicalInsurance = named(new VocabularyCombo(QStringLiteral("medical_insurance"), this),
                               "medicalInsuranceCombo");
    m_registeredPoor = named(new YesNoCombo(this), "registeredPoorCombo");
    m_livingSetting =
        named(new VocabularyCombo(QStringLiteral("living_setting"), this), "livingSettingCombo");
    m_form->add(health, 3, 0, QStringLiteral("diagnoses"), m_diagnoses, 3);
    m_form->add(health, 4, 0, QStringLiteral("medical_insurance"), m_medicalInsurance);
    m_form->add(difficulty, 2, 0, QStringLiteral("registered_poor"), m_registeredPoor);
    m_form->add(difficulty, 2, 2, QStringLiteral("living_setting"), m_livingSetting);

    QGridLayout* school = addFieldGroup(page, heading("schoolingHeading"));
    m_schooling = named(new VocabularyCombo(vocab::Schooling, this), "schoolingCombo");
    m_school = lineEdit(this, "schoolEdit", 60);
    m_boarding = named(new YesNoCombo(this), "boardingCombo");
    m_form->add(school, 0, 0, QStringLiteral("schooling"), m_schooling);
    m_form->add(school, 0, 2, QStringLiteral("school_name"), m_school);
    m_form->add(school, 1, 0, QStringLiteral("boarding"), m_boarding);

    QGridLayout* file = addFieldGroup(page, heading("fileHeading"));
    m_openedOn = named(new OptionalDateEdit(this), "openedOnEdit");
    m_fileStatus = named(new QLabel(this), "fileStatusLabel");
    m_notes = named(new QPlainTextEdit(this), "notesEdit");
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);
    m_form->add(file, 0, 0, QStringLiteral("opened_on"), m_openedOn);
    m_form->add(file, 0, 2, QStringLiteral("file_status"), m_fileStatus);
    m_form->add(file, 1, 0, QStringLiteral("notes"), m_notes, 3);
    page->addStretch(1);
}

void BasicFactsSection::retranslateUi() {
    const QStringList headings = {tr("Identity"),
                                  tr("Hukou and residence"),
                                  tr("Difficulty and risk"),
                                  tr("Health and disability"),
                                  tr("Schooling"),
                                  tr("The file")};
    for (int i = 0; i < m_headings.size(); ++i)
        m_headings[i]->setText(headings.value(i));
    m_form->retranslate();
    m_name->setPlaceholderText(tr("as on the hukou register"));
    m_idNumber->setPlaceholderText(tr("18 characters; fills in birth date and sex"));
    m_hukouArea->setPlaceholderText(tr("6 to 12 digits"));
    m_residenceArea->setPlaceholderText(tr("6 to 12 digits"));
    m_villageGroup->setPlaceholderText(tr("for example %1").arg(QStringLiteral("3组")));
    m_certificate->setPlaceholderText(tr("20 characters: the ID number, category and level"));
    m_openExisting->setText(tr("Open that file"));
}

void BasicFactsSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BasicFactsSection::focusFirstField() {
    m_name->setFocus(Qt::OtherFocusReason);
}

void BasicFactsSection::setChild(const Child& child) {
    m_form->setSilent(true);
    m_name->setText(child.name);
    m_idNumber->setText(child.idNumber);
    m_sex->setCode(child.sex);
    m_birthDate->setDate(child.birthDate);
    m_ethnicity->setCode(child.ethnicity);
    m_hukouRegistered->setValue(child.hukouRegistered);
    m_phone->setText(child.phone);
    m_hukouArea->setText(child.hukouAreaCode);
    m_hukouAddress->setText(child.hukouAddress);
    m_residenceArea->setText(child.residenceAreaCode);
    m_residenceAddress->setText(child.residenceAddress);
    m_villageGroup->setText(child.villageGroup);
    m_categories->setCodes(child.categories);
    m_risk->setCode(child.riskLevel);
    m_health->setCode(child.health);
    m_illness->setText(child.illnessType);
    m_certificate->setText(child.disabilityCertificate);
    m_disabilityCategory->setCode(child.disabilityCategory);
    m_disabilityLevel->setCode(child.disabilityLevel > 0 ? QString::number(child.disabilityLevel)
                                                         : QString());
    m_schooling->setCode(child.schooling);
    m_school->setText(child.schoolName);
    m_boarding->setValue(child.boarding);
    m_diagnoses->setCodes(child.diagnoses);
    m_medicalInsurance->setCode(child.medicalInsurance);
    m_registeredPoor->setValue(child.registeredPoor);
    m_livingSetting->setCode(child.livingSetting);
    m_openedOn->setDate(child.openedOn);
    QString status = Vocabulary::label(vocab::FileStatus, child.fileStatus);
    if (!child.isActive())
        status = tr("%1 on %2: %3")
                     .arg(status, child.exitDate.toString(Qt::ISODate),
                          Vocabulary::label(vocab::ExitReason, child.exitReason));
    m_fileStatus->setText(status);
    m_notes->setPlainText(child.notes);
    m_form->setSilent(false);
    m_form->resetTouched();
}

void BasicFactsSection::collect(Child& child) const {
    child.name = m_name->text();
    child.idNumber = m_idNumber->text();
    child.sex = m_sex->code();
    child.birthDate = m_birthDate->date();
    child.ethnicity = m_ethnicity->code();
    child.hukouRegistered = m_hukouRegistered->value();
    child.phone = m_phone->text().trimmed();
    child.hukouAreaCode = m_hukouArea->text().trimmed();
    child.hukouAddress = m_hukouAddress->text().trimmed();
    child.residenceAreaCode = m_residenceArea->text().trimmed();
    child.residenceAddress = m_residenceAddress->text().trimmed();
    child.villageGroup = m_villageGroup->text().trimmed();
    child.categories = m_categories->codes();
    child.riskLevel = m_risk->code();
    child.health = m_health->code();
    child.illnessType = m_illness->text().trimmed();
    child.disabilityCertificate = m_certificate->text().trimmed();
    child.disabilityCategory = m_disabilityCategory->code();
    child.disabilityLevel = m_disabilityLevel->code().toInt();
    child.schooling = m_schooling->code();
    child.schoolName = m_school->text().trimmed();
    child.boarding = m_boarding->value();
    child.diagnoses = m_diagnoses->codes();
    child.medicalInsurance = m_medicalInsurance->code();
    child.registeredPoor = m_registeredPoor->value();
    child.livingSetting = m_livingSetting->code();
    child.openedOn = m_openedOn->date();
    child.notes = m_notes->toPlainText();
}

void BasicFactsSection::addFormProblems(FieldProblems& problems) const {
    const QString message = tr("Type the date as 2026-11-29, or pick it from the calendar.");
    if (m_birthDate->hasInvalidText())
        problems.error(QStringLiteral("birth_date"), message);
    if (m_openedOn->hasInvalidText())
        problems.error(QStringLiteral("opened_on"), message);
}

void BasicFactsSection::idNumberTyped() {
    const IdNumber id = IdNumber::parse(m_idNumber->text(), m_today);
    if (!id.isValid())
        return;
    // Derived from the number (domain.md): the form follows it.
    if (m_birthDate->date() != id.birthDate())
        m_birthDate->setDate(id.birthDate());
    if (m_sex->code() != id.sexCode())
        m_sex->setCode(id.sexCode());
}

void BasicFactsSection::certificateTyped() {
    const DisabilityCertificate certificate =
        DisabilityCertificate::parse(m_certificate->text(), m_today);
    if (!certificate.isValid())
        return;
    if (m_disabilityCategory->code().isEmpty())
        m_disabilityCategory->setCode(certificate.categoryCode());
    if (m_disabilityLevel->code().isEmpty())
        m_disabilityLevel->setCode(QString::number(certificate.level()));
    if (m_health->code().isEmpty())
        m_health->setCode(QStringLiteral("disabled"));
}

void BasicFactsSection::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    setInputsReadOnly(this, readOnly);
    if (readOnly)
        m_openExisting->setVisible(false);
}

void BasicFactsSection::setExistingChild(const QString& childId, const QString& description) {
    m_existingChildId = childId;
    m_openExisting->setVisible(!childId.isEmpty() && !m_readOnly);
    m_openExisting->setToolTip(description);
}

void BasicFactsSection::showProblems(const FieldProblems& problems, bool all) {
    m_form->showProblems(problems, QString(), all);
    showIdNumberState(problems, all);
    showAreaName(QStringLiteral("hukou_area_code"), m_hukouArea, problems);
    showAreaName(QStringLiteral("residence_area_code"), m_residenceArea, problems);
}

void BasicFactsSection::showIdNumberState(const FieldProblems& problems, bool all) {
    QLabel* message = m_form->message(QStringLiteral("id_number"));
    const QString typed = IdNumber::normalize(m_idNumber->text());
    if (const FieldProblem* problem = problems.forField(QStringLiteral("id_number"))) {
        // While the number is still being typed, say how much is missing rather than scold.
        const bool unfinished =
            typed.size() < 18 && !all &&
            IdNumber::parse(typed, m_today).problem() == IdNumber::Problem::WrongLength;
        if (unfinished)
            showMessage(message,
                        tr("%n more character(s) to type.", nullptr, 18 - int(typed.size())),
                        MessageTone::Hint);
        else
            showMessage(message, problem->message, MessageTone::Error);
        return;
    }
    const IdNumber id = IdNumber::parse(typed, m_today);
    if (id.isValid()) {
        const QString area = AreaCodes::displayName(id.areaCode());
        QStringList facts{id.birthDate().toString(Qt::ISODate),
                          Vocabulary::label(vocab::Sex, id.sexCode())};
        if (!area.isEmpty())
            facts.append(area);
        showMessage(message, QStringLiteral("✓ ") + facts.join(QStringLiteral(" · ")),
                    MessageTone::Confirmation);
    }
}

void BasicFactsSection::showAreaName(const QString& column,
                                     QLineEdit* edit,
                                     const FieldProblems& problems) {
    if (problems.forField(column) || edit->text().trimmed().size() < 6)
        return;
    const QString name = AreaCodes::displayName(QStringView(edit->text().trimmed()).left(6));
    if (!name.isEmpty())
        showMessage(m_form->message(column), QStringLiteral("✓ ") + name,
                    MessageTone::Confirmation);
}

}  // namespace tongbao
