// Every repository: round trips, tombstones, rev advancing, and audit rows written in the same
// transaction as the change (a failed transaction leaves neither).
#include "TempLedger.h"

#include "domain/IdNumber.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/SafetyReportRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

QString validId(const QString& first17) {
    return first17 + IdNumber::checkCharacter(first17);
}

Child sampleChild() {
    Child child;
    child.name = QStringLiteral("张小燕");
    child.idNumber = validId(QStringLiteral("50011020150317062"));
    child.sex = QStringLiteral("F");
    child.birthDate = QDate(2015, 3, 17);
    child.ethnicity = QStringLiteral("15");
    child.hukouRegistered = true;
    child.hukouAreaCode = QStringLiteral("500110001001");
    child.hukouAddress = QStringLiteral("古南街道桥河社区3组");
    child.residenceAreaCode = QStringLiteral("500110001001");
    child.residenceAddress = QStringLiteral("古南街道桥河社区3组12号");
    child.villageGroup = QStringLiteral("3组");
    child.categories = {QStringLiteral("left_behind"), QStringLiteral("poverty_dibao")};
    child.riskLevel = QStringLiteral("medium");
    child.health = QStringLiteral("healthy");
    child.schooling = QStringLiteral("primary");
    child.schoolName = QStringLiteral("古南小学");
    child.boarding = false;
    child.openedOn = QDate(2025, 9, 1);
    child.notes = QStringLiteral("父母在浙江务工");
    return child;
}

qint64 count(Database& db, const QString& sql) {
    return db.scalar(sql).toLongLong();
}

}  // namespace

class TestRepositories : public QObject {
    Q_OBJECT

private slots:
    void childRoundTripsEveryField() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Child child = sampleChild();
        QVERIFY(temp->children().save(child).ok());
        QCOMPARE(child.meta.id.size(), 36);
        QCOMPARE(child.meta.owner, temp->identity().id);
        QCOMPARE(child.meta.updatedBy, QStringLiteral("tester"));
        QCOMPARE(child.meta.updatedAt, TempLedger::defaultStart().toUTC());

        Result<Child> loaded = temp->children().load(child.meta.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, child.name);
        QCOMPARE(loaded->idNumber, child.idNumber);
        QCOMPARE(loaded->birthDate, child.birthDate);
        QCOMPARE(loaded->hukouRegistered, std::optional<bool>(true));
        QCOMPARE(loaded->boarding, std::optional<bool>(false));
        QCOMPARE(loaded->categories, child.categories);
        QCOMPARE(loaded->villageGroup, child.villageGroup);
        QCOMPARE(loaded->openedOn, child.openedOn);
        QVERIFY(!loaded->exitDate.isValid());
        QCOMPARE(loaded->meta.rev, child.meta.rev);
        QVERIFY(!loaded->meta.deleted);
        QCOMPARE(loaded->ageOn(QDate(2026, 3, 16)), 10);
        QCOMPARE(loaded->ageOn(QDate(2026, 3, 17)), 11);
    }

    void revAdvancesWithEveryChangeAndOnlyThen() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        Child child = sampleChild();
        QVERIFY(temp->children().save(child).ok());
        const qint64 firstRev = child.meta.rev;
        const qint64 auditRows = count(db, QStringLiteral("SELECT count(*) FROM audit"));

        child.riskLevel = QStringLiteral("high");
        temp.clock().advanceDays(1);
        QVERIFY(temp->children().save(child).ok());
        QVERIFY(child.meta.rev > firstRev);
        QCOMPARE(count(db, QStringLiteral("SELECT last_rev FROM ledger")), child.meta.rev);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit")), auditRows + 1);

        // Saving without a change writes nothing: no rev, no history, nothing to travel.
        const qint64 secondRev = child.meta.rev;
        QVERIFY(temp->children().save(child).ok());
        QCOMPARE(child.meta.rev, secondRev);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit")), auditRows + 1);
    }

    void updateAuditNamesTheChangedFieldsWithOldAndNewValues() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Child child = sampleChild();
        QVERIFY(temp->children().save(child).ok());
        child.riskLevel = QStringLiteral("high");
        child.schoolName = QStringLiteral("綦江中学");
        QVERIFY(temp->children().save(child).ok());

        SqlQuery query(temp->database(),
                       QStringLiteral("SELECT action, entity, entity_id, actor, changes, rev FROM "
                                      "audit WHERE entity_id = :id ORDER BY seq"));
        query.bind(QStringLiteral(":id"), child.meta.id);
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("create"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("update"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("child"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("tester"));
        QCOMPARE(query.value(5).toLongLong(), child.meta.rev);
        const QJsonArray changes =
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        QCOMPARE(changes.size(), 2);
        const QJsonObject risk = changes.at(0).toObject();
        QCOMPARE(risk.value(QStringLiteral("field")).toString(), QStringLiteral("risk_level"));
        QCOMPARE(risk.value(QStringLiteral("old")).toString(), QStringLiteral("medium"));
        QCOMPARE(risk.value(QStringLiteral("new")).toString(), QStringLiteral("high"));
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("new")).toString(),
                 QStringLiteral("綦江中学"));
    }

    void deletingLeavesATombstone() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Child child = sampleChild();
        QVERIFY(temp->children().save(child).ok());
        const qint64 revBefore = child.meta.rev;
        QVERIFY(temp->children().remove(child.meta.id).ok());

        Result<Child> tombstone = temp->children().load(child.meta.id);
        QVERIFY(tombstone.ok());
        QVERIFY(tombstone->meta.deleted);
        QVERIFY(tombstone->meta.rev > revBefore);
        QCOMPARE(tombstone->name, child.name);  // kept so that the deletion can travel
        QVERIFY(temp->children().withIdNumber(child.idNumber).isEmpty());
        QCOMPARE(count(temp->database(),
                       QStringLiteral("SELECT count(*) FROM audit WHERE action = 'delete'")),
                 qint64(1));
        // A tombstone cannot be edited or deleted again.
        QVERIFY(!temp->children().save(*tombstone).ok());
        QVERIFY(!temp->children().remove(child.meta.id).ok());
    }

    void aRolledBackTransactionLeavesNeitherRowNorHistory() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        const qint64 audit = count(db, QStringLiteral("SELECT count(*) FROM audit"));
        const qint64 rev = count(db, QStringLiteral("SELECT last_rev FROM ledger"));
        {
            Transaction transaction(db);
            Child child = sampleChild();
            QVERIFY(temp->children().save(child).ok());
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM child")), qint64(1));
            // No commit: the guard rolls back.
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM child")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit")), audit);
        QCOMPARE(count(db, QStringLiteral("SELECT last_rev FROM ledger")), rev);
    }

    void aFailedWriteLeavesNeitherRowNorHistory() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        const qint64 audit = count(db, QStringLiteral("SELECT count(*) FROM audit"));
        const qint64 rev = count(db, QStringLiteral("SELECT last_rev FROM ledger"));
        Measure orphanMeasure;  // names a child that does not exist: the foreign key refuses it
        orphanMeasure.childId = QStringLiteral("no-such-child");
        orphanMeasure.kind = QStringLiteral("dibao");
        const Status saved = temp->measures().save(orphanMeasure);
        QVERIFY(!saved.ok());
        QVERIFY(!saved.message().isEmpty());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM measure")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit")), audit);
        QCOMPARE(count(db, QStringLiteral("SELECT last_rev FROM ledger")), rev);
    }

    void addingARecordWhoseIdIsStoredChangesNothing() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Database& db = temp->database();
        // add() inserts with the id given, as save() does for a new id.
        Child child = sampleChild();
        child.meta.id = QStringLiteral("7a1c0000-0000-8000-8000-000000000001");
        QVERIFY(temp->children().add(child).ok());
        QCOMPARE(temp->children().load(child.meta.id)->name, child.name);
        Household household;
        household.meta.id = QStringLiteral("7a1c0000-0000-8000-8000-000000000002");
        household.headName = QStringLiteral("张建国");
        HouseholdMember head;
        head.meta.id = QStringLiteral("7a1c0000-0000-8000-8000-000000000003");
        head.name = QStringLiteral("张建国");
        head.relation = QStringLiteral("head");
        household.members = {head};
        QVERIFY(temp->households().add(household).ok());
        QCOMPARE(temp->households().load(household.meta.id)->members.size(), 1);

        // The same ids again: refused on the primary key, never an update in disguise.
        const qint64 audit = count(db, QStringLiteral("SELECT count(*) FROM audit"));
        const qint64 rev = count(db, QStringLiteral("SELECT last_rev FROM ledger"));
        Child again = sampleChild();
        again.meta.id = child.meta.id;
        again.name = QStringLiteral("王小明");
        QVERIFY(!temp->children().add(again).ok());
        QVERIFY(again.meta.rev == 0);
        Household twice = household;
        twice.headName = QStringLiteral("王建华");
        QVERIFY(!temp->households().add(twice).ok());
        QCOMPARE(temp->children().load(child.meta.id)->name, QStringLiteral("张小燕"));
        QCOMPARE(temp->households().load(household.meta.id)->headName, QStringLiteral("张建国"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit")), audit);
        QCOMPARE(count(db, QStringLiteral("SELECT last_rev FROM ledger")), rev);
    }

    void rowsOfAnotherLedgerCannotBeChangedHere() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Child child = sampleChild();
        QVERIFY(temp->children().save(child).ok());
        // As if imported from a village ledger.
        SqlQuery foreign(temp->database(), QStringLiteral("UPDATE child SET owner = :owner"));
        foreign.bind(QStringLiteral(":owner"), QStringLiteral("another-ledger"));
        QVERIFY(foreign.exec());
        child.riskLevel = QStringLiteral("low");
        const Status saved = temp->children().save(child);
        QVERIFY(!saved.ok());
        QVERIFY(saved.message().contains(QLatin1String("another ledger")));
        QCOMPARE(temp->children().load(child.meta.id)->riskLevel, QStringLiteral("medium"));
    }

    void householdSavesItsMembersAsOneAggregate() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Household household;
        household.headName = QStringLiteral("张建国");
        household.phone = QStringLiteral("13800000000");
        household.areaCode = QStringLiteral("500110001001");
        household.villageGroup = QStringLiteral("3组");
        household.incomeSources = {QStringLiteral("migrant_work"), QStringLiteral("farming")};
        household.supportStatus = QStringLiteral("dibao");
        HouseholdMember grandmother;
        grandmother.name = QStringLiteral("李秀英");
        grandmother.relation = QStringLiteral("parent");
        grandmother.birthDate = QDate(1956, 2, 1);
        HouseholdMember father;
        father.name = QStringLiteral("张建国");
        father.relation = QStringLiteral("head");
        household.members = {grandmother, father};
        QVERIFY(temp->households().save(household).ok());

        Result<Household> loaded = temp->households().load(household.meta.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->incomeSources, household.incomeSources);
        QCOMPARE(loaded->members.size(), 2);
        for (const HouseholdMember& member : loaded->members)
            QCOMPARE(member.householdId, household.meta.id);

        // A member taken off the list is tombstoned, not lost.
        const QString removedId = household.members.first().meta.id;
        household.members.removeFirst();
        QVERIFY(temp->households().save(household).ok());
        QCOMPARE(temp->households().load(household.meta.id)->members.size(), 1);
        QCOMPARE(count(temp->database(),
                       QStringLiteral("SELECT deleted FROM household_member WHERE id = '%1'")
                           .arg(removedId)),
                 qint64(1));

        // Children link to the household.
        Child child = sampleChild();
        child.householdId = household.meta.id;
        QVERIFY(temp->children().save(child).ok());
        QCOMPARE(temp->children().inHousehold(household.meta.id).size(), 1);
    }

    void guardianshipMeasureReferralAndVisitRoundTrip() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Child child = sampleChild();
        QVERIFY(temp->children().save(child).ok());

        Guardianship guardianship;
        guardianship.childId = child.meta.id;
        guardianship.father = {QStringLiteral("imprisoned"), QDate(2024, 5, 1), QString()};
        guardianship.mother = {QStringLiteral("working_away"), QDate(),
                               QStringLiteral("浙江省宁波市")};
        guardianship.caregiverName = QStringLiteral("李秀英");
        guardianship.caregiverRelation = QStringLiteral("grandparent_paternal");
        guardianship.caregiverAge = 70;
        guardianship.caregiverHealth = QStringLiteral("frail");
        guardianship.guardianshipType = QStringLiteral("entrusted");
        guardianship.capacity = QStringLiteral("fair");
        guardianship.entrustedNoticeDate = QDate(2024, 6, 3);
        QVERIFY(temp->guardianships().save(guardianship).ok());
        const auto storedGuardianship = temp->guardianships().ofChild(child.meta.id);
        QVERIFY(storedGuardianship.has_value());
        QCOMPARE(storedGuardianship->father.status, QStringLiteral("imprisoned"));
        QCOMPARE(storedGuardianship->father.since, QDate(2024, 5, 1));
        QCOMPARE(storedGuardianship->mother.whereabouts, QStringLiteral("浙江省宁波市"));
        QCOMPARE(storedGuardianship->entrustedNoticeDate, QDate(2024, 6, 3));

        Measure measure;
        measure.childId = child.meta.id;
        measure.kind = QStringLiteral("dibao");
        measure.department = QStringLiteral("civil_affairs");
        measure.startDate = QDate(2025, 1, 1);
        measure.amountFenPerMonth = 123456789012LL;  // exact, far beyond float precision
        measure.status = QStringLiteral("in_place");
        QVERIFY(temp->measures().save(measure).ok());
        QCOMPARE(temp->measures().forChild(child.meta.id).first().amountFenPerMonth,
                 123456789012LL);

        Referral referral;
        referral.childId = child.meta.id;
        referral.department = QStringLiteral("education");
        referral.referredOn = QDate(2026, 10, 8);
        referral.purpose = QStringLiteral("申请教育资助");
        QVERIFY(temp->referrals().save(referral).ok());
        QCOMPARE(temp->referrals().forChild(child.meta.id).first().purpose, referral.purpose);

        for (int month = 1; month <= 3; ++month) {
            Visit visit;
            visit.childId = child.meta.id;
            visit.visitDate = QDate(2026, month, 10);
            visit.mode = QStringLiteral("home");
            visit.childSeenInPerson = true;
            visit.living = {QStringLiteral("normal"), QString()};
            visit.mood = {QStringLiteral("attention"), QStringLiteral("想念父母")};
            visit.nextVisitDate = QDate(2026, month + 1, 10);
            QVERIFY(temp->visits().save(visit).ok());
        }
        const QVector<Visit> visits = temp->visits().forChild(child.meta.id);
        QCOMPARE(visits.size(), 3);
        QCOMPARE(visits.first().visitDate, QDate(2026, 3, 10));  // newest first
        QCOMPARE(visits.first().mood.note, QStringLiteral("想念父母"));
        QVERIFY(visits.first().childSeenInPerson);
    }

    void safetyReportKeepsNotificationsAndSteps() {
        TempLedger temp;
        QVERIFY(temp.ok());
        Child child = sampleChild();
        QVERIFY(temp->children().save(child).ok());

        SafetyReport report;
        report.childId = child.meta.id;
        report.discoveredAt = QDateTime(QDate(2026, 11, 28), QTime(15, 20), Qt::UTC);
        report.discoveredBy = QStringLiteral("王老师");
        report.situations = {QStringLiteral("injury_abuse")};
        report.description = QStringLiteral("手臂多处淤青");
        report.childSafeNow = false;
        QVERIFY(temp->safetyReports().save(report).ok());
        QCOMPARE(temp->safetyReports().open().size(), 1);
        QCOMPARE(report.secondsToPoliceReport(), qint64(-1));

        SafetyNotification police;
        police.recipient = QStringLiteral("police");
        police.notifiedAt = QDateTime(QDate(2026, 11, 28), QTime(15, 50), Qt::UTC);
        police.method = QStringLiteral("phone");
        police.receiver = QStringLiteral("古南派出所 刘警官");
        police.receiptNumber = QStringLiteral("JJ20261128001");
        report.notifications.append(police);
        SafetyStep step;
        step.kind = QStringLiteral("emergency");
        step.stepDate = QDate(2026, 11, 28);
        step.actor = QStringLiteral("古南街道");
        step.action = QStringLiteral("安置到亲属家");
        report.steps.append(step);
        QVERIFY(temp->safetyReports().save(report).ok());

        Result<SafetyReport> loaded = temp->safetyReports().load(report.meta.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->childSafeNow, std::optional<bool>(false));
        QCOMPARE(loaded->notifications.size(), 1);
        QCOMPARE(loaded->notifications.first().receiptNumber, QStringLiteral("JJ20261128001"));
        QCOMPARE(loaded->steps.size(), 1);
        QCOMPARE(loaded->secondsToPoliceReport(), qint64(30 * 60));

        loaded->status = QStringLiteral("closed");
        loaded->closedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        loaded->closingResult = QStringLiteral("监护人接受教育，儿童安全");
        QVERIFY(temp->safetyReports().save(*loaded).ok());
        QVERIFY(temp->safetyReports().open().isEmpty());
        QCOMPARE(temp->safetyReports().forChild(child.meta.id).size(), 1);
    }

    void settingsPersistAndAreAudited() {
        TempLedger temp;
        QVERIFY(temp.ok());
        QCOMPARE(temp->setting(QStringLiteral("visit_days_high"), QStringLiteral("14")),
                 QStringLiteral("14"));
        QVERIFY(temp->setSetting(QStringLiteral("visit_days_high"), QStringLiteral("10")).ok());
        QVERIFY(temp.reopen());
        QCOMPARE(temp->setting(QStringLiteral("visit_days_high")), QStringLiteral("10"));
        QCOMPARE(count(temp->database(),
                       QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'setting'")),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
