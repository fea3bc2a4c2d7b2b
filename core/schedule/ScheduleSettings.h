#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tongbao {

class Ledger;

// How often a child must be visited, and how far ahead the workbench looks. No national visit
// frequency exists (domain.md, "Visits and dynamic management"), so each ledger keeps its own in
// its settings table and a district can set its local rule without a new release. A value that
// is missing or unreadable in the file falls back to the default rather than stopping the
// workbench: a wrong setting must never hide a child who is due.
struct ScheduleSettings {
    Q_DECLARE_TR_FUNCTIONS(ScheduleSettings)
public:
    static constexpr int DefaultHighDays = 14;
    static constexpr int DefaultMediumDays = 30;
    static constexpr int DefaultLowDays = 90;
    static constexpr int DefaultBirthdayWindowDays = 30;
    static constexpr int DefaultMeasureWindowDays = 30;
    static constexpr int MaximumDays = 366;

    // Setting keys in the ledger file.
    static const QString HighDaysKey;            // schedule.days.high
    static const QString MediumDaysKey;          // schedule.days.medium
    static const QString LowDaysKey;             // schedule.days.low
    static const QString BirthdayWindowDaysKey;  // schedule.window.birthdays
    static const QString MeasureWindowDaysKey;   // schedule.window.measures

    int highDays = DefaultHighDays;
    int mediumDays = DefaultMediumDays;
    int lowDays = DefaultLowDays;
    int birthdayWindowDays = DefaultBirthdayWindowDays;  // 16th and 18th birthdays this far ahead
    int measureWindowDays = DefaultMeasureWindowDays;    // measures ending this far ahead

    // Days between visits for a risk level code. A child whose risk has not been assessed yet
    // (empty or unknown code) is visited monthly, the common local rule, until it is.
    int intervalDays(const QString& riskLevel) const;

    // Every number must be a whole number of days from 1 to MaximumDays; the message names the
    // first one that is not.
    Status validate() const;

    static ScheduleSettings load(const Ledger& ledger);
    // Validates, then writes all keys in one transaction (each change audited by the ledger).
    Status save(Ledger& ledger) const;

    bool operator==(const ScheduleSettings& other) const;
    bool operator!=(const ScheduleSettings& other) const { return !(*this == other); }
};

}  // namespace tongbao
