#pragma once

// What the encrypting VFS knows across its files, for crypt/EncryptedVfs.cpp only: keys by file
// salt, files about to be created encrypted, the encrypted databases open now (a write-ahead
// log finds its key through its database's path), and damage seen on reads.

#include "crypt/EncryptedVfs.h"
#include "crypt/PageSeal.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace tongbao::vfsregistry {

struct Registry {
    std::mutex mutex;
    std::map<QByteArray, pageseal::Key> keysBySalt;
    std::map<QString, QByteArray> newFiles;
    std::map<QString, std::pair<pageseal::Key, int>> openDatabases;
    std::function<void(const EncryptedVfs::Damage&)> damageHandler;
    std::optional<EncryptedVfs::Damage> lastDamage;
};

Registry& registry();
// The path as SQLite names it (absolute, links resolved).
QString normalPath(const QString& path);
// Remembers the damage and tells the handler, from whichever thread read the page.
void reportDamage(const QString& path, quint32 page);
// The key of an encrypted database open now under this path.
std::optional<pageseal::Key> openDatabaseKey(const QString& databasePath);

}  // namespace tongbao::vfsregistry
