#include "backup/BackupWriter.h"

#include "crypt/LedgerEncryption.h"

#include "backup/BackupKey.h"
#include "backup/FileSync.h"
#include "backup/LedgerProbe.h"
#include "storage/Database.h"
#include "storage/FileQueries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace tongbao {

namespace {

// Removes the temporary files of a backup that did not finish (SQLite may leave a journal
// beside the snapshot too).
class TemporaryFiles {
public:
    ~TemporaryFiles() {
        for (const QString& path : m_paths) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-journal"));
        }
    }
    QString add(const QString& path) {
        m_paths.append(path);
        return path;
    }
    void release(const QString& path) { m_paths.removeAll(path); }

private:
    QStringList m_paths;
};

QString temporaryName(const QString& folder, const QString& finalPath) {
    return QDir(folder).filePath(BackupFolder::temporaryPrefix() +
                                 QUuid::createUuid().toString(QUuid::Id128).left(8) +
                                 QLatin1Char('-') + QFileInfo(finalPath).fileName());
}

// SQLite writes a consistent copy of everything committed, from a read transaction of its own:
// writers in other connections (the window) are not held up, and the ledger is not written.
Status snapshot(const QString& ledgerPath, const QString& target) {
    const auto failed = [&](const QString& detail) {
        return Status::failure(BackupWriter::tr("A copy of the ledger could not be written to %1 "
                                                "(%2). Is there enough free space?")
                                   .arg(QDir::toNativeSeparators(target), detail));
    };
    auto connected = Database::connect(ledgerPath);
    if (!connected)
        return Status::failure(connected.message());
    QString error;
    if (!LedgerEncryption::copyInto(**connected, target, &error))
        return failed(error);
    return Status::success();
}

Status encrypt(const QString& plainPath, const QString& target, const age::Recipient& recipient) {
    const Status failed = Status::failure(
        BackupWriter::tr("The encrypted backup could not be written to %1. Is the stick full or "
                         "write-protected?")
            .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    QFile in(plainPath);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failed;
    age::Encryptor encryptor(out);
    if (!encryptor.begin({recipient}))
        return failed;
    QByteArray chunk;
    while (!(chunk = in.read(age::ChunkSize)).isEmpty())
        if (!encryptor.write(chunk))
            return failed;
    if (in.error() != QFile::NoError || !encryptor.finish() || !out.flush())
        return failed;
    out.close();
    if (!filesync::syncFile(target))
        return failed;
    return Status::success();
}

// Writes the backup key file beside encrypted backups when it is missing or out of date (the
// key was re-sealed under a new password). QSaveFile replaces it whole or not at all.
Status placeKeyFile(const QString& path, const QString& text) {
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == text.toUtf8())
        return Status::success();
    existing.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Status::failure(
            BackupWriter::tr("The backup key file could not be written to %1; the backups there "
                             "can only be restored on this computer.")
                .arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

}  // namespace

QString BackupWriter::stepName(Step step) {
    switch (step) {
        case Step::Snapshot:
            return QStringLiteral("snapshot");
        case Step::Sync:
            return QStringLiteral("sync");
        case Step::Check:
            return QStringLiteral("check");
        case Step::Encrypt:
            return QStringLiteral("encrypt");
        case Step::Rename:
            return QStringLiteral("rename");
    }
    return {};
}

Result<BackupWriter::Outcome> BackupWriter::write(const QString& ledgerPath,
                                                  const BackupFolder& folder,
                                                  const Options& options,
                                                  const Clock& clock) {
    using R = Result<Outcome>;
    QElapsedTimer timer;
    timer.start();
    const LedgerProbe::Finding source = LedgerProbe::header(ledgerPath);
    if (!source.ok())
        return R::failure(source.message);
    if (!QDir().mkpath(folder.folder()))
        return R::failure(tr("The backup folder %1 cannot be created.")
                              .arg(QDir::toNativeSeparators(folder.folder())));
    const bool encrypted = options.encryptTo.has_value();
    const QDateTime now = clock.now();
    folder.removeLeftovers(now);
    // The plaintext snapshot is made beside the ledger's automatic backups, never on the stick.
    const BackupFolder local = BackupFolder::besideLedger(ledgerPath);
    if (encrypted) {
        if (!QDir().mkpath(local.folder()))
            return R::failure(tr("The backup folder %1 cannot be created.")
                                  .arg(QDir::toNativeSeparators(local.folder())));
        local.removeLeftovers(now);
    }
    const QString finalPath = folder.newFileName(now, encrypted);
    TemporaryFiles temporary;
    const QString plain =
        temporary.add(temporaryName(encrypted ? local.folder() : folder.folder(), finalPath));

    const auto step = [&](Step which) {
        return options.beforeStep ? options.beforeStep(which) : Status::success();
    };
    Status status = step(Step::Snapshot);
    if (status)
        status = snapshot(ledgerPath, plain);
    if (status)
        status = step(Step::Sync);
    if (status && !(filesync::syncFile(plain) && filesync::syncFolder(QFileInfo(plain).path())))
        status = Status::failure(tr("The backup could not be written to the disk completely."));
    if (status)
        status = step(Step::Check);
    if (status) {
        const LedgerProbe::Finding header = LedgerProbe::header(plain);
        const QString problem =
            header.ok() ? LedgerProbe::checkContents(plain, /*readOnly=*/true) : header.message;
        if (!problem.isEmpty())
            status = Status::failure(
                tr("The backup did not pass its check, so it was not kept: %1").arg(problem));
    }
    QString written = plain;
    if (status && encrypted) {
        status = step(Step::Encrypt);
        if (status) {
            written = temporary.add(temporaryName(folder.folder(), finalPath));
            status = encrypt(plain, written, *options.encryptTo);
        }
    }
    if (status)
        status = step(Step::Rename);
    if (status && !filesync::renameDurably(written, finalPath))
        status = Status::failure(tr("The backup could not be given its name %1.")
                                     .arg(QDir::toNativeSeparators(finalPath)));
    if (!status)
        return R(status);
    temporary.release(written);

    Outcome outcome;
    outcome.file.path = finalPath;
    outcome.file.taken = now;
    outcome.file.encrypted = encrypted;
    outcome.file.size = QFileInfo(finalPath).size();
    if (encrypted && !options.keyFileText.isEmpty()) {
        const Status placed = placeKeyFile(
            BackupKey::fileBeside(folder.folder(), folder.ledgerName()), options.keyFileText);
        if (!placed)
            return R(placed);
    }
    if (options.rotate) {
        const QVector<BackupFile> existing = folder.list();
        QVector<QDateTime> times;
        for (const BackupFile& file : existing)
            times.append(file.taken);
        const QVector<bool> keep = BackupRotation::keep(times, options.rotation);
        for (int i = 0; i < existing.size(); ++i) {
            if (!keep[i] && existing[i].path != finalPath && QFile::remove(existing[i].path))
                outcome.removed.append(existing[i].path);
        }
    }
    outcome.milliseconds = timer.elapsed();
    return outcome;
}

Result<BackupWriter::Outcome> BackupWriter::automatic(const QString& ledgerPath,
                                                      const Clock& clock) {
    Options options;
    options.rotate = true;
    return write(ledgerPath, BackupFolder::besideLedger(ledgerPath), options, clock);
}

bool BackupWriter::automaticDue(const QString& ledgerPath, const Clock& clock) {
    const QVector<BackupFile> existing = BackupFolder::besideLedger(ledgerPath).list();
    if (existing.isEmpty())
        return true;
    const QDateTime newest = existing.first().taken;
    const QDateTime now = clock.now();
    // A newest backup "in the future" (the clock was put back) does not stop backups.
    return newest.secsTo(QDateTime(now.date(), now.time())) >= 24 * 3600 ||
           newest > QDateTime(now.date(), now.time()).addSecs(60);
}

}  // namespace tongbao
