#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace tongbao {

// The one file a user carries: a POSIX ustar archive with exactly two members, the minisign
// signature "NAME.minisig" first and the signed content "NAME" second, then the end-of-archive
// blocks. Any `tar` (GNU tar, bsdtar, Windows' tar.exe, 7-Zip) unpacks it, after which the
// stock tools find the signature beside the file by its usual name (`minisign -Vm NAME`).
//
// Reading is strict, so that every byte of a container is either covered by the signature or
// compared against the one header this program writes: member names, sizes, modes and owners,
// checksums, padding and trailer must be exactly as written, and nothing may follow. The
// modification time is the batch's creation time, which the signed trusted comment repeats;
// the caller compares the two.
class SignedContainer {
    Q_DECLARE_TR_FUNCTIONS(SignedContainer)
public:
    static constexpr qint64 Block = 512;
    static constexpr qint64 MaxSignatureSize = 4096;

    struct Members {
        QByteArray signature;
        qint64 contentOffset = 0;
        qint64 contentSize = 0;
        qint64 modified = 0;  // seconds since 1970, from the tar headers
    };

    // The header block of one member.
    static QByteArray header(const QString& name, qint64 size, qint64 modified);
    // Zero bytes that fill a member of `size` bytes up to the next block.
    static QByteArray padding(qint64 size);
    static QByteArray trailer();

    // Where each part of a container lies; the content stays in the device.
    static Result<Members> read(QIODevice& device, const QString& contentName);

    // Writes a whole container whose content is already in memory (receipts).
    static QByteArray build(const QString& contentName,
                            const QByteArray& content,
                            const QByteArray& signature,
                            qint64 modified);

    // Offsets used by a writer that streams the content and fills in the signature afterwards.
    static qint64 signatureOffset() { return Block; }
    static qint64 contentHeaderOffset(qint64 signatureSize) {
        return Block + signatureSize + padding(signatureSize).size();
    }
};

}  // namespace tongbao
