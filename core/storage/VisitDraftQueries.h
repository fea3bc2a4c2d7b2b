#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace tongbao {

class Database;

// One stored draft, as the table holds it: the payload is JSON text that VisitDraftStore reads.
struct VisitDraftRow {
    QString id;
    QString childId;
    QString visitId;  // empty for a new visit
    QString payload;
    QDateTime updatedAt;  // UTC
    QString user;
};

// The SQL of the visit drafts (table visit_draft, migration 6). Drafts are local scratch for
// one laptop: never synchronised, never exported, not audited (they are not records yet; the
// visit saved from a draft is), so the table has none of the sync columns and no links that
// could stop a draft from being written.
class VisitDraftQueries {
public:
    explicit VisitDraftQueries(Database& db);

    // The statements of migration 6. Released with that migration: never change them, add a
    // new migration instead.
    static QStringList schema();

    // Inserts or replaces the draft with this id.
    bool upsert(const VisitDraftRow& row);
    bool remove(const QString& id);
    std::optional<VisitDraftRow> load(const QString& id) const;
    // The newest draft for this child and visit (visitId empty: a new visit), if any.
    std::optional<VisitDraftRow> find(const QString& childId, const QString& visitId) const;
    // Every draft, newest first.
    QVector<VisitDraftRow> all() const;
    int count() const;

private:
    Database& m_db;
};

}  // namespace tongbao
