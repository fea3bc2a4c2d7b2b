#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Ledger.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tongbao {

// A new ledger made and filled in one go by a program rather than by people: the demo's
// ledgers, up to a district's 100,000 children. Nobody's records are in it until it is done, so
// it is built under a temporary name beside the final one (FILE.building) and only renamed to
// FILE, synced, once it is complete: a run that stops half-way leaves no ledger, only the
// temporary file, which the next build removes. That is what lets the fill skip what protects
// a ledger people work in, for a district-sized demo's sake (docs/performance.md):
// - no journal and no syncs while filling: each page is written to the file once (through the
//   write-ahead log it was written, read back and written again, each time sealed anew);
// - an encrypted file's pages are sealed and written on a second thread
//   (EncryptedVfs::setWriteBehind);
// - the triggers that keep each child's latest visit in the search rows are off while filling
//   (each fired made a visit's insert keep a statement journal, half its cost); the latest
//   visits are computed once at the end, by the triggers' own expression.
// finish() puts the write-ahead log, synchronous = FULL and the triggers back, exactly as the
// migrations made them, before the file gets its name.
class LedgerBuild {
    Q_DECLARE_TR_FUNCTIONS(LedgerBuild)
public:
    // Refuses when a file named `path` exists.
    static Result<std::unique_ptr<LedgerBuild>> create(const QString& path,
                                                       const Ledger::NewLedger& spec,
                                                       const QString& actor,
                                                       const Clock& clock);
    ~LedgerBuild();  // without finish(): the temporary file is removed
    LedgerBuild(const LedgerBuild&) = delete;
    LedgerBuild& operator=(const LedgerBuild&) = delete;

    Ledger& ledger() { return *m_ledger; }
    // Switches the ledger to filling (above). Call after whatever reopens or rewrites the file
    // (adding the first account encrypts it).
    Status startFill();
    // The ledger as any other, synced, under its name; the Ledger object is closed.
    Status finish();

    // The temporary name a build of `path` uses.
    static QString buildingPath(const QString& path);

private:
    LedgerBuild(QString path, std::unique_ptr<Ledger> ledger);
    Status failure() const;

    QString m_path;
    std::unique_ptr<Ledger> m_ledger;
    bool m_filling = false;
    bool m_finished = false;
};

}  // namespace tongbao
