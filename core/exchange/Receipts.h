#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QPair>
#include <QString>
#include <QVector>

namespace tongbao {

class Ledger;
struct UnlockedKeys;

struct ReceiptContent {
    QString issuerLedger;
    QString issuerName;
    QString sourceLedger;
    QDateTime issuedAt;
    qint64 lastSequence = 0;
    QVector<QPair<qint64, QString>> batches;  // sequence, batch hash
};

// What a village knows about its batches at the town, from the latest receipt.
struct ExchangeStatus {
    QString upstreamName;
    QVector<qint64> exported;
    bool hasReceipt = false;
    QDateTime receiptIssuedAt;
    QVector<qint64> received;     // the town has them, as sent
    QVector<qint64> notReceived;  // sent but not (yet) at the town
    QVector<qint64> different;    // the town holds a different batch under this number
};

// Signed receipts from the town back to a village (design.md §4): after importing, the town
// writes, for one village, the sequences and hashes of the batches it holds, signed with its
// key in the same container as a batch (receipt.json + receipt.json.minisig, not encrypted: it
// names no child). The village checks the signature against the town key it registered and
// keeps the receipt, so it can show which batches arrived and which must be sent again, and
// notice a batch the town holds that this ledger never wrote (a copied ledger).
class Receipts {
    Q_DECLARE_TR_FUNCTIONS(Receipts)
public:
    explicit Receipts(Ledger& ledger);

    // At the town: a receipt for the source registered as `trustedKeyId`.
    Result<ReceiptContent> write(qint64 trustedKeyId,
                                 const UnlockedKeys& keys,
                                 const QString& path);

    // At the village. `alreadyImported` is set for a receipt seen before (nothing is written).
    Result<ReceiptContent> import(QIODevice& device, bool* alreadyImported = nullptr);
    Result<ReceiptContent> import(const QString& path, bool* alreadyImported = nullptr);

    ExchangeStatus status() const;

private:
    Ledger& m_ledger;
};

}  // namespace tongbao
