#include "exchange/VillageDirectory.h"

#include "storage/ExchangeStore.h"
#include "storage/Ledger.h"

#include <algorithm>

namespace tongbao {

VillageDirectory::VillageDirectory(Ledger& ledger) {
    const LedgerIdentity& self = ledger.identity();
    m_ownId = self.id;
    m_merged = self.kind != QLatin1String("village");
    m_units.append({self.id, self.name, self.areaCode, true});

    // A village may have been registered more than once (a new key after a lost laptop): the
    // latest registration names it.
    QVector<LedgerUnit> registered;
    QHash<QString, int> seen;
    const QVector<TrustedKey> keys = ExchangeStore(ledger.database()).trustedKeys();
    for (const TrustedKey& key : keys) {
        if (key.role != QLatin1String("source") || key.ledgerId == self.id)
            continue;
        const LedgerUnit unit{key.ledgerId, key.name, key.areaCode, false};
        const auto at = seen.constFind(key.ledgerId);
        if (at == seen.cend()) {
            seen.insert(key.ledgerId, int(registered.size()));
            registered.append(unit);
        } else {
            registered[*at] = unit;
        }
    }
    std::sort(registered.begin(), registered.end(), [](const LedgerUnit& a, const LedgerUnit& b) {
        return a.areaCode != b.areaCode ? a.areaCode < b.areaCode : a.name < b.name;
    });
    m_units += registered;
    for (int i = 0; i < m_units.size(); ++i)
        m_index.insert(m_units[i].ledgerId, i);
}

QVector<LedgerUnit> VillageDirectory::villages() const {
    return m_units.mid(1);
}

QString VillageDirectory::nameOf(const QString& owner) const {
    const auto at = m_index.constFind(owner);
    if (at != m_index.cend())
        return m_units[*at].name;
    return tr("Unregistered unit (%1)").arg(owner.right(8));
}

QString VillageDirectory::areaCodeOf(const QString& owner) const {
    const auto at = m_index.constFind(owner);
    return at != m_index.cend() ? m_units[*at].areaCode : QString();
}

}  // namespace tongbao
