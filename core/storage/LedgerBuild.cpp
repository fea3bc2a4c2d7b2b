#include "storage/LedgerBuild.h"

#include "backup/FileSync.h"
#include "crypt/EncryptedVfs.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QFile>
#include <QFileInfo>

namespace tongbao {

namespace {

// The name a trigger statement creates: CREATE TRIGGER name ...
QString triggerName(const QString& statement) {
    return statement.section(QLatin1Char(' '), 2, 2);
}

void removeBuilding(const QString& building) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(building + QLatin1String(suffix));
}

}  // namespace

QString LedgerBuild::buildingPath(const QString& path) {
    return path + QStringLiteral(".building");
}

LedgerBuild::LedgerBuild(QString path, std::unique_ptr<Ledger> ledger)
    : m_path(std::move(path))
    , m_ledger(std::move(ledger)) {}

LedgerBuild::~LedgerBuild() {
    if (m_finished)
        return;
    m_ledger.reset();
    removeBuilding(buildingPath(m_path));
}

Result<std::unique_ptr<LedgerBuild>> LedgerBuild::create(const QString& path,
                                                         const Ledger::NewLedger& spec,
                                                         const QString& actor,
                                                         const Clock& clock) {
    using R = Result<std::unique_ptr<LedgerBuild>>;
    if (QFileInfo::exists(path))
        return R::failure(tr("A file named %1 already exists; choose another name.").arg(path));
    // What an earlier build that stopped half-way left.
    const QString building = buildingPath(path);
    removeBuilding(building);
    auto ledger = Ledger::create(building, spec, actor, clock);
    if (!ledger)
        return R(ledger.status());
    return std::unique_ptr<LedgerBuild>(new LedgerBuild(path, std::move(*ledger)));
}

Status LedgerBuild::failure() const {
    return Status::failure(
        tr("The new ledger could not be written to %1: %2")
            .arg(m_path, m_ledger ? m_ledger->database().lastError() : QString()));
}

Status LedgerBuild::startFill() {
    if (m_filling || m_finished)
        return Status::success();
    Database& db = m_ledger->database();
    bool ok =
        db.scalar(QStringLiteral("PRAGMA journal_mode = OFF")).toString() == QLatin1String("off") &&
        db.execute(QStringLiteral("PRAGMA synchronous = OFF"));
    for (const QString& trigger : SearchIndex::lastVisitTriggerStatements()) {
        if (!ok)
            break;
        ok = db.execute(QStringLiteral("DROP TRIGGER %1").arg(triggerName(trigger)));
    }
    ok = ok && EncryptedVfs::setWriteBehind(db.sqliteHandle(), true);
    if (!ok)
        return failure();
    m_filling = true;
    return Status::success();
}

Status LedgerBuild::finish() {
    if (m_finished)
        return Status::success();
    Database& db = m_ledger->database();
    bool ok = true;
    if (m_filling) {
        for (const QString& trigger : SearchIndex::lastVisitTriggerStatements()) {
            if (!ok)
                break;
            ok = db.execute(trigger);
        }
        ok = ok && db.execute(SearchIndex::lastVisitUpdate());
        // Every page in the file, or the error of one that could not be written.
        ok = ok && EncryptedVfs::setWriteBehind(db.sqliteHandle(), false);
        ok = ok && Ledger::configure(db);
    }
    if (!ok)
        return failure();
    // Closing the last connection copies the log into the file and removes it.
    m_ledger.reset();
    const QString building = buildingPath(m_path);
    if (QFileInfo::exists(building + QStringLiteral("-wal")) || !filesync::syncFile(building) ||
        !filesync::renameDurably(building, m_path))
        return Status::failure(tr("The new ledger could not be written to %1.").arg(m_path));
    m_finished = true;
    return Status::success();
}

}  // namespace tongbao
