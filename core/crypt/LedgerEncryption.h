#pragma once

#include "common/Result.h"
#include "crypt/CipherHeader.h"
#include "security/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>

namespace tongbao {

class Database;
class Ledger;

// What the first bytes of a ledger file say, read without opening it in SQLite: whether it is
// encrypted, whether its key is known in this process, and SQLite's own 100-byte header (from
// the decrypted first page when the key is known).
struct LedgerFileHead {
    bool readable = false;
    bool encrypted = false;
    bool locked = false;  // encrypted and its key not known here
    bool headerDamaged = false;
    bool demo = false;        // a demo ledger, as its clear header says
    QByteArray sqliteHeader;  // 100 bytes, or fewer when the file is cut short
    qint64 sqliteSize = 0;    // the file's size as SQLite sees it (without the clear header)
    QString error;            // when not readable
};

// Encryption at rest for ledgers with accounts (issue 8; the scheme is in docs/security.md).
// A ledger is encrypted from the moment it gets its first account: every user's password opens
// a key slot, the administrator can print a recovery key, and a ledger made before encryption
// existed is converted when an administrator logs in. Everything below goes through the
// EncryptedVfs, so the rest of the program reads and writes an encrypted ledger like a plain one.
class LedgerEncryption {
    Q_DECLARE_TR_FUNCTIONS(LedgerEncryption)
public:
    static LedgerFileHead head(const QString& path);
    static bool isEncrypted(const QString& path) { return head(path).encrypted; }

    // Opens the key slot of `user` with the password and makes the key known to this process.
    // A wrong password, or a user without a slot, is refused; nothing is written.
    static Status unlock(const QString& path, const QString& user, const SecretBytes& password);
    static Status unlockWithRecoveryKey(const QString& path, const QString& letters);

    // Whether an open ledger is encrypted.
    static bool isEncrypted(Ledger& ledger);
    // Turns the open plain ledger into an encrypted one in place (its first account, or an
    // administrator converting a ledger made before encryption): a copy through SQLite into a
    // new encrypted file, checked, then swapped in under the same name while a copy of the old
    // file waits beside it until the new one has passed the check; the ledger's connection is
    // reopened on the new file. `user` gets the first key slot. Progress goes 0..100.
    static Status encrypt(Ledger& ledger,
                          const QString& user,
                          const SecretBytes& password,
                          const std::function<void(int)>& progress = {});

    // Where a conversion at an administrator's login reports its progress (the GUI shows it).
    static void setConversionProgress(std::function<void(int)> progress);
    static const std::function<void(int)>& conversionProgress();

    // Key slots of an open encrypted ledger (no-ops on a plain one): a user's password wraps
    // the data key, again after every change; a disabled user's slot goes.
    static Status setPasswordSlot(Ledger& ledger, const QString& user, const SecretBytes& password);
    static Status removeSlot(Ledger& ledger, const QString& user);
    // Marks the clear header of a demo ledger (Accounts::addDemoAccounts).
    static Status markDemo(Ledger& ledger);
    // A new recovery key (replacing any earlier one), as letters to print (administrator).
    static Result<QString> newRecoveryKey(Ledger& ledger);

    // Every password forgotten: the recovery key (checked against this ledger's header) lets
    // the administrator `name` set a new password, to be changed at the next login.
    static Status recoverAdministrator(Ledger& ledger,
                                       const QString& letters,
                                       const QString& name,
                                       SecretBytes newPassword);

    // The idle lock: every key of the process is wiped in place and the ledger's connection
    // lets go of its cached pages; open ledgers stay open but cannot read or write a page
    // until a password unlocks the key again (unlock()).
    static void lockKeys(Ledger& ledger);

    // Every page of an encrypted ledger file decrypted and its tag checked; the damaged page
    // numbers (1-based), empty when all are sound. Needs the key known.
    static Result<QVector<quint32>> damagedPages(const QString& path);
    // A consistent copy of an open ledger (VACUUM INTO), encrypted with the same key and slots
    // when the ledger is encrypted: backups are protected like the ledger.
    static bool copyInto(Database& db, const QString& target, QString* error);
    // A plain SQLite copy of the open ledger for recovery or inspection (administrator).
    static Status decryptCopy(Ledger& ledger, const QString& target);

    // The key of an encrypted file known to this process, for sealing its backups; empty when
    // the file is plain or locked.
    static QByteArray saltOf(const QString& path);

    // Leftovers of a conversion cut short: a half-made copy is removed, a kept old file whose
    // new file passed its check is removed, a missing ledger is put back from the kept copy.
    static void finishInterruptedConversion(const QString& path);
};

}  // namespace tongbao
