// Classified protection over a ledger: the facts of migration 9 are stored and read back, the
// check reads a child's file, guardianship and household from storage, and the one-step
// answers (measures as 待申请, a referral marked with the rule) change the state as they should.
#include "TempLedger.h"
#include "policy/Entitlements.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"

#include <QTest>

using namespace tongbao;

class TestPolicyLedger : public QObject {
    Q_OBJECT

private:
    // A nine-year-old whose father is in prison and whose mother is seriously ill, in a 低保
    // family, enrolled in tier-1 residents' insurance.
    static QString addChild(Ledger& ledger) {
        Household household;
        household.headName = QStringLiteral("李大山");
        household.supportStatus = QStringLiteral("dibao");
        if (!ledger.households().save(household).ok())
            return {};
        Child child;
        child.name = QStringLiteral("李小花");
        child.householdId = household.meta.id;
        child.birthDate = QDate(2017, 5, 1);
        child.categories = {QStringLiteral("poverty_dibao")};
        child.schooling = QStringLiteral("primary");
        child.medicalInsurance = QStringLiteral("resident_tier1");
        child.registeredPoor = true;
        child.diagnoses = {QStringLiteral("autism")};
        child.livingSetting = QStringLiteral("community");
        if (!ledger.children().save(child).ok())
            return {};
        Guardianship g;
        g.childId = child.meta.id;
        g.father.status = QStringLiteral("imprisoned");
        g.mother.status = QStringLiteral("seriously_ill");
        g.guardianshipType = QStringLiteral("kinship");
        g.capacity = QStringLiteral("fair");
        if (!ledger.guardianships().save(g).ok())
            return {};
        return child.meta.id;
    }

    static Entitlement find(const QVector<Entitlement>& results, const char* rule) {
        for (const Entitlement& e : results)
            if (e.rule->id == QLatin1String(rule))
                return e;
        return {};
    }

private slots:
    void factsAreStored() {
        test::TempLedger temp;
        QVERIFY(temp.ok());
        QCOMPARE(Migrations::latestVersion() >= 9, true);
        const QString id = addChild(temp.ledger());
        QVERIFY(!id.isEmpty());
        temp.close();
        QVERIFY(temp.reopen());
        const Result<Child> child = temp->children().load(id);
        QVERIFY(child.ok());
        QCOMPARE(child->medicalInsurance, QStringLiteral("resident_tier1"));
        QCOMPARE(child->registeredPoor, std::optional<bool>(true));
        QCOMPARE(child->diagnoses, QStringList{QStringLiteral("autism")});
        QCOMPARE(child->livingSetting, QStringLiteral("community"));
    }

    void checkAndAnswer() {
        test::TempLedger temp;
        QVERIFY(temp.ok());
        const QString id = addChild(temp.ledger());
        auto made = Entitlements::forLedger(temp.ledger());
        QVERIFY2(made.ok(), qPrintable(made.message()));
        Entitlements& entitlements = **made;
        const QDate today = temp.clock().today();

        auto checked = entitlements.checkChild(id, today);
        QVERIFY(checked.ok());
        QStringList ids;
        for (const Entitlement& e : *checked)
            ids.append(e.rule->id);
        for (const char* rule :
             {"tekun_support", "medical_premium", "education_aid", "detained_parent_guardianship"})
            QVERIFY2(ids.contains(QLatin1String(rule)), qPrintable(ids.join(QLatin1Char(' '))));
        // Both parents unable to raise the child: 特困, not 低保托底.
        QVERIFY(!ids.contains(QStringLiteral("dibao")));

        Entitlement tekun = find(*checked, "tekun_support");
        QCOMPARE(tekun.state, EntitlementState::Missing);
        QVERIFY(entitlements.createMissingMeasures(id, tekun).ok());
        QCOMPARE(temp->measures().forChild(id).size(), 2);
        for (const Measure& m : temp->measures().forChild(id)) {
            QCOMPARE(m.status, QStringLiteral("pending"));
            QCOMPARE(m.department, QStringLiteral("civil_affairs"));
        }
        checked = entitlements.checkChild(id, today);
        QCOMPARE(find(*checked, "tekun_support").state, EntitlementState::InProgress);
        QVERIFY(!entitlements.createMissingMeasures(id, find(*checked, "tekun_support")).ok());

        const Entitlement guardianship = find(*checked, "detained_parent_guardianship");
        QCOMPARE(guardianship.state, EntitlementState::Missing);
        QVERIFY(entitlements.createReferral(id, guardianship).ok());
        const QVector<Referral> referrals = temp->referrals().forChild(id);
        QCOMPARE(referrals.size(), 1);
        QCOMPARE(referrals.first().department, QStringLiteral("public_security"));
        QCOMPARE(referrals.first().referredOn, today);
        checked = entitlements.checkChild(id, today);
        const Entitlement referred = find(*checked, "detained_parent_guardianship");
        QCOMPARE(referred.state, EntitlementState::InProgress);
        QCOMPARE(referred.referralId, referrals.first().meta.id);

        const auto summary = entitlements.summary(today);
        QVERIFY(summary.ok());
        QCOMPARE(summary->children, 1);
        QCOMPARE(summary->childrenMissing, 1);
        QVERIFY(!summary->missingByRule.contains(QStringLiteral("tekun_support")));
        QVERIFY(summary->missingByRule.contains(QStringLiteral("education_aid")));
    }

    void settingNamesTheSet() {
        test::TempLedger temp;
        QVERIFY(temp.ok());
        QCOMPARE(Entitlements::activeRuleSet(temp.ledger())->id, RuleSet::DefaultId);
        QVERIFY(temp->setSetting(RuleSet::SettingKey, QStringLiteral("qijiang-2017")).ok());
        QVERIFY(Entitlements::activeRuleSet(temp.ledger()).ok());
        QVERIFY(temp->setSetting(RuleSet::SettingKey, QStringLiteral("nowhere-2031")).ok());
        const auto missing = Entitlements::activeRuleSet(temp.ledger());
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().contains(QStringLiteral("nowhere-2031")));
    }
};

QTEST_GUILESS_MAIN(TestPolicyLedger)
#include "tst_policy_ledger.moc"
