#pragma once

#include <QString>

namespace tongbao::filesync {

// Pushes a file's contents to the disk (fsync; _commit on Windows). False if the system says
// the data may not be there.
bool syncFile(const QString& path);
// Makes a rename or a new name in this folder durable (POSIX; NTFS needs nothing).
bool syncFolder(const QString& folder);
// Renames and then syncs the folder; refuses to replace an existing file.
bool renameDurably(const QString& from, const QString& to);

}  // namespace tongbao::filesync
