// The operations of a child's file, each one transaction: create with a new or an existing
// household, edit, close and reopen, move to another household, guardianship, measures and
// referrals; what is refused leaves the ledger and the caller's record as they were; duplicates
// are caught at the door.
#include "TempLedger.h"
#include "domain/IdNumber.h"
#include "register/ChildFileService.h"
#include "register/Duplicates.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"

#include <QTest>

using namespace tongbao;

namespace {

QString idNumber(const QDate& birth, int sequence) {
    const QString first17 = QStringLiteral("500110") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

ChildFileDraft newChild(const QString& name, const QDate& birth, int sequence) {
    ChildFileDraft draft;
    draft.child.name = name;
    draft.child.idNumber = idNumber(birth, sequence);
    draft.child.riskLevel = QStringLiteral("medium");
    draft.child.categories = {QStringLiteral("left_behind")};
    draft.child.openedOn = QDate(2025, 1, 10);
    return draft;
}

Household family() {
    Household household;
    household.headName = QStringLiteral("王大山");
    household.phone = QStringLiteral("13800001234");
    household.villageGroup = QStringLiteral("3组");
    household.incomeSources = {QStringLiteral("farming"), QStringLiteral("migrant_work")};
    household.supportStatus = QStringLiteral("dibao");
    HouseholdMember grandmother;
    grandmother.name = QStringLiteral("李桂兰");
    grandmother.relation = QStringLiteral("spouse");
    household.members.append(grandmother);
    return household;
}

int auditRows(Ledger& ledger) {
    return ledger.database().scalar(QStringLiteral("SELECT count(*) FROM audit")).toInt();
}

int childCount(Ledger& ledger) {
    return ChildListQuery(ledger.database()).count(ChildListFilter());
}

}  // namespace

class TestChildFileService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsChildWithNewHouseholdAndGuardianship();
    void secondChildJoinsTheSameHousehold();
    void normalizesTheIdNumberAndFillsSexAndBirth();
    void refusedSaveChangesNothing();
    void idNumberOnFileIsNotCreatedTwice();
    void sameNameAndBirthDateNeedsConfirmation();
    void editIsRecordedAndAnotherChildsNumberRefused();
    void closesAndReopensTheFile();
    void movesTheChildToAnotherHousehold();
    void guardianshipIsOnePerChild();
    void measuresAndReferralsAreAddedEditedRemoved();
    void findsDuplicatesInTheLedger();

private:
    QString create(const QString& name, const QDate& birth, int sequence);
    std::unique_ptr<test::TempLedger> m_fixture;
    std::unique_ptr<ChildFileService> m_service;
};

void TestChildFileService::init() {
    m_fixture = std::make_unique<test::TempLedger>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_service = std::make_unique<ChildFileService>(m_fixture->ledger());
}

void TestChildFileService::cleanup() {
    m_service.reset();
    m_fixture.reset();
}

QString TestChildFileService::create(const QString& name, const QDate& birth, int sequence) {
    ChildFileDraft draft = newChild(name, birth, sequence);
    const SaveOutcome outcome = m_service->createChild(draft);
    if (!outcome.saved())
        qWarning("%s", qPrintable(outcome.message));
    return outcome.recordId;
}

void TestChildFileService::createsChildWithNewHouseholdAndGuardianship() {
    ChildFileDraft draft = newChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    draft.household = family();
    Guardianship guardianship;
    guardianship.guardianshipType = QStringLiteral("kinship");
    guardianship.caregiverName = QStringLiteral("王大山");
    draft.guardianship = guardianship;

    const SaveOutcome outcome = m_service->createChild(draft);
    QVERIFY2(outcome.saved(), qPrintable(outcome.message));
    QCOMPARE(outcome.recordId, draft.child.meta.id);
    QVERIFY(!draft.household->meta.id.isEmpty());
    QCOMPARE(draft.child.householdId, draft.household->meta.id);
    QCOMPARE(draft.guardianship->childId, draft.child.meta.id);
    QCOMPARE(draft.child.openedOn, QDate(2025, 1, 10));
    QCOMPARE(draft.child.fileStatus, QStringLiteral("active"));

    const auto loaded = m_service->load(draft.child.meta.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->child.name, QStringLiteral("王小明"));
    QCOMPARE(loaded->household->headName, QStringLiteral("王大山"));
    QCOMPARE(loaded->household->members.size(), 1);
    QCOMPARE(loaded->guardianship->caregiverName, QStringLiteral("王大山"));
    QVERIFY(AuditLog::verify(m_fixture->ledger().database()).intact());
}

void TestChildFileService::secondChildJoinsTheSameHousehold() {
    ChildFileDraft first = newChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    first.household = family();
    QVERIFY(m_service->createChild(first).saved());

    ChildFileDraft second = newChild(QStringLiteral("王小红"), QDate(2017, 8, 9), 22);
    second.child.householdId = first.household->meta.id;
    QVERIFY(m_service->createChild(second).saved());

    const QVector<Child> siblings =
        m_fixture->ledger().children().inHousehold(first.household->meta.id);
    QCOMPARE(siblings.size(), 2);
    // The household was entered once.
    QCOMPARE(m_fixture->ledger()
                 .database()
                 .scalar(QStringLiteral("SELECT count(*) FROM household"))
                 .toInt(),
             1);
}

void TestChildFileService::normalizesTheIdNumberAndFillsSexAndBirth() {
    ChildFileDraft draft;
    draft.child.name = QStringLiteral(" 张三 ");
    QString typed = idNumber(QDate(2016, 2, 29), 24);  // even: a girl
    typed.insert(6, QLatin1Char(' '));
    typed.replace(QLatin1Char('1'), QChar(0xFF11));  // full-width 1 from an input method
    draft.child.idNumber = typed;
    const SaveOutcome outcome = m_service->createChild(draft);
    QVERIFY2(outcome.saved(), qPrintable(outcome.message));
    QCOMPARE(draft.child.name, QStringLiteral("张三"));
    QCOMPARE(draft.child.idNumber, idNumber(QDate(2016, 2, 29), 24));
    QCOMPARE(draft.child.sex, QStringLiteral("F"));
    QCOMPARE(draft.child.birthDate, QDate(2016, 2, 29));
    // Opened today unless told otherwise.
    QCOMPARE(draft.child.openedOn, QDate(2026, 11, 29));
}

void TestChildFileService::refusedSaveChangesNothing() {
    ChildFileDraft draft = newChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    draft.household = family();
    Guardianship entrusted;
    entrusted.guardianshipType = QStringLiteral("entrusted");  // and no caregiver
    draft.guardianship = entrusted;
    const ChildFileDraft typed = draft;
    const int before = auditRows(m_fixture->ledger());

    const SaveOutcome outcome = m_service->createChild(draft);
    QCOMPARE(outcome.kind, SaveOutcome::Kind::Refused);
    QVERIFY(outcome.problems.forField(QStringLiteral("guardianship.caregiver_name")));
    QVERIFY(outcome.message.contains(QStringLiteral("entrusted")));
    QCOMPARE(auditRows(m_fixture->ledger()), before);
    QCOMPARE(childCount(m_fixture->ledger()), 0);
    // What was typed is still there, untouched.
    QVERIFY(draft.child.meta.id.isEmpty());
    QVERIFY(draft.household->meta.id.isEmpty());
    QCOMPARE(draft.child.idNumber, typed.child.idNumber);
    QCOMPARE(draft.household->members.size(), 1);
}

void TestChildFileService::idNumberOnFileIsNotCreatedTwice() {
    const QString existing = create(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    QVERIFY(!existing.isEmpty());
    ChildFileDraft again = newChild(QStringLiteral("王晓明"), QDate(2015, 3, 1), 11);
    again.child.idNumber = again.child.idNumber.toLower();
    const SaveOutcome outcome = m_service->createChild(again);
    QCOMPARE(outcome.kind, SaveOutcome::Kind::AlreadyOnFile);
    QCOMPARE(outcome.recordId, existing);
    QVERIFY(outcome.message.contains(QStringLiteral("王小明")));
    QCOMPARE(childCount(m_fixture->ledger()), 1);
}

void TestChildFileService::sameNameAndBirthDateNeedsConfirmation() {
    const QString first = create(QStringLiteral("刘洋"), QDate(2014, 5, 6), 31);
    ChildFileDraft twin;
    twin.child.name = QStringLiteral("刘洋");
    twin.child.birthDate = QDate(2014, 5, 6);  // no ID number yet
    SaveOutcome outcome = m_service->createChild(twin);
    QCOMPARE(outcome.kind, SaveOutcome::Kind::NeedsConfirmation);
    QCOMPARE(outcome.similar.size(), 1);
    QCOMPARE(outcome.similar.first().meta.id, first);
    QCOMPARE(childCount(m_fixture->ledger()), 1);

    outcome = m_service->createChild(twin, true);
    QVERIFY(outcome.saved());
    QCOMPARE(childCount(m_fixture->ledger()), 2);
}

void TestChildFileService::editIsRecordedAndAnotherChildsNumberRefused() {
    const QString id = create(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    create(QStringLiteral("李四"), QDate(2013, 7, 7), 13);
    auto draft = m_service->load(id);
    QVERIFY(draft);
    draft->child.riskLevel = QStringLiteral("high");
    QVERIFY(m_service->editChild(*draft).saved());
    QCOMPARE(m_fixture->ledger().children().load(id)->riskLevel, QStringLiteral("high"));
    const QString changes =
        m_fixture->ledger()
            .database()
            .scalar(QStringLiteral("SELECT changes FROM audit ORDER BY seq DESC LIMIT 1"))
            .toString();
    QVERIFY2(changes.contains(QStringLiteral("\"risk_level\"")), qPrintable(changes));

    draft->child.idNumber = idNumber(QDate(2013, 7, 7), 13);
    draft->child.birthDate = QDate(2013, 7, 7);
    const SaveOutcome outcome = m_service->editChild(*draft);
    QCOMPARE(outcome.kind, SaveOutcome::Kind::Refused);
    QVERIFY(outcome.problems.forField(QStringLiteral("id_number"))
                ->message.contains(QStringLiteral("李四")));
}

void TestChildFileService::closesAndReopensTheFile() {
    const QString id = create(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    SaveOutcome outcome = m_service->closeFile(id, QString(), QDate(2026, 11, 1));
    QCOMPARE(outcome.kind, SaveOutcome::Kind::Refused);
    QVERIFY(outcome.problems.forField(QStringLiteral("exit_reason")));
    outcome = m_service->closeFile(id, QStringLiteral("adult"), QDate(2026, 11, 1));
    QCOMPARE(outcome.kind, SaveOutcome::Kind::Refused);  // only 11 years old

    outcome = m_service->closeFile(id, QStringLiteral("moved_out"), QDate(2026, 11, 1));
    QVERIFY2(outcome.saved(), qPrintable(outcome.message));
    Child closed = *m_fixture->ledger().children().load(id);
    QCOMPARE(closed.fileStatus, QStringLiteral("closed"));
    QCOMPARE(closed.exitReason, QStringLiteral("moved_out"));
    QCOMPARE(closed.exitDate, QDate(2026, 11, 1));

    QVERIFY(m_service->reopenFile(id).saved());
    const Child reopened = *m_fixture->ledger().children().load(id);
    QVERIFY(reopened.isActive());
    QVERIFY(reopened.exitReason.isEmpty());
    QVERIFY(!reopened.exitDate.isValid());
}

void TestChildFileService::movesTheChildToAnotherHousehold() {
    ChildFileDraft draft = newChild(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    draft.household = family();
    QVERIFY(m_service->createChild(draft).saved());
    Household other = family();
    other.headName = QStringLiteral("李大海");
    other.members.clear();
    QVERIFY(m_service->saveHousehold(other).saved());

    QVERIFY(m_service->moveToHousehold(draft.child.meta.id, other.meta.id).saved());
    QCOMPARE(m_fixture->ledger().children().load(draft.child.meta.id)->householdId, other.meta.id);
    const QString changes =
        m_fixture->ledger()
            .database()
            .scalar(QStringLiteral("SELECT changes FROM audit ORDER BY seq DESC LIMIT 1"))
            .toString();
    QVERIFY(changes.contains(draft.household->meta.id));
    QVERIFY(changes.contains(other.meta.id));
    QCOMPARE(m_service->moveToHousehold(draft.child.meta.id, QStringLiteral("nowhere")).kind,
             SaveOutcome::Kind::Failed);
}

void TestChildFileService::guardianshipIsOnePerChild() {
    const QString id = create(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    Guardianship first;
    first.childId = id;
    first.guardianshipType = QStringLiteral("kinship");
    first.caregiverName = QStringLiteral("王大山");
    QVERIFY(m_service->saveGuardianship(first).saved());
    Guardianship second;  // as a form that did not load the first would give it
    second.childId = id;
    second.guardianshipType = QStringLiteral("entrusted");
    second.caregiverName = QStringLiteral("陈阿姨");
    const SaveOutcome outcome = m_service->saveGuardianship(second);
    QVERIFY2(outcome.saved(), qPrintable(outcome.message));
    QCOMPARE(second.meta.id, first.meta.id);
    // Saved, with the warning that the written notice is missing.
    QVERIFY(outcome.problems.forField(QStringLiteral("entrusted_notice_date")));
    QCOMPARE(m_fixture->ledger().guardianships().forChild(id).size(), 1);
}

void TestChildFileService::measuresAndReferralsAreAddedEditedRemoved() {
    const QString id = create(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    Measure measure;
    measure.childId = id;
    measure.kind = QStringLiteral("dibao");
    measure.amountFenPerMonth = -1;
    QCOMPARE(m_service->saveMeasure(measure).kind, SaveOutcome::Kind::Refused);
    QVERIFY(measure.meta.id.isEmpty());
    measure.amountFenPerMonth = 45000;
    QVERIFY(m_service->saveMeasure(measure).saved());
    measure.status = QStringLiteral("in_place");
    measure.startDate = QDate(2026, 1, 1);
    QVERIFY(m_service->saveMeasure(measure).saved());
    QCOMPARE(m_fixture->ledger().measures().forChild(id).size(), 1);
    QCOMPARE(m_fixture->ledger().measures().forChild(id).first().status,
             QStringLiteral("in_place"));
    QVERIFY(m_service->removeMeasure(measure.meta.id).saved());
    QVERIFY(m_fixture->ledger().measures().forChild(id).isEmpty());

    Referral referral;
    referral.childId = id;
    referral.department = QStringLiteral("education");
    QCOMPARE(m_service->saveReferral(referral).kind, SaveOutcome::Kind::Refused);
    referral.referredOn = QDate(2026, 11, 2);
    QVERIFY(m_service->saveReferral(referral).saved());
    referral.outcome = QStringLiteral("已落实教育资助");
    referral.outcomeOn = QDate(2026, 11, 20);
    QVERIFY(m_service->saveReferral(referral).saved());
    QCOMPARE(m_fixture->ledger().referrals().forChild(id).first().outcome,
             QStringLiteral("已落实教育资助"));
    QVERIFY(m_service->removeReferral(referral.meta.id).saved());
    QVERIFY(m_fixture->ledger().referrals().forChild(id).isEmpty());

    Measure orphan;
    orphan.childId = QStringLiteral("no-such-child");
    orphan.kind = QStringLiteral("dibao");
    QCOMPARE(m_service->saveMeasure(orphan).kind, SaveOutcome::Kind::Failed);
}

void TestChildFileService::findsDuplicatesInTheLedger() {
    const QString a = create(QStringLiteral("王小明"), QDate(2015, 3, 1), 11);
    const QString b = create(QStringLiteral("刘洋"), QDate(2014, 5, 6), 31);
    create(QStringLiteral("李四"), QDate(2013, 7, 7), 13);
    // Written past the service, as an old import might have.
    Child copy = *m_fixture->ledger().children().load(a);
    copy.meta = SyncMeta();
    copy.name = QStringLiteral("王晓明");
    QVERIFY(m_fixture->ledger().children().save(copy));
    Child namesake;
    namesake.name = QStringLiteral("刘洋");
    namesake.birthDate = QDate(2014, 5, 6);
    QVERIFY(m_fixture->ledger().children().save(namesake));

    const auto groups = Duplicates::find(m_fixture->ledger());
    QVERIFY(groups);
    QCOMPARE(groups->size(), 2);
    const DuplicateGroup& sameNumber = groups->at(0);
    QCOMPARE(sameNumber.kindCode(), QStringLiteral("id_number"));
    QCOMPARE(QSet<QString>(sameNumber.childIds.begin(), sameNumber.childIds.end()),
             QSet<QString>({a, copy.meta.id}));
    QVERIFY(sameNumber.reason().contains(QStringLiteral("****")));
    const DuplicateGroup& sameName = groups->at(1);
    QCOMPARE(sameName.kindCode(), QStringLiteral("name_birth_date"));
    QVERIFY(sameName.childIds.contains(b));
    QVERIFY(sameName.reason().contains(QStringLiteral("2014-05-06")));
}

QTEST_GUILESS_MAIN(TestChildFileService)
#include "tst_childfileservice.moc"
