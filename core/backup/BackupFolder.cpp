#include "backup/BackupFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace tongbao {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

QString ledgerNameOf(const QString& ledgerPath) {
    return QFileInfo(ledgerPath).completeBaseName();
}

}  // namespace

BackupFolder::BackupFolder(QString folder, QString ledgerName)
    : m_folder(std::move(folder))
    , m_ledgerName(std::move(ledgerName)) {}

BackupFolder BackupFolder::besideLedger(const QString& ledgerPath) {
    const QFileInfo info(ledgerPath);
    return BackupFolder(
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".backups")),
        info.completeBaseName());
}

BackupFolder BackupFolder::in(const QString& folder, const QString& ledgerPath) {
    return BackupFolder(QDir(folder).absolutePath(), ledgerNameOf(ledgerPath));
}

QString BackupFolder::newFileName(const QDateTime& taken, bool encrypted) const {
    const QString stem = m_ledgerName + QStringLiteral("-backup-") + taken.toString(kStamp);
    const QString suffix = encrypted ? QStringLiteral(".tongbao.age") : QStringLiteral(".tongbao");
    const QDir dir(m_folder);
    QString name = stem + suffix;
    for (int n = 2; dir.exists(name); ++n)
        name = stem + QStringLiteral("-%1").arg(n) + suffix;
    return dir.filePath(name);
}

QVector<BackupFile> BackupFolder::list() const {
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)-backup-(\\d{8}-\\d{6})(-\\d+)?\\.tongbao(\\.age)?$"));
    QVector<BackupFile> files;
    const QDir dir(m_folder);
    if (!dir.exists())
        return files;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry.fileName());
        if (!match.hasMatch() || match.captured(1) != m_ledgerName)
            continue;
        BackupFile file;
        file.path = entry.absoluteFilePath();
        file.taken = QDateTime::fromString(match.captured(2), kStamp);
        // Two backups in one second carry -2, -3…: later ones are newer.
        file.taken = file.taken.addMSecs(match.captured(3).mid(1).toInt());
        file.encrypted = match.hasCaptured(4) && !match.captured(4).isEmpty();
        file.size = entry.size();
        if (file.taken.isValid())
            files.append(file);
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const BackupFile& a, const BackupFile& b) { return a.taken > b.taken; });
    return files;
}

void BackupFolder::removeLeftovers(const QDateTime& now) const {
    const QDir dir(m_folder);
    const QFileInfoList entries =
        dir.entryInfoList({temporaryPrefix() + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        if (entry.lastModified().secsTo(now) > 3600 || entry.lastModified() > now.addDays(1))
            QFile::remove(entry.absoluteFilePath());
    }
}

}  // namespace tongbao
