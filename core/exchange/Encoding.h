#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tongbao {

// Strict text encodings of the exchange formats. Every decoder accepts exactly one spelling of
// each value (the one its encoder writes), so that a file that decodes is byte-for-byte the file
// that was written: a changed padding bit or a stray character is refused, never normalised.
namespace encoding {

// Standard base64 (RFC 4648 §4). `padded` selects "=" padding (minisign) or none (age).
QByteArray base64(const QByteArray& data, bool padded);
std::optional<QByteArray> fromBase64(const QByteArray& text, bool padded);

// RFC 4648 base32 without padding, upper case: for fingerprints read aloud or typed.
QString base32(const QByteArray& data);

// Bech32 (BIP 173, with the original checksum constant, and no length limit, as age uses it).
// The human-readable part is written in lower case; `upper` writes the whole string in upper
// case (age secret keys).
QString bech32(const QString& hrp, const QByteArray& data, bool upper = false);

struct Bech32Data {
    QString hrp;  // lower case
    QByteArray data;
};
// Refuses mixed case, characters outside the alphabet, a bad checksum, and padding bits that
// are not zero.
std::optional<Bech32Data> fromBech32(const QString& text);

}  // namespace encoding

}  // namespace tongbao
