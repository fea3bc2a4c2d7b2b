// Classified protection (core/policy): the shipped rule set loads and quotes the seed word for
// word; each of its 16 rules applies to a child made for it and not to a near-miss that differs
// in one fact; the state follows the measures and referrals on file; and the validator rejects
// broken rule files with a message that says what is wrong.
#include "policy/EntitlementCheck.h"
#include "policy/PolicyFacts.h"
#include "policy/RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace tongbao;

namespace {

const QDate kToday(2026, 11, 29);

// A ten-year-old in primary school, living with both parents who raise it well, in a family
// with no support status: no rule applies to this child.
PolicySubject ordinaryChild() {
    PolicySubject s;
    s.childId = QStringLiteral("child-1");
    s.name = QStringLiteral("王小明");
    s.fileStatus = QStringLiteral("active");
    s.birthDate = QDate(2016, 3, 1);
    s.health = QStringLiteral("healthy");
    s.schooling = QStringLiteral("primary");
    s.medicalInsurance = QStringLiteral("resident_tier2");
    s.registeredPoor = false;
    s.livingSetting = QStringLiteral("community");
    s.fatherStatus = QStringLiteral("living_together");
    s.motherStatus = QStringLiteral("living_together");
    s.guardianshipType = QStringLiteral("parents");
    s.guardianCapacity = QStringLiteral("good");
    s.supportStatus = QStringLiteral("none");
    return s;
}

using Change = std::function<void(PolicySubject&)>;

void aged(PolicySubject& s, int years) {
    s.birthDate = kToday.addYears(-years).addDays(-10);
}

void disabled(PolicySubject& s, const char* category, int level) {
    s.health = QStringLiteral("disabled");
    s.categories.append(QStringLiteral("disability"));
    s.disabilityCategory = QLatin1String(category);
    s.disabilityLevel = level;
    s.disabilityCertified = true;
}

bool applies(const RuleSet& set, const PolicySubject& s, const QString& ruleId) {
    for (const Entitlement& e : EntitlementCheck(set).check(s, kToday))
        if (e.rule->id == ruleId)
            return true;
    return false;
}

Entitlement entitlement(const RuleSet& set, const PolicySubject& s, const QString& ruleId) {
    for (const Entitlement& e : EntitlementCheck(set).check(s, kToday, true))
        if (e.rule->id == ruleId)
            return e;
    return {};
}

PolicyMeasure measure(const char* kind, const char* status, QDate start = {}, QDate end = {}) {
    static int next = 0;
    return {QStringLiteral("m%1").arg(++next),
            QLatin1String(kind),
            QStringLiteral("civil_affairs"),
            QLatin1String(status),
            start,
            end};
}

QByteArray withRule(const std::function<void(QJsonObject&)>& edit) {
    QFile file(QStringLiteral(":/rules/qijiang-2017.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject set = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray rules = set.value(QStringLiteral("rules")).toArray();
    QJsonObject rule = rules.at(2).toObject();  // dibao
    edit(rule);
    rules.replace(2, rule);
    set.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(set).toJson();
}

}  // namespace

class TestPolicy : public QObject {
    Q_OBJECT

private:
    RuleSet m_set;
    QStringList m_covered;

private slots:
    void initTestCase() {
        const Result<RuleSet> set = RuleSet::builtIn(RuleSet::DefaultId);
        QVERIFY2(set.ok(), qPrintable(set.message()));
        m_set = *set;
    }

    void shippedSet() {
        QCOMPARE(m_set.id, QStringLiteral("qijiang-2017"));
        QCOMPARE(m_set.version, 1);
        QCOMPARE(m_set.rules.size(), 16);
        QVERIFY(RuleSet::builtInIds().contains(QStringLiteral("qijiang-2017")));
        QVERIFY(!RuleSet::builtIn(QStringLiteral("no-such-set")).ok());
        for (const PolicyRule& rule : m_set.rules) {
            QVERIFY(!rule.titleChinese.isEmpty() && !rule.titleEnglish.isEmpty());
            QVERIFY(rule.source().contains(rule.sourceQuote));
            QVERIFY(rule.sourceDocument.contains(QStringLiteral("綦江府办发〔2017〕91号")));
        }
    }

    // Each rule's quoted words are in the seed document (line breaks and spaces aside).
    void sourcesQuoteTheSeed() {
        QFile seed(qEnvironmentVariable("TONGBAO_SOURCE_DIR") +
                   QStringLiteral("/../shared/seed/000_e226137bada92d70.txt"));
        if (!seed.open(QIODevice::ReadOnly))
            QSKIP("The seed document is not next to the source tree.");
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QString text = QString::fromUtf8(seed.readAll()).remove(space);
        for (const PolicyRule& rule : m_set.rules)
            QVERIFY2(text.contains(QString(rule.sourceQuote).remove(space)), qPrintable(rule.id));
    }

    void ordinaryChildHasNoEntitlement() {
        QVERIFY(EntitlementCheck(m_set).check(ordinaryChild(), kToday).isEmpty());
        QCOMPARE(EntitlementCheck(m_set).check(ordinaryChild(), kToday, true).size(), 16);
    }

    void ruleTriggersAndNearMiss_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Change>("trigger");
        QTest::addColumn<Change>("nearMiss");  // applied after trigger: one fact changed

        const auto parents = [](const char* father, const char* mother) {
            return [=](PolicySubject& s) {
                s.fatherStatus = QLatin1String(father);
                s.motherStatus = QLatin1String(mother);
            };
        };
        QTest::newRow("orphan_allowance")
            << "orphan_allowance" << Change(parents("deceased", "deceased"))
            << Change([](PolicySubject& s) { s.motherStatus = QStringLiteral("living_together"); });
        QTest::newRow("tekun_support")
            << "tekun_support" << Change(parents("imprisoned", "seriously_ill"))
            << Change([](PolicySubject& s) { aged(s, 16); });
        QTest::newRow("dibao") << "dibao" << Change([](PolicySubject& s) {
            s.supportStatus = QStringLiteral("dibao");
        }) << Change([](PolicySubject& s) { s.supportStatus = QStringLiteral("dibao_marginal"); });
        QTest::newRow("temporary_assistance")
            << "temporary_assistance" << Change([](PolicySubject& s) {
                   s.categories = {QStringLiteral("temporary_hardship")};
               })
            << Change(
                   [](PolicySubject& s) { s.categories = {QStringLiteral("poverty_marginal")}; });
        QTest::newRow("medical_premium") << "medical_premium" << Change([](PolicySubject& s) {
            s.categories = {QStringLiteral("poverty_dibao")};
            s.medicalInsurance = QStringLiteral("resident_tier1");
        }) << Change([](PolicySubject& s) {
            s.medicalInsurance = QStringLiteral("resident_tier2");
        });
        QTest::newRow("medical_reimbursement ill")
            << "medical_reimbursement" << Change([](PolicySubject& s) {
                   s.registeredPoor = true;
                   s.categories = {QStringLiteral("serious_illness")};
               })
            << Change([](PolicySubject& s) { s.registeredPoor = false; });
        QTest::newRow("medical_reimbursement severe")
            << "medical_reimbursement" << Change([](PolicySubject& s) {
                   s.registeredPoor = true;
                   disabled(s, "visual", 2);
               })
            << Change([](PolicySubject& s) { s.disabilityLevel = 3; });
        QTest::newRow("early_disability_review")
            << "early_disability_review" << Change([](PolicySubject& s) {
                   aged(s, 5);
                   disabled(s, "hearing", 3);
               })
            << Change([](PolicySubject& s) { aged(s, 7); });
        QTest::newRow("early_disability_review palsy")
            << "early_disability_review" << Change([](PolicySubject& s) {
                   aged(s, 2);
                   s.diagnoses = {QStringLiteral("cerebral_palsy")};
               })
            << Change([](PolicySubject& s) { s.diagnoses = {QStringLiteral("autism")}; });
        QTest::newRow("education_aid") << "education_aid" << Change([](PolicySubject& s) {
            s.categories = {QStringLiteral("poverty_dibao")};
        }) << Change([](PolicySubject& s) { s.schooling = QStringLiteral("not_in_school"); });
        QTest::newRow("inclusive_education")
            << "inclusive_education" << Change([](PolicySubject& s) { disabled(s, "physical", 3); })
            << Change([](PolicySubject& s) { s.schooling = QStringLiteral("dropped_out"); });
        QTest::newRow("orphan_placement")
            << "orphan_placement" << Change(parents("deceased", "missing"))
            << Change([](PolicySubject& s) { s.motherStatus = QStringLiteral("working_away"); });
        QTest::newRow("welfare_home") << "welfare_home" << Change([](PolicySubject& s) {
            s.guardianshipType = QStringLiteral("none");
        }) << Change([](PolicySubject& s) { s.guardianshipType = QStringLiteral("kinship"); });
        QTest::newRow("welfare_home capacity") << "welfare_home" << Change([](PolicySubject& s) {
            s.guardianCapacity = QStringLiteral("none");
        }) << Change([](PolicySubject& s) { s.guardianCapacity = QStringLiteral("fair"); });
        QTest::newRow("detained_parent_guardianship")
            << "detained_parent_guardianship" << Change(parents("imprisoned", "living_together"))
            << Change([](PolicySubject& s) { s.fatherStatus = QStringLiteral("working_away"); });
        QTest::newRow("adoption_follow_up") << "adoption_follow_up" << Change([](PolicySubject& s) {
            s.guardianshipType = QStringLiteral("adopted");
        }) << Change([](PolicySubject& s) { s.guardianshipType = QStringLiteral("kinship"); });
        QTest::newRow("disability_screening")
            << "disability_screening" << Change([](PolicySubject& s) { aged(s, 3); })
            << Change([](PolicySubject& s) { aged(s, 7); });
        QTest::newRow("early_rehabilitation")
            << "early_rehabilitation" << Change([](PolicySubject& s) {
                   aged(s, 4);
                   s.diagnoses = {QStringLiteral("autism")};
               })
            << Change([](PolicySubject& s) { s.diagnoses.clear(); });
        QTest::newRow("tomorrow_plan") << "tomorrow_plan" << Change([](PolicySubject& s) {
            s.categories = {QStringLiteral("orphan")};
            disabled(s, "intellectual", 2);
        }) << Change([](PolicySubject& s) { s.livingSetting = QStringLiteral("institution"); });
    }

    void ruleTriggersAndNearMiss() {
        QFETCH(QString, rule);
        QFETCH(Change, trigger);
        QFETCH(Change, nearMiss);
        QVERIFY(m_set.rule(rule));
        PolicySubject s = ordinaryChild();
        trigger(s);
        const Entitlement e = entitlement(m_set, s, rule);
        QCOMPARE(e.state, EntitlementState::Missing);
        QVERIFY2(e.reason.contains(QStringLiteral("→")), qPrintable(e.reason));
        QVERIFY(!e.because.isEmpty());
        QCOMPARE(e.missingMeasures, m_set.rule(rule)->measures);
        nearMiss(s);
        QVERIFY2(!applies(m_set, s, rule), qPrintable(rule));
        m_covered.append(rule);
    }

    // Every rule of the set had a trigger and a near-miss above.
    void everyRuleHasATrigger() {
        for (const PolicyRule& r : m_set.rules)
            QVERIFY2(m_covered.contains(r.id), qPrintable(r.id));
    }

    void reasonInPlainWords() {
        PolicySubject s = ordinaryChild();
        s.fatherStatus = QStringLiteral("imprisoned");
        s.motherStatus = QStringLiteral("imprisoned");
        const Entitlement e = entitlement(m_set, s, QStringLiteral("tekun_support"));
        QCOMPARE(e.state, EntitlementState::Missing);
        QVERIFY2(e.reason.contains(QStringLiteral("aged 10")), qPrintable(e.reason));
        QVERIFY2(e.reason.contains(QStringLiteral("Imprisoned")), qPrintable(e.reason));
        QVERIFY2(e.reason.endsWith(QStringLiteral("no such measure on file")),
                 qPrintable(e.reason));
    }

    void stateFollowsMeasures() {
        PolicySubject s = ordinaryChild();
        s.fatherStatus = QStringLiteral("deceased");
        s.motherStatus = QStringLiteral("seriously_ill");
        const QString rule = QStringLiteral("tekun_support");  // tekun_support + care_allowance
        QCOMPARE(entitlement(m_set, s, rule).state, EntitlementState::Missing);

        s.measures.append(measure("tekun_support", "pending"));
        Entitlement e = entitlement(m_set, s, rule);
        QCOMPARE(e.state, EntitlementState::Missing);  // the care allowance is still missing
        QCOMPARE(e.missingMeasures, QStringList{QStringLiteral("care_allowance")});

        s.measures.append(measure("care_allowance", "applying"));
        QCOMPARE(entitlement(m_set, s, rule).state, EntitlementState::InProgress);

        s.measures[0].status = QStringLiteral("in_place");
        s.measures[1].status = QStringLiteral("in_place");
        e = entitlement(m_set, s, rule);
        QCOMPARE(e.state, EntitlementState::InPlace);
        QCOMPARE(e.measureIds.size(), 2);

        // Granted from next month: applied for, not yet in place.
        s.measures[0].startDate = kToday.addDays(3);
        QCOMPARE(entitlement(m_set, s, rule).state, EntitlementState::InProgress);

        // Its end date passed: missing again, and the reason says when it ended.
        s.measures[0].startDate = QDate(2025, 1, 1);
        s.measures[0].endDate = QDate(2026, 6, 30);
        e = entitlement(m_set, s, rule);
        QCOMPARE(e.state, EntitlementState::Missing);
        QVERIFY2(e.reason.contains(QStringLiteral("2026-06-30")), qPrintable(e.reason));

        s.measures[0].status = QStringLiteral("ended");
        QCOMPARE(entitlement(m_set, s, rule).state, EntitlementState::Missing);
    }

    void referralCountsOnlyWhenMadeForTheRule() {
        PolicySubject s = ordinaryChild();
        s.supportStatus = QStringLiteral("dibao");
        const QString rule = QStringLiteral("dibao");
        PolicyReferral r{QStringLiteral("r1"),
                         QStringLiteral("civil_affairs"),
                         kToday,
                         QStringLiteral("申请低保"),
                         {},
                         {}};
        s.referrals.append(r);
        QCOMPARE(entitlement(m_set, s, rule).state, EntitlementState::Missing);
        s.referrals[0].purpose +=
            QLatin1Char(' ') + EntitlementCheck::referralMark(*m_set.rule(rule));
        Entitlement e = entitlement(m_set, s, rule);
        QCOMPARE(e.state, EntitlementState::InProgress);
        QCOMPARE(e.referralId, QStringLiteral("r1"));
        s.referrals[0].department = QStringLiteral("education");
        QCOMPARE(entitlement(m_set, s, rule).state, EntitlementState::Missing);
        s.referrals[0].department = QStringLiteral("civil_affairs");
        s.referrals[0].outcome = QStringLiteral("不符合条件");
        QCOMPARE(entitlement(m_set, s, rule).state, EntitlementState::Missing);
    }

    void closedFileHasNoEntitlement() {
        PolicySubject s = ordinaryChild();
        s.supportStatus = QStringLiteral("dibao");
        QVERIFY(applies(m_set, s, QStringLiteral("dibao")));
        s.fileStatus = QStringLiteral("closed");
        QVERIFY(EntitlementCheck(m_set).check(s, kToday).isEmpty());
    }

    void unknownFactsNeverTrigger() {
        PolicySubject s = ordinaryChild();
        s.birthDate = {};  // no age: no age rule
        s.registeredPoor.reset();
        s.categories = {QStringLiteral("serious_illness")};
        QVERIFY(!applies(m_set, s, QStringLiteral("disability_screening")));
        QVERIFY(!applies(m_set, s, QStringLiteral("medical_reimbursement")));
    }

    void validatorRejects_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        using Edit = std::function<void(QJsonObject&)>;
        const auto row = [](const char* name, const Edit& edit, const char* expected) {
            QTest::newRow(name) << withRule(edit) << QString::fromUtf8(expected);
        };
        row(
            "unknown fact in test",
            [](QJsonObject& r) {
                r.insert(QStringLiteral("when"),
                         QJsonObject{{QStringLiteral("fact"), QStringLiteral("shoe_size")},
                                     {QStringLiteral("under"), 30}});
            },
            "unknown fact \"shoe_size\"");
        row(
            "unknown measure",
            [](QJsonObject& r) {
                r.insert(QStringLiteral("measures"), QJsonArray{QStringLiteral("free_bicycle")});
            },
            "free_bicycle");
        row(
            "unknown department",
            [](QJsonObject& r) {
                r.insert(QStringLiteral("departments"), QJsonArray{QStringLiteral("army")});
            },
            "army");
        row(
            "unknown code",
            [](QJsonObject& r) {
                r.insert(QStringLiteral("when"),
                         QJsonObject{{QStringLiteral("fact"), QStringLiteral("support_status")},
                                     {QStringLiteral("in"), QJsonArray{QStringLiteral("rich")}}});
                r.insert(QStringLiteral("facts"), QJsonArray{QStringLiteral("support_status")});
            },
            "rich");
        row(
            "facts differ from the test",
            [](QJsonObject& r) {
                r.insert(QStringLiteral("facts"), QJsonArray{QStringLiteral("age")});
            },
            "\"facts\"");
        row(
            "number compared as a code",
            [](QJsonObject& r) {
                r.insert(QStringLiteral("when"),
                         QJsonObject{{QStringLiteral("fact"), QStringLiteral("age")},
                                     {QStringLiteral("in"), QJsonArray{QStringLiteral("6")}}});
                r.insert(QStringLiteral("facts"), QJsonArray{QStringLiteral("age")});
            },
            "age");
        row(
            "no source quote",
            [](QJsonObject& r) {
                QJsonObject source = r.value(QStringLiteral("source")).toObject();
                source.remove(QStringLiteral("quote"));
                r.insert(QStringLiteral("source"), source);
            },
            "quote");
        row(
            "duplicate id",
            [](QJsonObject& r) {
                r.insert(QStringLiteral("id"), QStringLiteral("orphan_allowance"));
            },
            "twice");
        QTest::newRow("not json") << QByteArray("{\"rules\": [") << QStringLiteral("JSON");
        QTest::newRow("other format")
            << QByteArray("{\"format\": \"something-else\", \"rules\": []}")
            << QStringLiteral("format");
    }

    void validatorRejects() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<RuleSet> set = RuleSet::parse(json, QStringLiteral("broken.json"));
        QVERIFY(!set.ok());
        QVERIFY2(set.message().contains(expected), qPrintable(set.message()));
        QVERIFY2(set.message().contains(QStringLiteral("broken.json")), qPrintable(set.message()));
    }

    void validatorAcceptsTheShippedFileRoundTrip() {
        const QByteArray json = withRule([](QJsonObject&) {});
        QVERIFY(RuleSet::parse(json, QStringLiteral("same.json")).ok());
    }

    // 100,000 evaluations of a child to whom several rules apply, for scale.
    void evaluationIsFast() {
        PolicySubject s = ordinaryChild();
        s.fatherStatus = QStringLiteral("imprisoned");
        s.supportStatus = QStringLiteral("dibao");
        aged(s, 5);
        s.measures.append(measure("dibao", "in_place"));
        const EntitlementCheck check(m_set);
        QElapsedTimer timer;
        timer.start();
        int applying = 0;
        for (int i = 0; i < 100000; ++i)
            applying += check.check(s, kToday).size();
        qInfo("100,000 evaluations: %lld ms", timer.elapsed());
        QVERIFY(applying >= 300000);
        QVERIFY(timer.elapsed() < 60000);  // a smoke check: unoptimised builds on a busy machine
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
