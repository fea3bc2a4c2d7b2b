#pragma once

#include "common/Result.h"
#include "exchange/Age.h"
#include "security/KeyStore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tongbao {

class Ledger;

// The ledger's own backup key: an X25519 pair in the age format that backups on a stick are
// encrypted to, so that a lost stick reveals nothing. Writing a backup needs only the public
// half, so automatic and scheduled backups never ask for a password. The secret half is sealed
// (XChaCha20-Poly1305) under a key derived from the administrator's password with Argon2id, as
// KeyStore seals the signing keys, and bound to the ledger id and public key.
//
// The sealed key is kept in the ledger (setting "backup.key") and also written as a small text
// file beside the encrypted backups ("<ledger name>.backup-key"): the backups must be
// restorable when the laptop, and with it the ledger, is lost. So what protects a lost stick is
// the password, through Argon2id; the file holds no secret in clear. Changing the password does
// not change the key: it is re-sealed under the new password with the change (BackupKeyAdmin)
// and the next folder backup writes the new file.
class BackupKey {
    Q_DECLARE_TR_FUNCTIONS(BackupKey)
public:
    static constexpr auto SettingKey = "backup.key";

    // Makes a new key for this ledger, sealed under the password.
    static Result<BackupKey> generate(const QString& ledgerId,
                                      const QString& password,
                                      const KdfLimits& limits = KdfLimits::standard());
    static Result<BackupKey> parse(const QString& text);
    QString toText() const;

    const QString& ledgerId() const { return m_ledgerId; }
    age::Recipient recipient() const { return {m_publicKey}; }
    // The Argon2id limits the secret half is sealed with.
    KdfLimits kdfLimits() const { return {m_opsLimit, m_memLimit}; }
    // The secret key, for decrypting; a wrong password is refused.
    Result<age::Identity> unlock(const QString& password) const;
    // The same key sealed under another password (after a password change).
    Result<BackupKey> resealed(const QString& oldPassword,
                               const QString& newPassword,
                               const KdfLimits& limits = KdfLimits::standard()) const;

    // The ledger's key, if it has one.
    static std::optional<BackupKey> ofLedger(const Ledger& ledger);
    // The same, read from the file without opening it as a ledger (no login: the key's public
    // half is all a backup needs).
    static std::optional<BackupKey> ofFile(const QString& ledgerPath);
    // Makes the ledger's key (once; the administrator's password seals it). Only a user who may
    // manage the ledger's keys may (BackupKeyAdmin decides when).
    static Result<BackupKey> setUp(Ledger& ledger,
                                   const QString& password,
                                   const KdfLimits& limits = KdfLimits::standard());
    // "<folder>/<ledger name>.backup-key"
    static QString fileBeside(const QString& folder, const QString& ledgerName);

private:
    static Result<BackupKey> seal(const QString& ledgerId,
                                  const age::Identity& identity,
                                  const QString& password,
                                  const KdfLimits& limits);

    QString m_ledgerId;
    QByteArray m_publicKey;
    QByteArray m_salt;
    qint64 m_opsLimit = 0;
    qint64 m_memLimit = 0;
    QByteArray m_sealed;  // nonce then ciphertext
};

}  // namespace tongbao
