#pragma once

#include <QFrame>

class QLabel;

namespace tongbao {

// One count on the workbench (逾期未访 12): a large number over its caption, which shows the
// matching list when clicked or activated from the keyboard (Space or Enter). "Alert" tiles
// show a count above zero in red; the chosen tile is outlined.
class WorkbenchTile : public QFrame {
    Q_OBJECT

public:
    explicit WorkbenchTile(const QString& objectName, bool alert, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    // A negative count shows "…" (still computing).
    void setCount(int count);
    int count() const { return m_count; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void restyle();

    bool m_alert = false;
    bool m_selected = false;
    int m_count = -1;
    QLabel* m_number = nullptr;
    QLabel* m_caption = nullptr;
};

}  // namespace tongbao
