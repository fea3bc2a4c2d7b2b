#pragma once

#include "common/Result.h"
#include "storage/Ledger.h"

#include <QCoreApplication>

#include <functional>

namespace tongbao {

struct DemoOptions {
    int children = 200;
    quint64 seed = 1;
    // Children written per transaction, each household whole; 0: the whole run in one. A
    // ledger people may open meanwhile gets its demo in chunks (a transaction's write-ahead log
    // grows with it); a new one being built without a journal (storage/LedgerBuild) in one, so
    // that pages of the indexes in random order are written once, not at every commit.
    int childrenPerTransaction = 5000;
};

struct DemoSummary {
    int children = 0;
    int households = 0;
    int householdMembers = 0;
    int measures = 0;
    int referrals = 0;
    int visits = 0;
    int safetyReports = 0;
    int closedFiles = 0;
};

// Fills a ledger with realistic, invented data for demonstrations, training and benchmarks:
// households with their members, children in every kind of difficulty the domain knows, their
// guardianship, measures, referrals, a year or more of visits and a few safety reports. All of
// it is consistent with itself (ID numbers agree with sex and birth date, categories with the
// family's facts, visits with the risk level) and all of it goes through the repositories, so
// revisions, sync columns and the audit chain are exactly what real use would leave.
//
// The same seed and the same clock give the same data, ids included, so two demo ledgers can
// be compared row by row. Filling a ledger that already has children adds to it: the run is
// then salted with the number of children on file, so it invents new people instead of
// repeating the first run's. A run makes its families on a second thread while it writes the
// ones made before (the same data: making them draws on the run's random source alone); one that
// adds to a ledger with children makes them as it goes, because it looks up ID numbers on file.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // Called after each household with the children written so far and the total asked for.
    using Progress = std::function<void(int childrenDone, int childrenTotal)>;

    // The unit a new demo ledger is made for: a neighbourhood committee of 古南街道, Qijiang.
    static Ledger::NewLedger defaultLedger();

    static Result<DemoSummary> fill(Ledger& ledger,
                                    const DemoOptions& options,
                                    const Progress& progress = {});
};

}  // namespace tongbao
