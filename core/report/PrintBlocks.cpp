#include "report/PrintBlocks.h"

#include "domain/LedgerIdentity.h"
#include "domain/Vocabulary.h"
#include "report/DocumentFormat.h"
#include "report/PrintFonts.h"

#include <QPaintDevice>

namespace tongbao {

namespace {

qreal dotsPerMm(const QPaintDevice& device) {
    return device.logicalDpiY() / 25.4;
}

}  // namespace

QRectF PageMargins::body(const QRectF& paper, const QPaintDevice& device) const {
    const qreal dots = dotsPerMm(device);
    return paper.adjusted(left * dots, top * dots, -right * dots, -bottom * dots);
}

PageFrame PageMargins::frame(const QRectF& paper, const QPaintDevice& device) const {
    const qreal dots = dotsPerMm(device);
    PageFrame frame;
    frame.paper = paper;
    frame.marginTop = top * dots;
    frame.marginBottom = bottom * dots;
    frame.marginLeft = left * dots;
    frame.marginRight = right * dots;
    return frame;
}

FormFonts FormFonts::forFamily(const QString& family) {
    return {PrintFonts::font(family, 18, true), PrintFonts::font(family, 12, true),
            PrintFonts::font(family, 10.5),     PrintFonts::font(family, 9),
            PrintFonts::font(family, 9, true),  PrintFonts::font(family, 8)};
}

namespace PrintBlocks {

void heading(PrintFlow& flow, const QString& text, const FormFonts& fonts, qreal keepWith) {
    int flags = Qt::AlignLeft | Qt::AlignVCenter;
    const qreal height = flow.textHeight(text, fonts.heading, flow.body().width(), flags);
    if (!flow.atPageTop())
        flow.advance(flow.mm(3));
    flow.ensure(height + flow.mm(1.5) + keepWith);
    flow.text(QRectF(flow.body().left(), flow.y(), flow.body().width(), height), text,
              fonts.heading, flags);
    flow.advance(height + flow.mm(1.5));
}

void splitLine(PrintFlow& flow, const QString& left, const QString& right, const QFont& font) {
    int flags = Qt::AlignLeft;
    const qreal height = flow.textHeight(left + right, font, flow.body().width(), flags);
    flow.ensure(height);
    const QRectF line(flow.body().left(), flow.y(), flow.body().width(), height);
    flow.text(line, left, font, Qt::AlignLeft | Qt::AlignVCenter);
    flow.text(line, right, font, Qt::AlignRight | Qt::AlignVCenter);
    flow.advance(height);
}

void signatureLine(PrintFlow& flow, const QStringList& labels, const QFont& font) {
    const qreal height = flow.mm(8);
    flow.ensure(height);
    const qreal part = flow.body().width() / labels.size();
    for (int i = 0; i < labels.size(); ++i)
        flow.text(QRectF(flow.body().left() + i * part, flow.y(), part, height), labels[i], font,
                  Qt::AlignLeft | Qt::AlignVCenter);
    flow.advance(height);
}

PrintCell label(const QString& text, int span) {
    return {text, span, int(Qt::AlignCenter), false};
}

PrintCell value(const QString& text, int span) {
    return {text, span, int(Qt::AlignLeft | Qt::AlignVCenter), false};
}

void frame(PrintFlow& flow, const QRectF& box, qreal penWidth) {
    flow.line(QLineF(box.topLeft(), box.topRight()), penWidth);
    flow.line(QLineF(box.topRight(), box.bottomRight()), penWidth);
    flow.line(QLineF(box.bottomRight(), box.bottomLeft()), penWidth);
    flow.line(QLineF(box.bottomLeft(), box.topLeft()), penWidth);
}

void ledgerRows(PrintTable& table, const LedgerIdentity& unit, qreal minHeight) {
    using DocumentFormat::zh;
    table.addRow({label(zh("单位名称")), value(unit.name, 3)}, minHeight);
    table.addRow({label(zh("台账类别")), value(DocumentFormat::term(vocab::LedgerKind, unit.kind)),
                  label(zh("行政区划代码")), value(unit.areaCode)},
                 minHeight);
    table.addRow({label(zh("台账编号")), value(unit.id, 3)}, minHeight);
}

QVector<PrintPage> finishSheet(PrintFlow& flow,
                               const QRectF& paper,
                               const QFont& font,
                               const QString& note,
                               const QDate& printed) {
    PageFrame page = kSheetMargins.frame(paper, flow.device());
    page.font = font;
    page.pageNumbers = flow.pageCount() > 1;
    page.footerLeft = note;
    page.footerRight = DocumentFormat::zh("打印日期：") + DocumentFormat::paperDate(printed);
    addPageFrame(flow.pages(), page, flow.device());
    return flow.pages();
}

}  // namespace PrintBlocks

}  // namespace tongbao
