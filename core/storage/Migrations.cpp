#include "storage/Migrations.h"

#include "storage/AccountQueries.h"
#include "storage/CaseNoteRepository.h"
#include "storage/ChildListQuery.h"
#include "storage/Database.h"
#include "storage/ExchangeStore.h"
#include "storage/PolicyQueries.h"
#include "storage/ReportQueries.h"
#include "storage/SearchIndex.h"
#include "storage/VisitDraftQueries.h"

namespace tongbao {

namespace {

// The columns of every synchronised row (design.md §3).
QString synced(const char* table, const char* columns) {
    return QStringLiteral(
               "CREATE TABLE %1 (\n"
               "  id TEXT PRIMARY KEY NOT NULL,\n"
               "  owner TEXT NOT NULL,\n"
               "  rev INTEGER NOT NULL,\n"
               "  updated_at TEXT NOT NULL,\n"
               "  updated_by TEXT NOT NULL,\n"
               "  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"
               "%2\n)")
        .arg(QLatin1String(table), QString::fromUtf8(columns));
}

QVector<Migrations::Step> buildSteps() {
    QVector<Migrations::Step> steps;

    steps.append(
        {1,
         "ledger identity, settings and the audit chain",
         {
             QStringLiteral(
                 "CREATE TABLE ledger (\n"
                 "  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),\n"
                 "  id TEXT NOT NULL,\n"
                 "  kind TEXT NOT NULL CHECK (kind IN ('village', 'town', 'district')),\n"
                 "  name TEXT NOT NULL,\n"
                 "  area_code TEXT NOT NULL CHECK (length(area_code) = 12),\n"
                 "  created_at TEXT NOT NULL,\n"
                 "  last_rev INTEGER NOT NULL DEFAULT 0\n)"),
             QStringLiteral(
                 "CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE audit (\n"
                            "  seq INTEGER PRIMARY KEY,\n"
                            "  at TEXT NOT NULL,\n"
                            "  actor TEXT NOT NULL,\n"
                            "  action TEXT NOT NULL,\n"
                            "  entity TEXT NOT NULL,\n"
                            "  entity_id TEXT NOT NULL,\n"
                            "  owner TEXT NOT NULL,\n"
                            "  rev INTEGER NOT NULL,\n"
                            "  changes TEXT NOT NULL,\n"
                            "  prev_hash TEXT NOT NULL,\n"
                            "  hash TEXT NOT NULL\n)"),
             // History is append-only for the program; plain SQL that drops these triggers is
             // still caught by the hash chain.
             QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN "
                            "SELECT RAISE(ABORT, 'audit rows are append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN "
                            "SELECT RAISE(ABORT, 'audit rows are append-only'); END"),
         }});

    steps.append({2,
                  "households, children, guardianship, measures and referrals",
                  {
                      synced("household",
                             "  head_name TEXT NOT NULL DEFAULT '',\n"
                             "  head_id_number TEXT NOT NULL DEFAULT '',\n"
                             "  phone TEXT NOT NULL DEFAULT '',\n"
                             "  area_code TEXT NOT NULL DEFAULT '',\n"
                             "  village_group TEXT NOT NULL DEFAULT '',\n"
                             "  address TEXT NOT NULL DEFAULT '',\n"
                             "  income_sources TEXT NOT NULL DEFAULT '',\n"
                             "  support_status TEXT NOT NULL DEFAULT '',\n"
                             "  notes TEXT NOT NULL DEFAULT ''"),
                      synced("household_member",
                             "  household_id TEXT NOT NULL REFERENCES household(id),\n"
                             "  name TEXT NOT NULL DEFAULT '',\n"
                             "  id_number TEXT NOT NULL DEFAULT '',\n"
                             "  relation TEXT NOT NULL DEFAULT '',\n"
                             "  birth_date TEXT,\n"
                             "  notes TEXT NOT NULL DEFAULT ''"),
                      synced("child",
                             "  household_id TEXT REFERENCES household(id),\n"
                             "  name TEXT NOT NULL,\n"
                             "  id_number TEXT NOT NULL DEFAULT '',\n"
                             "  sex TEXT NOT NULL DEFAULT '',\n"
                             "  birth_date TEXT,\n"
                             "  ethnicity TEXT NOT NULL DEFAULT '',\n"
                             "  hukou_registered INTEGER,\n"
                             "  hukou_area_code TEXT NOT NULL DEFAULT '',\n"
                             "  hukou_address TEXT NOT NULL DEFAULT '',\n"
                             "  residence_area_code TEXT NOT NULL DEFAULT '',\n"
                             "  residence_address TEXT NOT NULL DEFAULT '',\n"
                             "  village_group TEXT NOT NULL DEFAULT '',\n"
                             "  categories TEXT NOT NULL DEFAULT '',\n"
                             "  risk_level TEXT NOT NULL DEFAULT '',\n"
                             "  health TEXT NOT NULL DEFAULT '',\n"
                             "  illness_type TEXT NOT NULL DEFAULT '',\n"
                             "  disability_certificate TEXT NOT NULL DEFAULT '',\n"
                             "  disability_category TEXT NOT NULL DEFAULT '',\n"
                             "  disability_level INTEGER NOT NULL DEFAULT 0,\n"
                             "  schooling TEXT NOT NULL DEFAULT '',\n"
                             "  school_name TEXT NOT NULL DEFAULT '',\n"
                             "  boarding INTEGER,\n"
                             "  phone TEXT NOT NULL DEFAULT '',\n"
                             "  file_status TEXT NOT NULL DEFAULT 'active',\n"
                             "  exit_reason TEXT NOT NULL DEFAULT '',\n"
                             "  exit_date TEXT,\n"
                             "  opened_on TEXT,\n"
                             "  notes TEXT NOT NULL DEFAULT ''"),
                      synced("guardianship",
                             "  child_id TEXT NOT NULL UNIQUE REFERENCES child(id),\n"
                             "  father_status TEXT NOT NULL DEFAULT '',\n"
                             "  father_since TEXT,\n"
                             "  father_whereabouts TEXT NOT NULL DEFAULT '',\n"
                             "  mother_status TEXT NOT NULL DEFAULT '',\n"
                             "  mother_since TEXT,\n"
                             "  mother_whereabouts TEXT NOT NULL DEFAULT '',\n"
                             "  caregiver_name TEXT NOT NULL DEFAULT '',\n"
                             "  caregiver_id_number TEXT NOT NULL DEFAULT '',\n"
                             "  caregiver_relation TEXT NOT NULL DEFAULT '',\n"
                             "  caregiver_age INTEGER NOT NULL DEFAULT 0,\n"
                             "  caregiver_health TEXT NOT NULL DEFAULT '',\n"
                             "  caregiver_phone TEXT NOT NULL DEFAULT '',\n"
                             "  guardianship_type TEXT NOT NULL DEFAULT '',\n"
                             "  capacity TEXT NOT NULL DEFAULT '',\n"
                             "  entrusted_notice_date TEXT,\n"
                             "  notes TEXT NOT NULL DEFAULT ''"),
                      synced("measure",
                             "  child_id TEXT NOT NULL REFERENCES child(id),\n"
                             "  kind TEXT NOT NULL DEFAULT '',\n"
                             "  department TEXT NOT NULL DEFAULT '',\n"
                             "  start_date TEXT,\n"
                             "  end_date TEXT,\n"
                             "  amount_fen INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),\n"
                             "  status TEXT NOT NULL DEFAULT 'pending',\n"
                             "  notes TEXT NOT NULL DEFAULT ''"),
                      synced("referral",
                             "  child_id TEXT NOT NULL REFERENCES child(id),\n"
                             "  department TEXT NOT NULL DEFAULT '',\n"
                             "  referred_on TEXT,\n"
                             "  purpose TEXT NOT NULL DEFAULT '',\n"
                             "  outcome TEXT NOT NULL DEFAULT '',\n"
                             "  outcome_on TEXT"),
                  }});

    steps.append({3,
                  "visits and safety reports",
                  {
                      synced("visit",
                             "  child_id TEXT NOT NULL REFERENCES child(id),\n"
                             "  visit_date TEXT NOT NULL,\n"
                             "  mode TEXT NOT NULL DEFAULT '',\n"
                             "  visitor TEXT NOT NULL DEFAULT '',\n"
                             "  seen_in_person INTEGER NOT NULL DEFAULT 0,\n"
                             "  living TEXT NOT NULL DEFAULT '',\n"
                             "  living_note TEXT NOT NULL DEFAULT '',\n"
                             "  health TEXT NOT NULL DEFAULT '',\n"
                             "  health_note TEXT NOT NULL DEFAULT '',\n"
                             "  schooling TEXT NOT NULL DEFAULT '',\n"
                             "  schooling_note TEXT NOT NULL DEFAULT '',\n"
                             "  safety TEXT NOT NULL DEFAULT '',\n"
                             "  safety_note TEXT NOT NULL DEFAULT '',\n"
                             "  mood TEXT NOT NULL DEFAULT '',\n"
                             "  mood_note TEXT NOT NULL DEFAULT '',\n"
                             "  guardianship_assessment TEXT NOT NULL DEFAULT '',\n"
                             "  problems TEXT NOT NULL DEFAULT '',\n"
                             "  needs TEXT NOT NULL DEFAULT '',\n"
                             "  actions TEXT NOT NULL DEFAULT '',\n"
                             "  follow_up TEXT NOT NULL DEFAULT '',\n"
                             "  triggered_safety_report INTEGER NOT NULL DEFAULT 0,\n"
                             "  next_visit_date TEXT,\n"
                             "  guardian_confirmed INTEGER NOT NULL DEFAULT 0"),
                      synced("safety_report",
                             "  child_id TEXT NOT NULL REFERENCES child(id),\n"
                             "  visit_id TEXT NOT NULL DEFAULT '',\n"
                             "  discovered_at TEXT NOT NULL,\n"
                             "  discovered_by TEXT NOT NULL DEFAULT '',\n"
                             "  situations TEXT NOT NULL DEFAULT '',\n"
                             "  description TEXT NOT NULL DEFAULT '',\n"
                             "  child_safe_now INTEGER,\n"
                             "  status TEXT NOT NULL DEFAULT 'open',\n"
                             "  closed_at TEXT,\n"
                             "  closing_result TEXT NOT NULL DEFAULT ''"),
                      synced("safety_notification",
                             "  report_id TEXT NOT NULL REFERENCES safety_report(id),\n"
                             "  recipient TEXT NOT NULL DEFAULT '',\n"
                             "  notified_at TEXT,\n"
                             "  method TEXT NOT NULL DEFAULT '',\n"
                             "  receiver TEXT NOT NULL DEFAULT '',\n"
                             "  receipt_number TEXT NOT NULL DEFAULT ''"),
                      synced("safety_step",
                             "  report_id TEXT NOT NULL REFERENCES safety_report(id),\n"
                             "  kind TEXT NOT NULL DEFAULT '',\n"
                             "  step_date TEXT,\n"
                             "  actor TEXT NOT NULL DEFAULT '',\n"
                             "  action TEXT NOT NULL DEFAULT '',\n"
                             "  outcome TEXT NOT NULL DEFAULT ''"),
                  }});

    steps.append(
        {4,
         "indexes for lookups, lists and export",
         {
             QStringLiteral(
                 "CREATE INDEX household_member_household ON household_member(household_id)"),
             QStringLiteral("CREATE INDEX child_household ON child(household_id)"),
             QStringLiteral("CREATE INDEX child_id_number ON child(id_number)"),
             QStringLiteral("CREATE INDEX child_name ON child(name)"),
             QStringLiteral("CREATE INDEX measure_child ON measure(child_id)"),
             QStringLiteral("CREATE INDEX referral_child ON referral(child_id)"),
             QStringLiteral("CREATE INDEX visit_child_date ON visit(child_id, visit_date)"),
             QStringLiteral("CREATE INDEX safety_report_child ON safety_report(child_id)"),
             QStringLiteral(
                 "CREATE INDEX safety_notification_report ON safety_notification(report_id)"),
             QStringLiteral("CREATE INDEX safety_step_report ON safety_step(report_id)"),
             QStringLiteral("CREATE INDEX audit_entity ON audit(entity_id)"),
             QStringLiteral("CREATE INDEX audit_rev ON audit(rev)"),
         }});

    // The SQL of the exchange concept lives with the rest of it, in ExchangeStore.
    steps.append(
        {5, "keys, trusted keys and the exchange of signed batches", ExchangeStore::schema()});

    // Visit drafts: what a visit form holds while it is being typed, so that nothing typed is
    // lost when the laptop dies. Local to this file; the statements live with the drafts
    // (storage/VisitDraftQueries.cpp).
    steps.append({6, "drafts of visits being typed", VisitDraftQueries::schema()});

    // The register's search keys and list indexes: local to this file, never exported. The
    // statements live with the search (storage/SearchIndex.cpp); the rows are filled by
    // SearchIndex::rebuildIfNeeded when the ledger is opened, because pinyin is not SQL.
    steps.append({7, "search keys and list indexes of the register", SearchIndex::schema()});
    steps.append({8, "register lists walked in name order", SearchIndex::schemaNameOrder()});
    // The facts classified protection reads (core/policy); the statements live with its
    // queries (storage/PolicyQueries.cpp).
    steps.append({9, "facts for classified protection", PolicyQueries::schema()});
    // User accounts and the record of wrong passwords: local to this file, never exported. The
    // statements live with the accounts (storage/AccountQueries.cpp).
    steps.append({10, "user accounts and login throttling", AccountQueries::schema()});
    // Covering indexes of live visits for the monthly report (storage/ReportQueries.cpp).
    steps.append({11, "visit indexes for the monthly report", ReportQueries::schema()});
    steps.append({12, "register lists sorted by sex and ID number from an index",
                  SearchIndex::schemaSexAndIdNumberOrders()});
    // Notes in a child's file, synchronised like referrals (storage/CaseNoteRepository.cpp).
    steps.append({13, "notes in children's files", CaseNoteRepository::schema()});
    // A merged ledger's register filtered and ordered by village (storage/ChildListQuery.cpp).
    steps.append({14, "register lists by village", ChildListQuery::schemaVillageOrder()});

    return steps;
}

}  // namespace

const QVector<Migrations::Step>& Migrations::steps() {
    static const QVector<Step> all = buildSteps();
    return all;
}

int Migrations::latestVersion() {
    return steps().last().version;
}

int Migrations::currentVersion(Database& db) {
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

Status Migrations::migrate(Database& db, int target) {
    if (target < 0)
        target = latestVersion();
    const int from = currentVersion(db);
    for (const Step& step : steps()) {
        if (step.version <= from || step.version > target)
            continue;
        Transaction transaction(db);
        bool ok = transaction.active();
        for (const QString& statement : step.statements) {
            if (!ok)
                break;
            ok = db.execute(statement);
        }
        ok = ok && db.execute(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        if (!ok || !transaction.commit()) {
            return Status::failure(
                tr("The ledger file could not be upgraded to version %1 (%2); it was left as "
                   "it was.")
                    .arg(step.version)
                    .arg(QString::fromLatin1(step.description)));
        }
    }
    return Status::success();
}

}  // namespace tongbao
