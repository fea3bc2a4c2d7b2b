#include "visits/VisitDraftStore.h"

#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/VisitDraftQueries.h"

#include <QJsonDocument>
#include <QUuid>

namespace tongbao {

namespace {

// The five quick checks, by the column names the visit table uses.
struct CheckField {
    const char* name;
    VisitCheck Visit::*check;
};

const CheckField kChecks[] = {
    {"living", &Visit::living}, {"health", &Visit::health}, {"schooling", &Visit::schooling},
    {"safety", &Visit::safety}, {"mood", &Visit::mood},
};

QString key(const char* name) {
    return QString::fromLatin1(name);
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonValue& value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<VisitDraft> draftOf(const std::optional<VisitDraftRow>& row) {
    if (!row)
        return std::nullopt;
    VisitDraft draft;
    draft.id = row->id;
    draft.childId = row->childId;
    draft.visitId = row->visitId;
    draft.payload = QJsonDocument::fromJson(row->payload.toUtf8()).object();
    draft.updatedAt = row->updatedAt;
    draft.user = row->user;
    return draft;
}

}  // namespace

VisitDraftStore::VisitDraftStore(Ledger& ledger)
    : m_ledger(ledger) {}

Status VisitDraftStore::save(VisitDraft& draft) {
    if (draft.childId.isEmpty())
        return Status::failure(tr("The draft does not say which child the visit is about."));
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.updatedAt = m_ledger.clock().nowUtc();
    draft.user = m_ledger.actor();
    VisitDraftRow row;
    row.id = draft.id;
    row.childId = draft.childId;
    row.visitId = draft.visitId;
    row.payload = QString::fromUtf8(QJsonDocument(draft.payload).toJson(QJsonDocument::Compact));
    row.updatedAt = draft.updatedAt;
    row.user = draft.user;
    if (!VisitDraftQueries(m_ledger.database()).upsert(row))
        return Status::failure(
            tr("What you typed could not be kept as a draft in the ledger file. Save the visit "
               "as soon as you can."));
    return Status::success();
}

Status VisitDraftStore::discard(const QString& id) {
    if (id.isEmpty())
        return Status::success();
    if (!VisitDraftQueries(m_ledger.database()).remove(id))
        return Status::failure(tr("The draft could not be removed from the ledger file."));
    return Status::success();
}

std::optional<VisitDraft> VisitDraftStore::load(const QString& id) const {
    return draftOf(VisitDraftQueries(m_ledger.database()).load(id));
}

std::optional<VisitDraft> VisitDraftStore::find(const QString& childId,
                                                const QString& visitId) const {
    return draftOf(VisitDraftQueries(m_ledger.database()).find(childId, visitId));
}

QVector<VisitDraft> VisitDraftStore::all() const {
    QVector<VisitDraft> drafts;
    for (const VisitDraftRow& row : VisitDraftQueries(m_ledger.database()).all())
        drafts.append(*draftOf(row));
    return drafts;
}

int VisitDraftStore::count() const {
    return VisitDraftQueries(m_ledger.database()).count();
}

QJsonObject VisitDraftStore::payloadOf(const Visit& visit) {
    QJsonObject payload;
    payload.insert(key("visit_date"), dateText(visit.visitDate));
    payload.insert(key("mode"), visit.mode);
    payload.insert(key("visitor"), visit.visitor);
    payload.insert(key("seen_in_person"), visit.childSeenInPerson);
    for (const CheckField& field : kChecks) {
        const VisitCheck& check = visit.*field.check;
        payload.insert(key(field.name), check.result);
        payload.insert(key(field.name) + QStringLiteral("_note"), check.note);
    }
    payload.insert(key("guardianship_assessment"), visit.guardianshipAssessment);
    payload.insert(key("problems"), visit.problems);
    payload.insert(key("needs"), visit.needs);
    payload.insert(key("actions"), visit.actions);
    payload.insert(key("follow_up"), visit.followUp);
    payload.insert(key("next_visit_date"), dateText(visit.nextVisitDate));
    payload.insert(key("guardian_confirmed"), visit.guardianConfirmed);
    payload.insert(key("triggered_safety_report"), visit.triggeredSafetyReport);
    return payload;
}

Visit VisitDraftStore::visitOf(const VisitDraft& draft) {
    const QJsonObject& p = draft.payload;
    Visit visit;
    visit.meta.id = draft.visitId;
    visit.childId = draft.childId;
    visit.visitDate = dateOf(p.value(key("visit_date")));
    visit.mode = p.value(key("mode")).toString();
    visit.visitor = p.value(key("visitor")).toString();
    visit.childSeenInPerson = p.value(key("seen_in_person")).toBool();
    for (const CheckField& field : kChecks) {
        VisitCheck& check = visit.*field.check;
        check.result = p.value(key(field.name)).toString();
        check.note = p.value(key(field.name) + QStringLiteral("_note")).toString();
    }
    visit.guardianshipAssessment = p.value(key("guardianship_assessment")).toString();
    visit.problems = p.value(key("problems")).toString();
    visit.needs = p.value(key("needs")).toString();
    visit.actions = p.value(key("actions")).toString();
    visit.followUp = p.value(key("follow_up")).toString();
    visit.nextVisitDate = dateOf(p.value(key("next_visit_date")));
    visit.guardianConfirmed = p.value(key("guardian_confirmed")).toBool();
    visit.triggeredSafetyReport = p.value(key("triggered_safety_report")).toBool();
    return visit;
}

}  // namespace tongbao
