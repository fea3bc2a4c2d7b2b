// The timeline of a child's file: audit rows of the child and its records as plain sentences
// with the form's field names and the vocabulary's words, newest first.
#include "TempLedger.h"
#include "common/Localization.h"
#include "domain/IdNumber.h"
#include "register/ChildFileService.h"
#include "register/ChildTimeline.h"
#include "register/FieldLabels.h"
#include "storage/RecordWriter.h"

#include <QTest>

using namespace tongbao;

namespace {

QString idNumber(const QDate& birth, int sequence) {
    const QString first17 = QStringLiteral("500110") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QStringList sentences(const QVector<TimelineEntry>& entries) {
    QStringList all;
    for (const TimelineEntry& entry : entries)
        all.append(entry.sentence());
    return all;
}

}  // namespace

class TestChildTimeline : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanupTestCase() { Localization::install(Localization::Language::English); }

    void riskLevelChangeReadsAsASentence();
    void recordsOfTheChildAreNamed();
    void householdMoveNamesBothHouseholds();
    void closingTheFileIsInTheHistory();
    void otherChildrenStayOut();
    void valuesFollowTheLanguage();
    void moneyIsWrittenInYuan();

private:
    std::unique_ptr<test::TempLedger> m_fixture;
    std::unique_ptr<ChildFileService> m_service;
    ChildFileDraft m_draft;
};

void TestChildTimeline::init() {
    Localization::install(Localization::Language::English);
    m_fixture = std::make_unique<test::TempLedger>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_service = std::make_unique<ChildFileService>(m_fixture->ledger());
    m_draft = ChildFileDraft();
    m_draft.child.name = QStringLiteral("王小明");
    m_draft.child.idNumber = idNumber(QDate(2015, 3, 1), 11);
    m_draft.child.riskLevel = QStringLiteral("medium");
    m_draft.child.openedOn = QDate(2025, 1, 10);
    Household household;
    household.headName = QStringLiteral("王大山");
    m_draft.household = household;
    QVERIFY(m_service->createChild(m_draft).saved());
}

void TestChildTimeline::cleanup() {
    m_service.reset();
    m_fixture.reset();
}

void TestChildTimeline::riskLevelChangeReadsAsASentence() {
    m_fixture->clock().set(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
    m_fixture->ledger().writer().setActor(QStringLiteral("supervisor1"));
    m_draft.child.riskLevel = QStringLiteral("high");
    QVERIFY(m_service->editChild(m_draft).saved());

    const QVector<TimelineEntry> entries =
        ChildTimeline::build(m_fixture->ledger(), m_draft.child.meta.id);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().sentence(),
             QStringLiteral("2026-12-03, supervisor1: Risk level: Medium → High"));
    // Oldest last: the household and the file, entered in one save by the ledger's user.
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).text, QStringLiteral("Opened the file"));
    QCOMPARE(entries.at(1).actor, QStringLiteral("tester"));
    QCOMPARE(entries.at(2).text, QStringLiteral("Entered the household"));
}

void TestChildTimeline::recordsOfTheChildAreNamed() {
    Measure measure;
    measure.childId = m_draft.child.meta.id;
    measure.kind = QStringLiteral("dibao");
    measure.status = QStringLiteral("applying");
    QVERIFY(m_service->saveMeasure(measure).saved());
    measure.status = QStringLiteral("in_place");
    measure.startDate = QDate(2026, 11, 1);
    QVERIFY(m_service->saveMeasure(measure).saved());
    Guardianship guardianship;
    guardianship.childId = m_draft.child.meta.id;
    guardianship.guardianshipType = QStringLiteral("kinship");
    guardianship.caregiverName = QStringLiteral("王大山");
    QVERIFY(m_service->saveGuardianship(guardianship).saved());
    guardianship.guardianshipType = QStringLiteral("entrusted");
    QVERIFY(m_service->saveGuardianship(guardianship).saved());
    Referral referral;
    referral.childId = m_draft.child.meta.id;
    referral.department = QStringLiteral("education");
    referral.referredOn = QDate(2026, 11, 20);
    QVERIFY(m_service->saveReferral(referral).saved());
    QVERIFY(m_service->removeMeasure(measure.meta.id).saved());

    const QStringList all =
        sentences(ChildTimeline::build(m_fixture->ledger(), m_draft.child.meta.id));
    const QString text = all.join(QLatin1Char('\n'));
    QVERIFY2(all.first().endsWith(QStringLiteral("Removed: Measure “Minimum living guarantee”")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Added: Referral to District education commission")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "Guardianship — Guardianship type: Raised by relatives → Entrusted care")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Recorded the guardianship")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Measure “Minimum living guarantee” — Start: not set → "
                                          "2026-11-01; Status: Applied → In place")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Entered the household")), qPrintable(text));
}

void TestChildTimeline::householdMoveNamesBothHouseholds() {
    Household other;
    other.headName = QStringLiteral("李大海");
    QVERIFY(m_service->saveHousehold(other).saved());
    QVERIFY(m_service->moveToHousehold(m_draft.child.meta.id, other.meta.id).saved());
    const QVector<TimelineEntry> entries =
        ChildTimeline::build(m_fixture->ledger(), m_draft.child.meta.id);
    QCOMPARE(entries.first().text,
             QStringLiteral("Household: 王大山's household → 李大海's household"));
}

void TestChildTimeline::closingTheFileIsInTheHistory() {
    QVERIFY(m_service
                ->closeFile(m_draft.child.meta.id, QStringLiteral("moved_out"), QDate(2026, 11, 28))
                .saved());
    const QString text =
        ChildTimeline::build(m_fixture->ledger(), m_draft.child.meta.id).first().text;
    QVERIFY2(text.contains(QStringLiteral("File status: On file → Closed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reason for closing: not set → Moved away")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Date closed: not set → 2026-11-28")), qPrintable(text));
}

void TestChildTimeline::otherChildrenStayOut() {
    ChildFileDraft other;
    other.child.name = QStringLiteral("李四");
    QVERIFY(m_service->createChild(other).saved());
    other.child.riskLevel = QStringLiteral("high");
    QVERIFY(m_service->editChild(other).saved());
    const QStringList all =
        sentences(ChildTimeline::build(m_fixture->ledger(), m_draft.child.meta.id));
    QCOMPARE(all.size(), 2);  // the household and the file
    QVERIFY(ChildTimeline::build(m_fixture->ledger(), m_draft.child.meta.id, 1).size() == 1);
}

void TestChildTimeline::valuesFollowTheLanguage() {
    m_draft.child.riskLevel = QStringLiteral("high");
    QVERIFY(m_service->editChild(m_draft).saved());
    Localization::install(Localization::Language::Chinese);
    const QString text =
        ChildTimeline::build(m_fixture->ledger(), m_draft.child.meta.id).first().text;
    QVERIFY2(text.endsWith(QStringLiteral("中 → 高")), qPrintable(text));
}

void TestChildTimeline::moneyIsWrittenInYuan() {
    QCOMPARE(FieldLabels::money(125000), QStringLiteral("¥1,250.00"));
    QCOMPARE(FieldLabels::money(5), QStringLiteral("¥0.05"));
    QCOMPARE(FieldLabels::displayValue(QStringLiteral("measure"), QStringLiteral("amount_fen"),
                                       QVariant(qint64(45000))),
             QStringLiteral("¥450.00"));
    QCOMPARE(FieldLabels::displayValue(QStringLiteral("child"), QStringLiteral("categories"),
                                       QStringLiteral("orphan,disability")),
             QStringLiteral("Orphan, Child with a disability"));
}

QTEST_GUILESS_MAIN(TestChildTimeline)
#include "tst_childtimeline.moc"
