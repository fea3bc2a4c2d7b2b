#include "report/SafetyReportSheet.h"

#include "domain/Vocabulary.h"
#include "report/DocumentFormat.h"
#include "report/PdfOutput.h"
#include "report/PrintBlocks.h"
#include "report/PrintFonts.h"
#include "report/ReportFileNames.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"
#include "storage/SafetyReportRepository.h"

#include <QPaintDevice>

namespace tongbao {

namespace {

using namespace PrintBlocks;
namespace fmt = DocumentFormat;

using DocumentFormat::term;
using DocumentFormat::zh;

// Paper forms tick with a filled square; the Song fonts carry both (they are in GB 2312).
QString box(bool ticked) {
    return ticked ? QStringLiteral("\u25A0") : QStringLiteral("\u25A1");
}

QString choices(const QStringList& labels, int ticked) {
    QStringList parts;
    for (int i = 0; i < labels.size(); ++i)
        parts.append(box(i == ticked) + labels[i]);
    return parts.join(QStringLiteral("    "));
}

QString paperTime(const QDateTime& time) {
    return time.isValid() ? fmt::paperDateTime(time.toLocalTime()) : QString();
}

const QVector<qreal> kGrid{1.45, 2.1, 1.35, 1.55, 1.35, 2.2};
constexpr qreal kTopMm = 15, kBottomMm = 14, kLeftMm = 20, kRightMm = 16;
constexpr int kMinimumNotificationRows = 2;

class Writer {
public:
    Writer(PrintFlow& flow, const FormFonts& fonts, const SafetyReport& report)
        : m_flow(flow)
        , m_fonts(fonts)
        , m_report(report) {}

    PrintTable table(const QVector<qreal>& weights) {
        return PrintTable(m_flow, weights, m_fonts.table, m_fonts.tableBold, m_flow.mm(0.2));
    }

    void child(const CaseFile& file, const QDate& today) {
        heading(m_flow, zh("一、儿童基本情况"), m_fonts, m_flow.mm(20));
        const Child& c = file.child;
        QString birth = fmt::paperDate(c.birthDate);
        const int age = c.ageOn(today);
        if (age >= 0)
            birth += zh("（%1岁）").arg(age);
        QStringList categories;
        for (const QString& code : c.categories)
            categories.append(term(vocab::Category, code));
        QString caregiver, phone = c.phone, type;
        if (file.guardianship) {
            const Guardianship& g = *file.guardianship;
            caregiver = g.caregiverName;
            if (!g.caregiverRelation.isEmpty())
                caregiver += zh("（%1）").arg(term(vocab::CaregiverRelation, g.caregiverRelation));
            if (!g.caregiverPhone.isEmpty())
                phone = g.caregiverPhone;
            type = term(vocab::GuardianshipType, g.guardianshipType);
        }
        QString address = c.residenceAddress;
        if (address.isEmpty() && file.household)
            address = file.household->address;
        PrintTable t = table(kGrid);
        t.addRow({label(zh("姓名")), value(c.name), label(zh("性别")),
                  value(term(vocab::Sex, c.sex)), label(zh("出生日期")), value(birth)});
        t.addRow({label(zh("公民身份号码")), value(c.idNumber, 3), label(zh("村民小组")),
                  value(c.villageGroup)});
        t.addRow({label(zh("困境类别")), value(categories.join(zh("、")), 3), label(zh("风险等级")),
                  value(term(vocab::RiskLevel, c.riskLevel))});
        t.addRow({label(zh("现居住地")), value(address, 5)});
        t.addRow({label(zh("监护人/照料人")), value(caregiver), label(zh("联系电话")), value(phone),
                  label(zh("监护类型")), value(type)});
    }

    void discovery(const QString& via) {
        heading(m_flow, zh("二、发现情况"), m_fonts, m_flow.mm(40));
        PrintTable t = table(kGrid);
        t.addRow({label(zh("发现时间")), value(paperTime(m_report.discoveredAt)),
                  label(zh("发现人")), value(m_report.discoveredBy), label(zh("发现途径")),
                  value(via)});
        const int safe = !m_report.childSafeNow ? 2 : (*m_report.childSafeNow ? 0 : 1);
        t.addRow({label(zh("目前是否安全")),
                  value(choices({zh("安全"), zh("仍处于危险之中"), zh("不清楚")}, safe), 5)});
        // The nine situations of the 2020 opinion, one to a line in one cell: a row each would
        // take a third of the page.
        QStringList lines;
        const QStringList codes = Vocabulary::codes(vocab::SafetySituation);
        for (int i = 0; i < codes.size(); ++i)
            lines.append(box(m_report.situations.contains(codes[i])) + QString::number(i + 1) +
                         QLatin1Char(' ') +
                         Vocabulary::chineseLabel(vocab::SafetySituation, codes[i]));
        t.addRow({label(zh("发现的情形\n（可多选）")), value(lines.join(QLatin1Char('\n')), 5)});
        t.addRow({label(zh("情况描述")), value(m_report.description, 5)}, m_flow.mm(11));
    }

    void notifications() {
        heading(m_flow, zh("三、报告情况"), m_fonts, m_flow.mm(24));
        PrintTable t = table({1.45, 2.5, 1.3, 2.4, 2.4});
        t.setHeader({{0, 0, 1, 1, zh("报告对象")},
                     {0, 1, 1, 1, zh("报告时间")},
                     {0, 2, 1, 1, zh("报告方式")},
                     {0, 3, 1, 1, zh("接收人")},
                     {0, 4, 1, 1, zh("回执编号")}},
                    1);
        int rows = 0;
        for (const SafetyNotification& n : m_report.notifications) {
            if (n.meta.deleted)
                continue;
            t.addRow(
                {label(term(vocab::SafetyRecipient, n.recipient)), value(paperTime(n.notifiedAt)),
                 label(term(vocab::NotificationMethod, n.method)), value(n.receiver),
                 value(n.receiptNumber)},
                m_flow.mm(8));
            ++rows;
        }
        for (; rows < kMinimumNotificationRows; ++rows)
            t.addRow({value({}), value({}), value({}), value({}), value({})}, m_flow.mm(7));
        const qint64 seconds = m_report.secondsToPoliceReport();
        const QString elapsed =
            seconds >= 0
                ? zh("自发现至报告公安机关用时：") + SafetyReportSheet::chineseDuration(seconds)
                : zh("尚未记录向公安机关报告（应立即报告：110或当地派出所）。");
        t.addRow({label(zh("报告用时")),
                  {elapsed, 4, int(Qt::AlignLeft | Qt::AlignVCenter), seconds < 0}});
    }

    void steps() {
        heading(m_flow, zh("四、后续处置"), m_fonts, m_flow.mm(24));
        PrintTable t = table({1.45, 1.5, 1.45, 3.3, 2.35});
        t.setHeader({{0, 0, 1, 1, zh("处置类别")},
                     {0, 1, 1, 1, zh("日期")},
                     {0, 2, 1, 1, zh("实施人")},
                     {0, 3, 1, 1, zh("采取的措施")},
                     {0, 4, 1, 1, zh("结果")}},
                    1);
        // Every kind of step has its row, recorded or left to be written by hand.
        for (const QString& kind : Vocabulary::codes(vocab::SafetyStepKind)) {
            bool any = false;
            for (const SafetyStep& s : m_report.steps) {
                if (s.meta.deleted || s.kind != kind)
                    continue;
                any = true;
                t.addRow(
                    {label(term(vocab::SafetyStepKind, kind)), label(fmt::tableDate(s.stepDate)),
                     value(s.actor), value(s.action), value(s.outcome)},
                    m_flow.mm(8));
            }
            if (!any)
                t.addRow({label(term(vocab::SafetyStepKind, kind)), value({}), value({}), value({}),
                          value({})},
                         m_flow.mm(10));
        }
    }

    void closing() {
        heading(m_flow, zh("五、结案情况"), m_fonts, m_flow.mm(20));
        PrintTable t = table(kGrid);
        const bool closed = m_report.status == QLatin1String("closed");
        t.addRow({label(zh("办理状态")),
                  value(choices({zh("处理中"), zh("已结案")}, closed ? 1 : 0)),
                  label(zh("结案时间")), value(paperTime(m_report.closedAt), 3)});
        t.addRow({label(zh("结案结果")), value(m_report.closingResult, 5)}, m_flow.mm(10));
        m_flow.advance(m_flow.mm(4));
        signatureLine(m_flow,
                      {zh("报告人（签字）："), zh("单位负责人（签字）："), zh("填报单位（盖章）")},
                      m_fonts.text);
        m_flow.advance(m_flow.mm(2));
        m_flow.paragraph(
            zh("提示：发现未成年人遭受或疑似遭受侵害、处于危险之中的，应立即向公安机关（110或当地"
               "派出所）报告，同时报告街道（乡镇）；求助热线 12355（青少年）、12338（妇女儿童）。"
               "本表含未成年人敏感个人信息，仅供接报和处置单位使用，请妥善保管。"),
            m_fonts.small, Qt::AlignLeft);
    }

private:
    PrintFlow& m_flow;
    const FormFonts& m_fonts;
    const SafetyReport& m_report;
};

// How the danger came to light: a visit (with its date and mode) or otherwise.
QString discoveredVia(const SafetyReport& report, const CaseFile& file) {
    if (report.visitId.isEmpty())
        return zh("日常发现");
    for (const Visit& visit : file.visits) {
        if (visit.meta.id == report.visitId)
            return zh("%1走访（%2）")
                .arg(visit.mode == QLatin1String("home") ? zh("入户")
                                                         : term(vocab::VisitMode, visit.mode),
                     fmt::tableDate(visit.visitDate));
    }
    return zh("走访");
}

}  // namespace

QString SafetyReportSheet::chineseDuration(qint64 seconds) {
    const qint64 minutes = qMax<qint64>(seconds, 0) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    QString text;
    if (days > 0)
        text += zh("%1天").arg(days);
    if (hours > 0)
        text += zh("%1小时").arg(hours);
    if (rest > 0 || text.isEmpty())
        text += zh("%1分钟").arg(rest);
    return text;
}

QString SafetyReportSheet::suggestedFileName(const QString& unit,
                                             const QString& childName,
                                             const QDate& day) {
    return ReportFileNames::safe(unit + zh("_强制报告登记表_") + childName + QLatin1Char('_') +
                                 day.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".pdf"));
}

QVector<PrintPage> SafetyReportSheet::layout(const SafetyReport& report,
                                             const CaseFile& file,
                                             const LedgerIdentity& unit,
                                             const QDateTime& printedAt,
                                             QPaintDevice& device,
                                             const QRectF& paper,
                                             const QString& fontFamily) {
    const FormFonts fonts = FormFonts::forFamily(fontFamily);
    const qreal dots = device.logicalDpiY() / 25.4;
    const QRectF body =
        paper.adjusted(kLeftMm * dots, kTopMm * dots, -kRightMm * dots, -kBottomMm * dots);
    PrintFlow flow(device, body);
    flow.paragraph(zh("强制报告登记表"), fonts.title, Qt::AlignHCenter, flow.mm(0.5));
    flow.paragraph(zh("（未成年人遭受或疑似遭受侵害、面临不法侵害危险）"), fonts.small,
                   Qt::AlignHCenter, flow.mm(2));
    splitLine(flow, zh("填报单位：") + unit.name, zh("编号：") + report.meta.id.left(8).toUpper(),
              fonts.text);
    flow.advance(flow.mm(1));
    Writer writer(flow, fonts, report);
    writer.child(file, printedAt.date());
    writer.discovery(discoveredVia(report, file));
    writer.notifications();
    writer.steps();
    writer.closing();
    PageFrame frame;
    frame.font = fonts.small;
    frame.paper = paper;
    frame.marginTop = kTopMm * dots;
    frame.marginBottom = kBottomMm * dots;
    frame.marginLeft = kLeftMm * dots;
    frame.marginRight = kRightMm * dots;
    frame.pageNumbers = flow.pageCount() > 1;
    frame.headerLeft = flow.pageCount() > 1 ? unit.name : QString();
    frame.headerRight =
        flow.pageCount() > 1 ? zh("强制报告登记表 · ") + file.child.name : QString();
    frame.footerRight = zh("打印时间：") + fmt::paperDateTime(printedAt);
    addPageFrame(flow.pages(), frame, device);
    return flow.pages();
}

Result<QVector<PrintPage>> SafetyReportSheet::layoutReport(Ledger& ledger,
                                                           const QString& reportId,
                                                           QPaintDevice& device,
                                                           const QRectF& paper) {
    using R = Result<QVector<PrintPage>>;
    const Result<QString> family = PrintFonts::songFamily();
    if (!family)
        return R(family.status());
    const Result<SafetyReport> report = ledger.safetyReports().load(reportId);
    if (!report || report->meta.deleted)
        return R::failure(tr("The safety report was not found."));
    const Result<CaseFile> file = CaseFile::load(ledger, report->childId, false);
    if (!file)
        return R(file.status());
    return layout(*report, *file, ledger.identity(), ledger.clock().now(), device, paper, *family);
}

Status SafetyReportSheet::write(Ledger& ledger, const QString& reportId, const QString& path) {
    if (const Status allowed = ledger.writer().context().access.requireSafetyReports(); !allowed)
        return allowed;
    const Result<SafetyReport> report = ledger.safetyReports().load(reportId);
    if (!report || report->meta.deleted)
        return Status::failure(tr("The safety report was not found."));
    const Result<CaseFile> file = CaseFile::load(ledger, report->childId, false);
    if (!file)
        return file.status();
    const Result<QString> family = PrintFonts::songFamily();
    if (!family)
        return family.status();
    PdfOutput pdf(path, QPageLayout::Portrait,
                  ledger.identity().name + zh(" 强制报告登记表 ") + file->child.name);
    if (!pdf.ok())
        return pdf.finish();
    pdf.addPages(layout(*report, *file, ledger.identity(), ledger.clock().now(), pdf.device(),
                        pdf.paper(), *family));
    const Status finished = pdf.finish();
    if (finished)
        AccessLog::note(ledger, AccessLog::Print, {report->childId},
                        QStringLiteral("safety report"));
    return finished;
}

}  // namespace tongbao
