#include "report/SaveProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace tongbao {

namespace {

// Less than this left on the disk means the file most likely did not fit.
constexpr qint64 kNearlyFullBytes = 4 * 1024 * 1024;

}  // namespace

QString SaveProblem::describe(const QString& path) {
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    if (!file.absoluteDir().exists())
        return tr("The folder %1 does not exist (a USB stick taken out?). Choose another folder "
                  "and save again.")
            .arg(folder);
    const QStorageInfo storage(file.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < kNearlyFullBytes)
        return tr("The disk where %1 should go is full. Delete files you no longer need, or save "
                  "on another disk or a USB stick.")
            .arg(shown);
    if (file.exists()) {
        QFile existing(path);
        if (!existing.open(QIODevice::ReadWrite | QIODevice::Append))
            return tr("The file %1 cannot be replaced: it is open in another program (such as WPS "
                      "or Excel) or it is read-only. Close it there and save again, or save under "
                      "another name.")
                .arg(shown);
    }
    if (!QFileInfo(file.absolutePath()).isWritable())
        return tr("The folder %1 cannot be written to. Choose another folder, such as Documents, "
                  "and save again.")
            .arg(folder);
    return tr("The file %1 could not be written. Check that the disk is not full and that the "
              "file is not open in another program, then save again.")
        .arg(shown);
}

}  // namespace tongbao
