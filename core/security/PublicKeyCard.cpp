#include "security/PublicKeyCard.h"

#include "exchange/Encoding.h"
#include "security/Sodium.h"

#include <QRegularExpression>

namespace tongbao {

namespace {

const QByteArray kMarker = QByteArrayLiteral("# Tongbao public key, format 1.");

QString oneLine(const QString& text) {
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line.trimmed();
}

}  // namespace

QString PublicKeyCard::fingerprint() const {
    QByteArray data = QByteArrayLiteral("tongbao-public-key-1");
    for (const QString& part : {ledgerId, kind, areaCode})
        data += '\0' + part.toUtf8();
    data += '\0' + signing.toLine();
    data += '\0' + (encryption ? encryption->toString().toLatin1() : QByteArray());
    const QString text = encoding::base32(blake2b256(data).left(15));
    QStringList groups;
    for (int i = 0; i < text.size(); i += 4)
        groups.append(text.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

QByteArray PublicKeyCard::toFile() const {
    QByteArray text = signing.toFile(
        QStringLiteral("Tongbao public key of %1 (%2)").arg(oneLine(name), areaCode));
    text += kMarker + " Compare the fingerprint with the signed registration sheet.\n";
    text += "# ledger: " + ledgerId.toUtf8() + '\n';
    text += "# kind: " + kind.toUtf8() + '\n';
    text += "# area: " + areaCode.toUtf8() + '\n';
    text += "# name: " + oneLine(name).toUtf8() + '\n';
    text += "# fingerprint: " + fingerprint().toUtf8() + '\n';
    if (encryption)
        text += encryption->toString().toLatin1() + '\n';
    return text;
}

Result<PublicKeyCard> PublicKeyCard::parse(const QByteArray& text) {
    using R = Result<PublicKeyCard>;
    const R notAKey = R::failure(tr("This is not a Tongbao public key file."));
    const auto signing = minisign::PublicKey::fromFile(text);
    if (!signing || !text.contains(kMarker))
        return notAKey;
    PublicKeyCard card;
    card.signing = *signing;
    QString statedFingerprint;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 2; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("age1"))) {
            card.encryption = age::Recipient::parse(line);
            if (!card.encryption)
                return R::failure(tr("The encryption key in the public key file is damaged."));
            continue;
        }
        if (!line.startsWith(QLatin1Char('#')))
            return notAKey;
        line = line.mid(1).trimmed();
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString field = line.left(colon);
        const QString value = line.mid(colon + 1).trimmed();
        if (field == QLatin1String("ledger"))
            card.ledgerId = value;
        else if (field == QLatin1String("kind"))
            card.kind = value;
        else if (field == QLatin1String("area"))
            card.areaCode = value;
        else if (field == QLatin1String("name"))
            card.name = value;
        else if (field == QLatin1String("fingerprint"))
            statedFingerprint = value;
    }
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f-]{36}$"));
    static const QRegularExpression area(QStringLiteral("^\\d{12}$"));
    const bool upperLevel =
        card.kind == QLatin1String("town") || card.kind == QLatin1String("district");
    if (!uuid.match(card.ledgerId).hasMatch() || !area.match(card.areaCode).hasMatch() ||
        (!upperLevel && card.kind != QLatin1String("village")))
        return R::failure(tr("The public key file does not say which ledger it belongs to."));
    if (upperLevel != card.encryption.has_value())
        return R::failure(upperLevel ? tr("The public key file of a town or district has no "
                                          "encryption key.")
                                     : tr("The public key file of a village must not carry an "
                                          "encryption key."));
    if (statedFingerprint != card.fingerprint())
        return R::failure(
            tr("The public key file was changed after it was made: its fingerprint does not match "
               "its keys. Ask for a new copy."));
    return card;
}

}  // namespace tongbao
