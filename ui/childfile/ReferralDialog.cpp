#include "childfile/ReferralDialog.h"

#include "childfile/FieldWidgets.h"
#include "childfile/OptionalDateEdit.h"
#include "domain/Vocabulary.h"

#include <QGridLayout>
#include <QPlainTextEdit>

namespace tongbao {

namespace {

QPlainTextEdit* textBox(QWidget* parent, const char* name) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
    return edit;
}

}  // namespace

ReferralDialog::ReferralDialog(ChildFileService& service, const Referral& referral, QWidget* parent)
    : RecordDialog(QStringLiteral("referral"), service, parent)
    , m_referral(referral) {
    setObjectName(QStringLiteral("referralDialog"));
    setHeading(referral.meta.id.isEmpty() ? tr("New referral") : tr("Edit referral"));
    m_department = new VocabularyCombo(vocab::Department, this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_referredOn = new OptionalDateEdit(this);
    m_referredOn->setObjectName(QStringLiteral("referredOnEdit"));
    m_purpose = textBox(this, "purposeEdit");
    m_outcome = textBox(this, "outcomeEdit");
    m_outcomeOn = new OptionalDateEdit(this);
    m_outcomeOn->setObjectName(QStringLiteral("outcomeOnEdit"));
    form()->add(grid(), 0, 0, QStringLiteral("department"), m_department);
    form()->add(grid(), 1, 0, QStringLiteral("referred_on"), m_referredOn);
    form()->add(grid(), 2, 0, QStringLiteral("purpose"), m_purpose);
    form()->add(grid(), 3, 0, QStringLiteral("outcome"), m_outcome);
    form()->add(grid(), 4, 0, QStringLiteral("outcome_on"), m_outcomeOn);

    m_department->setCode(referral.department);
    m_referredOn->setDate(referral.referredOn.isValid() ? referral.referredOn : service.today());
    m_purpose->setPlainText(referral.purpose);
    m_outcome->setPlainText(referral.outcome);
    m_outcomeOn->setDate(referral.outcomeOn);
    startWatching();
    m_department->setFocus();
}

Referral ReferralDialog::current() const {
    Referral referral = m_referral;
    referral.department = m_department->code();
    referral.referredOn = m_referredOn->date();
    referral.purpose = m_purpose->toPlainText().trimmed();
    referral.outcome = m_outcome->toPlainText().trimmed();
    referral.outcomeOn = m_outcomeOn->date();
    return referral;
}

FieldProblems ReferralDialog::problems() const {
    FieldProblems found = ChildValidation::referral(current(), service().today());
    const QString message = tr("Type the date as 2026-11-29, or pick it from the calendar.");
    if (m_referredOn->hasInvalidText())
        found.error(QStringLiteral("referred_on"), message);
    if (m_outcomeOn->hasInvalidText())
        found.error(QStringLiteral("outcome_on"), message);
    return found;
}

SaveOutcome ReferralDialog::store() {
    Referral referral = current();
    SaveOutcome outcome = service().saveReferral(referral);
    if (outcome.saved())
        m_referral = referral;
    return outcome;
}

}  // namespace tongbao
