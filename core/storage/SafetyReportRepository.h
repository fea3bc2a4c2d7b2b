#pragma once

#include "domain/SafetyReport.h"
#include "storage/RecordRepository.h"

namespace tongbao {

// Safety reports with their notifications and follow-up steps, saved as one aggregate.
// Who may see them is decided by the services above (roles), not here.
class SafetyReportRepository {
public:
    SafetyReportRepository(Database& db, RecordWriter& writer);

    Result<SafetyReport> load(const QString& id) const;
    QVector<SafetyReport> forChild(const QString& childId) const;
    QVector<SafetyReport> open() const;
    Status save(SafetyReport& report);

private:
    void attachParts(SafetyReport& report) const;

    Database& m_db;
    RecordRepository<SafetyReport> m_reports;
    RecordRepository<SafetyNotification> m_notifications;
    RecordRepository<SafetyStep> m_steps;
};

}  // namespace tongbao
