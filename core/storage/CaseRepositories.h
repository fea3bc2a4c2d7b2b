#pragma once

#include "domain/Guardianship.h"
#include "domain/Measure.h"
#include "domain/Referral.h"
#include "domain/Visit.h"
#include "storage/RecordRepository.h"

#include <optional>

namespace tongbao {

// Records that hang off one child: each repository adds "the child's records" to the shared
// behaviour, newest first where the record has a date.
template <typename T>
class ChildRecordRepository : public RecordRepository<T> {
public:
    ChildRecordRepository(Database& db,
                          RecordWriter& writer,
                          const QString& table,
                          QVector<Column<T>> columns,
                          QString order)
        : RecordRepository<T>(db, writer, table, std::move(columns))
        , m_order(std::move(order)) {}

    QVector<T> forChild(const QString& childId) const {
        return this->where(QStringLiteral("child_id"), childId, m_order);
    }

private:
    QString m_order;
};

// One guardianship row per child.
class GuardianshipRepository : public ChildRecordRepository<Guardianship> {
public:
    GuardianshipRepository(Database& db, RecordWriter& writer);
    std::optional<Guardianship> ofChild(const QString& childId) const;
};

class MeasureRepository : public ChildRecordRepository<Measure> {
public:
    MeasureRepository(Database& db, RecordWriter& writer);
};

class ReferralRepository : public ChildRecordRepository<Referral> {
public:
    ReferralRepository(Database& db, RecordWriter& writer);
};

class VisitRepository : public ChildRecordRepository<Visit> {
public:
    VisitRepository(Database& db, RecordWriter& writer);
};

}  // namespace tongbao
