#include "exchange/SignedContainer.h"

#include "exchange/Devices.h"

namespace tongbao {

namespace {

constexpr qint64 kMaxMemberSize = 077777777777LL;  // 11 octal digits

void putText(QByteArray& block, int offset, const QByteArray& text) {
    memcpy(block.data() + offset, text.constData(), size_t(text.size()));
}

QByteArray octal(qint64 value, int digits) {
    return QByteArray::number(value, 8).rightJustified(digits, '0') + '\0';
}

// Parses an octal field of `digits` digits followed by NUL; -1 when it is anything else.
qint64 parseOctal(const QByteArray& block, int offset, int digits) {
    qint64 value = 0;
    for (int i = 0; i < digits; ++i) {
        const char c = block[offset + i];
        if (c < '0' || c > '7')
            return -1;
        value = value * 8 + (c - '0');
    }
    return block[offset + digits] == '\0' ? value : -1;
}

bool allZero(const QByteArray& data) {
    for (const char c : data) {
        if (c != '\0')
            return false;
    }
    return true;
}

}  // namespace

QByteArray SignedContainer::header(const QString& name, qint64 size, qint64 modified) {
    QByteArray block(Block, '\0');
    putText(block, 0, name.toUtf8().left(99));
    putText(block, 100, octal(0644, 7));       // mode
    putText(block, 108, octal(0, 7));          // uid
    putText(block, 116, octal(0, 7));          // gid
    putText(block, 124, octal(size, 11));      // size
    putText(block, 136, octal(modified, 11));  // mtime
    putText(block, 148, QByteArray(8, ' '));   // checksum, counted as spaces
    block[156] = '0';                          // regular file
    putText(block, 257,
            QByteArray("ustar\0"
                       "00",
                       8));
    putText(block, 329, octal(0, 7));  // devmajor
    putText(block, 337, octal(0, 7));  // devminor
    quint32 sum = 0;
    for (const char c : block)
        sum += quint8(c);
    putText(block, 148, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
    return block;
}

QByteArray SignedContainer::padding(qint64 size) {
    const qint64 rest = size % Block;
    return rest == 0 ? QByteArray() : QByteArray(int(Block - rest), '\0');
}

QByteArray SignedContainer::trailer() {
    return QByteArray(int(2 * Block), '\0');
}

QByteArray SignedContainer::build(const QString& contentName,
                                  const QByteArray& content,
                                  const QByteArray& signature,
                                  qint64 modified) {
    return header(contentName + QStringLiteral(".minisig"), signature.size(), modified) +
           signature + padding(signature.size()) + header(contentName, content.size(), modified) +
           content + padding(content.size()) + trailer();
}

Result<SignedContainer::Members> SignedContainer::read(QIODevice& device,
                                                       const QString& contentName) {
    using R = Result<Members>;
    const R damaged =
        R::failure(tr("This file is not a complete Tongbao file of this kind: it is "
                      "damaged, cut short, or something else."));
    const qint64 total = device.size();
    if (total < 4 * Block || total % Block != 0 || !device.seek(0))
        return damaged;

    Members members;
    const QByteArray first = readFully(device, Block);
    if (first.size() != Block)
        return damaged;
    const qint64 signatureSize = parseOctal(first, 124, 11);
    members.modified = parseOctal(first, 136, 11);
    if (signatureSize <= 0 || signatureSize > MaxSignatureSize || members.modified < 0 ||
        first != header(contentName + QStringLiteral(".minisig"), signatureSize, members.modified))
        return damaged;
    members.signature = readFully(device, signatureSize);
    if (members.signature.size() != signatureSize ||
        !allZero(readFully(device, padding(signatureSize).size())))
        return damaged;

    const qint64 secondAt = contentHeaderOffset(signatureSize);
    const QByteArray second = readFully(device, Block);
    if (device.pos() != secondAt + Block || second.size() != Block)
        return damaged;
    members.contentSize = parseOctal(second, 124, 11);
    if (members.contentSize < 0 || members.contentSize > kMaxMemberSize ||
        second != header(contentName, members.contentSize, members.modified))
        return damaged;
    members.contentOffset = secondAt + Block;
    const qint64 padded = members.contentSize + padding(members.contentSize).size();
    if (members.contentOffset + padded + 2 * Block != total)
        return damaged;
    // The padding after the content and the end-of-archive blocks: zeros, and nothing after.
    const qint64 contentEnd = members.contentOffset + members.contentSize;
    if (!device.seek(contentEnd))
        return damaged;
    const QByteArray tail = readFully(device, total - contentEnd);
    if (tail.size() != total - contentEnd || !allZero(tail))
        return damaged;
    return members;
}

}  // namespace tongbao
