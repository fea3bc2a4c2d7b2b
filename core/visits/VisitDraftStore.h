#pragma once

#include "common/Result.h"
#include "domain/Visit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace tongbao {

class Ledger;

// A visit form as it was last typed: the child, the visit being changed (empty for a new
// one), the form's fields as JSON, and when and by whom it was last saved.
struct VisitDraft {
    QString id;
    QString childId;
    QString visitId;
    QJsonObject payload;
    QDateTime updatedAt;  // UTC
    QString user;
};

// Keeps what a visit form holds while it is open, in the ledger file, so that nothing typed is
// lost when the battery runs out or the program is killed (issue 4: "nothing typed is lost").
// The form saves its draft a moment after each pause in typing; the next start offers every
// draft left behind. A draft is local scratch: not a record, not audited, never exported; it
// disappears when its visit is saved (VisitService does both in one transaction) or discarded.
//
// The payload holds the visit's fields under their column names, plus whatever else the form
// needs to look exactly as it was (keys it adds itself are kept as they are).
class VisitDraftStore {
    Q_DECLARE_TR_FUNCTIONS(VisitDraftStore)
public:
    explicit VisitDraftStore(Ledger& ledger);

    // Inserts or replaces the draft; a new draft gets an id. The time and user are stamped
    // from the ledger's clock and acting user.
    Status save(VisitDraft& draft);
    // Removing a draft that is already gone is not a failure.
    Status discard(const QString& id);

    std::optional<VisitDraft> load(const QString& id) const;
    // The latest draft of this visit (visitId empty: of a new visit to this child).
    std::optional<VisitDraft> find(const QString& childId, const QString& visitId = {}) const;
    // Every draft in the ledger, newest first.
    QVector<VisitDraft> all() const;
    int count() const;

    // The visit's fields as a payload, and back. visitOf keeps the draft's child and visit id.
    static QJsonObject payloadOf(const Visit& visit);
    static Visit visitOf(const VisitDraft& draft);

private:
    Ledger& m_ledger;
};

}  // namespace tongbao
