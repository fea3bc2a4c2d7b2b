#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace tongbao {

// The fixed words of batch and receipt files, format version 1 (docs/batch-format.md). Kept in
// one place so that the writer, the reader and the documentation cannot drift apart.
namespace batchformat {

constexpr int Version = 1;

// Member names inside the container; the signature is NAME.minisig beside NAME.
inline QString batchMember() {
    return QStringLiteral("batch.age");
}
inline QString receiptMember() {
    return QStringLiteral("receipt.json");
}

// The untrusted comment is not signed, so it is fixed text, compared exactly on reading.
inline QString untrustedComment() {
    return QStringLiteral("signature from Tongbao");
}

// The batch identity in the signed trusted comment:
// "tongbao-batch 1 source=UUID seq=N revs=A-B audit=C-D created=UNIXTIME".
struct BatchIdentity {
    QString source;
    qint64 sequence = 0;
    qint64 revFrom = 0;  // exclusive
    qint64 revTo = 0;    // inclusive
    qint64 auditFrom = 0;
    qint64 auditTo = 0;
    qint64 created = 0;  // seconds since 1970 UTC

    QString trustedComment() const;
    static std::optional<BatchIdentity> parse(const QString& trustedComment);
};

// "tongbao-receipt 1 issuer=UUID source=UUID last=N created=UNIXTIME".
struct ReceiptIdentity {
    QString issuer;
    QString source;
    qint64 lastSequence = 0;
    qint64 created = 0;

    QString trustedComment() const;
    static std::optional<ReceiptIdentity> parse(const QString& trustedComment);
};

// The BLAKE2b-512 hash of a signed member in lower-case hex, as `b2sum` prints it.
QString hashText(const QByteArray& prehash);

}  // namespace batchformat

}  // namespace tongbao
