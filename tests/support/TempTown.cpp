#include "TempTown.h"

#include "exchange/BatchExporter.h"
#include "exchange/BatchImporter.h"
#include "exchange/TrustRegistry.h"
#include "security/KeyStore.h"
#include "storage/Database.h"

#include <QTimeZone>

namespace tongbao::test {

namespace {

const QString kKeyPassword = QStringLiteral("town test keys");

// Keys for a ledger, made with the cheapest password hashing (tests only).
std::optional<UnlockedKeys> makeKeys(Ledger& ledger, QString& error) {
    KeyStore store(ledger);
    const Status initialized = store.initialize(kKeyPassword, KdfLimits::fastForTests());
    if (!initialized) {
        error = initialized.message();
        return std::nullopt;
    }
    auto keys = store.unlock(kKeyPassword);
    if (!keys) {
        error = keys.message();
        return std::nullopt;
    }
    return std::move(*keys);
}

}  // namespace

QDateTime TempTown::defaultStart() {
    return QDateTime(QDate(2026, 11, 29), QTime(9, 0), QTimeZone(8 * 3600));
}

TempTown::TempTown(const QDateTime& start)
    : m_clock(start) {
    m_path = m_dir.filePath(QStringLiteral("town.tongbao"));
    auto created = Ledger::create(
        m_path,
        {QStringLiteral("town"), QStringLiteral("古南街道"), QStringLiteral("500110001000")},
        QStringLiteral("tester"), m_clock);
    if (!created) {
        m_error = created.message();
        return;
    }
    m_town = std::move(*created);
    // Durability is not what these tests are about; syncing every commit only slows them.
    m_town->database().execute(QStringLiteral("PRAGMA synchronous = OFF"));
    makeKeys(*m_town, m_error);
}

TempTown::~TempTown() = default;

QString TempTown::addVillage(const QString& registeredName,
                             const QString& area,
                             const std::function<bool(Ledger&)>& fill) {
    if (!m_town)
        return {};
    const int number = ++m_villages;
    const QString villagePath = m_dir.filePath(QStringLiteral("village%1.tongbao").arg(number));
    auto created = Ledger::create(
        villagePath, {QStringLiteral("village"), QStringLiteral("村%1").arg(number), area},
        QStringLiteral("tester"), m_clock);
    if (!created) {
        m_error = created.message();
        return {};
    }
    Ledger& village = **created;
    village.database().execute(QStringLiteral("PRAGMA synchronous = OFF"));
    const std::optional<UnlockedKeys> villageKeys = makeKeys(village, m_error);
    if (!villageKeys)
        return {};
    const auto villageCard = KeyStore(village).card();
    const auto townCard = KeyStore(*m_town).card();
    if (!villageCard || !townCard) {
        m_error = QStringLiteral("no public key card");
        return {};
    }
    const auto registered = TrustRegistry(*m_town).add(villageCard->toFile(), registeredName, area);
    const auto townRegistered = TrustRegistry(village).add(
        townCard->toFile(), m_town->identity().name, m_town->identity().areaCode);
    if (!registered || !townRegistered) {
        m_error = !registered ? registered.message() : townRegistered.message();
        return {};
    }
    if (fill && !fill(village)) {
        m_error = QStringLiteral("the village's records could not be saved");
        return {};
    }
    const QString batch = m_dir.filePath(QStringLiteral("village%1.tbatch").arg(number));
    const Result<ExportSummary> exported = BatchExporter(village).exportTo(batch, *villageKeys);
    if (!exported) {
        m_error = exported.message();
        return {};
    }
    auto townKeys = KeyStore(*m_town).unlock(kKeyPassword);
    if (!townKeys) {
        m_error = townKeys.message();
        return {};
    }
    const ImportResult imported = BatchImporter(*m_town).import(batch, *townKeys);
    if (imported.outcome != ImportResult::Outcome::Imported) {
        m_error = imported.message.isEmpty() ? QStringLiteral("the batch was not imported")
                                             : imported.message;
        return {};
    }
    return village.identity().id;
}

void TempTown::close() {
    m_town.reset();
}

bool TempTown::reopen() {
    m_town.reset();
    auto opened = Ledger::open(m_path, QStringLiteral("tester"), m_clock);
    if (!opened) {
        m_error = opened.message();
        return false;
    }
    m_town = std::move(*opened);
    return true;
}

}  // namespace tongbao::test
