#include "exchange/DurableFile.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tongbao {

namespace {

bool syncHandle(int handle) {
#ifdef Q_OS_WIN
    return _commit(handle) == 0;
#else
    return ::fsync(handle) == 0;
#endif
}

// A rename is durable once the folder that holds the name is synced (POSIX; Windows has no
// equivalent and does not need one for NTFS metadata).
void syncFolder(const QString& path) {
#ifndef Q_OS_WIN
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

}  // namespace

DurableFile::DurableFile(QString path)
    : m_path(std::move(path)) {
    const QFileInfo info(m_path);
    m_file.setFileName(info.dir().filePath(
        QStringLiteral(".%1.%2.partial")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8))));
}

DurableFile::~DurableFile() {
    if (!m_committed) {
        m_file.close();
        m_file.remove();
    }
}

bool DurableFile::open() {
    return m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly);
}

Status DurableFile::commit() {
    const Status failed = Status::failure(
        tr("The file %1 could not be written completely; nothing was saved under that name.")
            .arg(m_path));
    if (!m_file.flush() || !syncHandle(m_file.handle()))
        return failed;
    m_file.close();
    if (QFileInfo::exists(m_path))
        return Status::failure(
            tr("A file named %1 already exists; choose another name.").arg(m_path));
    if (!m_file.rename(m_path))
        return failed;
    m_committed = true;
    syncFolder(m_path);
    return Status::success();
}

}  // namespace tongbao
