#pragma once

#include "domain/SyncMeta.h"

#include <QDate>

namespace tongbao {

// A protection or assistance measure (保障/帮扶措施). Money is integer fen, never floating point.
struct Measure {
    SyncMeta meta;
    QString childId;
    QString kind;        // vocabulary measure_kind
    QString department;  // vocabulary department
    QDate startDate;
    QDate endDate;
    qint64 amountFenPerMonth = 0;
    QString status = QStringLiteral("pending");  // vocabulary measure_status
    QString notes;
};

}  // namespace tongbao
