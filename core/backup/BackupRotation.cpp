#include "backup/BackupRotation.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace tongbao {

namespace {

qint64 dayKey(const QDateTime& at) {
    return at.date().toJulianDay();
}

qint64 weekKey(const QDateTime& at) {
    int year = 0;
    const int week = at.date().weekNumber(&year);
    return qint64(year) * 100 + week;
}

qint64 monthKey(const QDateTime& at) {
    return qint64(at.date().year()) * 100 + at.date().month();
}

}  // namespace

QVector<bool> BackupRotation::keep(const QVector<QDateTime>& taken, const RotationPolicy& policy) {
    QVector<bool> kept(taken.size(), false);
    QVector<int> newestFirst(taken.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&](int a, int b) { return taken[a] > taken[b]; });
    if (newestFirst.isEmpty())
        return kept;
    kept[newestFirst.first()] = true;

    // Walking from the newest, the first backup seen in a period is that period's newest.
    const auto keepNewestPer = [&](const std::function<qint64(const QDateTime&)>& period,
                                   int periods) {
        QSet<qint64> seen;
        for (int index : newestFirst) {
            if (seen.size() >= periods)
                break;
            const qint64 key = period(taken[index]);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            kept[index] = true;
        }
    };
    keepNewestPer(dayKey, policy.daily);
    keepNewestPer(weekKey, policy.weekly);
    keepNewestPer(monthKey, policy.monthly);
    return kept;
}

}  // namespace tongbao
