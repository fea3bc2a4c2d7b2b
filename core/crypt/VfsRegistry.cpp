#include "crypt/VfsRegistry.h"

#include <QFileInfo>

namespace tongbao {

using namespace pageseal;

namespace vfsregistry {

Registry& registry() {
    static Registry instance;
    return instance;
}

QString normalPath(const QString& path) {
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

void reportDamage(const QString& path, quint32 page) {
    std::function<void(const EncryptedVfs::Damage&)> handler;
    EncryptedVfs::Damage damage{path, page};
    {
        std::lock_guard<std::mutex> lock(registry().mutex);
        registry().lastDamage = damage;
        handler = registry().damageHandler;
    }
    if (handler)
        handler(damage);
}

std::optional<Key> openDatabaseKey(const QString& databasePath) {
    std::lock_guard<std::mutex> lock(registry().mutex);
    auto it = registry().openDatabases.find(databasePath);
    if (it == registry().openDatabases.end())
        return std::nullopt;
    return it->second.first;
}

}  // namespace vfsregistry

using namespace vfsregistry;

void EncryptedVfs::addKey(const QByteArray& salt, SecretBytes key) {
    std::lock_guard<std::mutex> lock(registry().mutex);
    auto it = registry().keysBySalt.find(salt);
    // A key wiped by the idle lock goes back into the holder its open files share.
    if (it != registry().keysBySalt.end())
        it->second->restore(key);
    else
        registry().keysBySalt[salt] = std::make_shared<KeyHolder>(std::move(key));
}

bool EncryptedVfs::hasKey(const QByteArray& salt) {
    return keyFor(salt).has_value();
}

std::optional<SecretBytes> EncryptedVfs::keyFor(const QByteArray& salt) {
    std::lock_guard<std::mutex> lock(registry().mutex);
    auto it = registry().keysBySalt.find(salt);
    if (it == registry().keysBySalt.end())
        return std::nullopt;
    return it->second->copy();
}

void EncryptedVfs::wipeKeys() {
    std::lock_guard<std::mutex> lock(registry().mutex);
    for (auto& entry : registry().keysBySalt)
        entry.second->wipe();
}

void EncryptedVfs::forgetKeys() {
    std::lock_guard<std::mutex> lock(registry().mutex);
    for (auto& entry : registry().keysBySalt)
        entry.second->wipe();
    registry().keysBySalt.clear();
    registry().newFiles.clear();
}

void EncryptedVfs::expectNewFile(const QString& path, const QByteArray& headerBlock) {
    std::lock_guard<std::mutex> lock(registry().mutex);
    registry().newFiles[normalPath(path)] = headerBlock;
}

void EncryptedVfs::cancelNewFile(const QString& path) {
    std::lock_guard<std::mutex> lock(registry().mutex);
    registry().newFiles.erase(normalPath(path));
}

std::optional<EncryptedVfs::Damage> EncryptedVfs::lastDamage() {
    std::lock_guard<std::mutex> lock(registry().mutex);
    return registry().lastDamage;
}

void EncryptedVfs::clearDamage() {
    std::lock_guard<std::mutex> lock(registry().mutex);
    registry().lastDamage.reset();
}

void EncryptedVfs::setDamageHandler(std::function<void(const Damage&)> handler) {
    std::lock_guard<std::mutex> lock(registry().mutex);
    registry().damageHandler = std::move(handler);
}

}  // namespace tongbao
