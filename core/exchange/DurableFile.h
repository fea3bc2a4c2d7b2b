#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace tongbao {

// A new file that appears under its name only once it is complete and on disk: it is written
// under a temporary name in the same folder, flushed and synced (fsync), renamed, and the
// folder synced too. If commit() is never reached the temporary file is removed. An existing
// file of the same name is never replaced.
class DurableFile {
    Q_DECLARE_TR_FUNCTIONS(DurableFile)
public:
    explicit DurableFile(QString path);
    ~DurableFile();
    DurableFile(const DurableFile&) = delete;
    DurableFile& operator=(const DurableFile&) = delete;

    bool open();
    QFile& device() { return m_file; }
    QString errorString() const { return m_file.errorString(); }
    Status commit();

private:
    QString m_path;
    QFile m_file;
    bool m_committed = false;
};

}  // namespace tongbao
