#pragma once

#include "common/Result.h"
#include "domain/Child.h"
#include "domain/Guardianship.h"
#include "domain/Household.h"
#include "domain/Measure.h"
#include "domain/Referral.h"
#include "domain/SafetyReport.h"
#include "domain/Visit.h"

#include <QCoreApplication>
#include <optional>

namespace tongbao {

class Ledger;

// Everything the ledger holds about one child, gathered for a printed case sheet: the file,
// the household with its members, guardianship, measures, referrals, visits (newest first) and,
// only when the caller's role may see them, the safety reports still open.
struct CaseFile {
    Q_DECLARE_TR_FUNCTIONS(CaseFile)

public:
    Child child;
    std::optional<Household> household;
    std::optional<Guardianship> guardianship;
    QVector<Measure> measures;
    QVector<Referral> referrals;
    QVector<Visit> visits;
    QVector<SafetyReport> openSafetyReports;  // empty unless asked for

    static Result<CaseFile> load(Ledger& ledger, const QString& childId, bool withSafetyReports);

    // A child named on a command line: the record id, or the ID number (in any way of writing
    // it that IdNumber accepts). Fails with a message when none or several children match.
    static Result<QString> resolveChild(Ledger& ledger, const QString& idOrNumber);
};

}  // namespace tongbao
