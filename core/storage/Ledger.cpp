#include "storage/Ledger.h"

#include "crypt/LedgerEncryption.h"
#include "domain/AreaCodes.h"
#include "domain/Vocabulary.h"
#include "security/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Migrations.h"
#include "storage/RecordWriter.h"
#include "storage/SafetyReportRepository.h"
#include "storage/SearchIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtDebug>
#include <QtEndian>

namespace tongbao {

namespace {

const QByteArray kSqliteMagic = QByteArrayLiteral("SQLite format 3\0");
constexpr int kHeaderSize = 100;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;

template <typename T>
Result<T> refuse(const QString& message) {
    return Result<T>::failure(message);
}

Result<LedgerIdentity> readIdentity(Database& db) {
    SqlQuery query(db, QStringLiteral("SELECT id, kind, name, area_code, created_at FROM ledger"));
    if (!query.exec() || !query.next())
        return Result<LedgerIdentity>::failure(
            Ledger::tr("The ledger file has no identity record; it is damaged."));
    LedgerIdentity identity;
    identity.id = query.value(0).toString();
    identity.kind = query.value(1).toString();
    identity.name = query.value(2).toString();
    identity.areaCode = query.value(3).toString();
    sqlvalue::from(query.value(4), identity.createdAt);
    return identity;
}

}  // namespace

Ledger::Ledger(std::unique_ptr<Database> db,
               LedgerIdentity identity,
               QString actor,
               const Clock& clock)
    : m_db(std::move(db))
    , m_identity(std::move(identity))
    , m_actor(std::move(actor))
    , m_clock(clock) {
    m_writer =
        std::make_unique<RecordWriter>(*m_db, ChangeContext{m_identity.id, m_actor, &m_clock});
}

Ledger::~Ledger() = default;

const QString& Ledger::path() const {
    return m_db->path();
}

Status Ledger::validate(const NewLedger& spec) {
    if (!Vocabulary::contains(vocab::LedgerKind, spec.kind))
        return Status::failure(tr("The kind of ledger must be village, town or district."));
    if (spec.name.trimmed().isEmpty())
        return Status::failure(tr("Enter the name of the unit that keeps this ledger."));
    static const QRegularExpression twelveDigits(QStringLiteral("^\\d{12}$"));
    if (!twelveDigits.match(spec.areaCode).hasMatch())
        return Status::failure(
            tr("The area code must have 12 digits (the statistical code of the village, "
               "community or town)."));
    if (!AreaCodes::isKnown(spec.areaCode.left(6)))
        return Status::failure(
            tr("The area code must start with the 6 digits of a real county or district; %1 "
               "is not one.")
                .arg(spec.areaCode.left(6)));
    return Status::success();
}

Status Ledger::checkHeader(const QString& path) {
    if (!QFileInfo::exists(path))
        return Status::failure(tr("The ledger file %1 does not exist.").arg(path));
    const LedgerFileHead head = LedgerEncryption::head(path);
    if (!head.readable)
        return Status::failure(tr("The ledger file %1 cannot be read: %2").arg(path, head.error));
    if (head.headerDamaged)
        return Status::failure(tr("The beginning of the encrypted ledger %1 is damaged.")
                                   .arg(QFileInfo(path).fileName()));
    if (head.locked)
        return Status::failure(tr("This ledger is encrypted. Log in to open it."));
    const QByteArray header = head.sqliteHeader;
    if (header.size() < kHeaderSize || !header.startsWith(kSqliteMagic))
        return Status::failure(
            tr("%1 is not a Tongbao ledger file.").arg(QFileInfo(path).fileName()));
    const quint32 applicationId =
        qFromBigEndian<quint32>(header.constData() + kApplicationIdOffset);
    if (applicationId != ApplicationId)
        return Status::failure(
            tr("%1 is a database of another program, not a Tongbao ledger. It was not changed.")
                .arg(QFileInfo(path).fileName()));
    const qint32 version = qFromBigEndian<qint32>(header.constData() + kUserVersionOffset);
    if (version > Migrations::latestVersion())
        return Status::failure(
            tr("%1 was saved by a newer version of Tongbao (file version %2; this program knows "
               "up to %3). Please update Tongbao; the file was not changed.")
                .arg(QFileInfo(path).fileName())
                .arg(version)
                .arg(Migrations::latestVersion()));
    return Status::success();
}

Result<std::unique_ptr<Ledger>> Ledger::create(const QString& path,
                                               const NewLedger& spec,
                                               const QString& actor,
                                               const Clock& clock) {
    using R = Result<std::unique_ptr<Ledger>>;
    const Status valid = validate(spec);
    if (!valid)
        return R(valid);
    if (QFileInfo::exists(path))
        return refuse<std::unique_ptr<Ledger>>(
            tr("A file named %1 already exists; choose another name.").arg(path));

    // Built under a temporary name and renamed when complete, so a half-made ledger never
    // appears under the real name.
    const QString building = path + QStringLiteral(".creating");
    QFile::remove(building);
    {
        auto connected = Database::connect(building);
        if (!connected)
            return R(connected.status());
        Database& db = **connected;
        bool ok = db.execute(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) &&
                  db.execute(QStringLiteral("PRAGMA foreign_keys = ON")) &&
                  db.execute(QStringLiteral("PRAGMA synchronous = FULL"));
        const Status migrated = ok ? Migrations::migrate(db) : Status::failure(db.lastError());
        ok = ok && migrated.ok();
        if (ok) {
            Transaction transaction(db);
            const QDateTime now = clock.nowUtc();
            const QString id = newUuid();
            SqlQuery insert(db, QStringLiteral("INSERT INTO ledger (singleton, id, kind, name, "
                                               "area_code, created_at) VALUES (1, :id, :kind, "
                                               ":name, :area_code, :created_at)"));
            insert.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":kind"), spec.kind)
                .bind(QStringLiteral(":name"), spec.name.trimmed())
                .bind(QStringLiteral(":area_code"), spec.areaCode)
                .bind(QStringLiteral(":created_at"), sqlvalue::timeText(now));
            AuditEntry entry;
            entry.at = now;
            entry.actor = actor;
            entry.action = QStringLiteral("create");
            entry.entity = QStringLiteral("ledger");
            entry.entityId = id;
            entry.owner = id;
            entry.changes =
                AuditLog::describeCreation({{QStringLiteral("kind"), spec.kind},
                                            {QStringLiteral("name"), spec.name.trimmed()},
                                            {QStringLiteral("area_code"), spec.areaCode}});
            AuditLog audit(db);
            ok = insert.exec() && audit.append(entry) && transaction.commit();
        }
        if (!ok) {
            connected->reset();
            QFile::remove(building);
            return refuse<std::unique_ptr<Ledger>>(
                tr("The new ledger could not be written to %1.").arg(path));
        }
    }
    if (!QFile::rename(building, path)) {
        QFile::remove(building);
        return refuse<std::unique_ptr<Ledger>>(
            tr("The new ledger could not be written to %1.").arg(path));
    }
    return open(path, actor, clock);
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString& path,
                                             const QString& actor,
                                             const Clock& clock) {
    LedgerEncryption::finishInterruptedConversion(path);
    // An encrypted ledger needs its key before SQLite can read a page: the CLI's credentials
    // unlock it here; the GUI unlocks with its login dialog before it opens.
    if (LedgerEncryption::head(path).locked) {
        Result<Credentials> credentials = Accounts::credentialsFor(actor);
        if (!credentials)
            return Result<std::unique_ptr<Ledger>>(credentials.status());
        const Status unlocked =
            LedgerEncryption::unlock(path, credentials->name, credentials->password);
        if (!unlocked)
            return Result<std::unique_ptr<Ledger>>(unlocked);
    }
    const Status header = checkHeader(path);
    if (!header)
        return Result<std::unique_ptr<Ledger>>(header);
    return openChecked(path, actor, clock);
}

Result<std::unique_ptr<Ledger>> Ledger::openChecked(const QString& path,
                                                    const QString& actor,
                                                    const Clock& clock) {
    using R = Result<std::unique_ptr<Ledger>>;
    auto connected = Database::connect(path);
    if (!connected)
        return R(connected.status());
    std::unique_ptr<Database> db = std::move(*connected);
    // The header on disk can lag behind a write-ahead log; ask SQLite before changing anything.
    const int version = Migrations::currentVersion(*db);
    if (version > Migrations::latestVersion())
        return refuse<std::unique_ptr<Ledger>>(
            tr("%1 was saved by a newer version of Tongbao (file version %2; this program knows "
               "up to %3). Please update Tongbao; the file was not changed.")
                .arg(QFileInfo(path).fileName())
                .arg(version)
                .arg(Migrations::latestVersion()));
    if (const Status configured = configure(*db); !configured)
        return R(configured);
    const Status migrated = Migrations::migrate(*db);
    if (!migrated)
        return R(migrated);
    Result<LedgerIdentity> identity = readIdentity(*db);
    if (!identity)
        return R(identity.status());
    // Search keys are derived data: a failure to fill them must not keep the ledger closed.
    const Status indexed = SearchIndex::rebuildIfNeeded(*db);
    if (!indexed)
        qWarning().noquote() << indexed.message() << db->lastError();
    std::unique_ptr<Ledger> ledger(new Ledger(std::move(db), *identity, actor, clock));
    // A ledger with accounts starts signed out; the CLI logs in here (security/Accounts).
    const Status admitted = Accounts::admit(*ledger);
    if (!admitted)
        return R(admitted);
    return ledger;
}

Status Ledger::configure(Database& db) {
    const bool configured =
        db.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() == QLatin1String("wal") &&
        db.execute(QStringLiteral("PRAGMA synchronous = FULL")) &&
        db.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!configured)
        return Status::failure(
            tr("The ledger file %1 cannot be opened for writing.").arg(db.path()));
    // 16 MiB of page cache (SQLite's default is 2 MiB) keeps the register's search and list
    // indexes of a district ledger in memory between keystrokes, and the GUI under its 150 MB
    // budget with 100,000 children (32 MiB took it past; docs/performance.md).
    db.execute(QStringLiteral("PRAGMA cache_size = -16384"));
    return Status::success();
}

void Ledger::setActor(const QString& actor) {
    m_actor = actor;
    m_writer->setActor(actor);
}

QString Ledger::setting(const QString& key, const QString& fallback) const {
    SqlQuery query(*m_db, QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status Ledger::setSetting(const QString& key, const QString& value) {
    if (const Status allowed = m_writer->context().access.require(Permission::ChangeSettings);
        !allowed)
        return allowed;
    const QString old = setting(key);
    if (old == value)
        return Status::success();
    Transaction transaction(*m_db);
    SqlQuery upsert(*m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    AuditEntry entry;
    entry.at = m_clock.nowUtc();
    entry.actor = m_actor;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("setting");
    entry.entityId = key;
    entry.owner = m_identity.id;
    entry.changes = AuditLog::describeChanges({{key, old}}, {{key, value}});
    AuditLog audit(*m_db);
    if (!upsert.exec() || !audit.append(entry) || !transaction.commit())
        return Status::failure(tr("The setting could not be saved."));
    return Status::success();
}

#define TONGBAO_LAZY_REPOSITORY(Type, member, accessor)        \
    Type& Ledger::accessor() {                                 \
        if (!member)                                           \
            member = std::make_unique<Type>(*m_db, *m_writer); \
        return *member;                                        \
    }

TONGBAO_LAZY_REPOSITORY(ChildRepository, m_children, children)
TONGBAO_LAZY_REPOSITORY(HouseholdRepository, m_households, households)
TONGBAO_LAZY_REPOSITORY(GuardianshipRepository, m_guardianships, guardianships)
TONGBAO_LAZY_REPOSITORY(MeasureRepository, m_measures, measures)
TONGBAO_LAZY_REPOSITORY(ReferralRepository, m_referrals, referrals)
TONGBAO_LAZY_REPOSITORY(VisitRepository, m_visits, visits)
TONGBAO_LAZY_REPOSITORY(SafetyReportRepository, m_safetyReports, safetyReports)

#undef TONGBAO_LAZY_REPOSITORY

void Ledger::limitPageCache(int kibibytes) {
    m_db->execute(QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(kibibytes, 256)));
}

}  // namespace tongbao
