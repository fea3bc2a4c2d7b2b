// Permissions in core (issue 7): whichever service or repository a front end calls, a reviewer
// (and anyone not logged in to a ledger with accounts) changes nothing and is told so plainly;
// a supervisor's same calls go through. Table-driven: every row is one way of changing data.
#include "TempLedger.h"

#include "demo/DemoGenerator.h"
#include "register/ChildFileService.h"
#include "report/SafetyReportSheet.h"
#include "safety/SafetyWorkflow.h"
#include "security/Accounts.h"
#include "security/KeyStore.h"
#include "security/PasswordHash.h"
#include "storage/AccessLog.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/RecordWriter.h"
#include "storage/SafetyReportRepository.h"
#include "visits/VisitService.h"

#include <QtTest>

#include <functional>

using namespace tongbao;
using namespace tongbao::test;

namespace {

using Change = std::function<Status(Ledger&)>;

QString firstId(Ledger& ledger, const char* sql) {
    return ledger.database().scalar(QString::fromLatin1(sql)).toString();
}

QString someChild(Ledger& ledger) {
    return firstId(ledger,
                   "SELECT id FROM child WHERE deleted = 0 AND file_status = 'active' "
                   "ORDER BY id LIMIT 1");
}

Status outcome(const SaveOutcome& saved) {
    if (saved.saved())
        return Status::success();
    return Status::failure(saved.message.isEmpty() ? QStringLiteral("refused") : saved.message);
}

struct Snapshot {
    qint64 lastRev = 0;
    qint64 auditRows = 0;
    QString settings;
    static Snapshot of(Ledger& ledger) {
        Database& db = ledger.database();
        return {db.scalar(QStringLiteral("SELECT last_rev FROM ledger")).toLongLong(),
                db.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE entity <> 'access'"))
                    .toLongLong(),
                db.scalar(QStringLiteral("SELECT group_concat(key || '=' || value) FROM setting"))
                    .toString()};
    }
    bool operator==(const Snapshot& o) const {
        return lastRev == o.lastRev && auditRows == o.auditRows && settings == o.settings;
    }
};

}  // namespace

Q_DECLARE_METATYPE(Change)

class TestPermissions : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLedger> m_temp;

private slots:
    void initTestCase() {
        useFastPasswordHashing();
        m_temp = std::make_unique<TempLedger>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        Ledger& ledger = m_temp->ledger();
        QCOMPARE(logInAs(ledger, QStringLiteral("supervisor"), Role::Supervisor), QString());
        const auto filled = DemoGenerator::fill(ledger, DemoOptions{12, 7});
        QVERIFY2(filled.ok(), qPrintable(filled.message()));
        // The demo data may hold no safety report; the printing rows below need one.
        SafetyWorkflow workflow(ledger);
        SafetyReport report = workflow.draftForChild(someChild(ledger));
        report.situations = QStringList{QStringLiteral("private_injury")};
        report.discoveredAt = ledger.clock().nowUtc().addSecs(-3600);
        const auto started = workflow.start(report);
        QVERIFY2(started.ok(), qPrintable(started.message()));
        QCOMPARE(logIn(ledger, QStringLiteral("admin")), QString());
        QCOMPARE(addAccount(ledger, QStringLiteral("reviewer"), Role::Reviewer), QString());
        QCOMPARE(addAccount(ledger, QStringLiteral("town"), Role::TownOfficer), QString());
    }

    void roleTable_data() {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("mayChangeRecords");
        QTest::addColumn<bool>("maySeeSafetyReports");
        QTest::addColumn<bool>("mayManageAccounts");
        QTest::newRow("administrator") << Role::Administrator << true << true << true;
        QTest::newRow("supervisor") << Role::Supervisor << true << true << false;
        QTest::newRow("town officer") << Role::TownOfficer << true << true << false;
        QTest::newRow("reviewer") << Role::Reviewer << false << false << false;
    }
    void roleTable() {
        QFETCH(Role, role);
        QFETCH(bool, mayChangeRecords);
        QFETCH(bool, maySeeSafetyReports);
        QFETCH(bool, mayManageAccounts);
        const Access access = Access::as(role);
        QCOMPARE(access.allows(Permission::ChangeRecords), mayChangeRecords);
        QCOMPARE(access.seesSafetyReports(), maySeeSafetyReports);
        QCOMPARE(access.allows(Permission::ManageAccounts), mayManageAccounts);
        QCOMPARE(access.allows(Permission::ReadAccessLog), role == Role::Administrator);
        QVERIFY(!Access::signedOut().allows(Permission::ChangeRecords));
        QVERIFY(Access::unrestricted().allows(Permission::ManageAccounts));
    }

    void nothingChangesWithoutTheRole_data() {
        QTest::addColumn<Change>("change");
        QTest::newRow("child file: edit") << Change([](Ledger& l) {
            ChildFileService service(l);
            auto draft = service.load(someChild(l));
            if (!draft)
                return draft.status();
            draft->child.notes += QStringLiteral(" changed");
            return outcome(service.save(*draft));
        });
        QTest::newRow("child file: close") << Change([](Ledger& l) {
            return outcome(ChildFileService(l).closeFile(someChild(l), QStringLiteral("moved_out"),
                                                         l.clock().today()));
        });
        QTest::newRow("child file: remove a measure") << Change([](Ledger& l) {
            return outcome(ChildFileService(l).removeMeasure(
                firstId(l, "SELECT id FROM measure WHERE deleted = 0 LIMIT 1")));
        });
        QTest::newRow("visit service: save") << Change([](Ledger& l) {
            auto visit = VisitService(l).newVisit(someChild(l));
            if (!visit)
                return visit.status();
            visit->visitDate = l.clock().today();
            return VisitService(l).save(*visit).status();
        });
        QTest::newRow("safety workflow: start") << Change([](Ledger& l) {
            SafetyWorkflow workflow(l);
            SafetyReport report = workflow.draftForChild(someChild(l));
            report.situations = QStringList{QStringLiteral("private_injury")};
            report.discoveredAt = l.clock().nowUtc().addSecs(-3600);
            return workflow.start(report).status();
        });
        QTest::newRow("repository: child save") << Change([](Ledger& l) {
            auto child = l.children().load(someChild(l));
            child->notes = QStringLiteral("x");
            return l.children().save(*child);
        });
        QTest::newRow("repository: child remove")
            << Change([](Ledger& l) { return l.children().remove(someChild(l)); });
        QTest::newRow("repository: household remove") << Change([](Ledger& l) {
            return l.households().remove(firstId(l, "SELECT id FROM household LIMIT 1"));
        });
        QTest::newRow("repository: visit remove") << Change([](Ledger& l) {
            return l.visits().remove(firstId(l, "SELECT id FROM visit WHERE deleted = 0 LIMIT 1"));
        });
        QTest::newRow("ledger setting") << Change([](Ledger& l) {
            return l.setSetting(QStringLiteral("visit.days"), QStringLiteral("99"));
        });
        QTest::newRow("keys: create") << Change([](Ledger& l) {
            return KeyStore(l).initialize(testPassword(), KdfLimits::fastForTests());
        });
        QTest::newRow("accounts: add") << Change([](Ledger& l) {
            QString password = testPassword();
            return Accounts(l).add(QStringLiteral("intruder"), Role::Administrator,
                                   passwordBytes(password));
        });
    }
    void nothingChangesWithoutTheRole() {
        QFETCH(Change, change);
        Ledger& ledger = m_temp->ledger();
        QCOMPARE(logIn(ledger, QStringLiteral("reviewer")), QString());
        const Snapshot before = Snapshot::of(ledger);
        const Status refused = change(ledger);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QLatin1String("Nothing was changed")),
                 qPrintable(refused.message()));
        QVERIFY(Snapshot::of(ledger) == before);
        QVERIFY(!Accounts(ledger).find(QStringLiteral("intruder")));

        // Signed out (a ledger with accounts before anyone logged in) is refused the same way.
        QVERIFY(m_temp->reopen());
        const Status signedOut = change(m_temp->ledger());
        QVERIFY(!signedOut.ok());
        QVERIFY(Snapshot::of(m_temp->ledger()) == before);
    }

    void theSupervisorsSameCallsGoThrough() {
        Ledger& ledger = m_temp->ledger();
        QCOMPARE(logIn(ledger, QStringLiteral("supervisor")), QString());
        auto child = ledger.children().load(someChild(ledger));
        child->notes = QStringLiteral("checked by the supervisor");
        QVERIFY(ledger.children().save(*child));
        auto visit = VisitService(ledger).newVisit(child->meta.id);
        QVERIFY(visit.ok());
        QVERIFY(ledger.setSetting(QStringLiteral("visit.days"), QStringLiteral("30")));
        QCOMPARE(ledger.actor(), QStringLiteral("supervisor"));
        QCOMPARE(ledger.database()
                     .scalar(QStringLiteral("SELECT updated_by FROM child WHERE id = '%1'")
                                 .arg(child->meta.id))
                     .toString(),
                 QStringLiteral("supervisor"));
    }

    void aReviewerCannotPrintASafetyReport() {
        Ledger& ledger = m_temp->ledger();
        QCOMPARE(logIn(ledger, QStringLiteral("admin")), QString());
        const QString report = firstId(ledger, "SELECT id FROM safety_report LIMIT 1");
        QVERIFY(!report.isEmpty());
        const QString child = ledger.database()
                                  .scalar(QStringLiteral("SELECT child_id FROM safety_report "
                                                         "WHERE id = '%1'")
                                              .arg(report))
                                  .toString();
        QCOMPARE(logIn(ledger, QStringLiteral("reviewer")), QString());
        const QString path = m_temp->dir() + QStringLiteral("/report.pdf");
        const Status refused = SafetyReportSheet::write(ledger, report, path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QLatin1String("safety reports")));
        QVERIFY(!QFile::exists(path));
        // Nothing was printed, so the access log names no print by the reviewer.
        QCOMPARE(printsBy(ledger, QStringLiteral("reviewer")), 0);

        // The supervisor's print of the same report leaves its row, about that child, in the
        // hash chain that `check` verifies.
        QCOMPARE(logIn(ledger, QStringLiteral("supervisor")), QString());
        const Status printed = SafetyReportSheet::write(ledger, report, path);
        QVERIFY2(printed.ok(), qPrintable(printed.message()));
        QVERIFY(QFile::exists(path));
        AuditFilter filter;
        filter.actor = QStringLiteral("supervisor");
        filter.action = AccessLog::Print;
        const QVector<AuditEntry> rows = AccessLog::search(ledger.database(), filter);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(AccessLog::childOf(rows.first()), child);
        QCOMPARE(AccessLog::whatOf(rows.first()), QStringLiteral("safety report"));
        QVERIFY(AuditLog::verify(ledger.database()).intact());
    }

private:
    static int printsBy(Ledger& ledger, const QString& actor) {
        AuditFilter filter;
        filter.actor = actor;
        filter.action = AccessLog::Print;
        return int(AccessLog::search(ledger.database(), filter).size());
    }
};

// Printing lays pages out with fonts, which Qt provides only under a QGuiApplication (on the
// offscreen platform the test helper sets), as for the CLI's printing verbs.
QTEST_MAIN(TestPermissions)
#include "tst_permissions.moc"
