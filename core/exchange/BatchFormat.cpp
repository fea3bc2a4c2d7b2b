#include "exchange/BatchFormat.h"

#include <QRegularExpression>

namespace tongbao::batchformat {

QString BatchIdentity::trustedComment() const {
    return QStringLiteral("tongbao-batch %1 source=%2 seq=%3 revs=%4-%5 audit=%6-%7 created=%8")
        .arg(Version)
        .arg(source)
        .arg(sequence)
        .arg(revFrom)
        .arg(revTo)
        .arg(auditFrom)
        .arg(auditTo)
        .arg(created);
}

std::optional<BatchIdentity> BatchIdentity::parse(const QString& trustedComment) {
    static const QRegularExpression pattern(QStringLiteral(
        "^tongbao-batch 1 source=([0-9a-f-]{36}) seq=([1-9]\\d{0,15}) revs=(0|[1-9]\\d{0,15})-"
        "(0|[1-9]\\d{0,15}) audit=(0|[1-9]\\d{0,15})-(0|[1-9]\\d{0,15}) "
        "created=(0|[1-9]\\d{0,11})$"));
    const QRegularExpressionMatch match = pattern.match(trustedComment);
    if (!match.hasMatch())
        return std::nullopt;
    BatchIdentity identity;
    identity.source = match.captured(1);
    identity.sequence = match.captured(2).toLongLong();
    identity.revFrom = match.captured(3).toLongLong();
    identity.revTo = match.captured(4).toLongLong();
    identity.auditFrom = match.captured(5).toLongLong();
    identity.auditTo = match.captured(6).toLongLong();
    identity.created = match.captured(7).toLongLong();
    if (identity.revTo < identity.revFrom || identity.auditTo < identity.auditFrom)
        return std::nullopt;
    return identity;
}

QString ReceiptIdentity::trustedComment() const {
    return QStringLiteral("tongbao-receipt %1 issuer=%2 source=%3 last=%4 created=%5")
        .arg(Version)
        .arg(issuer, source)
        .arg(lastSequence)
        .arg(created);
}

std::optional<ReceiptIdentity> ReceiptIdentity::parse(const QString& trustedComment) {
    static const QRegularExpression pattern(
        QStringLiteral("^tongbao-receipt 1 issuer=([0-9a-f-]{36}) source=([0-9a-f-]{36}) "
                       "last=(0|[1-9]\\d{0,15}) created=(0|[1-9]\\d{0,11})$"));
    const QRegularExpressionMatch match = pattern.match(trustedComment);
    if (!match.hasMatch())
        return std::nullopt;
    ReceiptIdentity identity;
    identity.issuer = match.captured(1);
    identity.source = match.captured(2);
    identity.lastSequence = match.captured(3).toLongLong();
    identity.created = match.captured(4).toLongLong();
    return identity;
}

QString hashText(const QByteArray& prehash) {
    return QString::fromLatin1(prehash.toHex());
}

}  // namespace tongbao::batchformat
