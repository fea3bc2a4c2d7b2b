#pragma once

// Shared by the tst_exchange* tests: ledgers with keys in one temporary folder and one clock,
// trust between them, batches, content dumps, and records of every kind to send.
#include "domain/Child.h"
#include "domain/Household.h"
#include "domain/SafetyReport.h"
#include "exchange/BatchExporter.h"
#include "exchange/BatchImporter.h"
#include "exchange/Receipts.h"
#include "exchange/TrustRegistry.h"
#include "security/KeyStore.h"
#include "storage/AuditLog.h"
#include "storage/CaseNoteRepository.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeStore.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"
#include "storage/LedgerCheck.h"
#include "storage/SafetyReportRepository.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace tongbao;

namespace tongbao::test {

inline const QString kPassword = QStringLiteral("correct horse");

// A ledger with its keys, in the test's folder.
struct Office {
    QString path;
    std::unique_ptr<Ledger> ledger;
    std::optional<UnlockedKeys> keys;
    int exported = 0;

    Ledger* operator->() { return ledger.get(); }
};

class World {
public:
    World()
        : m_clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0), QTimeZone(8 * 3600))) {}

    FixedClock& clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }

    std::unique_ptr<Office> office(const QString& kind, const QString& name, const QString& area) {
        auto office = std::make_unique<Office>();
        office->path = m_dir.filePath(QStringLiteral("%1-%2.tongbao").arg(kind, area));
        auto created =
            Ledger::create(office->path, {kind, name, area}, QStringLiteral("tester"), m_clock);
        if (!created) {
            qWarning() << created.message();
            return nullptr;
        }
        office->ledger = std::move(*created);
        // Durability is not what these tests are about; syncing every commit only slows them.
        office->ledger->database().execute(QStringLiteral("PRAGMA synchronous = OFF"));
        KeyStore store(*office->ledger);
        const Status initialized = store.initialize(kPassword, KdfLimits::fastForTests());
        if (!initialized) {
            qWarning() << initialized.message();
            return nullptr;
        }
        auto keys = store.unlock(kPassword);
        if (!keys) {
            qWarning() << keys.message();
            return nullptr;
        }
        office->keys.emplace(std::move(*keys));
        return office;
    }

    static bool connect(Office& village, Office& town) {
        const auto villageCard = KeyStore(*village.ledger).card();
        const auto townCard = KeyStore(*town.ledger).card();
        return TrustRegistry(*town.ledger)
                   .add(villageCard->toFile(), village->identity().name,
                        village->identity().areaCode)
                   .ok() &&
               TrustRegistry(*village.ledger)
                   .add(townCard->toFile(), town->identity().name, town->identity().areaCode)
                   .ok();
    }

    // Exports the village's next batch; returns its path (empty on failure).
    QString exportBatch(Office& village) {
        const QString path = m_dir.filePath(QStringLiteral("%1-batch-%2.tar")
                                                .arg(village->identity().areaCode)
                                                .arg(++village.exported));
        const Result<ExportSummary> summary =
            BatchExporter(*village.ledger).exportTo(path, *village.keys);
        if (!summary) {
            qWarning() << summary.message();
            return {};
        }
        return path;
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
};

inline QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline ImportResult importBytes(Office& town, const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return BatchImporter(*town.ledger).import(buffer, *town.keys);
}

inline ImportResult importFile(Office& town, const QString& path) {
    return BatchImporter(*town.ledger).import(path, *town.keys);
}

// The rows of the given tables as sorted text lines (WAL can change the file's bytes without
// changing what it holds, so ledgers are compared by content).
inline QStringList dumpTables(Database& db, const QStringList& tables, const QString& where = {}) {
    QStringList lines;
    for (const QString& table : tables) {
        SqlQuery query(db, QStringLiteral("SELECT * FROM %1 %2").arg(table, where));
        if (!query.exec())
            return {QStringLiteral("cannot read ") + table};
        while (query.next()) {
            QStringList fields;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                fields.append(record.value(i).isNull() ? QStringLiteral("∅")
                                                       : record.value(i).toString());
            lines.append(table + QLatin1Char('|') + fields.join(QLatin1Char('|')));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

inline QStringList allTables(Database& db) {
    QStringList tables;
    SqlQuery query(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                      "name NOT LIKE 'sqlite%' ORDER BY name"));
    if (query.exec()) {
        while (query.next())
            tables.append(query.value(0).toString());
    }
    return tables;
}

// Everything the town holds: any refusal must leave this unchanged.
inline QStringList fullDump(Office& office) {
    return dumpTables(office->database(), allTables(office->database()));
}

// What a merged town holds of its villages, independent of the order batches arrived in.
inline QStringList mergedDump(Office& town) {
    QStringList tables = ExchangeStore::syncedTables();
    tables.append(QStringLiteral("imported_audit"));
    return dumpTables(town->database(), tables);
}

// A village's own rows, as the town must end up holding them.
inline QStringList ownRows(Office& village) {
    return dumpTables(village->database(), ExchangeStore::syncedTables(),
                      QStringLiteral("WHERE owner = '%1'").arg(village->identity().id));
}

inline QStringList townRowsOf(Office& town, Office& village) {
    return dumpTables(town->database(), ExchangeStore::syncedTables(),
                      QStringLiteral("WHERE owner = '%1'").arg(village->identity().id));
}

// One of every record kind, linked as in real use; `seed` varies the content.
inline bool fillEveryKind(Office& village, int seed) {
    Ledger& ledger = *village.ledger;
    Transaction transaction(ledger.database());  // one commit: fewer syncs, faster tests
    const QString tag = QString::number(seed);
    Household household;
    household.headName = QStringLiteral("王大山") + tag;
    household.areaCode = ledger.identity().areaCode;
    household.villageGroup = QStringLiteral("3组");
    household.incomeSources = {QStringLiteral("farming")};
    HouseholdMember grandmother;
    grandmother.name = QStringLiteral("李秀英") + tag;
    grandmother.relation = QStringLiteral("parent");
    grandmother.birthDate = QDate(1956, 4, 2);
    household.members.append(grandmother);
    if (!ledger.households().save(household))
        return false;

    Child child;
    child.householdId = household.meta.id;
    child.name = QStringLiteral("王小燕") + tag;
    child.sex = QStringLiteral("F");
    child.birthDate = QDate(2015, 3, 17).addDays(seed);
    child.categories = {QStringLiteral("left_behind")};
    child.riskLevel = QStringLiteral("medium");
    child.hukouRegistered = true;
    child.notes = QStringLiteral("父母在浙江务工, \"quoted\"\nsecond line");
    if (!ledger.children().save(child))
        return false;

    Guardianship guardianship;
    guardianship.childId = child.meta.id;
    guardianship.father.status = QStringLiteral("migrant_worker");
    guardianship.caregiverName = grandmother.name;
    guardianship.caregiverAge = 70;
    if (!ledger.guardianships().save(guardianship))
        return false;
    Measure measure;
    measure.childId = child.meta.id;
    measure.kind = QStringLiteral("living_allowance");
    measure.amountFenPerMonth = 150000 + seed;
    measure.startDate = QDate(2025, 1, 1);
    if (!ledger.measures().save(measure))
        return false;
    Referral referral;
    referral.childId = child.meta.id;
    referral.department = QStringLiteral("education");
    referral.referredOn = QDate(2026, 10, 8);
    if (!ledger.referrals().save(referral))
        return false;
    Visit visit;
    visit.childId = child.meta.id;
    visit.visitDate = QDate(2026, 11, 20);
    visit.mode = QStringLiteral("home");
    visit.childSeenInPerson = true;
    visit.problems = QStringLiteral("作业没人辅导");
    if (!ledger.visits().save(visit))
        return false;
    CaseNote note;
    note.childId = child.meta.id;
    note.writtenOn = QDate(2026, 11, 21);
    note.text = QStringLiteral("学校老师来电：成绩下降\t第二行\n") + tag;
    note.author = QStringLiteral("tester");
    if (!CaseNoteRepository(ledger.database(), ledger.writer()).save(note))
        return false;
    SafetyReport report;
    report.childId = child.meta.id;
    report.visitId = visit.meta.id;
    report.discoveredAt = village.ledger->clock().nowUtc();
    report.situations = {QStringLiteral("neglect")};
    report.description = QStringLiteral("独自在家三天");
    SafetyNotification notification;
    notification.recipient = QStringLiteral("police");
    notification.notifiedAt = report.discoveredAt.addSecs(600);
    report.notifications.append(notification);
    SafetyStep step;
    step.kind = QStringLiteral("follow_up");
    step.stepDate = QDate(2026, 11, 29);
    report.steps.append(step);
    return ledger.safetyReports().save(report).ok() && transaction.commit();
}

// Later work in a village: an edit, a tombstone, a new visit.
inline bool changeSomething(Office& village, int seed) {
    Ledger& ledger = *village.ledger;
    Transaction transaction(ledger.database());
    QVector<Child> children = ledger.children().where(QStringLiteral("deleted"), 0);
    if (children.isEmpty())
        return false;
    Child& child = children[seed % children.size()];
    child.riskLevel = QStringLiteral("high");
    child.notes += QStringLiteral(" / 复访 %1").arg(seed);
    if (!ledger.children().save(child))
        return false;
    const QVector<Measure> measures = ledger.measures().forChild(child.meta.id);
    if (!measures.isEmpty() && !ledger.measures().remove(measures.first().meta.id))
        return false;
    Visit visit;
    visit.childId = child.meta.id;
    visit.visitDate = QDate(2026, 12, 1).addDays(seed % 20);
    visit.mode = QStringLiteral("phone");
    return ledger.visits().save(visit).ok() && transaction.commit();
}

}  // namespace tongbao::test
