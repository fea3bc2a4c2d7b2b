#include "childfile/ReferralsSection.h"

#include "childfile/ReferralDialog.h"
#include "childfile/RowTableModel.h"
#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
#include "register/ChildFileService.h"
#include "register/FieldLabels.h"
#include "storage/CaseRepositories.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

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

ReferralsSection::~ReferralsSection() = default;

void ReferralsSection::retranslateUi() {
    setTexts(tr("Referrals"),
             tr("Cases passed to a department, and what the department did (one window, joint "
                "handling)."),
             tr("Add referral…"), tr("No referral recorded yet."));
    setHeaders(m_directory && m_directory->merged());
}

void ReferralsSection::setHeaders(bool merged) {
    QStringList headers;
    for (const char* column : {"referred_on", "department", "purpose", "outcome_on", "outcome"})
        headers.append(FieldLabels::label(kRecord, QLatin1String(column)));
    // In a town, which office recorded the referral (the village's, or the town's own).
    if (merged)
        headers.insert(2, tr("Recorded by"));
    model()->setHeaders(headers);
}

QString ReferralsSection::whyNotChangeable(const QString& id) const {
    const QString owner = m_owners.value(id);
    if (!m_ledger || !m_directory || owner.isEmpty() || m_directory->isOwn(owner))
        return {};
    return tr("Recorded by %1: only %1 can change or remove it.").arg(m_directory->nameOf(owner));
}

QString ReferralsSection::whyNotAdding() const {
    if (!m_ledger)
        return {};
    const Status allowed = m_ledger->writer().context().access.require(Permission::ChangeRecords);
    return allowed ? QString() : allowed.message();
}

void ReferralsSection::reload() {
    QVector<RowTableModel::Row> rows;
    m_owners.clear();
    if (m_ledger)
        m_directory = std::make_unique<VillageDirectory>(*m_ledger);
    const bool merged = m_directory && m_directory->merged();
    setHeaders(merged);
    if (m_ledger && !m_childId.isEmpty()) {
        QVector<Referral> referrals = m_ledger->referrals().forChild(m_childId);
        std::sort(referrals.begin(), referrals.end(),
                  [](const Referral& a, const Referral& b) { return a.referredOn > b.referredOn; });
        for (const Referral& r : referrals) {
            m_owners.insert(r.meta.id, r.meta.owner);
            QStringList cells{dateText(r.referredOn),
                              Vocabulary::label(vocab::Department, r.department), r.purpose,
                              dateText(r.outcomeOn), r.outcome};
            if (merged)
                cells.insert(2, m_directory->nameOf(r.meta.owner));
            rows.append({r.meta.id, cells, false, whyNotChangeable(r.meta.id)});
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
    if (!m_service || !m_ledger || !whyNotChangeable(id).isEmpty())
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
    if (!m_service || !whyNotChangeable(id).isEmpty())
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
