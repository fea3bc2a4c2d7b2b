// The consistency rules of a child's file, one row per rule: a valid file, then one edit that
// breaks one rule, and the field, severity and words the user is shown for it.
#include "domain/IdNumber.h"
#include "register/ChildValidation.h"

#include <QTest>

#include <functional>

using namespace tongbao;

namespace {

const QDate kToday(2026, 11, 29);

QString idNumber(const QString& area, const QDate& birth, int sequence) {
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// A consistent file of each record, which every row starts from.
struct Records {
    Child child;
    Guardianship guardianship;
    Household household;
    Measure measure;
    Referral referral;

    Records() {
        child.name = QStringLiteral("王小明");
        child.birthDate = QDate(2015, 3, 1);
        child.idNumber = idNumber(QStringLiteral("500110"), child.birthDate, 11);
        child.sex = QStringLiteral("M");
        child.riskLevel = QStringLiteral("medium");
        child.categories = {QStringLiteral("left_behind")};
        child.openedOn = QDate(2025, 1, 10);
        child.residenceAreaCode = QStringLiteral("500110001001");
        child.phone = QStringLiteral("138 0000 1234");

        guardianship.father.status = QStringLiteral("working_away");
        guardianship.father.whereabouts = QStringLiteral("广东省东莞市");
        guardianship.mother.status = QStringLiteral("working_away");
        guardianship.mother.whereabouts = QStringLiteral("重庆市渝北区");
        guardianship.guardianshipType = QStringLiteral("kinship");
        guardianship.caregiverName = QStringLiteral("王大山");
        guardianship.caregiverRelation = QStringLiteral("grandparent_paternal");
        guardianship.capacity = QStringLiteral("fair");

        household.headName = QStringLiteral("王大山");
        household.phone = QStringLiteral("13800001234");
        HouseholdMember member;
        member.name = QStringLiteral("李桂兰");
        member.relation = QStringLiteral("spouse");
        household.members.append(member);

        measure.kind = QStringLiteral("dibao");
        measure.department = QStringLiteral("civil_affairs");
        measure.startDate = QDate(2026, 1, 1);
        measure.amountFenPerMonth = 45000;
        measure.status = QStringLiteral("in_place");

        referral.department = QStringLiteral("education");
        referral.referredOn = QDate(2026, 9, 1);
        referral.purpose = QStringLiteral("教育资助");
    }
};

using Edit = std::function<void(Records&)>;

const QHash<QString, Edit>& edits() {
    static const QHash<QString, Edit> table = {
        {QStringLiteral("none"), [](Records&) {}},
        {QStringLiteral("no name"), [](Records& r) { r.child.name = QStringLiteral("  "); }},
        {QStringLiteral("wrong check character"),
         [](Records& r) {
             QChar& last = r.child.idNumber[17];
             last = last == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
         }},
        {QStringLiteral("short ID number"), [](Records& r) { r.child.idNumber.chop(2); }},
        {QStringLiteral("sex against ID"), [](Records& r) { r.child.sex = QStringLiteral("F"); }},
        {QStringLiteral("birth against ID"),
         [](Records& r) { r.child.birthDate = QDate(2015, 3, 2); }},
        {QStringLiteral("born in the future"),
         [](Records& r) {
             r.child.idNumber.clear();
             r.child.birthDate = kToday.addDays(3);
             r.child.openedOn = QDate();
         }},
        {QStringLiteral("turned 18"),
         [](Records& r) {
             r.child.birthDate = QDate(2008, 1, 5);
             r.child.idNumber = idNumber(QStringLiteral("500110"), r.child.birthDate, 11);
         }},
        {QStringLiteral("level without category"), [](Records& r) { r.child.disabilityLevel = 2; }},
        {QStringLiteral("category without level"),
         [](Records& r) { r.child.disabilityCategory = QStringLiteral("hearing"); }},
        {QStringLiteral("someone else's certificate"),
         [](Records& r) {
             r.child.disabilityCertificate =
                 idNumber(QStringLiteral("500110"), QDate(2014, 6, 1), 23) + QStringLiteral("21");
         }},
        {QStringLiteral("certificate category differs"),
         [](Records& r) {
             r.child.disabilityCertificate = r.child.idNumber + QStringLiteral("42");
             r.child.disabilityCategory = QStringLiteral("hearing");
             r.child.disabilityLevel = 2;
         }},
        {QStringLiteral("certificate level differs"),
         [](Records& r) {
             r.child.disabilityCertificate = r.child.idNumber + QStringLiteral("42");
             r.child.disabilityCategory = QStringLiteral("physical");
             r.child.disabilityLevel = 3;
         }},
        {QStringLiteral("certificate that fits"),
         [](Records& r) {
             r.child.disabilityCertificate = r.child.idNumber + QStringLiteral("42");
             r.child.disabilityCategory = QStringLiteral("physical");
             r.child.disabilityLevel = 2;
         }},
        {QStringLiteral("certificate too short"),
         [](Records& r) {
             r.child.disabilityCertificate = r.child.idNumber + QStringLiteral("4");
         }},
        {QStringLiteral("closed without reason"),
         [](Records& r) {
             r.child.fileStatus = QStringLiteral("closed");
             r.child.exitDate = QDate(2026, 10, 1);
         }},
        {QStringLiteral("closed without date"),
         [](Records& r) {
             r.child.fileStatus = QStringLiteral("closed");
             r.child.exitReason = QStringLiteral("moved_out");
         }},
        {QStringLiteral("closed as adult too young"),
         [](Records& r) {
             r.child.fileStatus = QStringLiteral("closed");
             r.child.exitReason = QStringLiteral("adult");
             r.child.exitDate = QDate(2026, 10, 1);
         }},
        {QStringLiteral("closed in the future"),
         [](Records& r) {
             r.child.fileStatus = QStringLiteral("closed");
             r.child.exitReason = QStringLiteral("moved_out");
             r.child.exitDate = kToday.addDays(1);
         }},
        {QStringLiteral("open with exit reason"),
         [](Records& r) { r.child.exitReason = QStringLiteral("moved_out"); }},
        {QStringLiteral("unknown risk level"),
         [](Records& r) { r.child.riskLevel = QStringLiteral("extreme"); }},
        {QStringLiteral("phone with letters"),
         [](Records& r) { r.child.phone = QStringLiteral("call me"); }},
        {QStringLiteral("area code of nowhere"),
         [](Records& r) { r.child.residenceAreaCode = QStringLiteral("990000001001"); }},
        {QStringLiteral("opened before birth"),
         [](Records& r) { r.child.openedOn = QDate(2014, 1, 1); }},
        {QStringLiteral("ill without illness"),
         [](Records& r) { r.child.health = QStringLiteral("ill"); }},

        {QStringLiteral("entrusted without caregiver"),
         [](Records& r) {
             r.guardianship.guardianshipType = QStringLiteral("entrusted");
             r.guardianship.caregiverName.clear();
             r.guardianship.entrustedNoticeDate = QDate(2026, 3, 1);
         }},
        {QStringLiteral("entrusted without notice"),
         [](Records& r) { r.guardianship.guardianshipType = QStringLiteral("entrusted"); }},
        {QStringLiteral("caregiver ID wrong"),
         [](Records& r) { r.guardianship.caregiverIdNumber = QStringLiteral("50011019500101"); }},
        {QStringLiteral("caregiver age against ID"),
         [](Records& r) {
             r.guardianship.caregiverIdNumber =
                 idNumber(QStringLiteral("500110"), QDate(1958, 4, 2), 31);
             r.guardianship.caregiverAge = 40;
         }},
        {QStringLiteral("nobody for a young child"),
         [](Records& r) { r.guardianship.guardianshipType = QStringLiteral("none"); }},
        {QStringLiteral("working away, nowhere"),
         [](Records& r) { r.guardianship.father.whereabouts.clear(); }},
        {QStringLiteral("parents with one dead"),
         [](Records& r) {
             r.guardianship.guardianshipType = QStringLiteral("parents");
             r.guardianship.mother.status = QStringLiteral("deceased");
         }},

        {QStringLiteral("no head"), [](Records& r) { r.household.headName.clear(); }},
        {QStringLiteral("member without name"),
         [](Records& r) { r.household.members[0].name.clear(); }},
        {QStringLiteral("member ID wrong"),
         [](Records& r) { r.household.members[0].idNumber = QStringLiteral("12345"); }},

        {QStringLiteral("negative amount"), [](Records& r) { r.measure.amountFenPerMonth = -100; }},
        {QStringLiteral("end before start"),
         [](Records& r) { r.measure.endDate = QDate(2025, 12, 31); }},
        {QStringLiteral("no measure kind"), [](Records& r) { r.measure.kind.clear(); }},
        {QStringLiteral("ended without end"),
         [](Records& r) { r.measure.status = QStringLiteral("ended"); }},

        {QStringLiteral("referral nowhere"), [](Records& r) { r.referral.department.clear(); }},
        {QStringLiteral("outcome before referral"),
         [](Records& r) {
             r.referral.outcome = QStringLiteral("已办结");
             r.referral.outcomeOn = QDate(2026, 8, 1);
         }},
    };
    return table;
}

FieldProblems validate(const QString& record, const Records& r) {
    if (record == QLatin1String("child"))
        return ChildValidation::child(r.child, kToday);
    if (record == QLatin1String("guardianship"))
        return ChildValidation::guardianship(r.guardianship, r.child, kToday);
    if (record == QLatin1String("household"))
        return ChildValidation::household(r.household, kToday);
    if (record == QLatin1String("measure"))
        return ChildValidation::measure(r.measure, kToday);
    return ChildValidation::referral(r.referral, kToday);
}

}  // namespace

class TestChildValidation : public QObject {
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void validRecordsHaveNoProblem();
    void helpersExplainPhoneAndAreaCode();
};

void TestChildValidation::rules_data() {
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("field");  // empty: no problem expected
    QTest::addColumn<bool>("error");
    QTest::addColumn<QString>("words");

    const auto row = [](const char* record, const char* edit, const char* field, bool error,
                        const char* words) {
        QTest::newRow(edit) << QString::fromLatin1(record) << QString::fromLatin1(edit)
                            << QString::fromLatin1(field) << error << QString::fromUtf8(words);
    };
    row("child", "none", "", false, "");
    row("child", "no name", "name", true, "name");
    row("child", "wrong check character", "id_number", true, "check character");
    row("child", "short ID number", "id_number", true, "18 characters");
    row("child", "sex against ID", "sex", true, "does not match the ID number, which says Male");
    row("child", "birth against ID", "birth_date", true, "which says 2015-03-01");
    row("child", "born in the future", "birth_date", true, "future");
    row("child", "turned 18", "birth_date", false, "turned 18");
    row("child", "level without category", "disability_category", true, "needs its category");
    row("child", "category without level", "disability_level", false, "level");
    row("child", "someone else's certificate", "disability_certificate", true,
        "does not start with the child's ID number");
    row("child", "certificate category differs", "disability_category", true, "Physical");
    row("child", "certificate level differs", "disability_level", true, "Level 2");
    row("child", "certificate that fits", "", false, "");
    row("child", "certificate too short", "disability_certificate", true, "");
    row("child", "closed without reason", "exit_reason", true, "reason");
    row("child", "closed without date", "exit_date", true, "date");
    row("child", "closed as adult too young", "exit_reason", true, "not yet 18");
    row("child", "closed in the future", "exit_date", true, "future");
    row("child", "open with exit reason", "exit_reason", true, "close the file");
    row("child", "unknown risk level", "risk_level", true, "extreme");
    row("child", "phone with letters", "phone", true, "digits");
    row("child", "area code of nowhere", "residence_area_code", true, "county");
    row("child", "opened before birth", "opened_on", true, "born");
    row("child", "ill without illness", "illness_type", false, "illness");
    row("guardianship", "entrusted without caregiver", "caregiver_name", true, "entrusted");
    row("guardianship", "entrusted without notice", "entrusted_notice_date", false, "writing");
    row("guardianship", "caregiver ID wrong", "caregiver_id_number", true, "");
    row("guardianship", "caregiver age against ID", "caregiver_age", true, "68");
    row("guardianship", "nobody for a young child", "guardianship_type", false, "under 16");
    row("guardianship", "working away, nowhere", "father_whereabouts", false, "city");
    row("guardianship", "parents with one dead", "guardianship_type", false, "type");
    row("guardianship", "none", "", false, "");
    row("household", "none", "", false, "");
    row("household", "no head", "head_name", true, "head");
    row("household", "member without name", "member.0.name", true, "name");
    row("household", "member ID wrong", "member.0.id_number", true, "");
    row("measure", "none", "", false, "");
    row("measure", "negative amount", "amount_fen", true, "negative");
    row("measure", "end before start", "end_date", true, "before the start");
    row("measure", "no measure kind", "kind", true, "measure");
    row("measure", "ended without end", "end_date", false, "ended");
    row("referral", "none", "", false, "");
    row("referral", "referral nowhere", "department", true, "department");
    row("referral", "outcome before referral", "outcome_on", true, "before the referral");
}

void TestChildValidation::rules() {
    QFETCH(QString, record);
    QFETCH(QString, edit);
    QFETCH(QString, field);
    QFETCH(bool, error);
    QFETCH(QString, words);

    Records records;
    QVERIFY2(edits().contains(edit), qPrintable(edit));
    edits().value(edit)(records);
    const FieldProblems problems = validate(record, records);
    if (field.isEmpty()) {
        QStringList found;
        for (const FieldProblem& problem : problems)
            found.append(problem.field + QStringLiteral(": ") + problem.message);
        QVERIFY2(problems.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));
        return;
    }
    const FieldProblem* problem = problems.forField(field);
    QVERIFY2(problem, qPrintable(QStringLiteral("no problem on %1").arg(field)));
    QCOMPARE(problem->isError(), error);
    QCOMPARE(problems.hasErrors(), error);
    QVERIFY2(problem->message.contains(words, Qt::CaseInsensitive), qPrintable(problem->message));
    // A sentence for a person: it ends like one and names no code or column.
    QVERIFY(problem->message.endsWith(QLatin1Char('.')) ||
            problem->message.endsWith(QLatin1Char('?')));
    if (field.contains(QLatin1Char('_')))
        QVERIFY(!problem->message.contains(field));
}

void TestChildValidation::validRecordsHaveNoProblem() {
    const Records records;
    for (const char* record : {"child", "guardianship", "household", "measure", "referral"})
        QVERIFY2(validate(QLatin1String(record), records).isEmpty(), record);
}

void TestChildValidation::helpersExplainPhoneAndAreaCode() {
    QVERIFY(ChildValidation::phoneProblem(QString()).isEmpty());
    QVERIFY(ChildValidation::phoneProblem(QStringLiteral("023-4856 1234")).isEmpty());
    QVERIFY(!ChildValidation::phoneProblem(QStringLiteral("12")).isEmpty());
    QVERIFY(ChildValidation::areaCodeProblem(QStringLiteral("500110")).isEmpty());
    QVERIFY(ChildValidation::areaCodeProblem(QStringLiteral("500110001")).isEmpty());
    QVERIFY(!ChildValidation::areaCodeProblem(QStringLiteral("5001100")).isEmpty());
    QVERIFY(ChildValidation::idNumberProblem(QStringLiteral(" "), kToday).isEmpty());
    QCOMPARE(ChildValidation::idNumberProblem(QStringLiteral("12345"), kToday),
             IdNumber::problemMessage(IdNumber::Problem::WrongLength));
}

QTEST_GUILESS_MAIN(TestChildValidation)
#include "tst_childvalidation.moc"
