#include "childfile/OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace tongbao {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent) {
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setMaxLength(12);
    m_edit->installEventFilter(this);
    const int width = m_edit->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-29")) + 44;
    m_edit->setMinimumWidth(width);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setText(QStringLiteral("▾"));
    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::NoFocus);  // Alt+Down opens the calendar from the keyboard
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    setMaximumWidth(width + 60);

    connect(m_edit, &QLineEdit::textChanged, this, &OptionalDateEdit::dateChanged);
    connect(m_edit, &QLineEdit::textEdited, this, &OptionalDateEdit::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Tidy a date typed another way into the one form lists use.
        const QDate typed = parse(m_edit->text());
        if (typed.isValid() && m_edit->text() != typed.toString(Qt::ISODate)) {
            m_edit->setText(typed.toString(Qt::ISODate));
            emit edited();
        }
    });
    connect(m_button, &QToolButton::clicked, this, &OptionalDateEdit::showCalendar);
    retranslateUi();
}

QDate OptionalDateEdit::parse(const QString& text) {
    static const QRegularExpression separated(QStringLiteral(
        "^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"));
    static const QRegularExpression compact(QStringLiteral("^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$"));
    QRegularExpressionMatch match = separated.match(text);
    if (!match.hasMatch())
        match = compact.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QDate OptionalDateEdit::date() const {
    return parse(m_edit->text());
}

void OptionalDateEdit::setDate(const QDate& date) {
    const QString text = date.isValid() ? date.toString(Qt::ISODate) : QString();
    if (text != m_edit->text())
        m_edit->setText(text);
}

bool OptionalDateEdit::isEmpty() const {
    return m_edit->text().trimmed().isEmpty();
}

bool OptionalDateEdit::hasInvalidText() const {
    return !isEmpty() && !date().isValid();
}

void OptionalDateEdit::showCalendar() {
    auto* popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("calendarPopup"));
    calendar->setGridVisible(true);
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    if (date().isValid())
        calendar->setSelectedDate(date());
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::activated, this, [this, popup](const QDate& picked) {
        m_edit->setText(picked.toString(Qt::ISODate));
        emit edited();
        popup->close();
        m_edit->setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus();
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers().testFlag(Qt::AltModifier)) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OptionalDateEdit::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OptionalDateEdit::retranslateUi() {
    //: Placeholder of a date field: how to type a date
    m_edit->setPlaceholderText(tr("yyyy-mm-dd"));
    m_button->setToolTip(tr("Pick from a calendar (Alt+Down)"));
}

}  // namespace tongbao
