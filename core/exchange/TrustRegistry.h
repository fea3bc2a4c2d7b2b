#pragma once

#include "common/Result.h"
#include "storage/ExchangeStore.h"

#include <QCoreApplication>
#include <QVector>

namespace tongbao {

class Ledger;

// Which other ledgers this one trusts, and for what (design.md §4, "trust is explicit"). The
// role follows from the levels: a key of a lower level (a village at its town) is a source
// whose batches are imported; a key of a higher level (the town at its village) is the
// upstream that batches are encrypted to and whose receipts are believed. A ledger has at most
// one active upstream: registering another means revoking the first. Keys of the same level
// are refused. Registration checks the area code the clerk typed from the paper sheet against
// the key file, so a wrong file is caught before it is trusted.
class TrustRegistry {
    Q_DECLARE_TR_FUNCTIONS(TrustRegistry)
public:
    explicit TrustRegistry(Ledger& ledger);

    Result<TrustedKey> add(const QByteArray& publicKeyFile,
                           const QString& name,
                           const QString& areaCode);
    QVector<TrustedKey> list() const;
    Status revoke(qint64 id, qint64 afterSequence);

    // A registered source by its number, ledger id or area code.
    std::optional<TrustedKey> findSource(const QString& reference) const;

    static int level(const QString& kind);

private:
    Ledger& m_ledger;
};

}  // namespace tongbao
