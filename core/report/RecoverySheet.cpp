#include "report/RecoverySheet.h"

#include "report/DocumentFormat.h"
#include "report/PdfOutput.h"
#include "report/PrintBlocks.h"
#include "report/PrintFonts.h"
#include "report/ReportFileNames.h"
#include "security/Accounts.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"

#include <QPaintDevice>

namespace tongbao {

namespace {

using namespace PrintBlocks;
namespace fmt = DocumentFormat;
using DocumentFormat::zh;

constexpr int kGroupsPerRow = 4;
constexpr int kGroupSize = 4;

// A framed notice across the body's width, its text in `font`.
void notice(PrintFlow& flow, const QString& text, const QFont& font, qreal penWidth) {
    const qreal pad = flow.mm(2.5);
    int flags = Qt::AlignHCenter | Qt::AlignVCenter;
    const qreal inner = flow.body().width() - 2 * pad;
    const qreal height = flow.textHeight(text, font, inner, flags) + 2 * pad;
    flow.ensure(height);
    const QRectF box(flow.body().left(), flow.y(), flow.body().width(), height);
    frame(flow, box, penWidth);
    flow.text(box.adjusted(pad, pad, -pad, -pad), text, font, flags);
    flow.advance(height);
}

// The key in numbered cells, four groups to a row, read left to right and top to bottom.
void keyGrid(PrintFlow& flow,
             const QStringList& groups,
             const QFont& keyFont,
             const QFont& numberFont,
             qreal rule,
             qreal heavy) {
    const int rows = int((groups.size() + kGroupsPerRow - 1) / kGroupsPerRow);
    const qreal cellHeight = flow.mm(21);
    const qreal cellWidth = flow.body().width() / kGroupsPerRow;
    flow.ensure(rows * cellHeight);
    const QRectF grid(flow.body().left(), flow.y(), flow.body().width(), rows * cellHeight);
    for (int i = 0; i < groups.size(); ++i) {
        const QRectF cell(grid.left() + (i % kGroupsPerRow) * cellWidth,
                          grid.top() + (i / kGroupsPerRow) * cellHeight, cellWidth, cellHeight);
        flow.text(cell.adjusted(flow.mm(1.5), flow.mm(1), 0, 0),
                  zh("第") + QString::number(i + 1) + zh("组"), numberFont,
                  Qt::AlignLeft | Qt::AlignTop);
        flow.text(cell.adjusted(0, flow.mm(3), 0, 0), groups[i], keyFont, Qt::AlignCenter);
    }
    for (int column = 1; column < kGroupsPerRow; ++column) {
        const qreal x = grid.left() + column * cellWidth;
        flow.line(QLineF(x, grid.top(), x, grid.bottom()), rule);
    }
    for (int row = 1; row < rows; ++row) {
        const qreal y = grid.top() + row * cellHeight;
        flow.line(QLineF(grid.left(), y, grid.right(), y), rule);
    }
    frame(flow, grid, heavy);
    flow.advance(grid.height());
}

// Numbered points of plain explanation, each wrapped across the body with a hanging number.
void points(PrintFlow& flow,
            const QVector<QPair<QString, QString>>& items,
            const QFont& font,
            const QFont& bold) {
    const qreal indent = flow.mm(6);
    const qreal width = flow.body().width() - indent;
    int number = 1;
    for (const auto& item : items) {
        const QString text = item.first + item.second;
        int flags = Qt::AlignLeft | Qt::AlignTop;
        const qreal height = flow.textHeight(text, font, width, flags);
        flow.ensure(height);
        flow.text(QRectF(flow.body().left(), flow.y(), indent, height),
                  QString::number(number++) + QLatin1Char('.'), bold, Qt::AlignLeft | Qt::AlignTop);
        flow.text(QRectF(flow.body().left() + indent, flow.y(), width, height), text, font, flags);
        flow.advance(height + flow.mm(1.2));
    }
}

}  // namespace

QStringList RecoverySheet::groups(const QString& letters) {
    QString compact;
    for (const QChar c : letters)
        if (c.isLetterOrNumber())
            compact.append(c.toUpper());
    if (compact.isEmpty() || compact.size() % kGroupSize != 0)
        return {};
    QStringList result;
    for (int i = 0; i < compact.size(); i += kGroupSize)
        result.append(compact.mid(i, kGroupSize));
    return result;
}

QString RecoverySheet::suggestedFileName(const QString& unit, const QDate& day) {
    return ReportFileNames::safe(unit + zh("_恢复密钥单_") + day.toString(Qt::ISODate) +
                                 QStringLiteral(".pdf"));
}

QString RecoverySheet::accessLogText() {
    return QStringLiteral("recovery key sheet");
}

RecoverySheet::Facts RecoverySheet::facts(Ledger& ledger, const QString& letters) {
    Facts facts;
    facts.unit = ledger.identity();
    facts.letters = letters;
    facts.printed = ledger.clock().today();
    if (const std::optional<Account> account = Accounts(ledger).current())
        facts.printedBy = account->name;
    return facts;
}

QVector<PrintPage> RecoverySheet::layout(const Facts& facts,
                                         QPaintDevice& device,
                                         const QRectF& paper,
                                         const QString& fontFamily) {
    const FormFonts fonts = FormFonts::forFamily(fontFamily);
    const QFont keyFont = PrintFonts::font(PrintFonts::monospaceFamily(fontFamily), 26, true);
    const QFont warning = PrintFonts::font(fontFamily, 11, true);
    const QRectF body = kSheetMargins.body(paper, device);
    PrintFlow flow(device, body);
    const qreal rule = flow.mm(0.2);
    const qreal heavy = flow.mm(0.6);

    flow.paragraph(zh("恢复密钥单"), fonts.title, Qt::AlignHCenter, flow.mm(1.5));
    flow.paragraph(zh("（童保台账 加密台账）"), fonts.text, Qt::AlignHCenter, flow.mm(4));
    splitLine(flow, zh("保管单位：") + facts.unit.name, zh("编号：____________"), fonts.text);
    flow.advance(flow.mm(2));
    notice(flow,
           zh("内有打开本台账的密钥。请锁存保管，不得拍照、复印、扫描，"
              "不得存入电脑、手机或网盘。"),
           warning, heavy);

    heading(flow, zh("一、台账基本情况"), fonts, flow.mm(30));
    {
        PrintTable t(flow, {1.5, 2.6, 1.5, 2.6}, fonts.table, fonts.tableBold, rule);
        ledgerRows(t, facts.unit, flow.mm(8));
        t.addRow({label(zh("打印日期")), value(fmt::paperDate(facts.printed)), label(zh("打印人")),
                  value(facts.printedBy)},
                 flow.mm(8));
    }

    const QStringList keyGroups = groups(facts.letters);
    heading(flow, zh("二、恢复密钥"), fonts, flow.mm(52));
    flow.paragraph(zh("共 ") + QString::number(keyGroups.size() * kGroupSize) + zh(" 个字符，分 ") +
                       QString::number(keyGroups.size()) + zh(" 组，每组 4 个，按组号顺序输入。"),
                   fonts.text, Qt::AlignLeft, flow.mm(2));
    keyGrid(flow, keyGroups, keyFont, fonts.small, rule, heavy);
    flow.advance(flow.mm(1.5));
    flow.paragraph(zh("密钥只含字母 A–Z 和数字 2–7，没有 0、1、8、9：看似 O、I 的都是字母。"
                      "输入时不分大小写，空格和短横线可输可不输。"),
                   fonts.small, Qt::AlignLeft, flow.mm(1));

    heading(flow, zh("三、管理员须知"), fonts, flow.mm(40));
    points(flow,
           {{zh("这是什么："), zh("本台账已加密，没有密码打不开。万一所有人的密码都忘了，"
                                  "凭本页的恢复密钥仍能打开台账，再给管理员设新密码。")},
            {zh("怎样保管："), zh("像保险柜钥匙一样锁进柜子，与装有台账的电脑分开存放，"
                                  "不要夹在电脑包里，也不要贴在电脑旁。")},
            {zh("为什么要保密："), zh("任何人拿到本页和台账文件，就能看到台账里每个孩子的全部记录。"
                                      "本页遗失或被别人看过，请立即重新打印一张新的恢复密钥单。")},
            {zh("一张只管一把："),
             zh("每打印一次新的恢复密钥单，就生成一把新密钥，以前的密钥立即作废。"
                "旧的恢复密钥单请当场用碎纸机粉碎或烧毁。")},
            {zh("怎样使用："),
             zh("所有密码都忘记时，在电脑上运行 tongbao-cli recover 台账文件 --user 管理员用户名，"
                "把本页的恢复密钥和管理员的新密码分别放在环境变量 "
                "TONGBAO_RECOVERY_KEY 和 TONGBAO_NEW_PASSWORD 中；"
                "管理员下次登录时再改成自己的密码。")}},
           fonts.text, fonts.tableBold);

    heading(flow, zh("四、保管登记"), fonts, flow.mm(40));
    {
        PrintTable t(flow, {1, 1, 1.4}, fonts.table, fonts.tableBold, rule);
        t.setHeader({{0, 0, 1, 1, zh("保管人签字")},
                     {0, 1, 1, 1, zh("日期")},
                     {0, 2, 1, 1, zh("存放地点")}},
                    1);
        const QString blankDate = QString::fromUtf8("　　　　年　　月　　日");
        for (int row = 0; row < 3; ++row)
            t.addRow({value({}), {blankDate, 1, int(Qt::AlignCenter), false}, value({})},
                     flow.mm(16));
    }

    return finishSheet(flow, paper, fonts.small, zh("本单只打印一份，不得复制；作废后请销毁。"),
                       facts.printed);
}

Status RecoverySheet::write(const Facts& facts, const QString& path) {
    if (groups(facts.letters).isEmpty())
        return Status::failure(tr("There is no recovery key to print."));
    const Result<QString> family = PrintFonts::songFamily();
    if (!family)
        return family.status();
    PdfOutput pdf(path, QPageLayout::Portrait, facts.unit.name + zh(" 恢复密钥单"));
    if (!pdf.ok())
        return pdf.finish();
    pdf.addPages(layout(facts, pdf.device(), pdf.paper(), *family));
    return pdf.finish();
}

Status RecoverySheet::write(Ledger& ledger, const QString& letters, const QString& path) {
    const Status written = write(facts(ledger, letters), path);
    if (written)
        AccessLog::note(ledger, AccessLog::Print, {}, accessLogText());
    return written;
}

}  // namespace tongbao
