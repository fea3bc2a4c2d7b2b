#include "report/VisitForm.h"

#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "report/DocumentFormat.h"
#include "report/PdfOutput.h"
#include "report/PrintBlocks.h"
#include "report/PrintFonts.h"
#include "schedule/VisitSchedule.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"

#include <QPaintDevice>

namespace tongbao {

namespace {

using namespace PrintBlocks;
namespace fmt = DocumentFormat;

using DocumentFormat::term;
using DocumentFormat::zh;

// "□入户  □电话  □视频  □学校" from the vocabulary.
QString boxes(const QString& kind) {
    QStringList options;
    for (const Vocabulary::Term& t : Vocabulary::terms(kind))
        options.append(QChar(0x25A1) + t.chinese);
    return options.join(QStringLiteral("  "));
}

QString boxes(const QStringList& labels) {
    QStringList options;
    for (const QString& label : labels)
        options.append(QChar(0x25A1) + label);
    return options.join(QStringLiteral("  "));
}

const QString kBlankDate = QString::fromUtf8("　　　年　　月　　日");
const QVector<qreal> kGrid{1.45, 2.1, 1.35, 1.55, 1.35, 2.2};
constexpr qreal kTopMm = 15, kBottomMm = 14, kLeftMm = 20, kRightMm = 16;

class Writer {
public:
    Writer(PrintFlow& flow, const FormFonts& fonts)
        : m_flow(flow)
        , m_fonts(fonts) {}

    PrintTable table(const QVector<qreal>& weights) {
        return PrintTable(m_flow, weights, m_fonts.table, m_fonts.tableBold, m_flow.mm(0.2));
    }

    void child(const std::optional<CaseFile>& file, const QDate& today, const QDate& nextDue) {
        heading(m_flow, zh("一、儿童基本情况"), m_fonts, m_flow.mm(20));
        PrintTable t = table(kGrid);
        if (!file) {
            t.addRow({label(zh("姓名")), value({}), label(zh("性别")), value({}),
                      label(zh("出生日期")), value({})});
            t.addRow({label(zh("公民身份号码")), value({}, 3), label(zh("村民小组")), value({})});
            t.addRow({label(zh("困境类别")), value({}, 3), label(zh("风险等级")), value({})});
            t.addRow({label(zh("家庭住址")), value({}, 5)});
            t.addRow({label(zh("监护人/照料人")), value({}), label(zh("联系电话")), value({}),
                      label(zh("上次走访")), value({})});
            return;
        }
        const Child& c = file->child;
        QString birth = fmt::paperDate(c.birthDate);
        const int age = c.ageOn(today);
        if (age >= 0)
            birth += zh("（%1岁）").arg(age);
        QStringList categories;
        for (const QString& code : c.categories)
            categories.append(term(vocab::Category, code));
        QString caregiver, phone = c.phone;
        if (file->guardianship) {
            const Guardianship& g = *file->guardianship;
            caregiver = g.caregiverName;
            if (!g.caregiverRelation.isEmpty())
                caregiver += zh("（%1）").arg(term(vocab::CaregiverRelation, g.caregiverRelation));
            if (!g.caregiverPhone.isEmpty())
                phone = g.caregiverPhone;
        }
        const QString lastVisit =
            file->visits.isEmpty() ? zh("无") : fmt::tableDate(file->visits.first().visitDate);
        t.addRow({label(zh("姓名")), value(c.name), label(zh("性别")),
                  value(term(vocab::Sex, c.sex)), label(zh("出生日期")), value(birth)});
        t.addRow({label(zh("公民身份号码")), value(IdNumber::mask(c.idNumber), 3),
                  label(zh("村民小组")), value(c.villageGroup)});
        t.addRow({label(zh("困境类别")), value(categories.join(zh("、")), 3), label(zh("风险等级")),
                  value(term(vocab::RiskLevel, c.riskLevel))});
        t.addRow({label(zh("家庭住址")),
                  value(c.residenceAddress.isEmpty() && file->household ? file->household->address
                                                                        : c.residenceAddress,
                        5)});
        t.addRow({label(zh("监护人/照料人")), value(caregiver), label(zh("联系电话")), value(phone),
                  label(zh("上次走访")), value(lastVisit)});
        m_nextDue = nextDue;
    }

    void visit() {
        heading(m_flow, zh("二、本次走访"), m_fonts, m_flow.mm(16));
        PrintTable t = table(kGrid);
        t.addRow({label(zh("走访日期")), value(kBlankDate), label(zh("走访方式")),
                  value(boxes(vocab::VisitMode), 3)});
        t.addRow({label(zh("走访人")), value({}), label(zh("见到儿童本人")),
                  value(boxes({zh("是"), zh("否")})), label(zh("应访日期")),
                  value(fmt::tableDate(m_nextDue))});
        m_flow.advance(m_flow.mm(2));
        PrintTable checks = table({1.45, 4.0, 4.6});
        checks.setHeader(
            {{0, 0, 1, 1, zh("查看项目")}, {0, 1, 1, 1, zh("情况")}, {0, 2, 1, 1, zh("具体说明")}},
            1);
        const char* items[] = {"生活照料", "身体健康", "就学情况", "人身安全", "情绪心理"};
        for (const char* item : items)
            checks.addRow({label(zh(item)), value(boxes(vocab::CheckResult)), value({})},
                          m_flow.mm(9));
        checks.addRow({label(zh("监护评估")), value(boxes(vocab::GuardianCapacity)), value({})},
                      m_flow.mm(9));
    }

    void findings() {
        heading(m_flow, zh("三、问题、需求与措施"), m_fonts, m_flow.mm(24));
        PrintTable t = table({1.45, 8.6});
        t.addRow({label(zh("发现的问题")), value({})}, m_flow.mm(19));
        t.addRow({label(zh("儿童及家庭需求")), value({})}, m_flow.mm(14));
        t.addRow({label(zh("采取的措施")), value({})}, m_flow.mm(14));
        t.addRow({label(zh("后续跟进")), value({})}, m_flow.mm(11));
        t.addRow({label(zh("是否需强制报告")),
                  value(boxes({zh("否"), zh("是（立即报告公安机关110和街道/乡镇）")}))});
        t.addRow({label(zh("下次走访日期")), value(kBlankDate)});
        m_flow.advance(m_flow.mm(5));
        signatureLine(m_flow, {zh("走访人（签字）："), zh("监护人确认（签字）：")}, m_fonts.text);
        m_flow.advance(m_flow.mm(2));
        m_flow.paragraph(
            zh("提示：发现儿童遭受或疑似遭受侵害、处于危险之中的，应立即向公安机关（110）报告，"
               "同时报告街道（乡镇）；求助热线 12355、12338。"),
            m_fonts.small, Qt::AlignLeft);
    }

private:
    PrintFlow& m_flow;
    const FormFonts& m_fonts;
    QDate m_nextDue;
};

}  // namespace

QVector<PrintPage> VisitForm::layout(const std::optional<CaseFile>& file,
                                     const LedgerIdentity& unit,
                                     const QDate& today,
                                     const QDate& nextDue,
                                     QPaintDevice& device,
                                     const QRectF& paper,
                                     const QString& fontFamily) {
    const FormFonts fonts = FormFonts::forFamily(fontFamily);
    const qreal dots = device.logicalDpiY() / 25.4;
    const QRectF body =
        paper.adjusted(kLeftMm * dots, kTopMm * dots, -kRightMm * dots, -kBottomMm * dots);
    PrintFlow flow(device, body);
    flow.paragraph(zh("困境儿童走访记录表"), fonts.title, Qt::AlignHCenter, flow.mm(3));
    splitLine(flow, zh("填报单位：") + unit.name, zh("编号：____________"), fonts.text);
    flow.advance(flow.mm(1));
    Writer writer(flow, fonts);
    writer.child(file, today, nextDue);
    writer.visit();
    writer.findings();
    PageFrame frame;
    frame.font = fonts.small;
    frame.paper = paper;
    frame.marginTop = kTopMm * dots;
    frame.marginBottom = kBottomMm * dots;
    frame.marginLeft = kLeftMm * dots;
    frame.marginRight = kRightMm * dots;
    frame.pageNumbers = flow.pageCount() > 1;
    frame.footerRight = zh("打印日期：") + fmt::paperDate(today);
    addPageFrame(flow.pages(), frame, device);
    return flow.pages();
}

Status VisitForm::write(Ledger& ledger, const QStringList& childIds, const QString& path) {
    const Result<QString> family = PrintFonts::songFamily();
    if (!family)
        return family.status();
    const QDate today = ledger.clock().today();
    PdfOutput pdf(path, QPageLayout::Portrait, ledger.identity().name + zh(" 困境儿童走访记录表"));
    if (!pdf.ok())
        return pdf.finish();
    if (childIds.isEmpty())
        pdf.addPages(layout(std::nullopt, ledger.identity(), today, QDate(), pdf.device(),
                            pdf.paper(), *family));
    const ScheduleSettings schedule = ScheduleSettings::load(ledger);
    for (const QString& id : childIds) {
        const Result<CaseFile> file = CaseFile::load(ledger, id, false);
        if (!file)
            return file.status();
        const QDate due =
            VisitSchedule::nextDue(ScheduleFacts::of(file->child, file->visits), schedule, today)
                .date;
        pdf.addPages(
            layout(*file, ledger.identity(), today, due, pdf.device(), pdf.paper(), *family));
    }
    const Status finished = pdf.finish();
    if (finished)
        AccessLog::note(ledger, AccessLog::Print, childIds, QStringLiteral("visit form"));
    return finished;
}

}  // namespace tongbao
