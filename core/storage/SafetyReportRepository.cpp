#include "storage/SafetyReportRepository.h"

#include <QSet>

namespace tongbao {

namespace {
QVector<Column<SafetyReport>> reportColumns() {
    return {
        TONGBAO_COLUMN(SafetyReport, "child_id", childId),
        TONGBAO_COLUMN(SafetyReport, "visit_id", visitId),
        TONGBAO_COLUMN(SafetyReport, "discovered_at", discoveredAt),
        TONGBAO_COLUMN(SafetyReport, "discovered_by", discoveredBy),
        TONGBAO_COLUMN(SafetyReport, "situations", situations),
        TONGBAO_COLUMN(SafetyReport, "description", description),
        TONGBAO_COLUMN(SafetyReport, "child_safe_now", childSafeNow),
        TONGBAO_COLUMN(SafetyReport, "status", status),
        TONGBAO_COLUMN(SafetyReport, "closed_at", closedAt),
        TONGBAO_COLUMN(SafetyReport, "closing_result", closingResult),
    };
}

QVector<Column<SafetyNotification>> notificationColumns() {
    return {
        TONGBAO_COLUMN(SafetyNotification, "report_id", reportId),
        TONGBAO_COLUMN(SafetyNotification, "recipient", recipient),
        TONGBAO_COLUMN(SafetyNotification, "notified_at", notifiedAt),
        TONGBAO_COLUMN(SafetyNotification, "method", method),
        TONGBAO_COLUMN(SafetyNotification, "receiver", receiver),
        TONGBAO_COLUMN(SafetyNotification, "receipt_number", receiptNumber),
    };
}

QVector<Column<SafetyStep>> stepColumns() {
    return {
        TONGBAO_COLUMN(SafetyStep, "report_id", reportId),
        TONGBAO_COLUMN(SafetyStep, "kind", kind),
        TONGBAO_COLUMN(SafetyStep, "step_date", stepDate),
        TONGBAO_COLUMN(SafetyStep, "actor", actor),
        TONGBAO_COLUMN(SafetyStep, "action", action),
        TONGBAO_COLUMN(SafetyStep, "outcome", outcome),
    };
}

// Saves the parts listed and tombstones the stored ones no longer listed.
template <typename Part>
Status saveParts(RecordRepository<Part>& repository,
                 QVector<Part>& parts,
                 const QString& reportId) {
    QSet<QString> kept;
    for (Part& part : parts) {
        part.reportId = reportId;
        const Status saved = repository.save(part);
        if (!saved)
            return saved;
        kept.insert(part.meta.id);
    }
    for (const Part& stored : repository.where(QStringLiteral("report_id"), reportId)) {
        if (kept.contains(stored.meta.id))
            continue;
        const Status removed = repository.remove(stored.meta.id);
        if (!removed)
            return removed;
    }
    return Status::success();
}
}  // namespace

SafetyReportRepository::SafetyReportRepository(Database& db, RecordWriter& writer)
    : m_db(db)
    , m_reports(db, writer, QStringLiteral("safety_report"), reportColumns())
    , m_notifications(db, writer, QStringLiteral("safety_notification"), notificationColumns())
    , m_steps(db, writer, QStringLiteral("safety_step"), stepColumns()) {}

void SafetyReportRepository::attachParts(SafetyReport& report) const {
    report.notifications = m_notifications.where(QStringLiteral("report_id"), report.meta.id,
                                                 QStringLiteral("notified_at"));
    report.steps = m_steps.where(QStringLiteral("report_id"), report.meta.id,
                                 QStringLiteral("step_date, rev"));
}

Result<SafetyReport> SafetyReportRepository::load(const QString& id) const {
    Result<SafetyReport> report = m_reports.load(id);
    if (report)
        attachParts(*report);
    return report;
}

QVector<SafetyReport> SafetyReportRepository::forChild(const QString& childId) const {
    QVector<SafetyReport> reports =
        m_reports.where(QStringLiteral("child_id"), childId, QStringLiteral("discovered_at DESC"));
    for (SafetyReport& report : reports)
        attachParts(report);
    return reports;
}

QVector<SafetyReport> SafetyReportRepository::open() const {
    QVector<SafetyReport> reports = m_reports.where(
        QStringLiteral("status"), QStringLiteral("open"), QStringLiteral("discovered_at"));
    for (SafetyReport& report : reports)
        attachParts(report);
    return reports;
}

Status SafetyReportRepository::save(SafetyReport& report) {
    Transaction transaction(m_db);
    Status saved = m_reports.save(report);
    if (saved)
        saved = saveParts(m_notifications, report.notifications, report.meta.id);
    if (saved)
        saved = saveParts(m_steps, report.steps, report.meta.id);
    if (!saved)
        return saved;
    if (!transaction.commit())
        return Status::failure(QCoreApplication::translate(
            "RecordRepository", "The safety report could not be saved. Nothing was changed."));
    return Status::success();
}

}  // namespace tongbao
