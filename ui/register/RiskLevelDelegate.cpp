#include "register/RiskLevelDelegate.h"

#include "common/Appearance.h"
#include "register/ChildListModel.h"

#include <QApplication>
#include <QPainter>

namespace tongbao {

namespace {

constexpr int kHorizontalPadding = 10;
constexpr int kVerticalPadding = 2;

QFont pillFont(const QFont& base) {
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QSize pillSize(const QFont& font, const QString& text) {
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2 * kVerticalPadding;
    // Never narrower than it is tall, so that a one-character 高 is a pill, not a circle squeezed.
    const int width = qMax(metrics.horizontalAdvance(text) + 2 * kHorizontalPadding, height * 2);
    return {width, height};
}

}  // namespace

void RiskLevelDelegate::paint(QPainter* painter,
                              const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (text.isEmpty())
        return;

    const QFont font = pillFont(option.font);
    const QSize size = pillSize(font, text);
    QRect pill(QPoint(0, 0), size);
    pill.moveCenter(option.rect.center());
    const auto colours =
        appearance::riskColours(index.data(ChildListModel::RiskLevelRole).toString());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.background);
    const qreal radius = pill.height() / 2.0;
    painter->drawRoundedRect(QRectF(pill), radius, radius);
    painter->setPen(colours.text);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize RiskLevelDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const QSize pill = pillSize(pillFont(option.font), index.data(Qt::DisplayRole).toString());
    return hint.expandedTo(pill + QSize(12, 6));
}

}  // namespace tongbao
