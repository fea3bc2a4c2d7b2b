#include "report/CaseFile.h"

#include "domain/IdNumber.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"
#include "storage/SafetyReportRepository.h"

namespace tongbao {

Result<CaseFile> CaseFile::load(Ledger& ledger, const QString& childId, bool withSafetyReports) {
    Result<Child> child = ledger.children().load(childId);
    if (!child || child->meta.deleted)
        return Result<CaseFile>::failure(tr("There is no child with the id %1.").arg(childId));
    CaseFile file;
    file.child = *child;
    if (!file.child.householdId.isEmpty()) {
        Result<Household> household = ledger.households().load(file.child.householdId);
        if (household && !household->meta.deleted)
            file.household = *household;
    }
    file.guardianship = ledger.guardianships().ofChild(childId);
    file.measures = ledger.measures().forChild(childId);
    file.referrals = ledger.referrals().forChild(childId);
    file.visits = ledger.visits().forChild(childId);
    // Only the roles that may see safety reports get them on paper (issue 7).
    if (withSafetyReports && ledger.writer().context().access.seesSafetyReports()) {
        for (const SafetyReport& report : ledger.safetyReports().forChild(childId)) {
            if (report.status != QLatin1String("closed"))
                file.openSafetyReports.append(report);
        }
    }
    return file;
}

Result<QString> CaseFile::resolveChild(Ledger& ledger, const QString& idOrNumber) {
    const QString given = idOrNumber.trimmed();
    if (ledger.children().exists(given)) {
        Result<Child> child = ledger.children().load(given);
        if (child && !child->meta.deleted)
            return given;
    }
    const QVector<Child> matches = ledger.children().withIdNumber(IdNumber::normalize(given));
    if (matches.size() == 1)
        return matches.first().meta.id;
    if (matches.size() > 1)
        return Result<QString>::failure(
            tr("Several children have the ID number %1; name the child by its record id.")
                .arg(given));
    return Result<QString>::failure(
        tr("No child in this ledger has the id or ID number %1.").arg(given));
}

}  // namespace tongbao
