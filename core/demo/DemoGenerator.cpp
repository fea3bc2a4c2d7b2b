#include "demo/DemoGenerator.h"

#include "demo/ChineseNames.h"
#include "demo/DemoCaseHistory.h"
#include "demo/DemoChildren.h"
#include "demo/DemoFamilies.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRandom.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/RecordWriter.h"
#include "storage/SafetyReportRepository.h"

#include <optional>

namespace tongbao {

namespace {

// Children written per transaction. One transaction for a whole district-sized run would let
// the write-ahead log grow to the size of the data before it can be checkpointed; chunks keep
// it small while each household still lands whole. The whole run is one BulkWrite scope: the
// same rows and history as saving them one by one, several times faster.
constexpr int kChildrenPerTransaction = 5000;

quint64 mix(quint64 value) {
    // splitmix64: spreads a small salt over all 64 bits.
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

class DemoRun {
public:
    DemoRun(Ledger& ledger, const DemoOptions& options, quint64 salt)
        : m_ledger(ledger)
        , m_options(options)
        , m_today(ledger.clock().today())
        , m_random(salt == 0 ? options.seed : options.seed ^ mix(salt))
        , m_ids(m_random.next(), m_random)
        , m_people(m_random, m_today)
        , m_families(m_random, m_people, m_today)
        , m_history(m_random, m_ids, ledger.clock().now())
        , m_children(m_random, m_people, m_today) {
        if (salt != 0) {
            // Adding to a ledger with children: never invent a number already on file.
            m_people.setAlreadyTaken([&ledger](const QString& number) {
                return !ledger.children().withIdNumber(number).isEmpty();
            });
        }
        m_villages = DemoChildren::villagesOf(ledger.identity(), m_random);
        m_history.setVisitors(
            {ChineseNames::fullName(m_random, false, ChineseNames::Generation::Parent),
             ChineseNames::fullName(m_random, true, ChineseNames::Generation::Parent)});
        m_history.setTownName(m_villages.first().town);
    }

    Result<DemoSummary> run(const DemoGenerator::Progress& progress);

private:
    Status writeFamily(DemoFamily& family);
    Status failed(const QString& what, const Status& status) const;

    Ledger& m_ledger;
    DemoOptions m_options;
    QDate m_today;
    DemoRandom m_random;
    DemoIds m_ids;
    DemoPeople m_people;
    DemoFamilies m_families;
    DemoCaseHistory m_history;
    DemoChildren m_children;
    QVector<DemoVillage> m_villages;
    DemoSummary m_summary;
};

Status DemoRun::failed(const QString& what, const Status& status) const {
    return Status::failure(DemoGenerator::tr("The demo data could not be written (%1): %2")
                               .arg(what, status.message()));
}

Result<DemoSummary> DemoRun::run(const DemoGenerator::Progress& progress) {
    Database& db = m_ledger.database();
    BulkWrite transaction(m_ledger.writer());
    if (!transaction.active())
        return Result<DemoSummary>::failure(
            DemoGenerator::tr("The ledger file cannot be written to: %1").arg(db.lastError()));
    int sinceCommit = 0;
    for (int householdIndex = 0; m_summary.children < m_options.children; ++householdIndex) {
        const FamilySituation situation = m_families.situationFor(householdIndex);
        DemoFamily family = m_families.make(situation, m_options.children - m_summary.children);
        const int before = m_summary.children;
        const Status written = writeFamily(family);
        if (!written)
            return Result<DemoSummary>(written);
        sinceCommit += m_summary.children - before;
        if (sinceCommit >= kChildrenPerTransaction && m_summary.children < m_options.children) {
            if (!transaction.commitAndContinue())
                return Result<DemoSummary>::failure(
                    DemoGenerator::tr("The demo data could not be saved: %1").arg(db.lastError()));
            sinceCommit = 0;
        }
        if (progress)
            progress(m_summary.children, m_options.children);
    }
    if (!transaction.commit())
        return Result<DemoSummary>::failure(
            DemoGenerator::tr("The demo data could not be saved: %1").arg(db.lastError()));
    return m_summary;
}

Status DemoRun::writeFamily(DemoFamily& family) {
    const DemoVillage& village = m_random.pick(m_villages);
    const DemoAddress address = m_children.addressIn(village, family);
    if (family.hasHousehold) {
        Household& household = family.household;
        household.meta.id = m_ids.next();
        household.areaCode = village.areaCode;
        household.villageGroup = address.villageGroup;
        household.address = address.text;
        for (HouseholdMember& member : household.members)
            member.meta.id = m_ids.next();
        const Status saved = m_ledger.households().save(household);
        if (!saved)
            return failed(DemoGenerator::tr("household"), saved);
        ++m_summary.households;
        m_summary.householdMembers += household.members.size();
    }

    for (int i = 0; i < family.childBirthDates.size(); ++i) {
        DemoChild made = m_children.make(family, i, village, address);
        Child& child = made.child;
        child.meta.id = m_ids.next();
        if (family.hasHousehold)
            child.householdId = family.household.meta.id;
        const bool risky = DemoChildren::isRiskySituation(family.situation);
        DemoCaseHistory::ReportKind report = DemoCaseHistory::ReportKind::None;
        if (child.isActive() && child.ageOn(m_today) >= 2 &&
            ((risky && (m_summary.safetyReports < 3 || m_random.permille(25))) ||
             m_random.permille(1))) {
            static const DemoCaseHistory::ReportKind cycle[] = {
                DemoCaseHistory::ReportKind::Closed,
                DemoCaseHistory::ReportKind::OpenNotYetReported,
                DemoCaseHistory::ReportKind::OpenReported,
                DemoCaseHistory::ReportKind::Closed,
                DemoCaseHistory::ReportKind::OpenReported,
            };
            report = cycle[m_summary.safetyReports % 5];
        }
        child.riskLevel = m_children.riskLevel(child, made.guardianship, family,
                                               report != DemoCaseHistory::ReportKind::None);
        Status saved = m_ledger.children().save(child);
        if (!saved)
            return failed(DemoGenerator::tr("child"), saved);
        ++m_summary.children;
        if (!child.isActive())
            ++m_summary.closedFiles;

        Guardianship& guardianship = made.guardianship;
        guardianship.meta.id = m_ids.next();
        guardianship.childId = child.meta.id;
        saved = m_ledger.guardianships().save(guardianship);
        if (!saved)
            return failed(DemoGenerator::tr("guardianship"), saved);

        for (Measure& measure : m_history.measures(child, guardianship)) {
            saved = m_ledger.measures().save(measure);
            if (!saved)
                return failed(DemoGenerator::tr("measure"), saved);
            ++m_summary.measures;
        }
        for (Referral& referral : m_history.referrals(child, guardianship)) {
            saved = m_ledger.referrals().save(referral);
            if (!saved)
                return failed(DemoGenerator::tr("referral"), saved);
            ++m_summary.referrals;
        }
        const bool overdue = child.isActive() && m_random.permille(120);
        QVector<Visit> visits = m_history.visits(child, guardianship, overdue);
        std::optional<SafetyReport> safety;
        if (report != DemoCaseHistory::ReportKind::None)
            safety = m_history.safetyReport(child, report, visits);
        for (Visit& visit : visits) {
            saved = m_ledger.visits().save(visit);
            if (!saved)
                return failed(DemoGenerator::tr("visit"), saved);
            ++m_summary.visits;
        }
        if (safety) {
            saved = m_ledger.safetyReports().save(*safety);
            if (!saved)
                return failed(DemoGenerator::tr("safety report"), saved);
            ++m_summary.safetyReports;
        }
    }
    return Status::success();
}

}  // namespace

Ledger::NewLedger DemoGenerator::defaultLedger() {
    return {QStringLiteral("village"), QStringLiteral("古南街道桥河社区居委会"),
            QStringLiteral("500110001004")};
}

Result<DemoSummary> DemoGenerator::fill(Ledger& ledger,
                                        const DemoOptions& options,
                                        const Progress& progress) {
    if (options.children < 1)
        return Result<DemoSummary>::failure(tr("Ask for at least one child."));
    ChildListFilter everyone;
    everyone.includeDeleted = true;
    const int onFile = ChildListQuery(ledger.database()).count(everyone);
    DemoRun run(ledger, options, quint64(qMax(0, onFile)));
    return run.run(progress);
}

}  // namespace tongbao
