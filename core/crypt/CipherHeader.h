#pragma once

#include "common/Result.h"
#include "security/PasswordHash.h"
#include "security/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace tongbao {

// The only part of an encrypted ledger file in clear (issue 8): one 4096-byte block (kept twice)
// before SQLite's first page that says "this is a Tongbao ledger, format N" and holds the key
// slots. The data key (32 random bytes, one per ledger) encrypts every page; each slot holds that
// key wrapped (XChaCha20-Poly1305) under a key derived from one user's password with Argon2id, or
// under the recovery key printed for the administrator. A password change re-wraps one slot;
// no page is re-encrypted. Slots are found by a label derived from the user name and the
// file's salt, so the header does not list user names. The block ends with a BLAKE2b MAC under
// the data key: once a slot opens, any change to the header is noticed.
class CipherHeader {
    Q_DECLARE_TR_FUNCTIONS(CipherHeader)
public:
    static constexpr int Size = 4096;
    // The file starts with two copies of the block (see serialize()).
    static constexpr int PrefixSize = 2 * Size;
    static constexpr int FormatVersion = 1;
    static constexpr int KeySize = 32;
    static constexpr int SaltSize = 16;
    static constexpr int RecoveryKeySize = 20;  // 160 bits, printed as 32 base32 letters

    enum class SlotKind : quint8 { Password = 1, Recovery = 2 };

    struct Slot {
        SlotKind kind = SlotKind::Password;
        QByteArray label;    // 16 bytes
        QByteArray kdfSalt;  // 16 bytes
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray nonce;       // 24 bytes
        QByteArray wrappedKey;  // 48 bytes: the data key and its tag
    };

    // True when these bytes begin like an encrypted ledger (the magic text).
    static bool looksEncrypted(const QByteArray& firstBytes);
    static QByteArray magic();

    // A new header with a fresh salt and no slots.
    static CipherHeader fresh();
    // Reads a header block; refuses one of another format.
    static Result<CipherHeader> parse(const QByteArray& block);
    // The block to write, its MAC made with the data key.
    QByteArray serialize(const SecretBytes& dataKey) const;
    // Checks the MAC of a block read from the file against the unlocked key.
    static bool authentic(const QByteArray& block, const SecretBytes& dataKey);
    // The newer whole copy of the two at the start of a file, or empty if neither is whole.
    static QByteArray currentBlock(const QByteArray& prefix);

    // A demo ledger (invented data) says so in clear, so that the login can show the demo
    // users before the file is open; it tells nothing about any real child.
    bool demo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }

    // Raised before every rewrite, so that the newer copy wins.
    quint64 generation() const { return m_generation; }
    void setGeneration(quint64 generation) { m_generation = generation; }

    const QByteArray& salt() const { return m_salt; }
    int slotCount() const { return m_slots.size(); }
    bool hasSlotFor(const QString& user) const;
    bool hasRecoverySlot() const;

    // Wraps the data key for a user (replacing the user's slot if there is one).
    Status setPasswordSlot(const QString& user,
                           const SecretBytes& password,
                           const SecretBytes& dataKey,
                           const PasswordHash::Parameters& parameters = PasswordHash::current());
    void removeSlot(const QString& user);
    // Makes a new recovery key, wraps the data key under it, and returns the key's letters.
    QString setRecoverySlot(const SecretBytes& dataKey);

    // Unwraps the data key with a user's password, or with the recovery key's letters; a wrong
    // password and a user without a slot get the same refusal.
    Result<SecretBytes> unlock(const QString& user, const SecretBytes& password) const;
    Result<SecretBytes> unlockWithRecoveryKey(const QString& letters) const;

private:
    static bool wholeBlock(const QByteArray& block);
    QByteArray labelFor(const QString& user) const;
    QByteArray recoveryLabel() const;
    static Result<SecretBytes> unwrap(const Slot& slot, const SecretBytes& wrappingKey);
    static QByteArray slotAd(const Slot& slot);
    int indexOf(const QByteArray& label) const;

    QByteArray m_salt;
    quint64 m_generation = 1;
    bool m_demo = false;
    QVector<Slot> m_slots;
};

// The recovery key in print: 32 base32 letters in groups of four, and back (spaces, dashes and
// case ignored; the letters 0/O and 1/I are read as each other's intended letter).
QString recoveryKeyLetters(const QByteArray& key);
QByteArray recoveryKeyFromLetters(const QString& letters);

}  // namespace tongbao
