#pragma once

#include <QDateTime>
#include <QString>

namespace tongbao {

// The columns every synchronised row carries (design.md §3). `owner` is the ledger that may
// edit the row; `rev` is the owner's change counter when the row last changed, which is how a
// town decides whether an imported row is newer than its copy. Rows are never hard-deleted
// while they may still need to travel: `deleted` is a tombstone.
struct SyncMeta {
    QString id;  // UUID text, assigned on first save
    QString owner;
    qint64 rev = 0;
    QDateTime updatedAt;  // UTC
    QString updatedBy;
    bool deleted = false;
};

}  // namespace tongbao
