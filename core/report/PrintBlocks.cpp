#include "report/PrintBlocks.h"

#include "report/PrintFonts.h"

namespace tongbao {

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

}  // namespace PrintBlocks

}  // namespace tongbao
