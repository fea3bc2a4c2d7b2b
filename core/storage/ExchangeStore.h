#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace tongbao {

class Clock;
class Database;
class SqlQuery;

// Who is acting, for the history entries that exchange changes write.
struct ExchangeActor {
    QString ledgerId;
    QString name;
    const Clock* clock = nullptr;
};

// One of this ledger's own key pairs, its secret sealed under the ledger password.
struct StoredKeyPair {
    QString purpose;   // "sign" (Ed25519) or "encrypt" (X25519)
    QByteArray keyId;  // minisign key id (8 bytes) for "sign"; empty for "encrypt"
    QByteArray publicKey;
    QByteArray sealedSecret;  // nonce || XChaCha20-Poly1305 ciphertext
    QByteArray kdfSalt;
    qint64 kdfOpsLimit = 0;
    qint64 kdfMemLimit = 0;
    int kdfAlgorithm = 0;
    QDateTime createdAt;
};

// Another ledger's public key that this ledger trusts: a village registered at its town
// ("source": batches are imported from it) or the town a village sends to ("upstream": batches
// are encrypted to it and its receipts are believed).
struct TrustedKey {
    qint64 id = 0;
    QString ledgerId;
    QString kind;
    QString name;
    QString areaCode;
    QString role;  // "source" or "upstream"
    QByteArray keyId;
    QByteArray signingKey;  // Ed25519 public key
    QString encryptionKey;  // age1… recipient, upstream only
    QString fingerprint;
    QDateTime registeredAt;
    std::optional<qint64> revokedAfterSeq;  // batches after this sequence are refused
};

// A batch this ledger wrote. The newest one is the "last exported" mark.
struct ExportRecord {
    qint64 sequence = 0;
    qint64 revFrom = 0;  // exclusive
    qint64 revTo = 0;    // inclusive
    qint64 auditFrom = 0;
    qint64 auditTo = 0;
    qint64 records = 0;
    QString batchHash;
    QString previousHash;
    QString recipientFingerprint;
    QDateTime exportedAt;
};

// A batch this ledger imported.
struct ReceivedBatch {
    QString sourceLedger;
    qint64 sequence = 0;
    qint64 trustedKeyId = 0;
    QString batchHash;
    QString previousHash;
    qint64 revFrom = 0;
    qint64 revTo = 0;
    qint64 auditFrom = 0;
    qint64 auditTo = 0;
    qint64 records = 0;
    qint64 applied = 0;
    bool gap = false;  // earlier sequences were missing when it arrived
    QDateTime importedAt;
    QString importedBy;
};

// A receipt from the upstream ledger, as a village keeps it.
struct StoredReceipt {
    QString issuerLedger;
    QString receiptHash;
    QDateTime issuedAt;
    qint64 lastSequence = 0;
    QString received;  // JSON array of sequences
    QDateTime importedAt;
};

// All SQL of the exchange concept (design.md §4): the key store, the trusted keys, the export
// marks, the received batches, the imported history, receipts, and the row traffic of export
// and import. Table and column names are never taken from a batch: they come from
// syncedTables() and from the ledger's own schema, and a batch's names are only matched
// against those. Migration 5 is schema().
class ExchangeStore {
    Q_DECLARE_TR_FUNCTIONS(ExchangeStore)
public:
    explicit ExchangeStore(Database& db);
    ~ExchangeStore();

    static QStringList schema();

    // The synchronised tables that travel, parents before children.
    static const QStringList& syncedTables();
    // The columns of a synchronised table in schema order (empty for any other name).
    QStringList columnsOf(const QString& table) const;
    static const QStringList& auditColumns();

    // --- keys and trust
    QVector<StoredKeyPair> keyPairs() const;
    Status addKeyPairs(const QVector<StoredKeyPair>& pairs,
                       const QString& fingerprint,
                       const ExchangeActor& actor);
    QVector<TrustedKey> trustedKeys() const;
    std::optional<TrustedKey> trustedKey(qint64 id) const;
    std::optional<TrustedKey> trustedKeyByKeyId(const QByteArray& keyId) const;
    std::optional<TrustedKey> upstream() const;  // the active one
    Result<qint64> addTrustedKey(const TrustedKey& key, const ExchangeActor& actor);
    Status revokeTrustedKey(qint64 id, qint64 afterSequence, const ExchangeActor& actor);

    // --- export
    std::optional<ExportRecord> lastExport() const;
    QVector<ExportRecord> exports() const;
    qint64 lastRev() const;
    qint64 lastAuditSeq() const;
    // Rows of `table` owned by `owner` with rev in (from, to], in rev order.
    qint64 countChanged(const QString& table, const QString& owner, qint64 from, qint64 to) const;
    Status forEachChanged(const QString& table,
                          const QString& owner,
                          qint64 from,
                          qint64 to,
                          const std::function<bool(const QSqlRecord&)>& visit) const;
    qint64 countAudit(qint64 from, qint64 to) const;
    Status forEachAudit(qint64 from,
                        qint64 to,
                        const std::function<bool(const QSqlRecord&)>& visit) const;
    Status recordExport(const ExportRecord& record);

    // --- import
    std::optional<ReceivedBatch> receivedBatch(const QString& source, qint64 sequence) const;
    QVector<qint64> receivedSequences(const QString& source) const;
    Status recordReceived(const ReceivedBatch& batch, const ExchangeActor& actor);
    // Foreign keys are checked per statement in SQLite; an import may bring a child before the
    // batch with its household has arrived, so import switches them off around its transaction.
    bool setForeignKeys(bool on);
    qint64 danglingReferences() const;

    // What the ledger holds for one incoming row: nothing, or its owner, rev and deleted mark.
    struct Held {
        bool exists = false;
        QString owner;
        qint64 rev = 0;
        bool deleted = false;
    };
    Result<Held> held(const QString& table, const QString& id);
    // Writes a whole row (insert, or update of every given column). `columns` must be
    // columnsOf(table) names; values are bound in the same order.
    Status writeRow(const QString& table,
                    const QStringList& columns,
                    const QVector<QVariant>& values,
                    bool exists);
    // The stored hash of another ledger's history entry, if held.
    std::optional<QString> importedAuditHash(const QString& source, qint64 seq);
    Status insertImportedAudit(const QString& source,
                               qint64 batchSequence,
                               const QStringList& columns,
                               const QVector<QVariant>& values);

    // --- receipts
    Status storeReceipt(const StoredReceipt& receipt, const ExchangeActor& actor);
    bool hasReceipt(const QString& receiptHash) const;
    std::optional<StoredReceipt> latestReceipt(const QString& issuerLedger) const;

private:
    Status appendHistory(const ExchangeActor& actor,
                         const QString& action,
                         const QString& entity,
                         const QString& entityId,
                         const QString& changes);
    SqlQuery& cached(const QString& key, const QString& sql);
    struct RowStatement;
    RowStatement* rowStatement(const QString& table, const QStringList& columns, bool exists);

    Database& m_db;
    mutable QHash<QString, QStringList> m_columns;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;
    QHash<QString, std::shared_ptr<RowStatement>> m_rowStatements;
};

}  // namespace tongbao
