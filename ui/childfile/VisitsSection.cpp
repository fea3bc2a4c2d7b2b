#include "childfile/VisitsSection.h"

#include "childfile/RowTableModel.h"
#include "domain/Vocabulary.h"
#include "register/FieldLabels.h"
#include "storage/CaseRepositories.h"
#include "storage/Ledger.h"

namespace tongbao {

namespace {
const QString kRecord = QStringLiteral("visit");

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
}  // namespace

VisitsSection::VisitsSection(QWidget* parent)
    : RecordListSection(QStringLiteral("visits"), false, parent) {
    retranslateUi();
}

void VisitsSection::retranslateUi() {
    setTexts(tr("Visits"), tr("The visits recorded for this child, newest first."), QString(),
             tr("No visit recorded yet."));
    QStringList headers;
    for (const char* column : {"visit_date", "mode", "visitor", "seen_in_person",
                               "guardianship_assessment", "next_visit_date", "problems"})
        headers.append(FieldLabels::label(kRecord, QLatin1String(column)));
    model()->setHeaders(headers);
}

void VisitsSection::reload() {
    QVector<RowTableModel::Row> rows;
    if (m_ledger && !m_childId.isEmpty()) {
        QVector<Visit> visits = m_ledger->visits().forChild(m_childId);
        std::sort(visits.begin(), visits.end(),
                  [](const Visit& a, const Visit& b) { return a.visitDate > b.visitDate; });
        for (const Visit& v : visits) {
            rows.append(
                {v.meta.id,
                 {dateText(v.visitDate),
                  v.mode.isEmpty() ? QString() : Vocabulary::label(vocab::VisitMode, v.mode),
                  v.visitor,
                  FieldLabels::displayValue(kRecord, QStringLiteral("seen_in_person"),
                                            v.childSeenInPerson ? 1 : 0),
                  v.guardianshipAssessment.isEmpty()
                      ? QString()
                      : Vocabulary::label(vocab::GuardianCapacity, v.guardianshipAssessment),
                  dateText(v.nextVisitDate), v.problems},
                 false,
                 v.actions});
        }
    }
    model()->setRows(rows);
    fitColumns();
}

}  // namespace tongbao
