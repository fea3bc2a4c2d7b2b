#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace tongbao {

// A date field for facts that are often not known: empty means "not known", a date is typed
// as 2026-11-29 (also 20261129, 2026/11/29, 2026.11.29 or 2026年11月29日) or picked from a
// calendar that the button or Alt+Down opens. QDateEdit has no empty state and makes typing a
// whole date awkward, so this is a line edit that understands dates.
class OptionalDateEdit : public QWidget {
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // Invalid when empty or not a date.
    QDate date() const;
    void setDate(const QDate& date);
    bool isEmpty() const;
    // Text that is not a date: the form says so and refuses to save.
    bool hasInvalidText() const;
    QLineEdit* lineEdit() const { return m_edit; }

    // Reads a typed date in any of the accepted forms; invalid when it is none.
    static QDate parse(const QString& text);

signals:
    // The text changed (typed or picked).
    void dateChanged();
    // The user changed it (not setDate).
    void edited();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCalendar();
    void retranslateUi();

    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
};

}  // namespace tongbao
