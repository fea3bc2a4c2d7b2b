#include "workbench/WorkbenchTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace tongbao {

WorkbenchTile::WorkbenchTile(const QString& objectName, bool alert, QWidget* parent)
    : QFrame(parent)
    , m_alert(alert) {
    setObjectName(objectName);
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    m_number = new QLabel(this);
    m_number->setObjectName(objectName + QStringLiteral("Count"));
    QFont numberFont = m_number->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 2.0);
    numberFont.setWeight(QFont::Bold);
    m_number->setFont(numberFont);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 10);
    layout->setSpacing(0);
    layout->addWidget(m_number);
    layout->addWidget(m_caption);
    setMinimumWidth(120);
    restyle();
}

void WorkbenchTile::setCaption(const QString& caption) {
    m_caption->setText(caption);
    setAccessibleName(caption);
}

void WorkbenchTile::setCount(int count) {
    m_count = count;
    m_number->setText(count < 0 ? QStringLiteral("…") : QString::number(count));
    restyle();
}

void WorkbenchTile::setSelected(bool selected) {
    m_selected = selected;
    restyle();
}

void WorkbenchTile::restyle() {
    const bool red = m_alert && m_count > 0;
    const QString border = m_selected   ? QStringLiteral("2px solid #1565c0")
                           : hasFocus() ? QStringLiteral("2px solid #5c8dc9")
                                        : QStringLiteral("1px solid #d5dce4");
    const QString background = m_selected ? QStringLiteral("#eaf2fc") : QStringLiteral("#ffffff");
    setStyleSheet(QStringLiteral("#%1 { background: %2; border: %3; border-radius: 8px; }")
                      .arg(objectName(), background, border));
    m_number->setStyleSheet(QStringLiteral("color: %1;")
                                .arg(red ? QStringLiteral("#c62828") : QStringLiteral("#1f2d3d")));
    m_caption->setStyleSheet(QStringLiteral("color: #34495e;"));
}

void WorkbenchTile::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QFrame::mouseReleaseEvent(event);
}

void WorkbenchTile::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void WorkbenchTile::focusInEvent(QFocusEvent* event) {
    QFrame::focusInEvent(event);
    restyle();
}

void WorkbenchTile::focusOutEvent(QFocusEvent* event) {
    QFrame::focusOutEvent(event);
    restyle();
}

}  // namespace tongbao
