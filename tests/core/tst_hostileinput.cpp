// Hostile input (issue 7): very long strings, control characters, bidirectional overrides,
// emoji, SQL-looking text and invalid encodings (bytes that are not UTF-8, lone UTF-16
// surrogates) fed through the services that take text from a person or a file: the child's
// file and household (ChildFileService), visits (VisitService), safety reports
// (SafetyWorkflow), the register search (ChildListQuery) and a batch sent from a village to its
// town (BatchExporter / BatchImporter). Each must be stored as given or refused with a message,
// never crash; the ledger must pass its full check afterwards; and the records that were there
// before must read back exactly as they were.
#include "TempLedger.h"
#include "tst_exchange_fixture.h"

#include "domain/IdNumber.h"
#include "register/ChildFileService.h"
#include "safety/SafetyWorkflow.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/LedgerCheck.h"
#include "storage/SafetyReportRepository.h"
#include "visits/VisitService.h"

#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

struct Hostile {
    const char* label;
    QString text;
};

QVector<Hostile> hostileStrings() {
    QString lone;
    lone.append(QChar(0xD800));
    lone.append(QStringLiteral("王"));
    lone.append(QChar(0xDFFF));
    lone.append(QChar(0xDC00));
    QString nul = QStringLiteral("before");
    nul.append(QChar(0));
    nul.append(QStringLiteral("after"));
    return {
        {"very long", QString(100000, QChar(0x957F))},  // 100,000 × 长
        {"long line of ascii", QString(20000, QLatin1Char('A'))},
        {"control characters",
         QStringLiteral("a\x01\x02\x07\x08\x1b[31mred\x1b[0m\x7f\tb\r\nc\x0b\x0c")},
        {"embedded nul", nul},
        {"bidi override", QString::fromUtf8("\u202Eabc\u202C \u2066x\u2069 \u200F\u061C"
                                            "\u202Dlro\u202A\u202B")},
        {"emoji", QString::fromUtf8("👨‍👩‍👧‍👦🧒🏽🇨🇳 \U0001F600 \uFE0F")},
        {"sql", QStringLiteral("'); DROP TABLE child; -- \" OR 1=1 -- %_\\ ; DELETE FROM audit")},
        {"like wildcards", QStringLiteral("%%%___\\%")},
        {"invalid utf-8",
         QString::fromUtf8("\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc")},
        {"lone surrogates", lone},
        {"only spaces", QStringLiteral("   \u3000 ")},
        {"html", QStringLiteral("<b>bold</b><script>alert(1)</script>&amp;")},
    };
}

// What the ledger keeps of a text: the text itself, except that a lone UTF-16 surrogate (which
// is not text) becomes U+FFFD instead of swallowing the character after it.
QString kept(const QString& text) {
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result.at(i).isHighSurrogate() && i + 1 < result.size() &&
            result.at(i + 1).isLowSurrogate())
            ++i;
        else if (result.at(i).isSurrogate())
            result[i] = QChar::ReplacementCharacter;
    }
    return result;
}

QString idNumber(const QDate& birth, int sequence) {
    const QString first17 = QStringLiteral("500110") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// Everything a reference record holds, as text, to compare before and after.
QString describeChild(Ledger& ledger, const QString& id) {
    const Result<Child> child = ledger.children().load(id);
    if (!child)
        return QStringLiteral("missing: ") + child.message();
    return QStringList{child->name,
                       child->idNumber,
                       child->notes,
                       child->residenceAddress,
                       child->categories.join(QLatin1Char(',')),
                       child->riskLevel,
                       QString::number(child->meta.rev)}
        .join(QLatin1Char('|'));
}

QString describeHousehold(Ledger& ledger, const QString& id) {
    const Result<Household> household = ledger.households().load(id);
    if (!household)
        return QStringLiteral("missing: ") + household.message();
    QStringList parts{household->headName, household->phone, household->address,
                      QString::number(household->meta.rev)};
    for (const HouseholdMember& member : household->members)
        parts.append(member.name);
    return parts.join(QLatin1Char('|'));
}

void expectCleanCheck(Ledger& ledger) {
    const LedgerCheck::Report report = LedgerCheck(ledger.database()).run();
    QStringList problems;
    for (const LedgerFinding& finding : report.findings)
        problems.append(finding.message);
    QVERIFY2(report.clean(), qPrintable(problems.join(QLatin1Char('\n'))));
}

}  // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempLedger> m_ledger;
    QString m_referenceChild;
    QString m_referenceHousehold;
    QString m_referenceVisit;
    QString m_childBefore;
    QString m_householdBefore;

private slots:
    void init() {
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
        ChildFileService service(m_ledger->ledger());
        ChildFileDraft draft;
        draft.child.name = QStringLiteral("王小明");
        draft.child.idNumber = idNumber(QDate(2015, 3, 1), 11);
        draft.child.riskLevel = QStringLiteral("medium");
        draft.child.categories = {QStringLiteral("left_behind")};
        draft.child.openedOn = QDate(2025, 1, 10);
        draft.child.notes = QStringLiteral("普通的备注");
        Household household;
        household.headName = QStringLiteral("王大山");
        household.phone = QStringLiteral("13800001234");
        HouseholdMember member;
        member.name = QStringLiteral("李桂兰");
        member.relation = QStringLiteral("spouse");
        household.members.append(member);
        draft.household = household;
        const SaveOutcome saved = service.createChild(draft);
        QVERIFY2(saved.saved(), qPrintable(saved.message));
        m_referenceChild = draft.child.meta.id;
        m_referenceHousehold = draft.child.householdId;
        Visit visit;
        visit.childId = m_referenceChild;
        visit.visitDate = QDate(2026, 11, 29);
        visit.mode = QStringLiteral("home");
        visit.childSeenInPerson = true;
        visit.problems = QStringLiteral("无");
        const Result<Visit> visited = VisitService(m_ledger->ledger()).save(visit);
        QVERIFY2(visited.ok(), qPrintable(visited.message()));
        m_referenceVisit = visited->meta.id;
        m_childBefore = describeChild(m_ledger->ledger(), m_referenceChild);
        m_householdBefore = describeHousehold(m_ledger->ledger(), m_referenceHousehold);
    }

    void cleanup() {
        if (m_ledger && m_ledger->ok()) {
            // The records that were there before read back exactly as they were.
            QCOMPARE(describeChild(m_ledger->ledger(), m_referenceChild), m_childBefore);
            QCOMPARE(describeHousehold(m_ledger->ledger(), m_referenceHousehold),
                     m_householdBefore);
            expectCleanCheck(m_ledger->ledger());
            // And still after closing and opening the file again.
            QVERIFY(m_ledger->reopen());
            QCOMPARE(describeChild(m_ledger->ledger(), m_referenceChild), m_childBefore);
            expectCleanCheck(m_ledger->ledger());
        }
        m_ledger.reset();
    }

    void childFileAndHousehold_data() {
        QTest::addColumn<QString>("text");
        for (const Hostile& hostile : hostileStrings())
            QTest::newRow(hostile.label) << hostile.text;
    }

    void childFileAndHousehold() {
        QFETCH(QString, text);
        Ledger& ledger = m_ledger->ledger();
        ChildFileService service(ledger);
        ChildFileDraft draft;
        draft.child.name = text;
        draft.child.riskLevel = QStringLiteral("low");
        draft.child.categories = {QStringLiteral("left_behind")};
        draft.child.openedOn = QDate(2025, 1, 10);
        draft.child.notes = text;
        draft.child.residenceAddress = text;
        draft.child.schoolName = text;
        Household household;
        household.headName = text;
        household.address = text;
        household.notes = text;
        HouseholdMember member;
        member.name = text;
        member.relation = QStringLiteral("spouse");
        member.notes = text;
        household.members.append(member);
        draft.household = household;
        const SaveOutcome outcome = service.createChild(draft, /*similarConfirmed=*/true);
        if (!outcome.saved()) {
            // Refusing is fine, with words for the person.
            QVERIFY(!outcome.message.isEmpty() || !outcome.problems.isEmpty());
            return;
        }
        const Result<Child> stored = ledger.children().load(draft.child.meta.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->notes, kept(draft.child.notes));
        QCOMPARE(stored->residenceAddress, kept(draft.child.residenceAddress));
        QCOMPARE(stored->name, kept(draft.child.name));

        // Editing it again, and searching the register for it, works too.
        draft.child.notes = text + text.left(10);
        QVERIFY(service.editChild(draft).saved());
        ChildListFilter filter;
        filter.search = text.left(200);
        ChildListQuery query(ledger.database(), m_ledger->clock());
        query.count(filter);
        query.fetch(filter, ChildListSort(), 0, 50);
        const QVector<ChildListRow> all = query.fetch(ChildListFilter(), ChildListSort(), 0, -1);
        QCOMPARE(all.size(), 2);
    }

    void visitAndSafetyReport_data() { childFileAndHousehold_data(); }

    void visitAndSafetyReport() {
        QFETCH(QString, text);
        Ledger& ledger = m_ledger->ledger();
        Visit visit;
        visit.childId = m_referenceChild;
        visit.visitDate = QDate(2026, 11, 28);
        visit.mode = QStringLiteral("home");
        visit.childSeenInPerson = true;
        visit.visitor = text;
        visit.problems = text;
        visit.needs = text;
        visit.actions = text;
        visit.followUp = text;
        const Result<Visit> saved = VisitService(ledger).save(visit);
        if (saved) {
            const Result<Visit> stored = ledger.visits().load(saved->meta.id);
            QVERIFY(stored.ok());
            QCOMPARE(stored->problems, kept(visit.problems));
        }

        SafetyWorkflow workflow(ledger);
        SafetyReport report = workflow.draftForChild(m_referenceChild);
        report.situations = QStringList{QStringLiteral("injury_abuse")};
        report.description = text;
        report.discoveredBy = text;
        const Result<SafetyReport> started = workflow.start(report);
        if (started) {
            const Result<SafetyReport> stored = ledger.safetyReports().load(started->meta.id);
            QVERIFY(stored.ok());
            QCOMPARE(stored->description, kept(report.description));
        } else {
            QVERIFY(!started.message().isEmpty());
        }
    }

    void batchFromAVillage() {
        World world;
        auto village = world.office(QStringLiteral("village"), QStringLiteral("新村"),
                                    QStringLiteral("500110001001"));
        auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                                 QStringLiteral("500110001000"));
        QVERIFY(village && town);
        QVERIFY(World::connect(*village, *town));
        QStringList names;
        for (const Hostile& hostile : hostileStrings()) {
            Child child;
            child.name = hostile.text;
            child.notes = hostile.text;
            child.riskLevel = QStringLiteral("low");
            QVERIFY((*village)->children().save(child).ok());
            Household household;
            household.headName = hostile.text;
            QVERIFY((*village)->households().save(household).ok());
        }
        const QString batch = world.exportBatch(*village);
        QVERIFY(!batch.isEmpty());
        const ImportResult imported = importFile(*town, batch);
        QVERIFY2(imported.outcome == ImportResult::Outcome::Imported, qPrintable(imported.message));
        // The town holds exactly what the village sent.
        QCOMPARE(townRowsOf(*town, *village), ownRows(*village));
        expectCleanCheck(*town->ledger);
        expectCleanCheck(*village->ledger);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
