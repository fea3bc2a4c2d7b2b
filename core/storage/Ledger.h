#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/LedgerIdentity.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tongbao {

class ChildRepository;
class Database;
class GuardianshipRepository;
class HouseholdRepository;
class MeasureRepository;
class RecordWriter;
class ReferralRepository;
class SafetyReportRepository;
class VisitRepository;

// An open ledger file: its identity, its connection, and the repositories that read and write
// it as one acting user. Creating and opening follow design.md §3: a fixed application_id,
// WAL, synchronous=FULL, foreign keys, numbered migrations. A file that is not a Tongbao
// ledger, or that a newer Tongbao wrote, is refused with a clear message and left untouched.
class Ledger {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    // "TBLG": marks the SQLite file as a Tongbao ledger (PRAGMA application_id).
    static constexpr quint32 ApplicationId = 0x54424C47;
    static constexpr auto FileSuffix = "tongbao";

    struct NewLedger {
        QString kind;  // village, town, district
        QString name;
        QString areaCode;  // 12 digits
    };

    // Creates a new ledger file; refuses to overwrite an existing file. The file appears only
    // once it is complete.
    static Result<std::unique_ptr<Ledger>> create(const QString& path,
                                                  const NewLedger& spec,
                                                  const QString& actor,
                                                  const Clock& clock = Clock::current());
    static Result<std::unique_ptr<Ledger>> open(const QString& path,
                                                const QString& actor,
                                                const Clock& clock = Clock::current());

    // Checks a new ledger's facts; the message names the first problem.
    static Status validate(const NewLedger& spec);
    // The connection settings of design.md §3 (write-ahead log, synchronous=FULL, foreign
    // keys, page cache), for a connection opened or reopened on a ledger.
    static Status configure(Database& db);

    ~Ledger();
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    const LedgerIdentity& identity() const { return m_identity; }
    const QString& path() const;
    const QString& actor() const { return m_actor; }
    // Who acts from now on (a login): the name history records and what the writes may do.
    void setActor(const QString& actor);
    const Clock& clock() const { return m_clock; }
    Database& database() { return *m_db; }
    // A smaller page cache for a connection that only reads through the file once (a count or
    // a report made in the background): the window's own connection keeps the large one.
    void limitPageCache(int kibibytes);
    RecordWriter& writer() { return *m_writer; }

    // Ledger-local settings (visit frequencies, display choices); changes are audited.
    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);

    ChildRepository& children();
    HouseholdRepository& households();
    GuardianshipRepository& guardianships();
    MeasureRepository& measures();
    ReferralRepository& referrals();
    VisitRepository& visits();
    SafetyReportRepository& safetyReports();

private:
    Ledger(std::unique_ptr<Database> db,
           LedgerIdentity identity,
           QString actor,
           const Clock& clock);
    static Status checkHeader(const QString& path);
    static Result<std::unique_ptr<Ledger>> openChecked(const QString& path,
                                                       const QString& actor,
                                                       const Clock& clock);

    std::unique_ptr<Database> m_db;
    LedgerIdentity m_identity;
    QString m_actor;
    const Clock& m_clock;
    std::unique_ptr<RecordWriter> m_writer;
    std::unique_ptr<ChildRepository> m_children;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<GuardianshipRepository> m_guardianships;
    std::unique_ptr<MeasureRepository> m_measures;
    std::unique_ptr<ReferralRepository> m_referrals;
    std::unique_ptr<VisitRepository> m_visits;
    std::unique_ptr<SafetyReportRepository> m_safetyReports;
};

}  // namespace tongbao
