#include "childfile/MeasuresSection.h"

#include "childfile/MeasureDialog.h"
#include "childfile/RowTableModel.h"
#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "register/ChildFileService.h"
#include "register/FieldLabels.h"
#include "storage/CaseRepositories.h"
#include "storage/Ledger.h"

namespace tongbao {

namespace {
const QString kRecord = QStringLiteral("measure");

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
}  // namespace

MeasuresSection::MeasuresSection(QWidget* parent)
    : RecordListSection(QStringLiteral("measures"), true, parent) {
    retranslateUi();
}

void MeasuresSection::retranslateUi() {
    setTexts(tr("Measures of protection and assistance"),
             tr("What the child receives or has applied for, and which department is in charge."),
             tr("Add measure…"),
             tr("No measure recorded yet. Add the allowances and help the child receives or "
                "has applied for."));
    QStringList headers;
    for (const char* column :
         {"kind", "department", "start_date", "end_date", "amount_fen", "status", "notes"})
        headers.append(FieldLabels::label(kRecord, QLatin1String(column)));
    model()->setHeaders(headers);
}

void MeasuresSection::reload() {
    QVector<RowTableModel::Row> rows;
    if (m_ledger && !m_childId.isEmpty()) {
        for (const Measure& m : m_ledger->measures().forChild(m_childId)) {
            rows.append(
                {m.meta.id,
                 {Vocabulary::label(vocab::MeasureKind, m.kind),
                  m.department.isEmpty() ? QString()
                                         : Vocabulary::label(vocab::Department, m.department),
                  dateText(m.startDate), dateText(m.endDate),
                  m.amountFenPerMonth ? FieldLabels::money(m.amountFenPerMonth) : QString(),
                  Vocabulary::label(vocab::MeasureStatus, m.status), m.notes},
                 m.status == QLatin1String("ended"),
                 {}});
        }
    }
    model()->setRows(rows);
    fitColumns();
}

void MeasuresSection::addRecord() {
    if (!m_service)
        return;
    Measure measure;
    measure.childId = m_childId;
    MeasureDialog dialog(*m_service, measure, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void MeasuresSection::editRecord(const QString& id) {
    if (!m_service || !m_ledger)
        return;
    Result<Measure> measure = m_ledger->measures().load(id);
    if (!measure)
        return;
    MeasureDialog dialog(*m_service, *measure, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void MeasuresSection::removeRecord(const QString& id) {
    if (!m_service)
        return;
    const int row = model()->rowOf(id);
    const QString kind = row >= 0 ? model()->rows().at(row).cells.value(0) : QString();
    if (Dialogs::question(this, tr("Remove the measure?"),
                          tr("Remove the measure “%1” from this child's file? Its history is "
                             "kept.")
                              .arg(kind),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const SaveOutcome outcome = m_service->removeMeasure(id);
    if (!outcome.saved())
        Dialogs::warning(this, tr("The measure was not removed"), outcome.message);
    reload();
    emit changed();
}

}  // namespace tongbao
