#pragma once

#include "exchange/ExchangeProgress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QMap>
#include <QString>
#include <QVector>

namespace tongbao {

class Ledger;
struct UnlockedKeys;

// What one table of a batch did (or would do) to this ledger.
struct TableTally {
    qint64 received = 0;
    qint64 added = 0;      // not held before
    qint64 changed = 0;    // held with an older rev
    qint64 removed = 0;    // of the changed: now tombstoned
    qint64 unchanged = 0;  // held with the same or a newer rev: left alone
};

struct BatchReport {
    QString sourceLedger;
    QString sourceName;  // as registered here
    QString sourceArea;
    qint64 trustedKeyId = 0;
    qint64 sequence = 0;
    qint64 revFrom = 0;
    qint64 revTo = 0;
    QDateTime created;
    QString batchHash;
    QVector<qint64> missingBefore;     // earlier sequences not received (a gap)
    QMap<QString, TableTally> tables;  // synchronised tables, and "audit" for history entries
    qint64 childrenClosed = 0;         // child files arriving closed
    qint64 waitingReferences = 0;      // records pointing at records of a missing batch
    bool decrypted = false;            // false when only the signature could be checked
};

struct ImportResult {
    enum class Outcome { Imported, AlreadyImported, Checked, Refused };
    enum class Refusal {
        None,
        NotABatch,      // not a container, damaged, cut short
        UnknownKey,     // signed by a key not registered here
        NotASource,     // the key is registered, but not as a village sending to us
        BadSignature,   // altered after signing
        WrongSource,    // signed by one registered ledger, claiming to be another
        Revoked,        // the key was revoked before this sequence
        Fork,           // another batch with this sequence (or a diverging chain) was received
        NotForUs,       // encrypted to another key, or this ledger has no encryption key
        Damaged,        // the decrypted content is not a valid batch
        ForeignRecord,  // a record owned by another ledger
        NewerFormat,
        Failed,     // the ledger could not be written
        Cancelled,  // stopped by the user (ExchangeProgress); nothing was written
    };
    Outcome outcome = Outcome::Refused;
    Refusal refusal = Refusal::None;
    QString message;  // translated; the reason when refused
    BatchReport report;

    bool ok() const { return outcome != Outcome::Refused; }
    bool cancelled() const { return refusal == Refusal::Cancelled; }
};

// Checks and imports batches at the town (design.md §4). The order is fixed: the signing key
// must be registered here as a source and not revoked for the batch's sequence; the signature
// must hold; only then is the payload decrypted, parsed and applied, all in one transaction
// with the record of the batch, so that any refusal leaves the ledger's data as it was. A row
// is taken when its rev is newer than the one held (rows keep their owner, the village, so the
// town cannot edit them); a repeated batch changes nothing; a missing earlier sequence is
// imported and reported; a second, different batch with a sequence already received is a fork
// and refused. Imported history entries go to imported_audit, checked against their hash
// chain, apart from the town's own chain. A listener hears how far the check and the import
// have got and may stop them (ExchangeProgress): a stopped import is rolled back like a refusal.
class BatchImporter {
    Q_DECLARE_TR_FUNCTIONS(BatchImporter)
public:
    explicit BatchImporter(Ledger& ledger, ExchangeProgressListener listener = {});

    // Writes nothing. Without keys (or without the encryption key) only the signature and the
    // batch identity are checked; with them, also what the import would do.
    ImportResult verify(const QString& path, const UnlockedKeys* keys);
    ImportResult verify(QIODevice& device, const UnlockedKeys* keys);

    ImportResult import(const QString& path, const UnlockedKeys& keys);
    ImportResult import(QIODevice& device, const UnlockedKeys& keys);

private:
    ImportResult run(QIODevice& device, const UnlockedKeys* keys, bool apply);

    Ledger& m_ledger;
    ExchangeProgressListener m_listener;
};

}  // namespace tongbao
