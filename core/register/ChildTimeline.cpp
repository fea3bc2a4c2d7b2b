#include "register/ChildTimeline.h"

#include "domain/Vocabulary.h"
#include "register/FieldLabels.h"
#include "storage/Ledger.h"
#include "storage/TimelineQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace tongbao {

namespace {

struct Change {
    QString field;
    QVariant before;
    QVariant after;
};

QVector<Change> parseChanges(const QString& json) {
    QVector<Change> changes;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& item : array) {
        const QJsonObject object = item.toObject();
        changes.append({object.value(QLatin1String("field")).toString(),
                        object.value(QLatin1String("old")).toVariant(),
                        object.value(QLatin1String("new")).toVariant()});
    }
    return changes;
}

// The household ids a change list mentions, to name them in one lookup.
void collectHouseholdIds(const TimelineRow& row, QSet<QString>& ids) {
    if (row.entity != QLatin1String("child"))
        return;
    for (const Change& change : parseChanges(row.changes)) {
        if (change.field != QLatin1String("household_id"))
            continue;
        for (const QVariant& value : {change.before, change.after}) {
            if (!value.isNull())
                ids.insert(value.toString());
        }
    }
}

}  // namespace

QString TimelineEntry::sentence() const {
    //: One line of a child's history: date, user, what changed
    return ChildTimeline::tr("%1, %2: %3").arg(at.date().toString(Qt::ISODate), actor, text);
}

QString ChildTimeline::describe(const TimelineRow& row,
                                const std::function<QString(const QString&)>& householdName) {
    const QString& entity = row.entity;
    // The record the sentence is about, for the records a child has several of.
    QString subject;
    if (entity == QLatin1String("measure"))
        subject = tr("Measure “%1”").arg(Vocabulary::label(vocab::MeasureKind, row.subject));
    else if (entity == QLatin1String("referral"))
        subject = tr("Referral to %1").arg(Vocabulary::label(vocab::Department, row.subject));
    else if (entity == QLatin1String("visit"))
        subject = tr("Visit of %1").arg(row.subject);
    else if (entity == QLatin1String("case_note"))
        subject = tr("Note of %1").arg(row.subject);
    else if (entity == QLatin1String("household_member"))
        subject = tr("Household member %1").arg(row.subject);
    else if (entity == QLatin1String("guardianship"))
        subject = tr("Guardianship");
    else if (entity == QLatin1String("household"))
        subject = tr("Household");

    if (row.action == QLatin1String("create")) {
        if (entity == QLatin1String("child"))
            return tr("Opened the file");
        if (entity == QLatin1String("household"))
            return tr("Entered the household");
        if (entity == QLatin1String("guardianship"))
            return tr("Recorded the guardianship");
        //: A record was added: "Added: Measure “Dibao”"
        return tr("Added: %1").arg(subject);
    }
    if (row.action == QLatin1String("delete")) {
        if (entity == QLatin1String("child"))
            return tr("Deleted the file");
        return tr("Removed: %1").arg(subject);
    }
    if (row.action != QLatin1String("update"))
        //: An entry of the history that is not a change (viewed, printed, exported)
        return tr("%1 (%2)").arg(row.action, entity);

    QStringList parts;
    for (const Change& change : parseChanges(row.changes)) {
        const FieldLabels::Field field = FieldLabels::field(entity, change.field);
        if (field.kind == FieldLabels::ValueKind::Hidden)
            continue;
        //: One changed field: "Risk level: Medium → High"
        parts.append(
            tr("%1: %2 → %3")
                .arg(field.label,
                     FieldLabels::displayValue(entity, change.field, change.before, householdName),
                     FieldLabels::displayValue(entity, change.field, change.after, householdName)));
    }
    if (parts.isEmpty())
        return {};
    //: Separates the fields changed in one save
    const QString joined = parts.join(tr("; "));
    if (subject.isEmpty())
        return joined;
    //: The record changed, then what changed in it: "Measure “Dibao” — Status: Applied → In place"
    return tr("%1 — %2").arg(subject, joined);
}

QVector<TimelineEntry> ChildTimeline::build(Ledger& ledger, const QString& childId, int limit) {
    const QVector<TimelineRow> rows = TimelineQueries::forChild(ledger.database(), childId, limit);
    QSet<QString> householdIds;
    for (const TimelineRow& row : rows)
        collectHouseholdIds(row, householdIds);
    const QHash<QString, QString> heads =
        TimelineQueries::householdHeads(ledger.database(), householdIds.values());
    const auto householdName = [&heads](const QString& id) {
        const QString head = heads.value(id);
        //: A household named by its head: "张三's household" (张三户)
        return head.isEmpty() ? QString() : tr("%1's household").arg(head);
    };

    QVector<TimelineEntry> entries;
    entries.reserve(rows.size());
    for (const TimelineRow& row : rows) {
        TimelineEntry entry;
        entry.seq = row.seq;
        entry.at = row.at.toLocalTime();
        entry.actor = row.actor;
        entry.entity = row.entity;
        entry.text = describe(row, householdName);
        if (!entry.text.isEmpty())
            entries.append(entry);
    }
    return entries;
}

}  // namespace tongbao
