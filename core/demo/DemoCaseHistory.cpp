#include "demo/DemoCaseHistory.h"

#include "demo/DemoRandom.h"
#include "domain/IdNumber.h"

#include <QTimeZone>

namespace tongbao {

namespace {

bool has(const QStringList& list, const char* code) {
    return list.contains(QLatin1String(code));
}

bool inSchool(const QString& schooling) {
    return schooling == QLatin1String("primary") || schooling == QLatin1String("junior") ||
           schooling == QLatin1String("senior") || schooling == QLatin1String("vocational");
}

// Monthly equivalent of the yearly living subsidy for pupils from poor families (fen).
qint64 educationAidFen(const QString& schooling) {
    if (schooling == QLatin1String("primary"))
        return 8300;  // 1,000 yuan a year
    if (schooling == QLatin1String("junior"))
        return 10400;  // 1,250 yuan a year
    return 16700;      // 国家助学金, 2,000 yuan a year
}

bool parentDetained(const ParentSituation& parent) {
    return parent.status == QLatin1String("imprisoned") ||
           parent.status == QLatin1String("drug_rehabilitation") ||
           parent.status == QLatin1String("other_detention");
}

}  // namespace

DemoCaseHistory::DemoCaseHistory(DemoRandom& random, DemoIds& ids, const QDateTime& now)
    : m_random(random)
    , m_ids(ids)
    , m_now(now)
    , m_today(now.date()) {}

QDateTime DemoCaseHistory::at(const QDate& date, int hour, int minute) const {
    return QDateTime(date, QTime(hour, minute), m_now.timeZone());
}

QVector<Measure> DemoCaseHistory::measures(const Child& child, const Guardianship& guardianship) {
    QVector<Measure> result;
    const QStringList& c = child.categories;
    const bool closed = !child.isActive();
    const QDate lastDay = closed ? child.exitDate : m_today;
    const int age = child.ageOn(lastDay);
    const QDate eighteenth = child.birthDate.addYears(18);

    auto add = [&](const char* kind, const char* department, qint64 fen, const QString& notes) {
        // About one entitlement in twelve was never applied for: the gap the ledger's
        // "missing measures" list exists to find.
        if (m_random.percent(8))
            return;
        Measure m;
        m.meta.id = m_ids.next();
        m.childId = child.meta.id;
        m.kind = QLatin1String(kind);
        m.department = QLatin1String(department);
        m.amountFenPerMonth = fen;
        m.notes = notes;
        static const char* const statuses[] = {"in_place", "applying", "pending", "ended"};
        m.status = QLatin1String(statuses[m_random.weighted({72, 14, 9, 5})]);
        if (closed)
            m.status = QStringLiteral("ended");
        const QDate from = child.openedOn.isValid() ? child.openedOn : lastDay;
        if (m.status == QLatin1String("in_place") || m.status == QLatin1String("ended")) {
            m.startDate = qMin(from.addDays(m_random.between(7, 90)), lastDay);
            if (m.status == QLatin1String("ended")) {
                m.endDate = closed ? lastDay
                                   : qMin(m.startDate.addDays(m_random.between(90, 700)), m_today);
            } else if (m.kind == QLatin1String("orphan_allowance") ||
                       m.kind == QLatin1String("unsupported_allowance")) {
                m.endDate = eighteenth;  // paid until the 18th birthday
            } else if (m.kind == QLatin1String("dibao") ||
                       m.kind == QLatin1String("tekun_support")) {
                // Reviewed every year on the anniversary of the grant.
                m.endDate = m.startDate;
                while (m.endDate <= m_today)
                    m.endDate = m.endDate.addYears(1);
            } else if (m.kind == QLatin1String("temporary_assistance")) {
                m.endDate = m.startDate;  // paid once
            }
        } else if (m.status == QLatin1String("applying")) {
            m.notes = (m.notes.isEmpty() ? QString() : m.notes + QStringLiteral("；")) +
                      QStringLiteral("已提交申请，等待审核");
        }
        result.append(m);
    };

    if (has(c, "orphan"))
        add("orphan_allowance", "civil_affairs",
            guardianship.guardianshipType == QLatin1String("institution") ? 200000 : 150000, {});
    if (has(c, "unsupported"))
        add("unsupported_allowance", "civil_affairs", 150000, {});
    if (has(c, "poverty_dibao"))
        add("dibao", "civil_affairs", 60000 + 500 * m_random.between(0, 60),
            QStringLiteral("低保对象中的未成年人按规定增发"));
    // 特困人员救助供养 for a 特困 family, and for a child under 16 whom neither parent can raise.
    if (has(c, "poverty_tekun") || (has(c, "unsupported") && age < 16)) {
        add("tekun_support", "civil_affairs", 97500, {});
        if (age < 16)
            add("care_allowance", "civil_affairs", 11000, {});
    }
    if (has(c, "temporary_hardship"))
        add("temporary_assistance", "civil_affairs", 100000 + 10000 * m_random.between(0, 20),
            QStringLiteral("因意外事故致家庭生活暂时困难，一次性救助"));
    if (has(c, "orphan") || has(c, "poverty_dibao") || has(c, "poverty_tekun"))
        add("medical_insurance_subsidy", "civil_affairs", 0,
            QStringLiteral("城乡居民医保一档个人缴费全额资助"));
    const bool severe = DisabilityCertificate::isSevere(
        DisabilityCertificate::categoryFromCode(child.disabilityCategory)
            .value_or(DisabilityCategory::Visual),
        child.disabilityLevel);
    if (has(c, "serious_illness") || (has(c, "disability") && severe))
        add("medical_assistance", "human_resources", 0,
            QStringLiteral("住院报销比例提高10个百分点，起付线降低50%"));
    const bool autism = child.diagnoses.contains(QLatin1String("autism"));
    if ((has(c, "disability") || autism) && age <= 6)
        add("rehabilitation", "disabled_federation", 0, QStringLiteral("0-6岁残疾儿童康复救助"));
    else if (age <= 6)
        add("disability_screening", "health", 0, QStringLiteral("0-6岁儿童残疾筛查"));
    if (age <= 6 && (child.disabilityCategory == QLatin1String("hearing") ||
                     child.disabilityCategory == QLatin1String("physical") ||
                     child.diagnoses.contains(QLatin1String("cerebral_palsy"))))
        add("disability_review", "disabled_federation", 0,
            QStringLiteral("复查后转介定点康复机构"));
    const bool poor = has(c, "poverty_dibao") || has(c, "poverty_tekun") ||
                      has(c, "poverty_marginal") || has(c, "orphan") || has(c, "unsupported") ||
                      child.registeredPoor.value_or(false);
    if (poor && inSchool(child.schooling))
        add("education_aid", "education", educationAidFen(child.schooling),
            child.schooling == QLatin1String("primary") ||
                    child.schooling == QLatin1String("junior")
                ? QStringLiteral("义务教育“两免一补”")
                : QStringLiteral("国家助学金"));
    if (has(c, "disability") && inSchool(child.schooling))
        add("inclusive_education", "education", 0, QStringLiteral("随班就读登记"));
    const QString& type = guardianship.guardianshipType;
    const auto lost = [](const ParentSituation& parent) {
        return parent.status == QLatin1String("deceased") ||
               parent.status == QLatin1String("declared_missing") ||
               parent.status == QLatin1String("missing");
    };
    if (type == QLatin1String("institution") || type == QLatin1String("foster") ||
        type == QLatin1String("adopted") ||
        (lost(guardianship.father) && lost(guardianship.mother)))
        add("placement", "civil_affairs", 0, {});
    const bool parentsOnly =
        type == QLatin1String("parents") || type == QLatin1String("single_parent");
    if (type == QLatin1String("none") || type.startsWith(QLatin1String("temporary_")) ||
        (parentsOnly && guardianship.capacity == QLatin1String("none")))
        add("welfare_home_care", "civil_affairs", 0, QStringLiteral("区社会福利院收留抚养"));
    if (has(c, "orphan") && has(c, "disability") &&
        child.livingSetting != QLatin1String("institution"))
        add("tomorrow_plan", "civil_affairs", 0, QStringLiteral("社会散居残疾孤儿手术康复"));
    if (type == QLatin1String("foster") || type == QLatin1String("adopted"))
        add("guardian_follow_up", "civil_affairs", 0, QStringLiteral("新监护人跟踪评估"));
    if (parentDetained(guardianship.father) || parentDetained(guardianship.mother))
        add("guardianship_arrangement", "town", 0,
            QStringLiteral("父（母）服刑或戒毒期间委托照护"));
    return result;
}

QVector<Referral> DemoCaseHistory::referrals(const Child& child, const Guardianship& guardianship) {
    QVector<Referral> result;
    const QStringList& c = child.categories;
    struct Option {
        const char* department;
        const char* purpose;
        const char* outcome;
    };
    QVector<Option> options;
    if (has(c, "disability"))
        options.append({"disabled_federation", "申请残疾儿童康复救助和辅具适配",
                        "已纳入康复救助，定点机构康复训练"});
    if (has(c, "serious_illness"))
        options.append({"human_resources", "申请医疗救助和大病保险倾斜",
                        "已落实医疗救助，住院费用按比例报销"});
    if (child.schooling == QLatin1String("dropped_out"))
        options.append({"education", "辍学劝返，协助复学", "学校已联系家长，安排返校"});
    if (has(c, "unsupported"))
        options.append({"civil_affairs", "申请认定事实无人抚养儿童", "已认定，补贴按月发放"});
    if (parentDetained(guardianship.father) || parentDetained(guardianship.mother))
        options.append({"public_security", "协调落实服刑（戒毒）人员未成年子女委托监护",
                        "已与执行机关联系，委托祖父母照护"});
    if (has(c, "guardianship_inadequate"))
        options.append(
            {"town", "监护能力评估，落实委托或临时监护", "街道已组织评估，制定帮扶方案"});
    if (has(c, "poverty_marginal") || has(c, "temporary_hardship"))
        options.append({"civil_affairs", "申请临时救助", "已发放临时救助金"});
    if (options.isEmpty() || !m_random.percent(15))
        return result;

    const Option& option = m_random.pick(options);
    Referral r;
    r.meta.id = m_ids.next();
    r.childId = child.meta.id;
    r.department = QLatin1String(option.department);
    r.purpose = QString::fromUtf8(option.purpose);
    const QDate last = child.isActive() ? m_today : child.exitDate;
    r.referredOn = m_random.dateBetween(child.openedOn, last);
    if (r.referredOn < last.addDays(-20) && m_random.percent(75)) {
        r.outcome = QString::fromUtf8(option.outcome);
        r.outcomeOn = qMin(r.referredOn.addDays(m_random.between(5, 60)), last);
    }
    result.append(r);
    return result;
}

int DemoCaseHistory::visitIntervalDays(const QString& riskLevel) {
    if (riskLevel == QLatin1String("high"))
        return 14;
    if (riskLevel == QLatin1String("medium"))
        return 30;
    return 90;
}

}  // namespace tongbao
