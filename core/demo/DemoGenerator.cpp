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

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tongbao {

namespace {

quint64 mix(quint64 value) {
    // splitmix64: spreads a small salt over all 64 bits.
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

template <typename T>
QVector<PreparedRecord<T>> prepareAll(const RecordRepository<T>& repository,
                                      const QVector<T>& records) {
    QVector<PreparedRecord<T>> prepared;
    prepared.reserve(records.size());
    for (const T& record : records)
        prepared.append(repository.prepare(record));
    return prepared;
}

// The repositories the run adds to, reached once on the writing thread (the ledger makes them
// when first asked): the family maker prepares records with them from its own thread.
struct DemoRepositories {
    explicit DemoRepositories(Ledger& ledger)
        : children(ledger.children())
        , guardianships(ledger.guardianships())
        , measures(ledger.measures())
        , referrals(ledger.referrals())
        , visits(ledger.visits()) {}
    ChildRepository& children;
    GuardianshipRepository& guardianships;
    MeasureRepository& measures;
    ReferralRepository& referrals;
    VisitRepository& visits;
};

// One family as the generator made it, ready to be written: the household (if any) and, per
// child, every record in the order they are saved.
// A child's records as they will be added: fields and history change lists made with them
// (RecordRepository::prepare), on the thread that makes the families.
struct DemoChildRecords {
    PreparedRecord<Child> child;
    PreparedRecord<Guardianship> guardianship;
    QVector<PreparedRecord<Measure>> measures;
    QVector<PreparedRecord<Referral>> referrals;
    QVector<PreparedRecord<Visit>> visits;
    std::optional<SafetyReport> safety;
};

struct DemoFamilyRecords {
    bool hasHousehold = false;
    Household household;
    QVector<DemoChildRecords> children;
};

// Families made on a thread of their own while the run writes the ones made before. Making a
// family draws only on the run's random source, never on the ledger, so the records are the same
// as when each family is made just before it is written; only a run that must look up the
// ledger's ID numbers (adding to a ledger that has children) makes them on the writing thread.
class FamilyQueue {
public:
    explicit FamilyQueue(std::function<std::optional<DemoFamilyRecords>()> make)
        : m_make(std::move(make))
        , m_thread([this] { produce(); }) {}

    ~FamilyQueue() {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // A family that has been written, to be freed on the maker's thread: its memory came from
    // there, and freeing it on the writing thread contended with the maker for malloc's locks
    // (5 % of a district demo's writing thread).
    void dispose(DemoFamilyRecords&& family) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_spent.push_back(std::move(family));
    }

    // The next family, or nothing when every family asked for has been made.
    std::optional<DemoFamilyRecords> next() {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_families.empty() && !m_done) {
            m_writerWaits = true;
            m_changed.wait(lock, [this] { return !m_families.empty() || m_done; });
            m_writerWaits = false;
        }
        if (m_families.empty())
            return std::nullopt;
        DemoFamilyRecords family = std::move(m_families.front());
        m_families.pop_front();
        // The maker is woken when half the queue is free, not for every family taken.
        if (m_makerWaits && m_families.size() <= kAhead / 2)
            m_changed.notify_all();
        return family;
    }

private:
    static constexpr std::size_t kAhead = 64;  // families made ahead of the writer at most

    void produce() {
        std::vector<DemoFamilyRecords> spent;
        for (;;) {
            spent.clear();  // outside the lock
            std::optional<DemoFamilyRecords> family = m_make();
            std::unique_lock<std::mutex> lock(m_mutex);
            spent.swap(m_spent);
            if (m_stop)
                return;  // the writer stopped (it failed): nothing more is wanted
            if (!family) {
                m_done = true;
                m_changed.notify_all();
                return;
            }
            if (m_families.size() >= kAhead) {
                m_makerWaits = true;
                m_changed.wait(lock, [this] { return m_stop || m_families.size() <= kAhead / 2; });
                m_makerWaits = false;
            }
            if (m_stop)
                return;
            m_families.push_back(std::move(*family));
            if (m_writerWaits)
                m_changed.notify_all();
        }
    }

    std::function<std::optional<DemoFamilyRecords>()> m_make;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<DemoFamilyRecords> m_families;
    std::vector<DemoFamilyRecords> m_spent;  // written, to be freed by the maker
    bool m_done = false;
    bool m_stop = false;
    bool m_writerWaits = false;
    bool m_makerWaits = false;
    std::thread m_thread;  // last: starts once everything above is ready
};

class DemoRun {
public:
    DemoRun(Ledger& ledger, const DemoOptions& options, quint64 salt)
        : m_ledger(ledger)
        , m_repositories(ledger)
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
            m_readsLedger = true;
        }
        m_villages = DemoChildren::villagesOf(ledger.identity(), m_random);
        m_history.setVisitors(
            {ChineseNames::fullName(m_random, false, ChineseNames::Generation::Parent),
             ChineseNames::fullName(m_random, true, ChineseNames::Generation::Parent)});
        m_history.setTownName(m_villages.first().town);
    }

    Result<DemoSummary> run(const DemoGenerator::Progress& progress);

private:
    // Makes the next family, or nothing once the children asked for are planned. Uses the
    // random source and the makers only, never the ledger (but for setAlreadyTaken).
    std::optional<DemoFamilyRecords> makeFamily();
    Status writeFamily(DemoFamilyRecords& family);
    Status failed(const QString& what, const Status& status) const;

    Ledger& m_ledger;
    DemoRepositories m_repositories;
    DemoOptions m_options;
    QDate m_today;
    DemoRandom m_random;
    DemoIds m_ids;
    DemoPeople m_people;
    DemoFamilies m_families;
    DemoCaseHistory m_history;
    DemoChildren m_children;
    QVector<DemoVillage> m_villages;
    bool m_readsLedger = false;
    // What the families made so far hold (the maker's count), and what was written.
    int m_householdIndex = 0;
    int m_plannedChildren = 0;
    int m_plannedSafetyReports = 0;
    DemoSummary m_summary;
};

Status DemoRun::failed(const QString& what, const Status& status) const {
    return Status::failure(DemoGenerator::tr("The demo data could not be written (%1): %2")
                               .arg(what, status.message()));
}

Result<DemoSummary> DemoRun::run(const DemoGenerator::Progress& progress) {
    Database& db = m_ledger.database();
    // The whole run is one BulkWrite scope: the same rows and history as saving them one by one,
    // several times faster.
    BulkWrite transaction(m_ledger.writer());
    if (!transaction.active())
        return Result<DemoSummary>::failure(
            DemoGenerator::tr("The ledger file cannot be written to: %1").arg(db.lastError()));
    std::optional<FamilyQueue> ahead;
    if (!m_readsLedger)
        ahead.emplace([this] { return makeFamily(); });
    int sinceCommit = 0;
    for (;;) {
        std::optional<DemoFamilyRecords> family = ahead ? ahead->next() : makeFamily();
        if (!family)
            break;
        const int before = m_summary.children;
        const Status written = writeFamily(*family);
        if (!written)
            return Result<DemoSummary>(written);
        if (ahead)
            ahead->dispose(std::move(*family));
        sinceCommit += m_summary.children - before;
        if (m_options.childrenPerTransaction > 0 &&
            sinceCommit >= m_options.childrenPerTransaction &&
            m_summary.children < m_options.children) {
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

std::optional<DemoFamilyRecords> DemoRun::makeFamily() {
    if (m_plannedChildren >= m_options.children)
        return std::nullopt;
    const FamilySituation situation = m_families.situationFor(m_householdIndex++);
    DemoFamily family = m_families.make(situation, m_options.children - m_plannedChildren);

    DemoFamilyRecords records;
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
    }

    for (int i = 0; i < family.childBirthDates.size(); ++i) {
        DemoChild made = m_children.make(family, i, village, address);
        Child& c = made.child;
        c.meta.id = m_ids.next();
        if (family.hasHousehold)
            c.householdId = family.household.meta.id;
        const bool risky = DemoChildren::isRiskySituation(family.situation);
        DemoCaseHistory::ReportKind report = DemoCaseHistory::ReportKind::None;
        if (c.isActive() && c.ageOn(m_today) >= 2 &&
            ((risky && (m_plannedSafetyReports < 3 || m_random.permille(25))) ||
             m_random.permille(1))) {
            static const DemoCaseHistory::ReportKind cycle[] = {
                DemoCaseHistory::ReportKind::Closed,
                DemoCaseHistory::ReportKind::OpenNotYetReported,
                DemoCaseHistory::ReportKind::OpenReported,
                DemoCaseHistory::ReportKind::Closed,
                DemoCaseHistory::ReportKind::OpenReported,
            };
            report = cycle[m_plannedSafetyReports % 5];
        }
        c.riskLevel = m_children.riskLevel(c, made.guardianship, family,
                                           report != DemoCaseHistory::ReportKind::None);
        ++m_plannedChildren;

        Guardianship& guardianship = made.guardianship;
        guardianship.meta.id = m_ids.next();
        guardianship.childId = c.meta.id;
        DemoChildRecords child;
        const QVector<Measure> measures = m_history.measures(c, guardianship);
        const QVector<Referral> referrals = m_history.referrals(c, guardianship);
        const bool overdue = c.isActive() && m_random.permille(120);
        QVector<Visit> visits = m_history.visits(c, guardianship, overdue);
        if (report != DemoCaseHistory::ReportKind::None) {
            child.safety = m_history.safetyReport(c, report, visits);
            ++m_plannedSafetyReports;
        }
        child.child = m_repositories.children.prepare(std::move(c));
        child.guardianship = m_repositories.guardianships.prepare(std::move(guardianship));
        child.measures = prepareAll(m_repositories.measures, measures);
        child.referrals = prepareAll(m_repositories.referrals, referrals);
        child.visits = prepareAll(m_repositories.visits, visits);
        records.children.append(std::move(child));
    }
    records.hasHousehold = family.hasHousehold;
    if (family.hasHousehold)
        records.household = std::move(family.household);
    return records;
}

// Every record's id was made for this run (DemoIds, its tag drawn from the seed and what the
// ledger holds), so records are added without first looking each one up.
Status DemoRun::writeFamily(DemoFamilyRecords& family) {
    if (family.hasHousehold) {
        Household& household = family.household;
        const Status saved = m_ledger.households().add(household);
        if (!saved)
            return failed(DemoGenerator::tr("household"), saved);
        ++m_summary.households;
        m_summary.householdMembers += household.members.size();
    }
    for (DemoChildRecords& records : family.children) {
        Status saved = m_repositories.children.add(records.child);
        if (!saved)
            return failed(DemoGenerator::tr("child"), saved);
        ++m_summary.children;
        if (!records.child.record.isActive())
            ++m_summary.closedFiles;
        saved = m_repositories.guardianships.add(records.guardianship);
        if (!saved)
            return failed(DemoGenerator::tr("guardianship"), saved);
        for (PreparedRecord<Measure>& measure : records.measures) {
            saved = m_repositories.measures.add(measure);
            if (!saved)
                return failed(DemoGenerator::tr("measure"), saved);
            ++m_summary.measures;
        }
        for (PreparedRecord<Referral>& referral : records.referrals) {
            saved = m_repositories.referrals.add(referral);
            if (!saved)
                return failed(DemoGenerator::tr("referral"), saved);
            ++m_summary.referrals;
        }
        for (PreparedRecord<Visit>& visit : records.visits) {
            saved = m_repositories.visits.add(visit);
            if (!saved)
                return failed(DemoGenerator::tr("visit"), saved);
            ++m_summary.visits;
        }
        if (records.safety) {
            saved = m_ledger.safetyReports().save(*records.safety);
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
