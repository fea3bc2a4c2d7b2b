#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QFrame>
#include <QString>
#include <QVector>

class QDateTime;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace tongbao {

// The pieces the exchange page, its panels and its dialogs share, so that they look alike: a
// white card with a heading, a fingerprint set large in a monospaced face, a message strip for
// quiet confirmations and for errors (never only a modal box), and read-only tables.
namespace exchangeparts {

// A white card with a rounded border; the heading and a layout for its content.
class Card : public QFrame {
public:
    Card(const QString& objectName, QWidget* parent);
    QLabel* heading() const { return m_heading; }
    QVBoxLayout* body() const { return m_body; }

private:
    QLabel* m_heading;
    QVBoxLayout* m_body;
};

// A fingerprint ("K7QX-3MZD-…") as it is read aloud: large, monospaced, selectable.
QLabel* fingerprintLabel(QWidget* parent, const QString& objectName, qreal scale = 1.5);
QString spaced(const QString& fingerprint);

// The page's one blue call to action ("Import batch…", "Export batch…").
void makePrimary(QPushButton* button);

// Hint-coloured, wrapping text.
QLabel* hint(QWidget* parent, const QString& objectName = {});

// The strip under the page title: confirmation (green), warning (amber) or error (red).
class MessageStrip : public QFrame {
public:
    enum class Tone { Confirmation, Warning, Error };
    explicit MessageStrip(QWidget* parent);
    void show(const QString& text, Tone tone);
    void clear();
    QString text() const;
    Tone tone() const { return m_tone; }

private:
    QLabel* m_label;
    Tone m_tone = Tone::Confirmation;
};

// A read-only table: whole rows selected, no grid lines inside, the house header style.
QTableWidget* table(QWidget* parent, const QString& objectName, int columns);
void setRow(QTableWidget* table, int row, const QStringList& cells);

// "1-3, 5"
QString sequences(const QVector<qint64>& numbers);

// "2026-11-29 09:00" in local time; empty for no time.
QString localTime(const QDateTime& time);

// The folder batches, receipts and keys were last chosen in (kept across sessions, because the
// USB stick is usually in the same place), or Documents; rememberFolder() keeps the folder of
// `path` for next time.
QString lastFolder();
void rememberFolder(const QString& path);

// The busy cursor while keys are unlocked and batches checked, restored however the scope ends.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

class Texts {
    Q_DECLARE_TR_FUNCTIONS(ExchangePage)
public:
    static QString none();
};

}  // namespace exchangeparts

}  // namespace tongbao
