#pragma once

#include <QStyledItemDelegate>

namespace tongbao {

// Paints a risk level as a rounded label in its colour with its word inside (高 / 中 / 低), so the
// level can be read without telling red from green and scanned down a long list at a glance.
class RiskLevelDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter,
               const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace tongbao
