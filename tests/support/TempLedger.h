#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/Accounts.h"
#include "security/Permissions.h"
#include "storage/Ledger.h"

#include <QTemporaryDir>

#include <memory>

namespace tongbao::test {

// A fresh village ledger in its own temporary folder, removed with the fixture, with a clock
// the test controls (it starts at 2026-11-29 09:00 China time unless told otherwise).
class TempLedger {
public:
    explicit TempLedger(const QString& kind = QStringLiteral("village"),
                        const QDateTime& start = defaultStart());
    ~TempLedger();

    static QDateTime defaultStart();

    bool ok() const { return m_ledger != nullptr; }
    const QString& error() const { return m_error; }
    Ledger& ledger() { return *m_ledger; }
    Ledger* operator->() { return m_ledger.get(); }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Closes the ledger (for tests that reopen it or read the file directly) and reopens it.
    void close();
    bool reopen();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    QString m_path;
    QString m_error;
    std::unique_ptr<Ledger> m_ledger;
};

// The password the account helpers give every test account.
QString testPassword();
// The password a person opening an encrypted test ledger types (Accounts::setCredentialSource):
// testPassword(), for whichever account is asked for.
Result<Credentials> testCredentials(const QString& actor);
// Makes password hashing as cheap as libsodium allows, for tests that add many accounts.
void useFastPasswordHashing();
// Adds an account to the ledger (the first must be an administrator; later ones need an
// administrator logged in) with testPassword(). Returns the failure message, empty on success.
QString addAccount(Ledger& ledger, const QString& name, Role role);
// Logs in as `name` with `password` (testPassword() when empty); empty on success.
QString logIn(Ledger& ledger, const QString& name, const QString& password = {});
// Gives the ledger an administrator "admin", then an account `name` with `role`, and logs in as
// it: the usual start of a test about what a role may do. Empty on success.
QString logInAs(Ledger& ledger, const QString& name, Role role);

// Reads a whole file, for byte-for-byte comparisons.
QByteArray fileBytes(const QString& path);

}  // namespace tongbao::test
