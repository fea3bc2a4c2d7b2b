#include "safety/SafetyWorkflow.h"

#include "domain/Vocabulary.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"

#include <algorithm>
#include <optional>

namespace tongbao {

namespace {

bool isBlank(const QString& text) {
    return text.trimmed().isEmpty();
}

QString shownTime(const QDateTime& time) {
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDate localDate(const QDateTime& time) {
    return time.toLocalTime().date();
}

}  // namespace

SafetyWorkflow::SafetyWorkflow(Ledger& ledger)
    : m_ledger(ledger) {}

bool SafetyWorkflow::isOpen(const SafetyReport& report) {
    return report.status != QLatin1String("closed");
}

bool SafetyWorkflow::isUrgent(const SafetyReport& report) {
    return isOpen(report) && report.policeNotification() == nullptr;
}

const QStringList& SafetyWorkflow::mustTell() {
    static const QStringList recipients{QStringLiteral("police"), QStringLiteral("town")};
    return recipients;
}

QStringList SafetyWorkflow::stillToTell(const SafetyReport& report) {
    QStringList missing;
    for (const QString& recipient : mustTell()) {
        const bool told = std::any_of(report.notifications.cbegin(), report.notifications.cend(),
                                      [&](const SafetyNotification& notification) {
                                          return !notification.meta.deleted &&
                                                 notification.recipient == recipient;
                                      });
        if (!told)
            missing.append(recipient);
    }
    return missing;
}

QStringList SafetyWorkflow::missingStepKinds(const SafetyReport& report) {
    QStringList missing;
    for (const QString& kind : Vocabulary::codes(vocab::SafetyStepKind)) {
        const bool done = std::any_of(
            report.steps.cbegin(), report.steps.cend(),
            [&](const SafetyStep& step) { return !step.meta.deleted && step.kind == kind; });
        if (!done)
            missing.append(kind);
    }
    return missing;
}

Status SafetyWorkflow::checkStart(const SafetyReport& report, const QDateTime& now) {
    if (isBlank(report.childId))
        return Status::failure(tr("Choose the child this report is about."));
    if (report.situations.isEmpty())
        return Status::failure(tr("Tick at least one of the situations that were found."));
    for (const QString& situation : report.situations) {
        if (!Vocabulary::contains(vocab::SafetySituation, situation))
            return Status::failure(
                tr("One of the ticked situations is not in the list (%1). Please tick it again.")
                    .arg(situation));
    }
    if (!report.discoveredAt.isValid())
        return Status::failure(tr("Enter when the danger was found."));
    if (report.discoveredAt > now)
        return Status::failure(tr("The time the danger was found cannot be later than now."));
    return Status::success();
}

Status SafetyWorkflow::checkNotification(const SafetyReport& report,
                                         const SafetyNotification& notification,
                                         const QDateTime& now) {
    if (!isOpen(report))
        return Status::failure(tr("This report is closed; nothing more can be added to it."));
    if (!Vocabulary::contains(vocab::SafetyRecipient, notification.recipient))
        return Status::failure(tr("Choose who was told: the police, the town, or another office."));
    if (!Vocabulary::contains(vocab::NotificationMethod, notification.method))
        return Status::failure(
            tr("Choose how they were told: by phone, in person, in writing or online."));
    if (!notification.notifiedAt.isValid())
        return Status::failure(tr("Enter when they were told."));
    if (notification.notifiedAt > now)
        return Status::failure(tr("The time they were told cannot be later than now."));
    if (report.discoveredAt.isValid() && notification.notifiedAt < report.discoveredAt)
        return Status::failure(
            tr("The time they were told cannot be before the danger was found (%1).")
                .arg(shownTime(report.discoveredAt)));
    return Status::success();
}

Status SafetyWorkflow::checkStep(const SafetyReport& report,
                                 const SafetyStep& step,
                                 const QDate& today) {
    if (!isOpen(report))
        return Status::failure(tr("This report is closed; nothing more can be added to it."));
    if (!Vocabulary::contains(vocab::SafetyStepKind, step.kind))
        return Status::failure(
            tr("Choose the kind of step: emergency handling, assessment and "
               "help, or guardianship intervention."));
    if (!step.stepDate.isValid())
        return Status::failure(tr("Enter the date of the step."));
    if (step.stepDate > today)
        return Status::failure(tr("The date of the step cannot be later than today."));
    if (report.discoveredAt.isValid() && step.stepDate < localDate(report.discoveredAt))
        return Status::failure(tr("The date of the step cannot be before the danger was found "
                                  "(%1).")
                                   .arg(localDate(report.discoveredAt).toString(Qt::ISODate)));
    if (isBlank(step.actor))
        return Status::failure(tr("Enter who carried out the step."));
    if (isBlank(step.outcome))
        return Status::failure(tr("Write down what came of the step."));
    return Status::success();
}

Status SafetyWorkflow::checkClosing(const SafetyReport& report,
                                    const QString& result,
                                    const QString& reasonPoliceNotTold) {
    if (!isOpen(report))
        return Status::failure(tr("This report is already closed."));
    if (isBlank(result))
        return Status::failure(tr("Write down how the case ended before closing it."));
    if (!report.policeNotification() && isBlank(reasonPoliceNotTold))
        return Status::failure(
            tr("The report to the police has not been recorded. Record it first, or write down "
               "why the police were not told."));
    return Status::success();
}

QString SafetyWorkflow::closingText(const QString& result, const QString& reasonPoliceNotTold) {
    if (isBlank(reasonPoliceNotTold))
        return result.trimmed();
    return result.trimmed() + QLatin1Char('\n') +
           tr("Why the police were not told: %1").arg(reasonPoliceNotTold.trimmed());
}

QString SafetyWorkflow::elapsedText(qint64 seconds) {
    const qint64 minutes = qMax<qint64>(seconds, 0) / 60;
    const int days = int(minutes / (24 * 60));
    const int hours = int(minutes / 60 % 24);
    const int restMinutes = int(minutes % 60);
    if (days > 0)
        return hours > 0 ? tr("%n day(s)", nullptr, days) + QLatin1Char(' ') +
                               tr("%n hour(s)", nullptr, hours)
                         : tr("%n day(s)", nullptr, days);
    if (hours > 0)
        return restMinutes > 0 ? tr("%n hour(s)", nullptr, hours) + QLatin1Char(' ') +
                                     tr("%n minute(s)", nullptr, restMinutes)
                               : tr("%n hour(s)", nullptr, hours);
    return tr("%n minute(s)", nullptr, restMinutes);
}

SafetyReport SafetyWorkflow::draftForChild(const QString& childId) const {
    SafetyReport report;
    report.childId = childId;
    report.discoveredAt = m_ledger.clock().now();
    report.discoveredBy = m_ledger.actor();
    return report;
}

Result<SafetyReport> SafetyWorkflow::draftForVisit(const QString& visitId) const {
    const Result<Visit> visit = m_ledger.visits().load(visitId);
    if (!visit || visit->meta.deleted)
        return Result<SafetyReport>::failure(tr("The visit this report comes from was not found."));
    SafetyReport report = draftForChild(visit->childId);
    report.visitId = visitId;
    return report;
}

Result<SafetyReport> SafetyWorkflow::start(SafetyReport report) {
    const QDateTime now = m_ledger.clock().now();
    if (!report.meta.id.isEmpty() && m_ledger.safetyReports().load(report.meta.id))
        return Result<SafetyReport>::failure(tr("This report has already been started."));
    if (!report.discoveredAt.isValid())
        report.discoveredAt = now;
    if (isBlank(report.discoveredBy))
        report.discoveredBy = m_ledger.actor();
    report.status = QStringLiteral("open");
    report.closedAt = QDateTime();
    report.closingResult.clear();
    const Status valid = checkStart(report, now);
    if (!valid)
        return valid;
    const Result<Child> child = m_ledger.children().load(report.childId);
    if (!child || child->meta.deleted)
        return Result<SafetyReport>::failure(tr("The child's file was not found."));

    std::optional<Visit> visit;
    if (!report.visitId.isEmpty()) {
        Result<Visit> loaded = m_ledger.visits().load(report.visitId);
        if (!loaded || loaded->meta.deleted)
            return Result<SafetyReport>::failure(
                tr("The visit this report comes from was not found."));
        if (loaded->childId != report.childId)
            return Result<SafetyReport>::failure(
                tr("The visit this report comes from is about another child."));
        visit = *loaded;
    }

    Transaction transaction(m_ledger.database());
    Status saved = m_ledger.safetyReports().save(report);
    if (saved && visit && !visit->triggeredSafetyReport) {
        visit->triggeredSafetyReport = true;
        saved = m_ledger.visits().save(*visit);
    }
    if (!saved)
        return saved;
    if (!transaction.commit())
        return Result<SafetyReport>::failure(
            tr("The safety report could not be saved. Nothing was changed."));
    return report;
}

Result<SafetyReport> SafetyWorkflow::loadReport(const QString& reportId) const {
    Result<SafetyReport> report = m_ledger.safetyReports().load(reportId);
    if (!report || report->meta.deleted)
        return Result<SafetyReport>::failure(tr("The safety report was not found."));
    return report;
}

Result<SafetyReport> SafetyWorkflow::save(SafetyReport& report) {
    const Status saved = m_ledger.safetyReports().save(report);
    if (!saved)
        return saved;
    return report;
}

Result<SafetyReport> SafetyWorkflow::recordNotification(const QString& reportId,
                                                        SafetyNotification notification) {
    Result<SafetyReport> report = loadReport(reportId);
    if (!report)
        return report;
    const QDateTime now = m_ledger.clock().now();
    if (!notification.notifiedAt.isValid())
        notification.notifiedAt = now;
    const Status valid = checkNotification(*report, notification, now);
    if (!valid)
        return valid;
    notification.meta = SyncMeta();
    notification.reportId = reportId;
    report->notifications.append(notification);
    return save(*report);
}

Result<SafetyReport> SafetyWorkflow::addStep(const QString& reportId, SafetyStep step) {
    Result<SafetyReport> report = loadReport(reportId);
    if (!report)
        return report;
    const QDate today = m_ledger.clock().today();
    if (!step.stepDate.isValid())
        step.stepDate = today;
    if (isBlank(step.actor))
        step.actor = m_ledger.actor();
    const Status valid = checkStep(*report, step, today);
    if (!valid)
        return valid;
    step.meta = SyncMeta();
    step.reportId = reportId;
    report->steps.append(step);
    return save(*report);
}

Result<SafetyReport> SafetyWorkflow::close(const QString& reportId,
                                           const QString& result,
                                           const QString& reasonPoliceNotTold) {
    Result<SafetyReport> report = loadReport(reportId);
    if (!report)
        return report;
    const Status valid = checkClosing(*report, result, reasonPoliceNotTold);
    if (!valid)
        return valid;
    report->status = QStringLiteral("closed");
    report->closedAt = m_ledger.clock().now();
    report->closingResult = closingText(result, reasonPoliceNotTold);
    return save(*report);
}

}  // namespace tongbao
