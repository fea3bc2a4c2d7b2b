#pragma once

#include "common/Result.h"
#include "exchange/Age.h"
#include "exchange/Minisign.h"
#include "security/PublicKeyCard.h"

#include <QCoreApplication>

#include <optional>

namespace tongbao {

class Ledger;

// How hard Argon2id works to turn the ledger password into the key that seals the secret keys.
struct KdfLimits {
    qint64 opsLimit = 0;
    qint64 memLimit = 0;  // bytes

    // libsodium's "interactive" limits: 2 passes over 64 MiB, a fraction of a second.
    static KdfLimits standard();
    // The smallest limits libsodium allows, for tests only: they make the password easy to guess.
    static KdfLimits fastForTests();
};

// This ledger's own secret keys, unsealed for one piece of work. Secrets are wiped when the
// object goes away.
struct UnlockedKeys {
    minisign::KeyPair signing;
    std::optional<age::Identity> encryption;  // town and district
};

// The ledger's own key pairs (design.md §5): a village signs its batches (Ed25519); a town or
// district signs its receipts and batches and also receives batches (X25519). Secret keys are
// stored in the ledger sealed with XChaCha20-Poly1305 under a key derived from the ledger
// password with Argon2id, the parameters stored beside each sealed key; the public halves are
// kept in clear and travel as a PublicKeyCard. Keys are made once, on demand, because the
// ledger already exists when they are first needed.
class KeyStore {
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
public:
    explicit KeyStore(Ledger& ledger);

    static constexpr int MinimumPasswordLength = 8;

    bool hasKeys() const;
    // Makes the key pairs this kind of ledger needs; refuses when there are keys already.
    Status initialize(const QString& password, const KdfLimits& limits = KdfLimits::standard());
    // The public card; no password needed.
    Result<PublicKeyCard> card() const;
    // Unseals the secret keys; a wrong password (or an altered key record) is refused.
    Result<UnlockedKeys> unlock(const QString& password) const;

    static bool receivesBatches(const QString& ledgerKind);

private:
    Ledger& m_ledger;
};

}  // namespace tongbao
