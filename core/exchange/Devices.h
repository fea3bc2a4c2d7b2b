#pragma once

#include <QByteArray>
#include <QIODevice>

#include <sodium.h>

namespace tongbao {

// A read-only window [offset, offset + length) of another seekable device, so that one member
// of a batch container can be hashed or decrypted in place, in chunks, without copying it out.
class RangeDevice final : public QIODevice {
public:
    RangeDevice(QIODevice& base, qint64 offset, qint64 length);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 position) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_base;
    qint64 m_offset;
    qint64 m_length;
};

// Passes every write on to another device and keeps a BLAKE2b-512 hash of what went through,
// so a file can be signed in the minisign format (which signs that hash) as it is written.
class HashingWriter final : public QIODevice {
public:
    explicit HashingWriter(QIODevice& target);

    bool isSequential() const override { return true; }
    qint64 written() const { return m_written; }
    QByteArray digest();  // once, at the end

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice& m_target;
    crypto_generichash_state m_state;
    qint64 m_written = 0;
};

// Reads exactly `size` bytes unless the device ends first; returns what it got.
QByteArray readFully(QIODevice& device, qint64 size);

}  // namespace tongbao
