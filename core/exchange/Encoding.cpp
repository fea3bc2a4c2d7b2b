#include "exchange/Encoding.h"

#include <QVector>

#include <sodium.h>

#include <cstring>

namespace tongbao::encoding {

namespace {

// Bech32 also carries age secret keys: the working copies of their bits are wiped.
void wipeValues(QVector<quint8>& values) {
    if (!values.isEmpty())
        sodium_memzero(values.data(), size_t(values.size()));
}

const char kBech32Alphabet[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr quint32 kBech32Constant = 1;

quint32 polymod(const QVector<quint8>& values) {
    static const quint32 generator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd,
                                         0x2a1462b3};
    quint32 checksum = 1;
    for (const quint8 value : values) {
        const quint32 top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                checksum ^= generator[i];
        }
    }
    return checksum;
}

QVector<quint8> expandHrp(const QByteArray& hrp) {
    QVector<quint8> out;
    out.reserve(hrp.size() * 2 + 1);
    for (const char c : hrp)
        out.append(quint8(quint8(c) >> 5));
    out.append(0);
    for (const char c : hrp)
        out.append(quint8(quint8(c) & 31));
    return out;
}

// Regroups bits; with `pad` a short last group is filled with zeros, without it the leftover
// bits must be fewer than `from` and all zero.
std::optional<QVector<quint8>> regroup(const QVector<quint8>& in, int from, int to, bool pad) {
    quint32 accumulator = 0;
    int bits = 0;
    const quint32 mask = (1u << to) - 1;
    QVector<quint8> out;
    out.reserve(in.size() * from / to + 1);
    for (const quint8 value : in) {
        if ((value >> from) != 0)
            return std::nullopt;
        accumulator = (accumulator << from) | value;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.append(quint8((accumulator >> bits) & mask));
        }
    }
    if (pad) {
        if (bits > 0)
            out.append(quint8((accumulator << (to - bits)) & mask));
    } else if (bits >= from || ((accumulator << (to - bits)) & mask) != 0) {
        return std::nullopt;
    }
    return out;
}

}  // namespace

QByteArray base64(const QByteArray& data, bool padded) {
    return data.toBase64(padded ? QByteArray::Base64Encoding
                                : QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64(const QByteArray& text, bool padded) {
    for (const char c : text) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '+' || c == '/' || (padded && c == '=');
        if (!valid)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // One spelling per value: re-encoding must give back the very same text.
    if (base64(decoded.decoded, padded) != text)
        return std::nullopt;
    return decoded.decoded;
}

QString base32(const QByteArray& data) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 accumulator = 0;
    int bits = 0;
    for (const char c : data) {
        accumulator = (accumulator << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(alphabet[(accumulator >> bits) & 31]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(alphabet[(accumulator << (5 - bits)) & 31]));
    return out;
}

QString bech32(const QString& hrp, const QByteArray& data, bool upper) {
    const QByteArray hrpBytes = hrp.toLower().toLatin1();
    QVector<quint8> bytes;
    bytes.reserve(data.size());
    for (const char c : data)
        bytes.append(quint8(c));
    QVector<quint8> values = *regroup(bytes, 8, 5, true);
    QVector<quint8> check = expandHrp(hrpBytes) + values;
    check.append(QVector<quint8>(6, 0));
    const quint32 mod = polymod(check) ^ kBech32Constant;
    for (int i = 0; i < 6; ++i)
        values.append(quint8((mod >> (5 * (5 - i))) & 31));
    QByteArray out = hrpBytes + '1';
    for (const quint8 v : values)
        out.append(kBech32Alphabet[v]);
    QString text = QString::fromLatin1(out);
    const QString result = upper ? text.toUpper() : text;
    wipeValues(bytes);
    wipeValues(values);
    wipeValues(check);
    sodium_memzero(out.data(), size_t(out.size()));
    if (upper)
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    return result;
}

std::optional<Bech32Data> fromBech32(const QString& text) {
    bool hasLower = false;
    bool hasUpper = false;
    for (const QChar c : text) {
        if (c.unicode() < 33 || c.unicode() > 126)
            return std::nullopt;
        hasLower = hasLower || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        hasUpper = hasUpper || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    }
    if (hasLower && hasUpper)
        return std::nullopt;
    const QByteArray lower = text.toLower().toLatin1();
    const int separator = lower.lastIndexOf('1');
    if (separator < 1 || separator + 7 > lower.size())
        return std::nullopt;
    const QByteArray hrp = lower.left(separator);
    QVector<quint8> values;
    for (const char c : lower.mid(separator + 1)) {
        const char* found = strchr(kBech32Alphabet, c);
        if (!found || c == '\0')
            return std::nullopt;
        values.append(quint8(found - kBech32Alphabet));
    }
    QVector<quint8> checked = expandHrp(hrp) + values;
    const bool valid = polymod(checked) == kBech32Constant;
    wipeValues(checked);
    if (!valid) {
        wipeValues(values);
        return std::nullopt;
    }
    values.resize(values.size() - 6);
    auto bytes = regroup(values, 5, 8, false);
    wipeValues(values);
    if (!bytes)
        return std::nullopt;
    Bech32Data result;
    result.hrp = QString::fromLatin1(hrp);
    result.data.reserve(bytes->size());
    for (const quint8 b : *bytes)
        result.data.append(char(b));
    wipeValues(*bytes);
    return result;
}

}  // namespace tongbao::encoding
