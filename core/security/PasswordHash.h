#pragma once

#include "security/SecretBytes.h"

#include <QString>

namespace tongbao {

// Passwords of ledger accounts, hashed with Argon2id through libsodium's crypto_pwhash_str. The
// stored string carries its own salt and cost parameters ($argon2id$v=19$m=…,t=…,p=1$…), so a
// hash made under older parameters still verifies, and needsRehash() says when a login should
// store a fresh one under the current parameters. Passwords arrive as SecretBytes, which wipe
// themselves; nothing here keeps a copy.
class PasswordHash {
public:
    struct Parameters {
        unsigned long long opsLimit = 0;
        size_t memLimit = 0;
        bool operator==(const Parameters& other) const {
            return opsLimit == other.opsLimit && memLimit == other.memLimit;
        }
    };

    // libsodium's "interactive" costs (2 passes over 64 MiB): well under a second on a modest
    // laptop, once per login.
    static Parameters interactive();
    // The cheapest costs libsodium accepts, for tests that hash many passwords.
    static Parameters minimum();
    // The parameters new hashes are made with. Tests change them to prove that a login rehashes.
    static Parameters current();
    static void setCurrent(const Parameters& parameters);

    // The stored string, or an empty string when libsodium could not allocate the memory.
    static QString hash(const SecretBytes& password, const Parameters& parameters = current());
    static bool verify(const QString& stored, const SecretBytes& password);
    static bool needsRehash(const QString& stored, const Parameters& parameters = current());
    // "argon2id m=65536 KiB t=2", recorded next to the hash so that a person can read it.
    static QString describe(const Parameters& parameters);
};

// The UTF-8 bytes of a typed password in wiping memory; the QString's own characters are
// overwritten and it is cleared (the caller's copy; Qt may hold others, e.g. in a line edit).
SecretBytes passwordBytes(QString& typed);

}  // namespace tongbao
