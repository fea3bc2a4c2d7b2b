#include "childfile/ReferralsSection.h"

#include "childfile/ReferralDialog.h"
#include "childfile/RowTableModel.h"
#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "register/ChildFileService.h"
#include "register/FieldLabels.h"
#include "storage/CaseRepositories.h"
#include "storage/Ledger.h"

namespace tongbao {

namespace {
const QString kRecord = QStringLiteral("referral");

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
}  // namespace

ReferralsSection::ReferralsSection(QWidget* parent)
    : RecordListSection(QStringLiteral("referrals"), true, parent) {
    retranslateUi();
}

void ReferralsSection::retranslateUi() {
    setTexts(tr("Referrals"),
             tr("Cases passed to a department, and what the department did (one window, joint "
                "handling)."),
             tr("Add referral…"), tr("No referral recorded yet."));
    QStringList headers;
    for (const char* column : {"referred_on", "department", "purpose", "outcome_on", "outcome"})
        headers.append(FieldLabels::label(kRecord, QLatin1String(column)));
    model()->setHeaders(headers);
}

void ReferralsSection::reload() {
    QVector<RowTableModel::Row> rows;
    if (m_ledger && !m_childId.isEmpty()) {
        QVector<Referral> referrals = m_ledger->referrals().forChild(m_childId);
        std::sort(referrals.begin(), referrals.end(),
                  [](const Referral& a, const Referral& b) { return a.referredOn > b.referredOn; });
        for (const Referral& r : referrals) {
            rows.append(
                {r.meta.id,
                 {dateText(r.referredOn), Vocabulary::label(vocab::Department, r.department),
                  r.purpose, dateText(r.outcomeOn), r.outcome},
                 false,
                 {}});
        }
    }
    model()->setRows(rows);
    fitColumns();
}

void ReferralsSection::addRecord() {
    if (!m_service)
        return;
    Referral referral;
    referral.childId = m_childId;
    ReferralDialog dialog(*m_service, referral, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void ReferralsSection::editRecord(const QString& id) {
    if (!m_service || !m_ledger)
        return;
    Result<Referral> referral = m_ledger->referrals().load(id);
    if (!referral)
        return;
    ReferralDialog dialog(*m_service, *referral, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void ReferralsSection::removeRecord(const QString& id) {
    if (!m_service)
        return;
    if (Dialogs::question(this, tr("Remove the referral?"),
                          tr("Remove this referral from the child's file? Its history is kept."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const SaveOutcome outcome = m_service->removeReferral(id);
    if (!outcome.saved())
        Dialogs::warning(this, tr("The referral was not removed"), outcome.message);
    reload();
    emit changed();
}

}  // namespace tongbao
