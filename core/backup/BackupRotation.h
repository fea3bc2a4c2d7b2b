#pragma once

#include <QDateTime>
#include <QVector>

namespace tongbao {

// Which automatic backups to keep: the newest backup of each of the last 7 days that have one,
// of each of the last 4 weeks and of each of the last 12 months (the usual grandfather-father-
// son scheme), and always the newest of all. Periods are counted among the days, weeks and
// months that have a backup, not back from today, so a ledger left unopened for a season does
// not lose its older backups on the first day back. A pure function of the times, so that the
// rules can be tested without files or waiting.
struct RotationPolicy {
    int daily = 7;
    int weekly = 4;  // ISO weeks
    int monthly = 12;
};

class BackupRotation {
public:
    // `taken` in local time, in any order. Returns, for each entry, whether to keep it.
    static QVector<bool> keep(const QVector<QDateTime>& taken,
                              const RotationPolicy& policy = RotationPolicy());
};

}  // namespace tongbao
