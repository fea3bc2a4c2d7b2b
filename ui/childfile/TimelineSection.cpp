#include "childfile/TimelineSection.h"

#include "childfile/RowTableModel.h"
#include "register/ChildTimeline.h"

namespace tongbao {

TimelineSection::TimelineSection(QWidget* parent)
    : RecordListSection(QStringLiteral("timeline"), false, parent) {
    retranslateUi();
}

void TimelineSection::retranslateUi() {
    setTexts(tr("History of changes"),
             tr("Every change to this file and its records, with who made it and when. The "
                "history cannot be edited."),
             QString(), tr("No change recorded yet."));
    model()->setHeaders({tr("Date"), tr("User"), tr("Change")});
}

void TimelineSection::reload() {
    QVector<RowTableModel::Row> rows;
    if (m_ledger && !m_childId.isEmpty()) {
        for (const TimelineEntry& entry : ChildTimeline::build(*m_ledger, m_childId)) {
            rows.append(
                {QString::number(entry.seq),
                 {entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), entry.actor, entry.text},
                 false,
                 entry.sentence()});
        }
    }
    model()->setRows(rows);
    fitColumns();
}

}  // namespace tongbao
