#include "childfile/GuardianshipSection.h"

#include "childfile/FieldWidgets.h"
#include "childfile/OptionalDateEdit.h"
#include "childfile/ReadOnlyInputs.h"
#include "common/Clock.h"
#include "domain/Child.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tongbao {

namespace {

template <typename T>
T* named(T* widget, const QString& name) {
    widget->setObjectName(name);
    return widget;
}

}  // namespace

GuardianshipSection::GuardianshipSection(QWidget* parent)
    : QWidget(parent)
    , m_today(Clock::current().today()) {
    setObjectName(QStringLiteral("guardianshipSection"));
    m_form = new FieldForm(QStringLiteral("guardianship"), this);
    buildUi();
    retranslateUi();
    connect(m_form, &FieldForm::edited, this, [this](const QString& column) {
        if (column == QLatin1String("guardianship_type"))
            updateEntrustedState();
        emit edited();
    });
    updateEntrustedState();
}

void GuardianshipSection::addParent(const QString& prefix, ParentFields& fields, const char* name) {
    QLabel* heading = makeGroupHeading(this, QLatin1String(name) + QStringLiteral("Heading"));
    m_headings.append(heading);
    QGridLayout* grid = addFieldGroup(m_page, heading);
    fields.status = named(new VocabularyCombo(vocab::ParentStatus, this),
                          QLatin1String(name) + QStringLiteral("StatusCombo"));
    fields.since =
        named(new OptionalDateEdit(this), QLatin1String(name) + QStringLiteral("SinceEdit"));
    fields.whereabouts =
        named(new QLineEdit(this), QLatin1String(name) + QStringLiteral("WhereaboutsEdit"));
    m_form->add(grid, 0, 0, prefix + QStringLiteral("status"), fields.status);
    m_form->add(grid, 0, 2, prefix + QStringLiteral("since"), fields.since);
    m_form->add(grid, 1, 0, prefix + QStringLiteral("whereabouts"), fields.whereabouts, 3);
}

void GuardianshipSection::buildUi() {
    m_page = new QVBoxLayout(this);
    m_page->setContentsMargins(20, 8, 24, 20);
    m_page->setSpacing(8);

    QLabel* typeHeading = makeGroupHeading(this, QStringLiteral("typeHeading"));
    m_headings.append(typeHeading);
    QGridLayout* type = addFieldGroup(m_page, typeHeading);
    m_type = named(new VocabularyCombo(vocab::GuardianshipType, this), QStringLiteral("typeCombo"));
    m_capacity =
        named(new VocabularyCombo(vocab::GuardianCapacity, this), QStringLiteral("capacityCombo"));
    m_noticeDate = named(new OptionalDateEdit(this), QStringLiteral("noticeDateEdit"));
    m_form->add(type, 0, 0, QStringLiteral("guardianship_type"), m_type);
    m_form->add(type, 0, 2, QStringLiteral("capacity"), m_capacity);
    m_form->add(type, 1, 0, QStringLiteral("entrusted_notice_date"), m_noticeDate);

    addParent(QStringLiteral("father_"), m_father, "father");
    addParent(QStringLiteral("mother_"), m_mother, "mother");

    QLabel* caregiverHeading = makeGroupHeading(this, QStringLiteral("caregiverHeading"));
    m_headings.append(caregiverHeading);
    QGridLayout* caregiver = addFieldGroup(m_page, caregiverHeading);
    m_caregiverName = named(new QLineEdit(this), QStringLiteral("caregiverNameEdit"));
    m_caregiverId = named(new QLineEdit(this), QStringLiteral("caregiverIdEdit"));
    m_caregiverRelation = named(new VocabularyCombo(vocab::CaregiverRelation, this),
                                QStringLiteral("caregiverRelationCombo"));
    m_caregiverAge = named(new QSpinBox(this), QStringLiteral("caregiverAgeSpin"));
    m_caregiverAge->setRange(0, 120);
    m_caregiverAge->setSpecialValueText(QStringLiteral("—"));
    m_caregiverHealth = named(new VocabularyCombo(vocab::CaregiverHealth, this),
                              QStringLiteral("caregiverHealthCombo"));
    m_caregiverPhone = named(new QLineEdit(this), QStringLiteral("caregiverPhoneEdit"));
    m_form->add(caregiver, 0, 0, QStringLiteral("caregiver_name"), m_caregiverName);
    m_form->add(caregiver, 0, 2, QStringLiteral("caregiver_id_number"), m_caregiverId);
    m_form->add(caregiver, 1, 0, QStringLiteral("caregiver_relation"), m_caregiverRelation);
    m_form->add(caregiver, 1, 2, QStringLiteral("caregiver_age"), m_caregiverAge);
    m_form->add(caregiver, 2, 0, QStringLiteral("caregiver_health"), m_caregiverHealth);
    m_form->add(caregiver, 2, 2, QStringLiteral("caregiver_phone"), m_caregiverPhone);
    connect(m_caregiverId, &QLineEdit::textEdited, this, &GuardianshipSection::caregiverIdTyped);

    QLabel* notesHeading = makeGroupHeading(this, QStringLiteral("guardianshipNotesHeading"));
    m_headings.append(notesHeading);
    QGridLayout* notes = addFieldGroup(m_page, notesHeading);
    m_notes = named(new QPlainTextEdit(this), QStringLiteral("guardianshipNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);
    m_form->add(notes, 0, 0, QStringLiteral("notes"), m_notes, 3);
    m_page->addStretch(1);
}

void GuardianshipSection::retranslateUi() {
    const QStringList headings = {tr("Guardianship"), tr("Father"), tr("Mother"),
                                  tr("Actual caregiver"), tr("Notes")};
    for (int i = 0; i < m_headings.size(); ++i)
        m_headings[i]->setText(headings.value(i));
    m_form->retranslate();
    for (const char* prefix : {"father_", "mother_"}) {
        const QString p = QLatin1String(prefix);
        m_form->setLabelText(p + QStringLiteral("status"), tr("Situation"));
        m_form->setLabelText(p + QStringLiteral("since"), tr("Since"));
        m_form->setLabelText(p + QStringLiteral("whereabouts"), tr("Works in"));
    }
    m_form->setLabelText(QStringLiteral("caregiver_name"), tr("Name"));
    m_form->setLabelText(QStringLiteral("caregiver_id_number"), tr("ID number"));
    m_form->setLabelText(QStringLiteral("caregiver_relation"), tr("Relation to the child"));
    m_form->setLabelText(QStringLiteral("caregiver_age"), tr("Age"));
    m_form->setLabelText(QStringLiteral("caregiver_health"), tr("Health"));
    m_form->setLabelText(QStringLiteral("caregiver_phone"), tr("Phone"));
    m_father.whereabouts->setPlaceholderText(tr("city, for work away from home"));
    m_mother.whereabouts->setPlaceholderText(tr("city, for work away from home"));
    m_noticeDate->setToolTip(
        tr("Entrusted care only: the day the parents told the committee in "
           "writing (Law on the Protection of Minors, art. 22)."));
}

void GuardianshipSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GuardianshipSection::setReadOnly(bool readOnly) {
    setInputsReadOnly(this, readOnly);
}

void GuardianshipSection::updateEntrustedState() {
    m_noticeDate->setEnabled(m_type->code() == QLatin1String("entrusted") ||
                             m_noticeDate->date().isValid());
}

void GuardianshipSection::caregiverIdTyped() {
    const IdNumber id = IdNumber::parse(m_caregiverId->text(), m_today);
    if (!id.isValid())
        return;
    Child someone;
    someone.birthDate = id.birthDate();
    m_caregiverAge->setValue(qMax(0, someone.ageOn(m_today)));
}

void GuardianshipSection::setGuardianship(const std::optional<Guardianship>& guardianship) {
    m_stored = guardianship;
    const Guardianship g = guardianship.value_or(Guardianship());
    m_form->setSilent(true);
    for (const auto& [fields, situation] :
         {std::pair<ParentFields*, ParentSituation>{&m_father, g.father}, {&m_mother, g.mother}}) {
        fields->status->setCode(situation.status);
        fields->since->setDate(situation.since);
        fields->whereabouts->setText(situation.whereabouts);
    }
    m_caregiverName->setText(g.caregiverName);
    m_caregiverId->setText(g.caregiverIdNumber);
    m_caregiverRelation->setCode(g.caregiverRelation);
    m_caregiverAge->setValue(g.caregiverAge);
    m_caregiverHealth->setCode(g.caregiverHealth);
    m_caregiverPhone->setText(g.caregiverPhone);
    m_type->setCode(g.guardianshipType);
    m_capacity->setCode(g.capacity);
    m_noticeDate->setDate(g.entrustedNoticeDate);
    m_notes->setPlainText(g.notes);
    m_form->setSilent(false);
    m_form->resetTouched();
    updateEntrustedState();
}

std::optional<Guardianship> GuardianshipSection::guardianship() const {
    Guardianship g = m_stored.value_or(Guardianship());
    g.father = {m_father.status->code(), m_father.since->date(),
                m_father.whereabouts->text().trimmed()};
    g.mother = {m_mother.status->code(), m_mother.since->date(),
                m_mother.whereabouts->text().trimmed()};
    g.caregiverName = m_caregiverName->text().trimmed();
    g.caregiverIdNumber = m_caregiverId->text().trimmed();
    g.caregiverRelation = m_caregiverRelation->code();
    g.caregiverAge = m_caregiverAge->value();
    g.caregiverHealth = m_caregiverHealth->code();
    g.caregiverPhone = m_caregiverPhone->text().trimmed();
    g.guardianshipType = m_type->code();
    g.capacity = m_capacity->code();
    g.entrustedNoticeDate = m_noticeDate->date();
    g.notes = m_notes->toPlainText();
    const bool empty =
        g.father.status.isEmpty() && g.mother.status.isEmpty() && g.caregiverName.isEmpty() &&
        g.caregiverIdNumber.isEmpty() && g.guardianshipType.isEmpty() && g.capacity.isEmpty() &&
        g.caregiverRelation.isEmpty() && g.notes.trimmed().isEmpty() && !g.father.since.isValid() &&
        !g.mother.since.isValid() && g.caregiverAge == 0 && g.caregiverPhone.isEmpty();
    if (empty && !m_stored)
        return std::nullopt;
    return g;
}

void GuardianshipSection::addFormProblems(FieldProblems& problems) const {
    const QString message = tr("Type the date as 2026-11-29, or pick it from the calendar.");
    const struct {
        OptionalDateEdit* edit;
        const char* column;
    } dates[] = {{m_father.since, "father_since"},
                 {m_mother.since, "mother_since"},
                 {m_noticeDate, "entrusted_notice_date"}};
    for (const auto& date : dates) {
        if (date.edit->hasInvalidText())
            problems.error(QStringLiteral("guardianship.") + QLatin1String(date.column), message);
    }
}

void GuardianshipSection::showProblems(const FieldProblems& problems, bool all) {
    m_form->showProblems(problems, QStringLiteral("guardianship."), all);
}

}  // namespace tongbao
