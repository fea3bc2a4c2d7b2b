#pragma once

#include <QString>

namespace tongbao {

// The order in which village groups are listed: by their number, whether written "3组",
// "三组", "第十一社" or "３组", so that 十组 follows 九组 rather than 二组; names without a
// number follow in text order, and the group not given comes last.
class VillageGroupOrder {
public:
    static bool less(const QString& a, const QString& b);
    // The group's number, or -1 when its name carries none.
    static int number(const QString& group);
};

}  // namespace tongbao
