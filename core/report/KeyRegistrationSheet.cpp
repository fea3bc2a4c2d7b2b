#include "report/KeyRegistrationSheet.h"

#include "report/DocumentFormat.h"
#include "report/PdfOutput.h"
#include "report/PrintBlocks.h"
#include "report/PrintFonts.h"
#include "report/ReportFileNames.h"
#include "security/KeyStore.h"
#include "storage/AccessLog.h"
#include "storage/ExchangeStore.h"
#include "storage/Ledger.h"

#include <QPaintDevice>

namespace tongbao {

namespace {

using namespace PrintBlocks;
namespace fmt = DocumentFormat;
using DocumentFormat::zh;

const QString kBlankDate = QString::fromUtf8("　　　　年　　月　　日");

// A key (one long word) broken into lines of equal length that fit `width`.
QString wrapped(const QString& text, const QFont& font, PrintFlow& flow, qreal width) {
    const qreal charWidth = qMax<qreal>(1, flow.advance(QStringLiteral("M"), font));
    const int perLine = qMax(8, int(width / charWidth));
    QStringList lines;
    for (int i = 0; i < text.size(); i += perLine)
        lines.append(text.mid(i, perLine));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

QString KeyRegistrationSheet::spacedFingerprint(const QString& fingerprint) {
    return fingerprint.split(QLatin1Char('-')).join(QStringLiteral("  "));
}

QString KeyRegistrationSheet::suggestedFileName(const QString& unit, const QDate& day) {
    return ReportFileNames::safe(unit + zh("_公钥登记表_") + day.toString(Qt::ISODate) +
                                 QStringLiteral(".pdf"));
}

Result<KeyRegistrationSheet::Facts> KeyRegistrationSheet::facts(Ledger& ledger) {
    using R = Result<Facts>;
    KeyStore store(ledger);
    if (!store.hasKeys())
        return R::failure(
            tr("This ledger has no keys yet, so there is no key to register. Make the "
               "ledger's keys first."));
    const Result<PublicKeyCard> card = store.card();
    if (!card)
        return R(card.status());
    Facts facts;
    facts.unit = ledger.identity();
    facts.card = *card;
    for (const StoredKeyPair& pair : ExchangeStore(ledger.database()).keyPairs()) {
        const QDate made = pair.createdAt.toLocalTime().date();
        if (made.isValid() && (!facts.keysMade.isValid() || made < facts.keysMade))
            facts.keysMade = made;
    }
    facts.printed = ledger.clock().today();
    return facts;
}

QVector<PrintPage> KeyRegistrationSheet::layout(const Facts& facts,
                                                QPaintDevice& device,
                                                const QRectF& paper,
                                                const QString& fontFamily) {
    const FormFonts fonts = FormFonts::forFamily(fontFamily);
    const QString mono = PrintFonts::monospaceFamily(fontFamily);
    // 34 characters in groups: at 20 pt they span about three quarters of the body's width.
    const QFont fingerprintFont = PrintFonts::font(mono, 20, true);
    const QRectF body = kSheetMargins.body(paper, device);
    PrintFlow flow(device, body);
    const qreal rule = flow.mm(0.2);

    flow.paragraph(zh("公钥登记表"), fonts.title, Qt::AlignHCenter, flow.mm(1.5));
    flow.paragraph(zh("（童保台账 数据交换）"), fonts.text, Qt::AlignHCenter, flow.mm(4));
    splitLine(flow, zh("登记单位：") + facts.unit.name, zh("编号：____________"), fonts.text);
    flow.advance(flow.mm(1.5));

    heading(flow, zh("一、台账基本情况"), fonts, flow.mm(30));
    {
        PrintTable t(flow, {1.5, 2.6, 1.5, 2.6}, fonts.table, fonts.tableBold, rule);
        ledgerRows(t, facts.unit, flow.mm(10));
        t.addRow({label(zh("密钥生成日期")), value(fmt::paperDate(facts.keysMade)),
                  label(zh("打印日期")), value(fmt::paperDate(facts.printed))},
                 flow.mm(10));
    }

    heading(flow, zh("二、公钥指纹"), fonts, flow.mm(40));
    flow.paragraph(zh("接收单位登记本单位的公钥文件时，软件显示的指纹必须与下框逐字一致；"
                      "两人对读，每组四个字符。"),
                   fonts.text, Qt::AlignLeft, flow.mm(2.5));
    {
        const qreal height = flow.mm(28);
        flow.ensure(height);
        const QRectF box(body.left(), flow.y(), body.width(), height);
        frame(flow, box, flow.mm(0.5));
        flow.text(box, spacedFingerprint(facts.card.fingerprint()), fingerprintFont,
                  Qt::AlignCenter);
        flow.advance(height + flow.mm(2));
    }
    flow.paragraph(zh("指纹只含字母 A–Z 和数字 2–7，不含 0、1、8、9：看似 O、I 的都是字母。"),
                   fonts.small, Qt::AlignLeft, flow.mm(3));

    heading(flow, zh("三、公钥"), fonts, flow.mm(24));
    {
        PrintTable t(flow, {1.5, 6.7}, fonts.table, fonts.tableBold, rule);
        const auto extent = t.columnExtent(1, 1);
        const qreal width = extent.second - 2 * t.padding();
        const QString signing = QString::fromLatin1(facts.card.signing.toLine());
        t.addRow({label(zh("签名公钥\n（Ed25519）")),
                  value(zh("密钥号 ") + facts.card.signing.keyIdText() + QLatin1Char('\n') +
                        wrapped(signing, fonts.table, flow, width))});
        if (facts.card.encryption)
            t.addRow({label(zh("接收公钥\n（X25519）")),
                      value(wrapped(facts.card.encryption->toString(), fonts.table, flow, width))});
    }
    flow.advance(flow.mm(1.5));
    flow.paragraph(zh("公钥可以公开，不需保密；本表不含私钥，也不含任何儿童信息。"
                      "公钥文件与本表须一同交接收单位，由其核对后登记。"),
                   fonts.small, Qt::AlignLeft, flow.mm(2));

    heading(flow, zh("四、确认"), fonts, flow.mm(50));
    {
        PrintTable t(flow, {1, 1, 1}, fonts.table, fonts.tableBold, rule);
        t.setHeader({{0, 0, 1, 1, zh("经办人签字")},
                     {0, 1, 1, 1, zh("单位盖章")},
                     {0, 2, 1, 1, zh("日期")}},
                    1);
        t.addRow({value({}), value({}), {kBlankDate, 1, int(Qt::AlignCenter), false}}, flow.mm(42));
    }

    return finishSheet(flow, paper, fonts.small, zh("本表一式两份，登记单位与接收单位各存一份。"),
                       facts.printed);
}

Status KeyRegistrationSheet::write(Ledger& ledger, const QString& path) {
    const Result<Facts> sheet = facts(ledger);
    if (!sheet)
        return sheet.status();
    const Result<QString> family = PrintFonts::songFamily();
    if (!family)
        return family.status();
    PdfOutput pdf(path, QPageLayout::Portrait, ledger.identity().name + zh(" 公钥登记表"));
    if (!pdf.ok())
        return pdf.finish();
    pdf.addPages(layout(*sheet, pdf.device(), pdf.paper(), *family));
    const Status finished = pdf.finish();
    if (finished)
        AccessLog::note(ledger, AccessLog::Print, {}, QStringLiteral("key registration sheet"));
    return finished;
}

}  // namespace tongbao
