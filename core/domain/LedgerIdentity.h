#pragma once

#include <QDateTime>
#include <QString>

namespace tongbao {

// Who this ledger is: created once, never changed. The UUID is the `owner` of every row the
// ledger creates and the source identity of the batches it sends upward.
struct LedgerIdentity {
    QString id;           // UUID
    QString kind;         // vocabulary ledger_kind: village, town, district
    QString name;         // the unit, e.g. 古南街道桥河社区居委会
    QString areaCode;     // 12 digits (statistical division code)
    QDateTime createdAt;  // UTC
};

}  // namespace tongbao
