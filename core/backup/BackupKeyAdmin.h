#pragma once

#include "common/Result.h"
#include "security/KeyStore.h"
#include "security/SecretBytes.h"

#include <QCoreApplication>

namespace tongbao {

class Ledger;

// Who makes the ledger's backup key and how it follows the administrator's password (issue 7).
// The key's secret half is sealed under an administrator's login password, so making it is an
// administrator's action: done when an administrator logs in or creates the ledger (the password
// is at hand then), or explicitly before a first backup to a folder. Every other role only ever
// reads the key's public half, so their backups, automatic or to a stick, write nothing to the
// ledger. When an administrator changes their password, the key sealed under the old one is
// sealed again under the new one, in the same transaction as the change, so that backups on a
// stick keep opening with the password the administrator now knows.
class BackupKeyAdmin {
    Q_DECLARE_TR_FUNCTIONS(BackupKeyAdmin)
public:
    // Whether the logged-in user may make the key: an administrator, or anyone on a ledger
    // without accounts (there the password typed is the one that will open the backups).
    static bool maySetUp(Ledger& ledger);

    // Makes the key if the ledger has none and the logged-in user may (after a login or the
    // creation of a ledger, with the password just typed). Success, with nothing done, otherwise.
    static Status setUpIfMissing(Ledger& ledger,
                                 const SecretBytes& password,
                                 const KdfLimits& limits = KdfLimits::standard());

    // Called by Accounts inside the transaction that stores an administrator's new password: a
    // key that the old password opens is sealed under the new one, with the same Argon2id
    // limits. A key sealed under another administrator's password is left as it is. A failure
    // undoes the password change.
    static Status passwordChanged(Ledger& ledger,
                                  const SecretBytes& oldPassword,
                                  const SecretBytes& newPassword);
};

}  // namespace tongbao
