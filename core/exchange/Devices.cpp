#include "exchange/Devices.h"

#include "security/Sodium.h"

namespace tongbao {

RangeDevice::RangeDevice(QIODevice& base, qint64 offset, qint64 length)
    : m_base(base)
    , m_offset(offset)
    , m_length(length) {}

bool RangeDevice::seek(qint64 position) {
    if (position < 0 || position > m_length)
        return false;
    return QIODevice::seek(position);
}

qint64 RangeDevice::readData(char* data, qint64 maxSize) {
    const qint64 position = pos();
    const qint64 left = m_length - position;
    if (left <= 0)
        return 0;
    if (!m_base.seek(m_offset + position))
        return -1;
    return m_base.read(data, qMin(maxSize, left));
}

HashingWriter::HashingWriter(QIODevice& target)
    : m_target(target) {
    ensureSodium();
    crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES_MAX);
}

qint64 HashingWriter::writeData(const char* data, qint64 size) {
    const qint64 done = m_target.write(data, size);
    if (done != size)
        return -1;
    crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(data),
                              quint64(size));
    m_written += size;
    return size;
}

QByteArray HashingWriter::digest() {
    QByteArray out(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()),
                             size_t(out.size()));
    return out;
}

QByteArray readFully(QIODevice& device, qint64 size) {
    QByteArray out;
    out.reserve(int(size));
    while (out.size() < size) {
        const QByteArray part = device.read(size - out.size());
        if (part.isEmpty())
            break;
        out.append(part);
    }
    return out;
}

}  // namespace tongbao
