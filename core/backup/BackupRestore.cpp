#include "backup/BackupRestore.h"

#include "backup/FileSync.h"
#include "backup/LedgerProbe.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace tongbao {

namespace {

// SQLite's companions of a database file: they belong with the file they were written for.
const QStringList kCompanions{QStringLiteral("-wal"), QStringLiteral("-shm"),
                              QStringLiteral("-journal")};

class TemporaryLedger {
public:
    explicit TemporaryLedger(QString path)
        : m_path(std::move(path)) {}
    ~TemporaryLedger() {
        if (m_path.isEmpty())
            return;
        QFile::remove(m_path);
        for (const QString& companion : kCompanions)
            QFile::remove(m_path + companion);
    }
    const QString& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

Status decrypt(const QString& backupPath, const QString& target, const age::Identity& identity) {
    QFile in(backupPath);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(BackupRestore::tr("The backup %1 cannot be read.")
                                   .arg(QDir::toNativeSeparators(backupPath)));
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(BackupRestore::tr("No room to restore the backup next to %1.")
                                   .arg(QDir::toNativeSeparators(target)));
    age::Decryptor decryptor(in);
    const Status begun = decryptor.begin(identity);
    if (!begun)
        return Status::failure(
            BackupRestore::tr("The backup cannot be decrypted with this ledger's backup key: %1")
                .arg(begun.message()));
    while (!decryptor.atEnd()) {
        const Result<QByteArray> chunk = decryptor.next();
        if (!chunk)
            return Status::failure(
                BackupRestore::tr("The backup is damaged or was altered: %1").arg(chunk.message()));
        if (out.write(*chunk) != chunk->size())
            return Status::failure(BackupRestore::tr("No room to restore the backup next to %1.")
                                       .arg(QDir::toNativeSeparators(target)));
    }
    out.close();
    return Status::success();
}

bool blocksRestore(const LedgerFinding& finding) {
    return finding.area == LedgerFinding::Area::Storage ||
           finding.area == LedgerFinding::Area::History;
}

}  // namespace

QString BackupRestore::asideName(const QString& targetPath, const QDateTime& now) {
    const QFileInfo info(targetPath);
    const QDir dir = info.absoluteDir();
    const QString stem = info.completeBaseName() + QStringLiteral(".replaced-") +
                         now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stem + QStringLiteral(".tongbao");
    for (int n = 2; dir.exists(name); ++n)
        name = stem + QStringLiteral("-%1.tongbao").arg(n);
    return dir.filePath(name);
}

QString BackupRestore::checkPlain(const QString& backupPath) {
    const LedgerProbe::Finding header = LedgerProbe::header(backupPath);
    if (!header.ok())
        return header.message;
    return LedgerProbe::checkContents(backupPath, /*readOnly=*/true);
}

std::optional<BackupFile> BackupRestore::latestGood(const QString& ledgerPath) {
    for (const BackupFile& file : BackupFolder::besideLedger(ledgerPath).list()) {
        if (!file.encrypted && checkPlain(file.path).isEmpty())
            return file;
    }
    return std::nullopt;
}

Result<BackupKey> BackupRestore::keyBeside(const QString& backupPath) {
    const QFileInfo info(backupPath);
    static const QRegularExpression backupName(QStringLiteral("^(.*)-backup-.*$"));
    const QString ledgerName = backupName.match(info.fileName()).captured(1);
    QFile file(BackupKey::fileBeside(info.absolutePath(), ledgerName));
    if (ledgerName.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Result<BackupKey>::failure(
            tr("The backup key file (%1) is not next to the backup; copy it from the stick the "
               "backup came from.")
                .arg(QFileInfo(file.fileName()).fileName()));
    return BackupKey::parse(QString::fromUtf8(file.read(64 * 1024)));
}

Result<BackupRestore::Outcome> BackupRestore::restore(const QString& backupPath,
                                                      const QString& targetPath,
                                                      const Options& options,
                                                      const Clock& clock) {
    using R = Result<Outcome>;
    const QFileInfo backupInfo(backupPath);
    if (!backupInfo.isFile())
        return R::failure(
            tr("The backup %1 is not there.").arg(QDir::toNativeSeparators(backupPath)));
    const QFileInfo targetInfo(targetPath);
    if (!targetInfo.absoluteDir().exists())
        return R::failure(tr("The folder %1 does not exist.")
                              .arg(QDir::toNativeSeparators(targetInfo.absolutePath())));
    if (targetInfo.exists() && targetInfo.absoluteFilePath() == backupInfo.absoluteFilePath())
        return R::failure(
            tr("Choose another file to restore to; a backup is not restored onto "
               "itself."));

    TemporaryLedger temporary(targetInfo.absoluteDir().filePath(
        QStringLiteral(".partial-restore-") + QUuid::createUuid().toString(QUuid::Id128).left(8) +
        QStringLiteral(".tongbao")));
    const bool encrypted = backupPath.endsWith(QLatin1String(".age"));
    if (encrypted) {
        if (!options.identity)
            return R::failure(
                tr("This backup is encrypted; the administrator's password is "
                   "needed to restore it."));
        const Status decrypted = decrypt(backupPath, temporary.path(), *options.identity);
        if (!decrypted)
            return R(decrypted);
    } else if (!QFile::copy(backupPath, temporary.path())) {
        return R::failure(tr("The backup could not be copied next to %1. Is there enough free "
                             "space?")
                              .arg(QDir::toNativeSeparators(targetPath)));
    }

    // The copy must prove itself before anything is replaced. Messages name the backup, not
    // the temporary copy.
    const auto named = [&](QString message) {
        return message.replace(temporary.path(), QDir::toNativeSeparators(backupPath))
            .replace(QFileInfo(temporary.path()).fileName(), backupInfo.fileName());
    };
    if (options.unlock) {
        if (const Status unlocked = options.unlock(temporary.path()); !unlocked)
            return R::failure(tr("The backup cannot be restored: %1").arg(unlocked.message()));
    }
    const LedgerProbe::Finding header = LedgerProbe::header(temporary.path());
    if (!header.ok())
        return R::failure(tr("The backup cannot be restored: %1").arg(named(header.message)));
    const QString damage = LedgerProbe::checkContents(temporary.path(), /*readOnly=*/false);
    if (!damage.isEmpty())
        return R::failure(tr("The backup is damaged and was not restored: %1").arg(named(damage)));
    // Checked on a connection of its own, not opened as a ledger: restoring is work on files,
    // done before anyone logs in (at start, or by an administrator at the command line), and
    // an older backup is upgraded when the restored ledger is first opened.
    Outcome outcome;
    {
        auto connected = Database::connect(temporary.path());
        if (!connected)
            return R::failure(
                tr("The backup cannot be restored: %1").arg(named(connected.message())));
        outcome.report = LedgerCheck(**connected).run();
    }
    for (const LedgerFinding& finding : outcome.report.findings) {
        if (blocksRestore(finding))
            return R::failure(
                tr("The backup is damaged and was not restored: %1").arg(named(finding.message)));
    }
    if (!filesync::syncFile(temporary.path()))
        return R::failure(tr("The restored file could not be written to the disk completely."));

    if (targetInfo.exists()) {
        outcome.keptAside = asideName(targetPath, clock.now());
        if (!QFile::rename(targetPath, outcome.keptAside))
            return R::failure(tr("%1 could not be moved aside; is it open in another window?")
                                  .arg(QDir::toNativeSeparators(targetPath)));
        for (const QString& companion : kCompanions)
            if (QFileInfo::exists(targetPath + companion))
                QFile::rename(targetPath + companion, outcome.keptAside + companion);
    }
    if (!filesync::renameDurably(temporary.path(), targetPath)) {
        if (!outcome.keptAside.isEmpty()) {
            QFile::rename(outcome.keptAside, targetPath);
            for (const QString& companion : kCompanions)
                if (QFileInfo::exists(outcome.keptAside + companion))
                    QFile::rename(outcome.keptAside + companion, targetPath + companion);
        }
        return R::failure(tr("The restored ledger could not be put in place of %1; nothing was "
                             "changed.")
                              .arg(QDir::toNativeSeparators(targetPath)));
    }
    temporary.release();
    outcome.restoredPath = targetInfo.absoluteFilePath();
    return outcome;
}

}  // namespace tongbao
