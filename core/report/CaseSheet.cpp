#include "report/CaseSheet.h"

#include "domain/Vocabulary.h"
#include "report/DocumentFormat.h"
#include "report/PdfOutput.h"
#include "report/PrintBlocks.h"
#include "report/PrintFonts.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"

#include <QPaintDevice>

#include <iterator>

namespace tongbao {

namespace {

using namespace PrintBlocks;
namespace fmt = DocumentFormat;

using DocumentFormat::term;
using DocumentFormat::zh;

QString terms(const QString& kind, const QStringList& codes) {
    QStringList labels;
    for (const QString& code : codes)
        labels.append(Vocabulary::chineseLabel(kind, code));
    return labels.join(zh("、"));
}

QString yesNo(const std::optional<bool>& value) {
    if (!value)
        return zh("未知");
    return *value ? zh("是") : zh("否");
}

QString joined(const QStringList& parts, const char* separator) {
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(zh(separator));
}

// A place: the address as written, else the area's name.
QString place(const QString& areaCode, const QString& address) {
    return address.trimmed().isEmpty() ? areaCode : address;
}

const QVector<qreal> kGrid{1.5, 2.0, 1.4, 1.6, 1.4, 2.3};

class Writer {
public:
    Writer(PrintFlow& flow, const CaseFile& file, const FormFonts& fonts, const QDate& today)
        : m_flow(flow)
        , m_file(file)
        , m_child(file.child)
        , m_fonts(fonts)
        , m_today(today) {}

    void write(const LedgerIdentity& unit) {
        m_flow.paragraph(zh("困境儿童个案档案表"), m_fonts.title, Qt::AlignHCenter, m_flow.mm(4));
        splitLine(m_flow, zh("填报单位：") + unit.name,
                  zh("建档日期：") + fmt::paperDate(m_child.openedOn), m_fonts.text);
        m_flow.advance(m_flow.mm(1));
        basics();
        household();
        guardianship();
        measures();
        referrals();
        visits();
        if (!m_file.openSafetyReports.isEmpty())
            safetyReports();
        m_flow.advance(m_flow.mm(6));
        signatureLine(m_flow, {zh("填表人："), zh("审核人："), zh("日期：      年    月    日")},
                      m_fonts.text);
    }

private:
    PrintTable grid(const QVector<qreal>& weights = kGrid) {
        return PrintTable(m_flow, weights, m_fonts.table, m_fonts.tableBold, m_flow.mm(0.2));
    }

    void basics() {
        heading(m_flow, zh("一、基本情况"), m_fonts, m_flow.mm(20));
        PrintTable t = grid();
        const Child& c = m_child;
        const int age = c.ageOn(m_today);
        QString birth = fmt::paperDate(c.birthDate);
        if (age >= 0)
            birth += zh("（%1岁）").arg(age);
        t.addRow({label(zh("姓名")), value(c.name), label(zh("性别")),
                  value(term(vocab::Sex, c.sex)), label(zh("出生日期")), value(birth)});
        t.addRow({label(zh("公民身份号码")), value(c.idNumber, 3), label(zh("民族")),
                  value(term(vocab::Ethnicity, c.ethnicity))});
        t.addRow({label(zh("是否登记户口")), value(yesNo(c.hukouRegistered)), label(zh("户籍地")),
                  value(place(c.hukouAreaCode, c.hukouAddress), 3)});
        t.addRow({label(zh("现居住地")), value(place(c.residenceAreaCode, c.residenceAddress), 3),
                  label(zh("村民小组")), value(c.villageGroup)});
        t.addRow({label(zh("困境类别")), value(terms(vocab::Category, c.categories), 5)});
        t.addRow({label(zh("风险等级")), value(term(vocab::RiskLevel, c.riskLevel)),
                  label(zh("健康状况")), value(term(vocab::Health, c.health)),
                  label(zh("疾病类型")), value(c.illnessType)});
        QString disability = term(vocab::DisabilityCategory, c.disabilityCategory);
        if (c.disabilityLevel > 0)
            disability = joined(
                {disability, term(vocab::DisabilityLevel, QString::number(c.disabilityLevel))},
                " ");
        t.addRow({label(zh("残疾证号")), value(c.disabilityCertificate, 3),
                  label(zh("残疾类别等级")), value(disability)});
        t.addRow({label(zh("就学情况")), value(term(vocab::Schooling, c.schooling)),
                  label(zh("学校")), value(c.schoolName), label(zh("是否寄宿")),
                  value(c.boarding ? yesNo(c.boarding) : QString())});
        QString status = term(vocab::FileStatus, c.fileStatus);
        if (!c.isActive())
            status = joined(
                {status, term(vocab::ExitReason, c.exitReason), fmt::paperDate(c.exitDate)}, "，");
        t.addRow({label(zh("联系电话")), value(c.phone), label(zh("档案状态")), value(status, 3)});
        t.addRow({label(zh("备注")), value(c.notes, 5)});
    }

    void household() {
        heading(m_flow, zh("二、家庭情况"), m_fonts, m_flow.mm(20));
        if (!m_file.household) {
            PrintTable t = grid({1});
            t.addRow({value(zh("未关联家庭信息。"))});
            return;
        }
        const Household& h = *m_file.household;
        PrintTable t = grid();
        t.addRow({label(zh("户主")), value(h.headName), label(zh("户主身份证号")),
                  value(h.headIdNumber, 3)});
        t.addRow({label(zh("联系电话")), value(h.phone), label(zh("家庭保障状况")),
                  value(term(vocab::SupportStatus, h.supportStatus)), label(zh("收入来源")),
                  value(terms(vocab::IncomeSource, h.incomeSources))});
        t.addRow({label(zh("家庭住址")), value(joined({h.address, h.villageGroup}, " "), 5)});
        if (!h.notes.isEmpty())
            t.addRow({label(zh("备注")), value(h.notes, 5)});
        if (h.members.isEmpty())
            return;
        m_flow.advance(m_flow.mm(2));
        PrintTable members = grid({1.4, 1.4, 2.6, 1.6, 2.5});
        members.setHeader({{0, 0, 1, 1, zh("家庭成员")},
                           {0, 1, 1, 1, zh("与户主关系")},
                           {0, 2, 1, 1, zh("公民身份号码")},
                           {0, 3, 1, 1, zh("出生日期")},
                           {0, 4, 1, 1, zh("备注")}},
                          1);
        for (const HouseholdMember& m : h.members)
            members.addRow({value(m.name), label(term(vocab::MemberRelation, m.relation)),
                            value(m.idNumber), label(fmt::tableDate(m.birthDate)), value(m.notes)});
    }

    static QString parent(const ParentSituation& p) {
        QString text = term(vocab::ParentStatus, p.status);
        if (p.since.isValid())
            text += zh("（自%1起）").arg(fmt::paperDate(p.since));
        return joined({text, p.whereabouts}, "，");
    }

    void guardianship() {
        heading(m_flow, zh("三、监护情况"), m_fonts, m_flow.mm(20));
        if (!m_file.guardianship) {
            PrintTable t = grid({1});
            t.addRow({value(zh("尚未填写监护情况。"))});
            return;
        }
        const Guardianship& g = *m_file.guardianship;
        PrintTable t = grid();
        t.addRow({label(zh("父亲情况")), value(parent(g.father), 5)});
        t.addRow({label(zh("母亲情况")), value(parent(g.mother), 5)});
        t.addRow({label(zh("监护类型")), value(term(vocab::GuardianshipType, g.guardianshipType)),
                  label(zh("监护能力")), value(term(vocab::GuardianCapacity, g.capacity)),
                  label(zh("委托照护告知")), value(fmt::paperDate(g.entrustedNoticeDate))});
        t.addRow({label(zh("实际照料人")), value(g.caregiverName), label(zh("与儿童关系")),
                  value(term(vocab::CaregiverRelation, g.caregiverRelation)),
                  label(zh("照料人年龄")),
                  value(g.caregiverAge > 0 ? QString::number(g.caregiverAge) : QString())});
        t.addRow({label(zh("照料人身份证号")), value(g.caregiverIdNumber, 3),
                  label(zh("照料人健康")), value(term(vocab::CaregiverHealth, g.caregiverHealth))});
        t.addRow({label(zh("照料人电话")), value(g.caregiverPhone), label(zh("备注")),
                  value(g.notes, 3)});
    }

    void measures() {
        heading(m_flow, zh("四、保障和帮扶措施"), m_fonts, m_flow.mm(16));
        PrintTable t = grid({2.9, 1.7, 1.5, 1.5, 1.4, 1.0, 2.0});
        t.setHeader({{0, 0, 1, 1, zh("措施")},
                     {0, 1, 1, 1, zh("责任部门")},
                     {0, 2, 1, 1, zh("开始日期")},
                     {0, 3, 1, 1, zh("结束日期")},
                     {0, 4, 1, 1, zh("月金额")},
                     {0, 5, 1, 1, zh("状态")},
                     {0, 6, 1, 1, zh("备注")}},
                    1);
        if (m_file.measures.isEmpty())
            t.addRow({value(zh("无"), 7)});
        for (const Measure& m : m_file.measures)
            t.addRow({value(term(vocab::MeasureKind, m.kind)),
                      value(term(vocab::Department, m.department)),
                      label(fmt::tableDate(m.startDate)),
                      label(fmt::tableDate(m.endDate)),
                      {m.amountFenPerMonth > 0 ? fmt::money(m.amountFenPerMonth) : QString(), 1,
                       int(Qt::AlignRight | Qt::AlignVCenter), false},
                      label(term(vocab::MeasureStatus, m.status)),
                      value(m.notes)});
    }

    void referrals() {
        heading(m_flow, zh("五、转介记录"), m_fonts, m_flow.mm(16));
        PrintTable t = grid({1.7, 1.35, 3.2, 3.2, 1.35});
        t.setHeader({{0, 0, 1, 1, zh("转介部门")},
                     {0, 1, 1, 1, zh("转介日期")},
                     {0, 2, 1, 1, zh("转介事由")},
                     {0, 3, 1, 1, zh("办理结果")},
                     {0, 4, 1, 1, zh("结果日期")}},
                    1);
        if (m_file.referrals.isEmpty())
            t.addRow({value(zh("无"), 5)});
        for (const Referral& r : m_file.referrals)
            t.addRow({value(term(vocab::Department, r.department)),
                      label(fmt::tableDate(r.referredOn)), value(r.purpose), value(r.outcome),
                      label(fmt::tableDate(r.outcomeOn))});
    }

    // What the visit found, short enough for a table cell: the checks that were not normal,
    // with their notes, then the normal ones in one phrase (生活、健康正常 / 各项均正常).
    static QString checks(const Visit& v) {
        const QPair<const char*, const VisitCheck*> items[] = {{"生活", &v.living},
                                                               {"健康", &v.health},
                                                               {"就学", &v.schooling},
                                                               {"安全", &v.safety},
                                                               {"情绪", &v.mood}};
        QStringList parts, normal;
        for (const auto& [name, check] : items) {
            if (check->result == QLatin1String("normal") && check->note.isEmpty()) {
                normal.append(zh(name));
                continue;
            }
            if (check->result.isEmpty() && check->note.isEmpty())
                continue;
            QString part = zh(name) + term(vocab::CheckResult, check->result);
            if (!check->note.isEmpty())
                part += zh("（%1）").arg(check->note);
            parts.append(part);
        }
        if (normal.size() == int(std::size(items)))
            parts.append(zh("各项均正常"));
        else if (!normal.isEmpty())
            parts.append(normal.join(zh("、")) + zh("正常"));
        if (!v.guardianshipAssessment.isEmpty())
            parts.append(zh("监护：") + term(vocab::GuardianCapacity, v.guardianshipAssessment));
        return parts.join(zh("；"));
    }

    void visits() {
        heading(m_flow, zh("六、走访记录（共%1次，由近及远）").arg(m_file.visits.size()), m_fonts,
                m_flow.mm(16));
        PrintTable t = grid({1.8, 0.8, 1.1, 0.8, 3.2, 2.4, 2.4, 1.8});
        t.setHeader({{0, 0, 1, 1, zh("走访日期")},
                     {0, 1, 1, 1, zh("方式")},
                     {0, 2, 1, 1, zh("走访人")},
                     {0, 3, 1, 1, zh("见到本人")},
                     {0, 4, 1, 1, zh("走访情况")},
                     {0, 5, 1, 1, zh("问题与需求")},
                     {0, 6, 1, 1, zh("措施与跟进")},
                     {0, 7, 1, 1, zh("下次走访")}},
                    1);
        if (m_file.visits.isEmpty())
            t.addRow({value(zh("尚无走访记录"), 8)});
        for (const Visit& v : m_file.visits) {
            const QString problems =
                joined({v.problems.isEmpty() ? QString() : zh("问题：") + v.problems,
                        v.needs.isEmpty() ? QString() : zh("需求：") + v.needs},
                       "\n");
            QString actions = joined({v.actions.isEmpty() ? QString() : zh("措施：") + v.actions,
                                      v.followUp.isEmpty() ? QString() : zh("跟进：") + v.followUp},
                                     "\n");
            if (v.guardianConfirmed)
                actions = joined({actions, zh("监护人已确认")}, "\n");
            t.addRow({label(fmt::tableDate(v.visitDate)), label(term(vocab::VisitMode, v.mode)),
                      label(v.visitor), label(v.childSeenInPerson ? zh("是") : zh("否")),
                      value(checks(v)), value(problems), value(actions),
                      label(fmt::tableDate(v.nextVisitDate))});
        }
    }

    void safetyReports() {
        heading(m_flow, zh("七、未结案的强制报告"), m_fonts, m_flow.mm(20));
        for (const SafetyReport& r : m_file.openSafetyReports) {
            PrintTable t = grid();
            t.addRow({label(zh("发现时间")),
                      value(fmt::paperDateTime(r.discoveredAt.toLocalTime())), label(zh("发现人")),
                      value(r.discoveredBy), label(zh("儿童目前安全")),
                      value(yesNo(r.childSafeNow))});
            t.addRow({label(zh("情形")), value(terms(vocab::SafetySituation, r.situations), 5)});
            t.addRow({label(zh("情况描述")), value(r.description, 5)});
            QStringList told;
            for (const SafetyNotification& n : r.notifications) {
                if (n.meta.deleted)
                    continue;
                told.append(
                    joined({term(vocab::SafetyRecipient, n.recipient),
                            fmt::paperDateTime(n.notifiedAt.toLocalTime()),
                            term(vocab::NotificationMethod, n.method), n.receiver,
                            n.receiptNumber.isEmpty() ? QString() : zh("回执") + n.receiptNumber},
                           " "));
            }
            if (!r.policeNotification())
                told.prepend(zh("尚未报告公安机关，须立即报告（110）"));
            t.addRow({label(zh("报告情况")), value(told.join(QLatin1Char('\n')), 5)});
            QStringList steps;
            for (const SafetyStep& s : r.steps) {
                if (!s.meta.deleted)
                    steps.append(
                        joined({fmt::tableDate(s.stepDate), term(vocab::SafetyStepKind, s.kind),
                                s.actor, s.action, s.outcome},
                               " "));
            }
            t.addRow({label(zh("后续处置")), value(steps.join(QLatin1Char('\n')), 5)});
            m_flow.advance(m_flow.mm(2));
        }
    }

    PrintFlow& m_flow;
    const CaseFile& m_file;
    const Child& m_child;
    const FormFonts& m_fonts;
    const QDate m_today;
};

constexpr qreal kTopMm = 22, kBottomMm = 20, kLeftMm = 22, kRightMm = 16;

}  // namespace

QVector<PrintPage> CaseSheet::layout(const CaseFile& file,
                                     const LedgerIdentity& unit,
                                     const QDate& printedOn,
                                     QPaintDevice& device,
                                     const QRectF& paper,
                                     const QString& fontFamily) {
    const FormFonts fonts = FormFonts::forFamily(fontFamily);
    const qreal dots = device.logicalDpiY() / 25.4;
    const QRectF body =
        paper.adjusted(kLeftMm * dots, kTopMm * dots, -kRightMm * dots, -kBottomMm * dots);
    PrintFlow flow(device, body);
    Writer writer(flow, file, fonts, printedOn);
    writer.write(unit);

    PageFrame frame;
    frame.font = fonts.small;
    frame.paper = paper;
    frame.marginTop = kTopMm * dots;
    frame.marginBottom = kBottomMm * dots;
    frame.marginLeft = kLeftMm * dots;
    frame.marginRight = kRightMm * dots;
    frame.lineWidth = 0.2 * dots;
    frame.headerLeft = unit.name;
    frame.headerRight = zh("困境儿童个案档案表 · ") + file.child.name;
    frame.footerLeft = zh("档案编号：") + file.child.meta.id.left(8).toUpper();
    frame.footerRight = zh("打印日期：") + fmt::paperDate(printedOn);
    addPageFrame(flow.pages(), frame, device);
    return flow.pages();
}

Status CaseSheet::write(Ledger& ledger,
                        const QStringList& childIds,
                        const QString& path,
                        const CaseSheetOptions& options,
                        const Progress& progress) {
    const Result<QString> family = PrintFonts::songFamily();
    if (!family)
        return family.status();
    const QDate today = ledger.clock().today();
    PdfOutput pdf(path, QPageLayout::Portrait, ledger.identity().name + zh(" 困境儿童个案档案表"));
    if (!pdf.ok())
        return pdf.finish();
    int done = 0;
    for (const QString& id : childIds) {
        const Result<CaseFile> file = CaseFile::load(ledger, id, options.includeOpenSafetyReports);
        if (!file)
            return file.status();
        pdf.addPages(layout(*file, ledger.identity(), today, pdf.device(), pdf.paper(), *family));
        if (progress && !progress(++done, int(childIds.size())))
            return Status::failure(tr("Printing the case sheets was cancelled."));
    }
    const Status finished = pdf.finish();
    if (finished)
        AccessLog::note(ledger, AccessLog::Print, childIds, QStringLiteral("case sheet"));
    return finished;
}

}  // namespace tongbao
