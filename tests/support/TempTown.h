#pragma once

#include "common/Clock.h"
#include "storage/Ledger.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace tongbao::test {

// A town's merged ledger in its own temporary folder, for tests of what a town sees: each
// village is a ledger of its own that the test fills, registered at the town under the name
// the test gives, exported as a signed batch and imported by the town, as in the field. The
// clock is TempLedger's (2026-11-29 09:00 China time unless told otherwise).
class TempTown {
public:
    explicit TempTown(const QDateTime& start = defaultStart());
    ~TempTown();

    static QDateTime defaultStart();

    bool ok() const { return m_town != nullptr && m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    Ledger& ledger() { return *m_town; }
    Ledger* operator->() { return m_town.get(); }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Makes a village ledger (area: its 12-digit code), lets `fill` save its records, registers
    // its key at the town as `registeredName` and imports its batch. Returns the village's
    // ledger id (the owner of its rows at the town), or an empty string with error() set.
    QString addVillage(const QString& registeredName,
                       const QString& area,
                       const std::function<bool(Ledger&)>& fill);

    // Closes the town's ledger (for a test that opens the file itself) and reopens it.
    void close();
    bool reopen();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    QString m_path;
    QString m_error;
    std::unique_ptr<Ledger> m_town;
    int m_villages = 0;
};

}  // namespace tongbao::test
