// The demo data: the same seed gives the same ledger; every record agrees with the domain's
// rules (valid ID numbers matching sex and birth date, children under 18, categories that
// follow from the family's facts, certificates that match the disability fields, visits at the
// pace of the risk level); every case of the vocabulary appears; the history verifies.
#include "TempLedger.h"

#include "demo/DemoGenerator.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/SafetyReportRepository.h"

#include <QSet>
#include <QSqlRecord>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

const QStringList kTables{
    QStringLiteral("household"),
    QStringLiteral("household_member"),
    QStringLiteral("child"),
    QStringLiteral("guardianship"),
    QStringLiteral("measure"),
    QStringLiteral("referral"),
    QStringLiteral("visit"),
    QStringLiteral("safety_report"),
    QStringLiteral("safety_notification"),
    QStringLiteral("safety_step"),
};

// Every row of every record table, in id order, without the owner (each ledger has its own id).
QStringList dump(Database& db) {
    QStringList lines;
    for (const QString& table : kTables) {
        SqlQuery query(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        if (!query.exec())
            return {QStringLiteral("cannot read ") + table};
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList fields{table};
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) != QLatin1String("owner"))
                    fields.append(record.fieldName(i) + QLatin1Char('=') +
                                  query.value(i).toString());
            }
            lines.append(fields.join(QLatin1Char('|')));
        }
    }
    return lines;
}

QStringList ids(Database& db, const QString& table) {
    QStringList result;
    SqlQuery query(db, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    if (query.exec())
        while (query.next())
            result.append(query.value(0).toString());
    return result;
}

bool unable(const ParentSituation& parent, const QDate& today) {
    static const QStringList codes{
        QStringLiteral("severely_disabled"), QStringLiteral("seriously_ill"),
        QStringLiteral("imprisoned"),        QStringLiteral("drug_rehabilitation"),
        QStringLiteral("other_detention"),   QStringLiteral("guardianship_revoked"),
        QStringLiteral("deported"),          QStringLiteral("deceased"),
        QStringLiteral("declared_missing"),
    };
    if (parent.status == QLatin1String("missing"))
        return parent.since.isValid() && parent.since <= today.addMonths(-6);
    return codes.contains(parent.status);
}

}  // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private:
    // One ledger of 2,000 children shared by the checks that only read it.
    TempLedger m_big;
    DemoSummary m_bigSummary;
    QVector<Child> m_children;

private slots:
    void initTestCase() {
        QVERIFY2(m_big.ok(), qPrintable(m_big.error()));
        const auto filled = DemoGenerator::fill(m_big.ledger(), DemoOptions{2000, 2026});
        QVERIFY2(filled.ok(), qPrintable(filled.message()));
        m_bigSummary = *filled;
        for (const QString& id : ids(m_big->database(), QStringLiteral("child"))) {
            const auto child = m_big->children().load(id);
            QVERIFY(child.ok());
            m_children.append(*child);
        }
    }

    void fillsExactlyTheChildrenAskedFor() {
        QCOMPARE(m_bigSummary.children, 2000);
        QCOMPARE(m_children.size(), 2000);
        QVERIFY(m_bigSummary.households > 1000 && m_bigSummary.households < 1800);
        QVERIFY(m_bigSummary.visits > 2000 * 4);
        QVERIFY(m_bigSummary.safetyReports >= 3);
        QVERIFY(m_bigSummary.closedFiles > 0);
    }

    void sameSeedGivesTheSameLedger() {
        TempLedger first;
        TempLedger second;
        TempLedger other;
        QVERIFY(first.ok() && second.ok() && other.ok());
        QVERIFY(DemoGenerator::fill(first.ledger(), DemoOptions{150, 7}).ok());
        QVERIFY(DemoGenerator::fill(second.ledger(), DemoOptions{150, 7}).ok());
        QVERIFY(DemoGenerator::fill(other.ledger(), DemoOptions{150, 8}).ok());
        const QStringList a = dump(first->database());
        QVERIFY(a.size() > 1000);
        QCOMPARE(dump(second->database()), a);
        QVERIFY(dump(other->database()) != a);
    }

    void idNumbersAreValidAndAgreeWithSexAndBirthDate() {
        const QDate today = m_big.clock().now().date();
        QSet<QString> seen;
        int unregistered = 0;
        for (const Child& child : m_children) {
            if (child.hukouRegistered == false) {
                QVERIFY(child.idNumber.isEmpty());
                ++unregistered;
                continue;
            }
            const IdNumber id = IdNumber::parse(child.idNumber, today);
            QVERIFY2(id.isValid(),
                     qPrintable(child.idNumber + QLatin1Char(' ') + id.problemMessage()));
            QCOMPARE(id.normalized(), child.idNumber);
            QCOMPARE(id.sexCode(), child.sex);
            QCOMPARE(id.birthDate(), child.birthDate);
            QVERIFY2(!seen.contains(child.idNumber), qPrintable(child.idNumber));
            seen.insert(child.idNumber);
        }
        QVERIFY(unregistered < 20);
    }

    void activeChildrenAreUnder18AndClosedFilesSayWhy() {
        const QDate today = m_big.clock().now().date();
        QSet<QString> reasons;
        for (const Child& child : m_children) {
            QVERIFY(child.openedOn.isValid() && child.openedOn <= today);
            QVERIFY(child.openedOn >= child.birthDate);
            if (child.isActive()) {
                const int age = child.ageOn(today);
                QVERIFY2(age >= 0 && age < 18, qPrintable(child.name));
                QVERIFY(child.exitReason.isEmpty() && !child.exitDate.isValid());
                continue;
            }
            QCOMPARE(child.fileStatus, QStringLiteral("closed"));
            QVERIFY(Vocabulary::contains(vocab::ExitReason, child.exitReason));
            QVERIFY(child.exitDate.isValid() && child.exitDate <= today);
            QVERIFY(child.exitDate >= child.openedOn);
            if (child.exitReason == QLatin1String("adult"))
                QVERIFY(child.exitDate >= child.birthDate.addYears(18));
            else
                QVERIFY(child.ageOn(child.exitDate) < 18);
            reasons.insert(child.exitReason);
        }
        QVERIFY(reasons.contains(QStringLiteral("adult")));
        QVERIFY(reasons.contains(QStringLiteral("resolved")));
    }

    void disabilityCertificatesMatchTheDisabilityFields() {
        const QDate today = m_big.clock().now().date();
        int certificates = 0;
        for (const Child& child : m_children) {
            QCOMPARE(child.health == QLatin1String("disabled"),
                     child.categories.contains(QStringLiteral("disability")));
            if (child.health != QLatin1String("disabled")) {
                QVERIFY(child.disabilityCertificate.isEmpty());
                QCOMPARE(child.disabilityLevel, 0);
                continue;
            }
            QVERIFY(Vocabulary::contains(vocab::DisabilityCategory, child.disabilityCategory));
            QVERIFY(child.disabilityLevel >= 1 && child.disabilityLevel <= 4);
            if (child.idNumber.isEmpty())
                continue;
            const DisabilityCertificate certificate =
                DisabilityCertificate::parse(child.disabilityCertificate, today);
            QVERIFY2(certificate.isValid(), qPrintable(child.disabilityCertificate));
            QCOMPARE(certificate.idNumber().normalized(), child.idNumber);
            QCOMPARE(certificate.categoryCode(), child.disabilityCategory);
            QCOMPARE(certificate.level(), child.disabilityLevel);
            ++certificates;
        }
        QVERIFY(certificates > 50);
    }

    void categoriesFollowFromTheFacts() {
        const QDate today = m_big.clock().now().date();
        for (const Child& child : m_children) {
            const QStringList& c = child.categories;
            QVERIFY2(!c.isEmpty(), qPrintable(child.name));
            for (const QString& code : c)
                QVERIFY2(Vocabulary::contains(vocab::Category, code), qPrintable(code));
            const auto guardianship = m_big->guardianships().ofChild(child.meta.id);
            QVERIFY(guardianship.has_value());
            const Guardianship& g = *guardianship;
            const bool bothDead = g.father.status == QLatin1String("deceased") &&
                                  g.mother.status == QLatin1String("deceased");
            QCOMPARE(c.contains(QStringLiteral("orphan")), bothDead);
            QCOMPARE(c.contains(QStringLiteral("unsupported")),
                     !bothDead && unable(g.father, today) && unable(g.mother, today));
            if (c.contains(QStringLiteral("left_behind")))
                QVERIFY(g.father.status == QLatin1String("working_away") ||
                        g.mother.status == QLatin1String("working_away"));
            QCOMPARE(
                c.contains(QStringLiteral("serious_illness")) || c.contains(QStringLiteral("hiv")),
                child.health == QLatin1String("ill"));
            QCOMPARE(c.contains(QStringLiteral("migrant")),
                     !child.hukouAreaCode.isEmpty() &&
                         !child.hukouAreaCode.startsWith(QLatin1String("500110")));
            if (g.guardianshipType == QLatin1String("none") ||
                g.guardianshipType.startsWith(QLatin1String("temporary_")))
                QVERIFY(c.contains(QStringLiteral("guardianship_inadequate")));
            if (g.guardianshipType != QLatin1String("none"))
                QVERIFY(!g.caregiverName.isEmpty() && g.caregiverAge >= 18);
            if (g.father.status == QLatin1String("working_away"))
                QVERIFY(!g.father.whereabouts.isEmpty() && g.father.since.isValid());

            if (child.householdId.isEmpty())
                continue;
            const auto household = m_big->households().load(child.householdId);
            QVERIFY(household.ok());
            const QString& support = household->supportStatus;
            QCOMPARE(c.contains(QStringLiteral("poverty_dibao")),
                     support == QLatin1String("dibao"));
            QCOMPARE(c.contains(QStringLiteral("poverty_tekun")),
                     support == QLatin1String("tekun"));
            QCOMPARE(c.contains(QStringLiteral("poverty_marginal")),
                     support == QLatin1String("dibao_marginal"));
            bool headListed = false;
            for (const HouseholdMember& member : household->members)
                headListed = headListed || (member.relation == QLatin1String("head") &&
                                            member.name == household->headName);
            QVERIFY(headListed);
        }
    }

    void everyGuardianshipTypeAndParentStatusAppears() {
        QSet<QString> types;
        QSet<QString> statuses;
        QSet<QString> risks;
        QSet<QString> categories;
        for (const Child& child : m_children) {
            const auto g = m_big->guardianships().ofChild(child.meta.id);
            QVERIFY(g.has_value());
            types.insert(g->guardianshipType);
            statuses.insert(g->father.status);
            statuses.insert(g->mother.status);
            risks.insert(child.riskLevel);
            for (const QString& code : child.categories)
                categories.insert(code);
            if (g->guardianshipType == QLatin1String("entrusted") &&
                g->entrustedNoticeDate.isValid())
                QVERIFY(g->entrustedNoticeDate <= m_big.clock().now().date());
        }
        for (const QString& code : Vocabulary::codes(vocab::GuardianshipType))
            QVERIFY2(types.contains(code), qPrintable(code));
        for (const QString& code : Vocabulary::codes(vocab::ParentStatus))
            QVERIFY2(statuses.contains(code), qPrintable(code));
        for (const QString& code : Vocabulary::codes(vocab::RiskLevel))
            QVERIFY2(risks.contains(code), qPrintable(code));
        for (const QString& code : Vocabulary::codes(vocab::Category))
            QVERIFY2(categories.contains(code), qPrintable(code));
    }

    void schoolingFitsTheAge() {
        const QDate today = m_big.clock().now().date();
        for (const Child& child : m_children) {
            const int age = child.ageOn(child.isActive() ? today : child.exitDate);
            const QString& s = child.schooling;
            QVERIFY(Vocabulary::contains(vocab::Schooling, s));
            if (age < 3)
                QCOMPARE(s, QStringLiteral("not_in_kindergarten"));
            if (s == QLatin1String("kindergarten"))
                QVERIFY(age >= 3 && age <= 6);
            if (s == QLatin1String("primary"))
                QVERIFY(age >= 6 && age <= 12);
            if (s == QLatin1String("junior"))
                QVERIFY(age >= 12 && age <= 15);
            if (s == QLatin1String("senior") || s == QLatin1String("vocational") ||
                s == QLatin1String("dropped_out"))
                QVERIFY(age >= 15);
        }
    }

    void visitsFollowTheRiskLevelWithSomeOverdue() {
        const QDate today = m_big.clock().now().date();
        QHash<QString, qint64> gapDays;
        QHash<QString, int> gaps;
        int overdue = 0;
        for (const Child& child : m_children) {
            QVector<Visit> visits = m_big->visits().forChild(child.meta.id);  // newest first
            const QDate last = child.isActive() ? today : child.exitDate;
            for (int i = 0; i < visits.size(); ++i) {
                const Visit& v = visits[i];
                QVERIFY(v.visitDate >= child.openedOn && v.visitDate <= last);
                QVERIFY(Vocabulary::contains(vocab::VisitMode, v.mode));
                QVERIFY(v.nextVisitDate > v.visitDate);
                if (i + 1 < visits.size() && !v.triggeredSafetyReport &&
                    !visits[i + 1].triggeredSafetyReport) {
                    gapDays[child.riskLevel] += visits[i + 1].visitDate.daysTo(v.visitDate);
                    ++gaps[child.riskLevel];
                }
            }
            if (child.isActive() && !visits.isEmpty() && visits.first().nextVisitDate < today)
                ++overdue;
        }
        const qint64 high = gapDays[QStringLiteral("high")] / qMax(1, gaps[QStringLiteral("high")]);
        const qint64 medium =
            gapDays[QStringLiteral("medium")] / qMax(1, gaps[QStringLiteral("medium")]);
        const qint64 low = gapDays[QStringLiteral("low")] / qMax(1, gaps[QStringLiteral("low")]);
        QVERIFY2(high >= 12 && high <= 20, qPrintable(QString::number(high)));
        QVERIFY2(medium >= 27 && medium <= 40, qPrintable(QString::number(medium)));
        QVERIFY2(low >= 80 && low <= 110, qPrintable(QString::number(low)));
        QVERIFY(overdue > 100 && overdue < 700);
    }

    void safetyReportsCoverOpenAndClosedCases() {
        const QDateTime now = m_big.clock().now();
        int unreported = 0;
        int closedComplete = 0;
        for (const QString& id : ids(m_big->database(), QStringLiteral("safety_report"))) {
            const auto report = m_big->safetyReports().load(id);
            QVERIFY(report.ok());
            QVERIFY(report->discoveredAt <= now);
            QVERIFY(!report->situations.isEmpty());
            for (const SafetyNotification& n : report->notifications)
                QVERIFY(n.notifiedAt >= report->discoveredAt && n.notifiedAt <= now);
            if (report->status == QLatin1String("open") && !report->policeNotification())
                ++unreported;
            if (report->status == QLatin1String("closed")) {
                QVERIFY(report->policeNotification());
                QVERIFY(report->closedAt.isValid() && report->closedAt <= now);
                QSet<QString> kinds;
                for (const SafetyStep& step : report->steps)
                    kinds.insert(step.kind);
                if (kinds.size() == 3)
                    ++closedComplete;
            }
            const auto visit = m_big->visits().load(report->visitId);
            QVERIFY(visit.ok() && visit->triggeredSafetyReport);
            QCOMPARE(visit->childId, report->childId);
        }
        QVERIFY(unreported >= 1);
        QVERIFY(closedComplete >= 1);
    }

    void measuresAreInWholeFenWithKnownCodes() {
        int inPlace = 0;
        for (const QString& id : ids(m_big->database(), QStringLiteral("measure"))) {
            const auto measure = m_big->measures().load(id);
            QVERIFY(measure.ok());
            QVERIFY(Vocabulary::contains(vocab::MeasureKind, measure->kind));
            QVERIFY(Vocabulary::contains(vocab::Department, measure->department));
            QVERIFY(Vocabulary::contains(vocab::MeasureStatus, measure->status));
            QVERIFY(measure->amountFenPerMonth >= 0);
            if (measure->endDate.isValid())
                QVERIFY(measure->startDate.isValid() && measure->endDate >= measure->startDate);
            inPlace += measure->status == QLatin1String("in_place");
        }
        QVERIFY(inPlace > 100);
    }

    void historyVerifies() {
        const AuditLog::Verification result = AuditLog::verify(m_big->database());
        QVERIFY2(result.intact(), qPrintable(result.problem));
        QVERIFY(result.rowsChecked > 20000);
    }

    void fillingAgainAddsDifferentChildren() {
        TempLedger temp;
        QVERIFY(temp.ok());
        QVERIFY(DemoGenerator::fill(temp.ledger(), DemoOptions{80, 5}).ok());
        const auto again = DemoGenerator::fill(temp.ledger(), DemoOptions{80, 5});
        QVERIFY2(again.ok(), qPrintable(again.message()));
        ChildListFilter everyone;
        QCOMPARE(ChildListQuery(temp->database()).count(everyone), 160);
        QSet<QString> numbers;
        for (const QString& id : ids(temp->database(), QStringLiteral("child"))) {
            const auto child = temp->children().load(id);
            QVERIFY(child.ok());
            if (child->idNumber.isEmpty())
                continue;
            QVERIFY2(!numbers.contains(child->idNumber), qPrintable(child->idNumber));
            numbers.insert(child->idNumber);
        }
        QVERIFY(AuditLog::verify(temp->database()).intact());
    }

    void refusesNothingToDo() {
        TempLedger temp;
        QVERIFY(temp.ok());
        QVERIFY(!DemoGenerator::fill(temp.ledger(), DemoOptions{0, 1}).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
