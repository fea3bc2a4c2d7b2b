#include "storage/LedgerCheck.h"

#include "crypt/LedgerEncryption.h"
#include "security/Accounts.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"

#include <QFileInfo>
#include <QHash>

namespace tongbao {

namespace {

// A file damaged in many places would bury the summary; past this many findings of one kind
// the rest are counted, not listed.
constexpr int kListedPerCheck = 100;

// Table names come from the file's own schema (so that tables added by later migrations are
// checked without a change here); quoting keeps even a strange name from being read as SQL.
QString quoted(const QString& identifier) {
    QString text = identifier;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// What a table holds, in the words of the screens; an unknown table is named as it is.
QString tableLabel(const QString& table) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("child"), QT_TRANSLATE_NOOP("LedgerCheck", "children's files")},
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("LedgerCheck", "households")},
        {QStringLiteral("household_member"), QT_TRANSLATE_NOOP("LedgerCheck", "household members")},
        {QStringLiteral("guardianship"), QT_TRANSLATE_NOOP("LedgerCheck", "guardianship")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("LedgerCheck", "support measures")},
        {QStringLiteral("referral"), QT_TRANSLATE_NOOP("LedgerCheck", "referrals")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("LedgerCheck", "visits")},
        {QStringLiteral("safety_report"), QT_TRANSLATE_NOOP("LedgerCheck", "safety reports")},
        {QStringLiteral("safety_notification"),
         QT_TRANSLATE_NOOP("LedgerCheck", "safety report notifications")},
        {QStringLiteral("safety_step"), QT_TRANSLATE_NOOP("LedgerCheck", "safety report steps")},
        {QStringLiteral("case_note"),
         QT_TRANSLATE_NOOP("LedgerCheck", "notes in children's files")},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("LedgerCheck", "history")},
        {QStringLiteral("ledger"), QT_TRANSLATE_NOOP("LedgerCheck", "ledger identity")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("LedgerCheck", "settings")},
    };
    const auto it = labels.constFind(table);
    return it == labels.constEnd() ? table : QCoreApplication::translate("LedgerCheck", *it);
}

// The version as SQLite reports it (the header on disk can lag behind a write-ahead log), read
// without opening the file as a ledger, so that an upgrade on open can be reported.
int versionOnDisk(const QString& path) {
    if (!QFileInfo(path).isFile())
        return -1;
    auto connected = Database::connect(path, /*readOnly=*/true);
    if (!connected)
        return -1;
    const QVariant version = (*connected)->scalar(QStringLiteral("PRAGMA user_version"));
    return version.isValid() ? version.toInt() : -1;
}

}  // namespace

LedgerCheck::LedgerCheck(Database& db)
    : m_db(db) {}

Result<LedgerCheck::Report> LedgerCheck::checkFile(const QString& path,
                                                   const QString& actor,
                                                   const Clock& clock) {
    // An encrypted ledger (issue 8): every page is decrypted and its seal checked first, so a
    // changed byte anywhere is named by its page even where SQLite would never read it.
    Report pages;
    if (const LedgerFileHead head = LedgerEncryption::head(path); head.encrypted) {
        if (head.locked) {
            Result<Credentials> credentials = Accounts::credentialsFor(actor);
            if (!credentials)
                return Result<Report>(credentials.status());
            const Status unlocked =
                LedgerEncryption::unlock(path, credentials->name, credentials->password);
            if (!unlocked)
                return Result<Report>(unlocked);
        }
        const Result<QVector<quint32>> damaged = LedgerEncryption::damagedPages(path);
        if (!damaged)
            return Result<Report>(damaged.status());
        for (const quint32 page : *damaged)
            pages.findings.append(
                {LedgerFinding::Area::Storage,
                 tr("Page %1 of the ledger is damaged: its contents no longer match their "
                    "seal. Restore the latest good backup.")
                     .arg(page)});
        if (damaged->isEmpty())
            pages.notes.append(
                tr("The file is encrypted; every page was decrypted and its "
                   "seal checked."));
    }
    const int before = versionOnDisk(path);
    auto opened = Ledger::open(path, actor, clock);
    if (!opened) {
        if (!pages.clean())
            return pages;
        return Result<Report>(opened.status());
    }
    Report report = LedgerCheck((*opened)->database()).run();
    report.notes = pages.notes + report.notes;
    report.findings = pages.findings + report.findings;
    report.versionBefore = before;
    if (before >= 0 && before < report.version)
        report.notes.prepend(tr("The file was at version %1 and was upgraded to version %2 when "
                                "it was opened for this check.")
                                 .arg(before)
                                 .arg(report.version));
    return report;
}

LedgerCheck::Report LedgerCheck::run() const {
    Report report;
    checkStorage(report);
    checkReferences(report);
    checkSchema(report);
    checkHistory(report);
    checkSync(report);
    return report;
}

void LedgerCheck::checkStorage(Report& report) const {
    SqlQuery query(m_db, QStringLiteral("PRAGMA quick_check"));
    if (!query.exec()) {
        report.findings.append(
            {LedgerFinding::Area::Storage,
             tr("The file could not be checked; it may be damaged: %1").arg(query.errorText())});
        return;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.findings.append(
                {LedgerFinding::Area::Storage, tr("The file is damaged: %1").arg(line)});
    }
}

void LedgerCheck::checkReferences(Report& report) const {
    SqlQuery query(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    query.raw().setForwardOnly(true);  // read once; keep no rows behind
    if (!query.exec()) {
        report.findings.append(
            {LedgerFinding::Area::References,
             tr("The links between records could not be checked: %1").arg(query.errorText())});
        return;
    }
    int found = 0;
    while (query.next()) {
        if (++found > kListedPerCheck)
            continue;
        const QString table = query.value(0).toString();
        const QVariant rowid = query.value(1);
        const QString parent = query.value(2).toString();
        report.findings.append(
            {LedgerFinding::Area::References,
             tr("A record in %1 (row %2) refers to a record in %3 that is not in the file.")
                 .arg(tableLabel(table), rowid.isNull() ? QStringLiteral("?") : rowid.toString(),
                      tableLabel(parent))});
    }
    if (found > kListedPerCheck)
        report.findings.append({LedgerFinding::Area::References,
                                tr("%n more record(s) refer to records that are not in the file.",
                                   "", found - kListedPerCheck)});
}

void LedgerCheck::checkSchema(Report& report) const {
    report.version = Migrations::currentVersion(m_db);
    const int latest = Migrations::latestVersion();
    if (report.version == latest)
        report.notes.append(
            tr("The file is at version %1, the version this program writes.").arg(latest));
    else
        report.findings.append({LedgerFinding::Area::Schema,
                                tr("The file is at version %1, but this program writes version %2.")
                                    .arg(report.version)
                                    .arg(latest)});

    const quint32 applicationId =
        m_db.scalar(QStringLiteral("PRAGMA application_id")).toLongLong() & 0xffffffffu;
    if (applicationId != Ledger::ApplicationId)
        report.findings.append(
            {LedgerFinding::Area::Schema, tr("The file is not marked as a Tongbao ledger.")});
}

void LedgerCheck::checkHistory(Report& report) const {
    const AuditLog::Verification chain = AuditLog::verify(m_db);
    report.historyEntries = chain.rowsChecked;
    if (!chain.intact())
        report.findings.append({LedgerFinding::Area::History, chain.problem});

    // The triggers stop the program (and careless tools) from rewriting history. Dropping them
    // takes plain SQL and intent, so their absence is worth telling even when the chain holds.
    SqlQuery triggers(m_db,
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                     "AND tbl_name = 'audit' AND name IN ('audit_no_update', "
                                     "'audit_no_delete')"));
    if (triggers.exec() && triggers.next() && triggers.value(0).toInt() != 2)
        report.findings.append(
            {LedgerFinding::Area::History,
             tr("The protection that keeps the history from being changed has been removed "
                "from the file.")});

    // The chain cannot notice entries cut off at its end; the ledger's change counter can,
    // because every change this ledger makes takes the next number and records it in history.
    SqlQuery counters(m_db,
                      QStringLiteral("SELECT l.last_rev, (SELECT max(a.rev) FROM audit a WHERE "
                                     "a.owner = l.id) FROM ledger l"));
    if (!counters.exec() || !counters.next())
        return;
    const qint64 lastRev = counters.value(0).toLongLong();
    const qint64 lastRecorded = counters.value(1).toLongLong();
    if (lastRecorded < lastRev)
        report.findings.append(
            {LedgerFinding::Area::History,
             tr("The newest history entries are missing: the ledger has made %1 changes, but "
                "its history ends at change %2.")
                 .arg(lastRev)
                 .arg(lastRecorded)});
    else if (lastRecorded > lastRev)
        report.findings.append(
            {LedgerFinding::Area::Sync,
             tr("The history records change %1, but the ledger's change counter stands at %2; "
                "new changes would reuse numbers already used.")
                 .arg(lastRecorded)
                 .arg(lastRev)});
}

QStringList LedgerCheck::syncedTables() const {
    // Every table with the sync columns of design.md §3 (the audit table has owner and rev but
    // is not synchronised: it has no tombstone).
    SqlQuery query(
        m_db, QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND "
                             "m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND "
                             "(SELECT count(*) FROM pragma_table_info(m.name) p WHERE p.name IN "
                             "('id', 'owner', 'rev', 'deleted')) = 4 ORDER BY m.name"));
    QStringList tables;
    if (!query.exec())
        return tables;
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

void LedgerCheck::checkSync(Report& report) const {
    SqlQuery identity(m_db, QStringLiteral("SELECT id, last_rev FROM ledger"));
    if (!identity.exec() || !identity.next()) {
        report.findings.append(
            {LedgerFinding::Area::Schema, tr("The file has no ledger identity record.")});
        return;
    }
    const QString ledgerId = identity.value(0).toString();
    const qint64 lastRev = identity.value(1).toLongLong();
    identity.raw().finish();

    int outOfRange = 0;
    int withoutHistory = 0;
    for (const QString& table : syncedTables()) {
        const QString from = QStringLiteral(" FROM ") + quoted(table) + QStringLiteral(" t");

        SqlQuery ownerless(m_db, QStringLiteral("SELECT count(*)") + from +
                                     QStringLiteral(" WHERE trim(t.owner) = '' OR t.owner IS "
                                                    "NULL OR trim(t.id) = '' OR t.id IS NULL"));
        if (ownerless.exec() && ownerless.next() && ownerless.value(0).toLongLong() > 0)
            report.findings.append(
                {LedgerFinding::Area::Sync,
                 tr("%n record(s) in %1 have no id or no owner ledger; they cannot be sent or "
                    "received.",
                    "", ownerless.value(0).toInt())
                     .arg(tableLabel(table))});

        // Rows received from other ledgers carry their owner's numbers; only our own are
        // bound by our counter.
        SqlQuery range(m_db, QStringLiteral("SELECT t.id, t.rev") + from +
                                 QStringLiteral(" WHERE t.owner = :owner AND (t.rev < 1 OR "
                                                "t.rev > :last_rev) ORDER BY t.rev"));
        range.bind(QStringLiteral(":owner"), ledgerId).bind(QStringLiteral(":last_rev"), lastRev);
        range.raw().setForwardOnly(true);
        if (range.exec()) {
            while (range.next()) {
                if (++outOfRange > kListedPerCheck)
                    continue;
                report.findings.append(
                    {LedgerFinding::Area::Sync,
                     tr("Record %1 in %2 has change number %3, outside this ledger's changes 1 "
                        "to %4.")
                         .arg(range.value(0).toString(), tableLabel(table))
                         .arg(range.value(1).toLongLong())
                         .arg(lastRev)});
            }
        }

        SqlQuery unrecorded(
            m_db, QStringLiteral("SELECT t.id, t.rev") + from +
                      QStringLiteral(" WHERE t.owner = :owner AND t.rev BETWEEN 1 AND :last_rev "
                                     "AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.entity_id = "
                                     "t.id AND a.entity = :table AND a.rev = t.rev) ORDER BY "
                                     "t.rev"));
        unrecorded.bind(QStringLiteral(":owner"), ledgerId)
            .bind(QStringLiteral(":last_rev"), lastRev)
            .bind(QStringLiteral(":table"), table);
        unrecorded.raw().setForwardOnly(true);
        if (unrecorded.exec()) {
            while (unrecorded.next()) {
                if (++withoutHistory > kListedPerCheck)
                    continue;
                report.findings.append(
                    {LedgerFinding::Area::History,
                     tr("Record %1 in %2 was changed (change %3) without an entry in the "
                        "history.")
                         .arg(unrecorded.value(0).toString(), tableLabel(table))
                         .arg(unrecorded.value(1).toLongLong())});
            }
        }
    }
    if (outOfRange > kListedPerCheck)
        report.findings.append(
            {LedgerFinding::Area::Sync, tr("%n more record(s) have change numbers outside this "
                                           "ledger's changes.",
                                           "", outOfRange - kListedPerCheck)});
    if (withoutHistory > kListedPerCheck)
        report.findings.append({LedgerFinding::Area::History,
                                tr("%n more record(s) were changed without an entry in the "
                                   "history.",
                                   "", withoutHistory - kListedPerCheck)});
}

}  // namespace tongbao
