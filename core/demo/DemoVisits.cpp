// The visit history and safety reports of DemoCaseHistory (the measures and referrals are in
// DemoCaseHistory.cpp).
#include "demo/DemoCaseHistory.h"

#include "demo/DemoRandom.h"

#include <QTimeZone>

#include <algorithm>

namespace tongbao {

namespace {

struct Finding {
    const char* note;
    const char* problem;
    const char* action;
};

// What a visitor writes when a check is not simply normal, per check.
const Finding kLiving[] = {
    {"住房潮湿，冬季取暖不足", "居住条件较差", "协调发放棉被和取暖物资"},
    {"家中存粮不多，饮食较单一", "生活较困难", "联系社区申请临时救助"},
    {"祖父母年迈，家务无人打理", "照料能力不足", "联系志愿者定期上门"},
};
const Finding kHealth[] = {
    {"近期感冒发烧，已就医", "健康需关注", "提醒按时服药，复诊"},
    {"身高体重偏低", "营养状况一般", "指导监护人改善饮食"},
    {"康复训练中断", "康复不连续", "联系康复机构恢复训练"},
};
const Finding kSchooling[] = {
    {"成绩下滑，作业常不完成", "学习困难", "联系班主任开展课后辅导"},
    {"近期多次缺课", "出勤不稳定", "与学校沟通，督促按时到校"},
};
const Finding kSafety[] = {
    {"独自在河边玩耍", "防溺水意识不足", "开展防溺水安全教育"},
    {"家中电线老化", "用电安全隐患", "协调电工上门检修"},
};
const Finding kMood[] = {
    {"思念父母，情绪低落", "亲情缺失", "安排与父母每周视频通话"},
    {"性格内向，不愿交流", "心理需关注", "转介社工开展心理疏导"},
};

VisitCheck check(DemoRandom& random,
                 int attentionPercent,
                 int problemPercent,
                 const Finding* findings,
                 int findingCount,
                 QStringList& problems,
                 QStringList& actions) {
    VisitCheck result;
    const int draw = random.between(0, 99);
    if (draw >= attentionPercent + problemPercent) {
        result.result = QStringLiteral("normal");
        return result;
    }
    const Finding& finding = findings[random.below(quint64(findingCount))];
    result.result = draw < problemPercent ? QStringLiteral("problem") : QStringLiteral("attention");
    result.note = QString::fromUtf8(finding.note);
    problems.append(QString::fromUtf8(finding.problem));
    actions.append(QString::fromUtf8(finding.action));
    return result;
}

bool sameOrNear(const QDate& a, const QDate& b, int days) {
    return qAbs(a.daysTo(b)) <= days;
}

}  // namespace

QVector<Visit> DemoCaseHistory::visits(const Child& child,
                                       const Guardianship& guardianship,
                                       bool overdue) {
    QVector<Visit> result;
    const int interval = visitIntervalDays(child.riskLevel);
    const int jitter = interval / 5;
    const QDate windowStart = m_today.addDays(-m_random.between(365, 548));
    QDate end = child.isActive() ? m_today : child.exitDate;
    if (overdue && child.isActive())
        end = m_today.addDays(-interval - m_random.between(7, qMax(7, interval)));
    QDate date;
    if (child.openedOn >= windowStart)
        date = child.openedOn;  // the file was opened on a first home visit
    else
        date = windowStart.addDays(m_random.between(0, interval));
    while (date.isValid() && date <= end) {
        result.append(makeVisit(child, guardianship, date));
        int step = interval + m_random.between(-jitter, jitter);
        if (m_random.permille(60))
            step += interval;  // a visit that did not happen
        date = date.addDays(qMax(1, step));
    }
    return result;
}

Visit DemoCaseHistory::makeVisit(const Child& child,
                                 const Guardianship& guardianship,
                                 const QDate& date) {
    Visit v;
    v.meta.id = m_ids.next();
    v.childId = child.meta.id;
    v.visitDate = date;
    static const char* const modes[] = {"home", "phone", "video", "school"};
    int mode = m_random.weighted({70, 15, 5, 10});
    const bool schoolChild = child.schooling == QLatin1String("primary") ||
                             child.schooling == QLatin1String("junior") ||
                             child.schooling == QLatin1String("senior") ||
                             child.schooling == QLatin1String("vocational");
    if (mode == 3 && !schoolChild)
        mode = 0;
    v.mode = QLatin1String(modes[mode]);
    v.visitor = m_visitors.isEmpty() ? QString() : m_random.pick(m_visitors);
    v.childSeenInPerson = mode == 3 || (mode == 0 && m_random.percent(92));

    const bool high = child.riskLevel == QLatin1String("high");
    const int attention = high ? 22 : (child.riskLevel == QLatin1String("medium") ? 10 : 4);
    const int problem = high ? 8 : 1;
    QStringList problems;
    QStringList actions;
    v.living = check(m_random, attention, problem, kLiving, 3, problems, actions);
    v.health = check(m_random, attention, problem, kHealth, 3, problems, actions);
    if (schoolChild)
        v.schooling = check(m_random, attention, problem, kSchooling, 2, problems, actions);
    else
        v.schooling.result = QStringLiteral("normal");
    v.safety = check(m_random, attention / 2, 0, kSafety, 2, problems, actions);
    v.mood = check(m_random, attention, problem, kMood, 2, problems, actions);
    v.guardianshipAssessment = guardianship.capacity.isEmpty() || m_random.percent(85)
                                   ? guardianship.capacity
                                   : QStringLiteral("fair");
    v.problems = problems.join(QStringLiteral("；"));
    v.actions = actions.join(QStringLiteral("；"));
    if (!problems.isEmpty()) {
        v.needs = m_random.percent(50) ? QStringLiteral("希望得到生活和学习上的帮助")
                                       : QStringLiteral("需要定期关心陪伴");
        v.followUp = QStringLiteral("下次走访时跟进落实情况");
    }
    v.nextVisitDate = date.addDays(visitIntervalDays(child.riskLevel));
    v.guardianConfirmed = mode == 0 && m_random.percent(85);
    return v;
}

SafetyReport DemoCaseHistory::safetyReport(const Child& child,
                                           ReportKind kind,
                                           QVector<Visit>& visits) {
    QDate found;
    switch (kind) {
        case ReportKind::OpenNotYetReported:
            found = m_today.addDays(-m_random.between(0, 1));
            break;
        case ReportKind::OpenReported:
            found = m_today.addDays(-m_random.between(3, 40));
            break;
        default:
            found = m_today.addDays(-m_random.between(60, 300));
            break;
    }
    found = qMax(found, child.openedOn);

    // The visit that found it, in place of any visit within a few days of it.
    Guardianship none;
    none.capacity = QStringLiteral("poor");
    Visit visit = makeVisit(child, none, found);
    visit.mode = QStringLiteral("home");
    visit.childSeenInPerson = true;
    visit.safety.result = QStringLiteral("problem");
    visit.triggeredSafetyReport = true;
    visit.nextVisitDate = found.addDays(7);
    visits.erase(std::remove_if(visits.begin(), visits.end(),
                                [&](const Visit& v) { return sameOrNear(v.visitDate, found, 3); }),
                 visits.end());
    const auto position =
        std::lower_bound(visits.begin(), visits.end(), found,
                         [](const Visit& v, const QDate& day) { return v.visitDate < day; });
    visits.insert(position, visit);

    SafetyReport report;
    report.meta.id = m_ids.next();
    report.childId = child.meta.id;
    report.visitId = visit.meta.id;
    report.discoveredBy = visit.visitor;
    QDateTime discovered = at(found, m_random.between(8, 17), m_random.between(0, 59));
    if (discovered > m_now.addSecs(-1800))
        discovered = m_now.addSecs(-1800 - m_random.between(0, 3600));
    report.discoveredAt = discovered;

    const int age = child.ageOn(found);
    const bool girl = child.sex == QLatin1String("F");
    QString situation;
    QString description;
    switch (m_random.weighted({40, 20, 15, 10, 8, 7})) {
        case 0:
            situation = QStringLiteral("injury_abuse");
            description =
                QStringLiteral("入户时发现孩子手臂和背部有多处淤青，孩子称被监护人打的。");
            break;
        case 1:
            situation = QStringLiteral("abandoned");
            description = QStringLiteral("孩子独自在家多日，家中无成年人照料，无人做饭。");
            break;
        case 2:
            situation = QStringLiteral("self_harm");
            description = QStringLiteral("孩子手腕有划伤痕迹，自述心情不好，有轻生念头。");
            break;
        case 3:
            situation = QStringLiteral("missing_trafficked");
            description = QStringLiteral("孩子两天未回家，家人联系不上，疑似被陌生人带走。");
            break;
        case 4:
            situation = girl ? (age < 14 ? QStringLiteral("girl_under14_assault")
                                         : QStringLiteral("girl_over14_assault"))
                             : QStringLiteral("private_injury");
            description = QStringLiteral("孩子向老师反映遭受不当接触，疑似受到性侵害。");
            break;
        default:
            situation = QStringLiteral("other_harm");
            description = QStringLiteral("孩子被邻居威胁恐吓，不敢出门上学。");
            break;
    }
    report.situations = QStringList{situation};
    report.description = description;
    report.childSafeNow = kind == ReportKind::OpenNotYetReported ? m_random.percent(40) : true;

    auto notify = [&](const char* recipient, qint64 afterSeconds, const char* method,
                      const QString& receiver, const QString& receipt) {
        SafetyNotification n;
        n.meta.id = m_ids.next();
        n.reportId = report.meta.id;
        n.recipient = QLatin1String(recipient);
        n.notifiedAt = qMin(discovered.addSecs(afterSeconds), m_now);
        n.method = QLatin1String(method);
        n.receiver = receiver;
        n.receiptNumber = receipt;
        report.notifications.append(n);
    };
    auto step = [&](const char* kind, int afterDays, const char* actor, const char* action,
                    const char* outcome) {
        SafetyStep s;
        s.meta.id = m_ids.next();
        s.reportId = report.meta.id;
        s.kind = QLatin1String(kind);
        s.stepDate = qMin(found.addDays(afterDays), m_today);
        s.actor = QString::fromUtf8(actor);
        s.action = QString::fromUtf8(action);
        s.outcome = QString::fromUtf8(outcome);
        report.steps.append(s);
    };
    const QString dateDigits = found.toString(QStringLiteral("yyyyMMdd"));
    const QString station = m_townName.isEmpty() ? QStringLiteral("辖区派出所")
                                                 : m_townName.left(2) + QStringLiteral("派出所");

    if (kind == ReportKind::OpenNotYetReported) {
        if (m_random.percent(50))
            notify("town", m_random.between(20, 90) * 60, "phone",
                   QStringLiteral("街道社会事务办值班人员"), {});
        return report;
    }
    notify("police", m_random.between(8, 60) * 60, "phone", station + QStringLiteral("值班民警"),
           QStringLiteral("JJ") + dateDigits + m_random.digits(4));
    notify("town", m_random.between(60, 180) * 60, "phone", QStringLiteral("街道社会事务办"),
           QStringLiteral("JD") + dateDigits + m_random.digits(3));
    step("emergency", 0, "派出所、村（居）委会", "民警到场处置，孩子送医检查后暂由亲属照看",
         "孩子已脱离危险");
    if (kind == ReportKind::OpenReported)
        return report;

    notify("civil_affairs", 86400 + m_random.between(0, 8) * 3600, "written",
           QStringLiteral("区民政局儿童福利科"),
           QStringLiteral("MZ") + dateDigits + m_random.digits(3));
    if (child.schooling == QLatin1String("primary") || child.schooling == QLatin1String("junior"))
        notify("education", 2 * 86400, "phone", QStringLiteral("学校德育处"), {});
    step("assessment", m_random.between(2, 10), "街道、社工站",
         "社工入户评估孩子身心状况和家庭监护能力，制定帮扶计划", "已安排心理辅导和生活帮扶");
    step("intervention", m_random.between(12, 40), "派出所、街道、区民政局",
         "对监护人进行训诫，督促其依法履行监护职责，必要时委托亲属照护",
         "监护人书面承诺改正，亲属协助照护");
    report.status = QStringLiteral("closed");
    const QDate closedOn =
        qMin(report.steps.last().stepDate.addDays(m_random.between(3, 20)), m_today);
    report.closedAt = qMin(at(closedOn, 17, m_random.between(0, 59)), m_now);
    report.closingResult = QStringLiteral("孩子生活恢复正常，纳入高风险重点走访");
    return report;
}

}  // namespace tongbao
