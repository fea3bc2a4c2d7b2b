#include "crypt/LedgerEncryption.h"

#include "backup/FileSync.h"
#include "crypt/EncryptedVfs.h"
#include "security/Accounts.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FileQueries.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QtDebug>
#include <QtEndian>

#include <sqlite3.h>

namespace tongbao {

namespace {

constexpr int kPage = EncryptedVfs::PageSize;
constexpr qint64 kPrefix = CipherHeader::PrefixSize;
// SQLite's header: bytes 18 and 19 say "write-ahead log" (2) or "rollback journal" (1).
constexpr int kWriteVersionAt = 18;
constexpr int kReadVersionAt = 19;
constexpr int kChangeCounterAt = 24;
constexpr int kPageCountAt = 28;
constexpr int kValidForAt = 92;

const QString kEncryptingSuffix = QStringLiteral(".encrypting");
const QString kKeptSuffix = QStringLiteral(".before-encryption");

struct ReadHeader {
    CipherHeader header;
    QByteArray block;
};

Result<ReadHeader> readHeader(const QString& path) {
    const std::optional<QByteArray> prefix = EncryptedVfs::readRaw(path, 0, kPrefix);
    if (!prefix)
        return Status::failure(
            LedgerEncryption::tr("The ledger file %1 cannot be read.").arg(path));
    const QByteArray block = CipherHeader::currentBlock(*prefix);
    if (block.isEmpty())
        return Status::failure(
            LedgerEncryption::tr("The header of the encrypted ledger %1 is damaged.")
                .arg(QFileInfo(path).fileName()));
    Result<CipherHeader> header = CipherHeader::parse(block);
    if (!header)
        return header.status();
    return ReadHeader{*header, block};
}

Status keep(const QByteArray& block, const CipherHeader& header, SecretBytes key) {
    if (!CipherHeader::authentic(block, key))
        return Status::failure(
            LedgerEncryption::tr("The header of this encrypted ledger has been changed; it "
                                 "cannot be trusted."));
    EncryptedVfs::addKey(header.salt(), std::move(key));
    return Status::success();
}

// A file SQLite wrote with VACUUM INTO is in rollback-journal mode; an encrypted ledger runs
// only with its log (a rollback journal would hold pages in clear). The two bytes are set in
// the decrypted first page, resealed, and synced, before SQLite opens the file.
Status switchToWriteAheadLog(const QString& path, const SecretBytes& key) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(kPrefix))
        return Status::failure(file.errorString());
    QByteArray page = file.read(kPage);
    if (page.size() != kPage || !EncryptedVfs::openPage(key, 1, page))
        return Status::failure(LedgerEncryption::tr("The encrypted copy could not be read back."));
    page[kWriteVersionAt] = 2;
    page[kReadVersionAt] = 2;
    EncryptedVfs::sealPage(key, 1, page);
    if (!file.seek(kPrefix) || file.write(page) != kPage || !file.flush())
        return Status::failure(file.errorString());
    file.close();
    if (!filesync::syncFile(path))
        return Status::failure(LedgerEncryption::tr("The encrypted copy could not be written."));
    return Status::success();
}

Status rewriteSlots(Ledger& ledger,
                    const std::function<Status(CipherHeader&, const SecretBytes&)>& change) {
    Database& db = ledger.database();
    const QByteArray block = EncryptedVfs::headerOf(db.sqliteHandle());
    if (block.isEmpty())
        return Status::success();  // a plain ledger has no slots
    Result<CipherHeader> header = CipherHeader::parse(block);
    if (!header)
        return header.status();
    std::optional<SecretBytes> key = EncryptedVfs::keyFor(header->salt());
    if (!key)
        return Status::failure(LedgerEncryption::tr("The ledger's key is not unlocked."));
    if (const Status changed = change(*header, *key); !changed)
        return changed;
    header->setGeneration(header->generation() + 1);
    if (!EncryptedVfs::rewriteHeader(db.sqliteHandle(), header->serialize(*key)))
        return Status::failure(
            LedgerEncryption::tr("The key slots of the ledger could not be written."));
    return Status::success();
}

}  // namespace

LedgerFileHead LedgerEncryption::head(const QString& path) {
    LedgerFileHead head;
    qint64 size = 0;
    const std::optional<QByteArray> read =
        QFileInfo(path).isFile() ? EncryptedVfs::readRaw(path, 0, kPrefix + kPage, &size)
                                 : std::nullopt;
    if (!read) {
        head.error = QFileInfo::exists(path) ? tr("it cannot be read") : tr("it is not there");
        return head;
    }
    head.readable = true;
    const QByteArray& start = *read;
    if (!CipherHeader::looksEncrypted(start)) {
        head.sqliteHeader = start.left(100);
        head.sqliteSize = size;
        return head;
    }
    head.encrypted = true;
    head.sqliteSize = qMax<qint64>(0, size - kPrefix);
    const QByteArray block = CipherHeader::currentBlock(start.left(kPrefix));
    const Result<CipherHeader> header = CipherHeader::parse(block);
    if (!header) {
        head.headerDamaged = true;
        return head;
    }
    head.demo = header->demo();
    std::optional<SecretBytes> key = EncryptedVfs::keyFor(header->salt());
    if (!key) {
        head.locked = true;
        return head;
    }
    if (!CipherHeader::authentic(block, *key)) {
        head.headerDamaged = true;
        return head;
    }
    QByteArray page = start.mid(kPrefix, kPage);
    if (page.size() == kPage && EncryptedVfs::openPage(*key, 1, page))
        head.sqliteHeader = page.left(100);
    return head;
}

Status LedgerEncryption::unlock(const QString& path,
                                const QString& user,
                                const SecretBytes& password) {
    if (!head(path).encrypted)
        return Status::success();
    Result<ReadHeader> read = readHeader(path);
    if (!read)
        return read.status();
    Result<SecretBytes> key = read->header.unlock(user, password);
    if (!key)
        return key.status();
    return keep(read->block, read->header, std::move(*key));
}

Status LedgerEncryption::unlockWithRecoveryKey(const QString& path, const QString& letters) {
    Result<ReadHeader> read = readHeader(path);
    if (!read)
        return read.status();
    Result<SecretBytes> key = read->header.unlockWithRecoveryKey(letters);
    if (!key)
        return key.status();
    return keep(read->block, read->header, std::move(*key));
}

bool LedgerEncryption::isEncrypted(Ledger& ledger) {
    return !EncryptedVfs::headerOf(ledger.database().sqliteHandle()).isEmpty();
}

QByteArray LedgerEncryption::saltOf(const QString& path) {
    Result<ReadHeader> read = readHeader(path);
    return read ? read->header.salt() : QByteArray();
}

Status LedgerEncryption::encrypt(Ledger& ledger,
                                 const QString& user,
                                 const SecretBytes& password,
                                 const std::function<void(int)>& progress) {
    if (isEncrypted(ledger))
        return Status::success();
    Database& db = ledger.database();
    if (db.transactionDepth() > 0)
        return Status::failure(tr("The ledger cannot be encrypted in the middle of a change."));
    const QString path = db.path();
    const QString building = path + kEncryptingSuffix;
    const QString kept = path + kKeptSuffix;
    const Status failed = Status::failure(
        tr("The ledger could not be encrypted; it is unchanged. Check the free space on the "
           "disk and try again."));

    SecretBytes key = SecretBytes::random(CipherHeader::KeySize);
    CipherHeader header = CipherHeader::fresh();
    if (const Status slot = header.setPasswordSlot(user, password, key); !slot)
        return slot;
    const QByteArray block = header.serialize(key);
    EncryptedVfs::addKey(header.salt(), SecretBytes::copyOf(key.data(), key.size()));

    // 1. An encrypted copy under a temporary name, with room at the end of every page for the
    // nonce and tag. A cut here leaves the old file as it was and a half copy to remove.
    QFile::remove(building);
    EncryptedVfs::expectNewFile(building, block);
    auto* handle = static_cast<sqlite3*>(db.sqliteHandle());
    int reserve = EncryptedVfs::ReservedBytes;
    sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    const qint64 sourceSize = qMax<qint64>(1, QFileInfo(path).size());
    struct Progress {
        const std::function<void(int)>* report;
        QString building;
        qint64 sourceSize;
    } state{&progress, building, sourceSize};
    if (progress)
        sqlite3_progress_handler(
            handle, 20000,
            [](void* context) {
                auto* p = static_cast<Progress*>(context);
                const qint64 done = QFileInfo(p->building).size();
                (*p->report)(int(qBound<qint64>(qint64(0), done * 95 / p->sourceSize, qint64(95))));
                return 0;
            },
            &state);
    QString error;
    const bool copied = filequeries::copyInto(db, building, &error);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    EncryptedVfs::cancelNewFile(building);
    const Status switched = copied ? switchToWriteAheadLog(building, key) : Status::failure(error);
    if (!switched) {
        qWarning().noquote() << "encrypting" << path
                             << "failed while copying:" << switched.message();
        QFile::remove(building);
        return failed;
    }

    // 2. The copy is checked page by page and by SQLite before it may replace anything.
    Result<QVector<quint32>> damaged = damagedPages(building);
    const QString problem = damaged && damaged->isEmpty() ? QString() : QStringLiteral("damaged");
    bool sound = problem.isEmpty();
    if (sound) {
        auto copy = Database::connect(building, /*readOnly=*/true);
        sound = copy && filequeries::pageProblems(**copy) == 0 && AuditLog::verify(**copy).intact();
    }
    if (!sound) {
        qWarning().noquote() << "encrypting" << path << "failed: the copy did not pass its check"
                             << (damaged ? QString::number(damaged->size()) : damaged.message());
        QFile::remove(building);
        return failed;
    }
    // The check's connection left an empty log and index beside the copy.
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    if (progress)
        progress(97);

    // 3. The old file is folded together (its log checkpointed into it) and kept beside; the
    // new one takes its name in one rename, so the name always holds a whole ledger.
    db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile::remove(kept);
    if (!QFile::copy(path, kept)) {
        QFile::remove(building);
        return failed;
    }
    db.connection().close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(building);
        QFile::remove(kept);
        db.reopen();
        return failed;
    }
    filesync::syncFolder(QFileInfo(path).absolutePath());

    // 4. The connection moves to the new file; the old copy goes once the new one is in use.
    if (const Status reopened = db.reopen(); !reopened)
        return reopened;
    if (const Status configured = Ledger::configure(db); !configured)
        return configured;
    QFile::remove(kept);
    if (progress)
        progress(100);
    return Status::success();
}

namespace {
std::function<void(int)>& progressHook() {
    static std::function<void(int)> hook;
    return hook;
}
}  // namespace

void LedgerEncryption::setConversionProgress(std::function<void(int)> progress) {
    progressHook() = std::move(progress);
}

const std::function<void(int)>& LedgerEncryption::conversionProgress() {
    return progressHook();
}

void LedgerEncryption::finishInterruptedConversion(const QString& path) {
    const QString building = path + kEncryptingSuffix;
    const QString kept = path + kKeptSuffix;
    if (!QFileInfo::exists(path) && QFileInfo::exists(kept)) {
        QFile::rename(kept, path);
        return;
    }
    QFile::remove(building);
    // The name holds the new file, which was checked before the rename; the old copy is spare.
    if (QFileInfo::exists(kept) && head(path).encrypted)
        QFile::remove(kept);
}

Status LedgerEncryption::setPasswordSlot(Ledger& ledger,
                                         const QString& user,
                                         const SecretBytes& password) {
    return rewriteSlots(ledger, [&](CipherHeader& header, const SecretBytes& key) {
        return header.setPasswordSlot(user, password, key);
    });
}

Status LedgerEncryption::removeSlot(Ledger& ledger, const QString& user) {
    return rewriteSlots(ledger, [&](CipherHeader& header, const SecretBytes&) {
        header.removeSlot(user);
        return Status::success();
    });
}

Status LedgerEncryption::markDemo(Ledger& ledger) {
    return rewriteSlots(ledger, [](CipherHeader& header, const SecretBytes&) {
        header.setDemo(true);
        return Status::success();
    });
}

Result<QString> LedgerEncryption::newRecoveryKey(Ledger& ledger) {
    if (const Status allowed = ledger.writer().context().access.require(Permission::ManageAccounts);
        !allowed)
        return allowed;
    if (!isEncrypted(ledger))
        return Status::failure(
            tr("This ledger is not encrypted (it has no user accounts), so it has no recovery "
               "key."));
    QString letters;
    const Status written = rewriteSlots(ledger, [&](CipherHeader& header, const SecretBytes& key) {
        letters = header.setRecoverySlot(key);
        return Status::success();
    });
    if (!written)
        return written;
    return letters;
}

bool LedgerEncryption::copyInto(Database& db, const QString& target, QString* error) {
    const QByteArray block = EncryptedVfs::headerOf(db.sqliteHandle());
    if (block.isEmpty())
        return filequeries::copyInto(db, target, error);
    Result<CipherHeader> header = CipherHeader::parse(block);
    std::optional<SecretBytes> key =
        header ? EncryptedVfs::keyFor(header->salt()) : std::optional<SecretBytes>();
    if (!key)
        return false;
    EncryptedVfs::expectNewFile(target, block);
    const bool copied = filequeries::copyInto(db, target, error);
    EncryptedVfs::cancelNewFile(target);
    if (!copied)
        return false;
    const Status switched = switchToWriteAheadLog(target, *key);
    if (!switched && error)
        *error = switched.message();
    return switched.ok();
}

Status LedgerEncryption::recoverAdministrator(Ledger& ledger,
                                              const QString& letters,
                                              const QString& name,
                                              SecretBytes newPassword) {
    const Result<CipherHeader> header =
        CipherHeader::parse(EncryptedVfs::headerOf(ledger.database().sqliteHandle()));
    if (!header)
        return Status::failure(tr("This ledger is not encrypted, so it has no recovery key."));
    if (const Result<SecretBytes> opened = header->unlockWithRecoveryKey(letters); !opened)
        return opened.status();
    Accounts accounts(ledger);
    const std::optional<Account> account = accounts.find(name);
    if (!account || account->role != Role::Administrator)
        return Status::failure(tr("%1 is not an administrator of this ledger.").arg(name));
    // The recovery key stands in for the administrator's password, for this one change.
    ledger.setActor(account->name);
    ledger.writer().setAccess(Access::as(Role::Administrator));
    const Status reset = accounts.resetPassword(account->name, std::move(newPassword));
    ledger.writer().setAccess(Access::signedOut());
    return reset;
}

void LedgerEncryption::lockKeys(Ledger& ledger) {
    EncryptedVfs::wipeKeys();
    // The decrypted pages SQLite keeps in its cache go too, so that what stays in memory while
    // locked is what the open windows show.
    filequeries::releaseCache(ledger.database());
}

Result<QVector<quint32>> LedgerEncryption::damagedPages(const QString& path) {
    Result<ReadHeader> read = readHeader(path);
    if (!read)
        return read.status();
    std::optional<SecretBytes> key = EncryptedVfs::keyFor(read->header.salt());
    if (!key)
        return Status::failure(tr("The ledger's key is not unlocked."));
    // The pages SQLite's header counts (when its counters agree), else as many as the file has.
    qint64 size = 0;
    std::optional<QByteArray> first = EncryptedVfs::readRaw(path, kPrefix, kPage, &size);
    if (!first)
        return Status::failure(tr("The ledger file %1 cannot be read.").arg(path));
    quint32 pages = quint32(qMax<qint64>(0, size - kPrefix) / kPage);
    if (first->size() == kPage && EncryptedVfs::openPage(*key, 1, *first) &&
        first->mid(kChangeCounterAt, 4) == first->mid(kValidForAt, 4))
        pages = qFromBigEndian<quint32>(first->constData() + kPageCountAt);
    // Read in runs of pages, so that a district ledger is not read a page per call.
    constexpr quint32 kRun = 256;
    QVector<quint32> damaged;
    for (quint32 start = 1; start <= pages; start += kRun) {
        const quint32 end = qMin(pages, start + kRun - 1);
        const qint64 from = EncryptedVfs::physicalOffset(start);
        const std::optional<QByteArray> run =
            EncryptedVfs::readRaw(path, from, EncryptedVfs::physicalOffset(end) + kPage - from);
        for (quint32 number = start; number <= end; ++number) {
            if (EncryptedVfs::isUnusedPage(number))
                continue;
            // The one page kept away from the lock bytes lies outside its run.
            const qint64 at = EncryptedVfs::physicalOffset(number) - from;
            QByteArray page;
            if (run && at >= 0 && at + kPage <= run->size())
                page = run->mid(int(at), kPage);
            else
                page = EncryptedVfs::readRaw(path, from + at, kPage).value_or(QByteArray());
            if (page.size() != kPage || !EncryptedVfs::openPage(*key, number, page))
                damaged.append(number);
        }
    }
    return damaged;
}

Status LedgerEncryption::decryptCopy(Ledger& ledger, const QString& target) {
    if (const Status allowed = ledger.writer().context().access.require(Permission::ManageAccounts);
        !allowed)
        return allowed;
    if (QFileInfo::exists(target))
        return Status::failure(
            tr("A file named %1 already exists; choose another name.").arg(target));
    QString error;
    if (!filequeries::copyInto(ledger.database(), target, &error)) {
        QFile::remove(target);
        return Status::failure(tr("The plain copy could not be written: %1").arg(error));
    }
    return Status::success();
}

}  // namespace tongbao
