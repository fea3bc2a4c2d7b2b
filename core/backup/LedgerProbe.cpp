#include "backup/LedgerProbe.h"

#include "crypt/LedgerEncryption.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FileQueries.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace tongbao {

namespace {

// The SQLite file header (https://sqlite.org/fileformat.html §1.3).
const QByteArray kSqliteMagic = QByteArrayLiteral("SQLite format 3\0");
constexpr int kHeaderSize = 100;
constexpr int kPageSizeOffset = 16;
constexpr int kChangeCounterOffset = 24;
constexpr int kPageCountOffset = 28;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;
constexpr int kValidForOffset = 92;

LedgerProbe::Finding found(LedgerProbe::Kind kind, const QString& message, int version = 0) {
    LedgerProbe::Finding finding;
    finding.kind = kind;
    finding.message = message;
    finding.version = version;
    return finding;
}

}  // namespace

LedgerProbe::Finding LedgerProbe::header(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return found(Kind::Missing, tr("The ledger file %1 is not there any more.").arg(path));
    // An encrypted ledger's SQLite header is inside its first page (core/crypt).
    const LedgerFileHead fileHead = LedgerEncryption::head(path);
    if (!fileHead.readable)
        return found(Kind::Unreadable,
                     tr("The ledger file %1 cannot be read: %2").arg(path, fileHead.error));
    if (fileHead.locked)
        return found(Kind::Locked, tr("%1 is encrypted; log in to open it.").arg(name));
    if (fileHead.headerDamaged)
        return found(Kind::NotLedger,
                     tr("The beginning of the encrypted ledger %1 is damaged.").arg(name));
    const QByteArray head = fileHead.sqliteHeader;
    const qint64 size = fileHead.sqliteSize;
    if (head.size() < kHeaderSize || !head.startsWith(kSqliteMagic))
        return found(Kind::NotLedger,
                     tr("%1 is not a readable Tongbao ledger: its beginning is missing or has "
                        "been overwritten.")
                         .arg(name));
    const quint32 applicationId = qFromBigEndian<quint32>(head.constData() + kApplicationIdOffset);
    if (applicationId != Ledger::ApplicationId)
        return found(Kind::NotLedger,
                     tr("%1 is a database of another program, not a Tongbao ledger.").arg(name));
    const int version = qFromBigEndian<qint32>(head.constData() + kUserVersionOffset);
    if (version > Migrations::latestVersion())
        return found(Kind::Newer,
                     tr("%1 was saved by a newer version of Tongbao (file version %2; this "
                        "program knows up to %3). Please update Tongbao.")
                         .arg(name)
                         .arg(version)
                         .arg(Migrations::latestVersion()),
                     version);

    // The page count in the header is trustworthy only when the two counters agree (SQLite
    // itself then relies on it). A file shorter than that has lost its end: a copy cut short,
    // a full disk, a stick pulled out.
    quint32 pageSize = qFromBigEndian<quint16>(head.constData() + kPageSizeOffset);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(head.constData() + kPageCountOffset);
    const bool countValid = qFromBigEndian<quint32>(head.constData() + kChangeCounterOffset) ==
                            qFromBigEndian<quint32>(head.constData() + kValidForOffset);
    if (countValid && pages > 0 && qint64(pages) * pageSize > size)
        return found(Kind::Truncated,
                     tr("%1 is shorter than it should be (%2 of %3 bytes): the end of the file "
                        "is missing.")
                         .arg(name)
                         .arg(size)
                         .arg(qint64(pages) * pageSize),
                     version);
    return found(Kind::Ledger, {}, version);
}

LedgerProbe::Finding LedgerProbe::thorough(const QString& path) {
    Finding finding = header(path);
    if (!finding.ok())
        return finding;
    // Every page of an encrypted file is decrypted and its seal checked, so that a damaged
    // page is named even where SQLite's check would not read it.
    if (LedgerEncryption::isEncrypted(path)) {
        const Result<QVector<quint32>> damaged = LedgerEncryption::damagedPages(path);
        if (damaged && !damaged->isEmpty())
            return found(Kind::Damaged,
                         tr("Page %1 of the ledger %2 is damaged: its contents no longer match "
                            "their seal.")
                             .arg(damaged->first())
                             .arg(QFileInfo(path).fileName()),
                         finding.version);
    }
    const QString problem = checkContents(path, /*readOnly=*/false);
    if (!problem.isEmpty())
        return found(Kind::Damaged, problem, finding.version);
    return finding;
}

QString LedgerProbe::checkContents(const QString& path, bool readOnly) {
    const QString name = QFileInfo(path).fileName();
    auto connected = Database::connect(path, readOnly);
    if (!connected)
        return connected.message();
    Database& db = **connected;
    const std::optional<int> problems = filequeries::pageProblems(db);
    if (!problems)
        return tr("%1 is damaged and cannot be checked.").arg(name);
    if (*problems > 0)
        return tr("%1 is damaged: SQLite's check found %n problem(s) in the file's pages.", "",
                  *problems)
            .arg(name);
    const AuditLog::Verification chain = AuditLog::verify(db);
    if (!chain.intact())
        return tr("The history in %1 is broken: %2").arg(name, chain.problem);
    return {};
}

}  // namespace tongbao
