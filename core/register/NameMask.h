#pragma once

#include <QString>

namespace tongbao {

// A name as a list shows it while the screen is shared (投屏, a meeting projector): the first
// character and a star for each other one (张三丰 → 张**), so that a row can still be told
// from its neighbours by whoever keeps the ledger, without naming the child to the room.
QString maskName(const QString& name);

}  // namespace tongbao
