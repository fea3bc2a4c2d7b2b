#pragma once

#include "common/Result.h"
#include "exchange/Age.h"
#include "exchange/Minisign.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tongbao {

// A ledger's public keys as they travel between offices: a small text file whose first two
// lines are a minisign public key file (so `minisign -V -p FILE` uses it as it is), followed by
// "# field: value" lines naming the ledger and, for a town or district, the age recipient
// ("age1…") that batches are encrypted to. The fingerprint binds the ledger id, kind, area code
// and both keys; it is what the registration sheet prints and what the receiving office
// compares by eye before trusting the file.
class PublicKeyCard {
    Q_DECLARE_TR_FUNCTIONS(PublicKeyCard)
public:
    QString ledgerId;
    QString kind;
    QString name;
    QString areaCode;
    minisign::PublicKey signing;
    std::optional<age::Recipient> encryption;  // town and district ledgers

    // 24 base32 characters in six groups ("K7QX-3MZD-…"): 120 bits of BLAKE2b-256.
    QString fingerprint() const;
    QByteArray toFile() const;
    // Refuses a file whose stated fingerprint does not match its keys (an edited file).
    static Result<PublicKeyCard> parse(const QByteArray& text);
};

}  // namespace tongbao
