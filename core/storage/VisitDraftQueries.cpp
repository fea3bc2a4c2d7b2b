#include "storage/VisitDraftQueries.h"

#include "storage/ColumnMapping.h"
#include "storage/Database.h"

namespace tongbao {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, child_id, visit_id, payload, updated_at, user FROM visit_draft");

VisitDraftRow rowOf(const SqlQuery& query) {
    VisitDraftRow row;
    row.id = query.value(0).toString();
    row.childId = query.value(1).toString();
    row.visitId = query.value(2).toString();
    row.payload = query.value(3).toString();
    sqlvalue::from(query.value(4), row.updatedAt);
    row.user = query.value(5).toString();
    return row;
}

}  // namespace

VisitDraftQueries::VisitDraftQueries(Database& db)
    : m_db(db) {}

QStringList VisitDraftQueries::schema() {
    return {
        QStringLiteral("CREATE TABLE visit_draft (\n"
                       "  id TEXT PRIMARY KEY NOT NULL,\n"
                       "  child_id TEXT NOT NULL,\n"
                       "  visit_id TEXT NOT NULL DEFAULT '',\n"
                       "  payload TEXT NOT NULL,\n"
                       "  updated_at TEXT NOT NULL,\n"
                       "  user TEXT NOT NULL DEFAULT ''\n)"),
        QStringLiteral("CREATE INDEX visit_draft_child ON visit_draft(child_id, visit_id)"),
    };
}

bool VisitDraftQueries::upsert(const VisitDraftRow& row) {
    SqlQuery query(m_db,
                   QStringLiteral("INSERT INTO visit_draft "
                                  "(id, child_id, visit_id, payload, updated_at, user) "
                                  "VALUES (:id, :child, :visit, :payload, :at, :user) "
                                  "ON CONFLICT(id) DO UPDATE SET child_id = excluded.child_id, "
                                  "visit_id = excluded.visit_id, payload = excluded.payload, "
                                  "updated_at = excluded.updated_at, user = excluded.user"));
    // sqlvalue::to stores an empty text as '' rather than NULL.
    query.bind(QStringLiteral(":id"), sqlvalue::to(row.id))
        .bind(QStringLiteral(":child"), sqlvalue::to(row.childId))
        .bind(QStringLiteral(":visit"), sqlvalue::to(row.visitId))
        .bind(QStringLiteral(":payload"), sqlvalue::to(row.payload))
        .bind(QStringLiteral(":at"), sqlvalue::to(row.updatedAt))
        .bind(QStringLiteral(":user"), sqlvalue::to(row.user));
    if (!query.exec()) {
        m_db.setLastError(query.errorText());
        return false;
    }
    return true;
}

bool VisitDraftQueries::remove(const QString& id) {
    SqlQuery query(m_db, QStringLiteral("DELETE FROM visit_draft WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (!query.exec()) {
        m_db.setLastError(query.errorText());
        return false;
    }
    return true;
}

std::optional<VisitDraftRow> VisitDraftQueries::load(const QString& id) const {
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rowOf(query);
}

std::optional<VisitDraftRow> VisitDraftQueries::find(const QString& childId,
                                                     const QString& visitId) const {
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE child_id = :child AND visit_id = :visit "
                                                  "ORDER BY updated_at DESC, id LIMIT 1"));
    query.bind(QStringLiteral(":child"), sqlvalue::to(childId))
        .bind(QStringLiteral(":visit"), sqlvalue::to(visitId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rowOf(query);
}

QVector<VisitDraftRow> VisitDraftQueries::all() const {
    SqlQuery query(m_db, kSelect + QStringLiteral(" ORDER BY updated_at DESC, id"));
    QVector<VisitDraftRow> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(rowOf(query));
    return rows;
}

int VisitDraftQueries::count() const {
    SqlQuery query(m_db, QStringLiteral("SELECT count(*) FROM visit_draft"));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

}  // namespace tongbao
