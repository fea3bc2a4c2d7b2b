#include "exchange/ExchangeParts.h"

#include "exchange/SequenceRanges.h"
#include "visits/FormParts.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongbao::exchangeparts {

namespace {

const QString kTableStyle = QStringLiteral(
    "QTableWidget { border: 1px solid #d5dce4; background: #ffffff; gridline-color: #e1e6ec;"
    "  selection-background-color: #cfe0f5; selection-color: #10233a; }"
    "QHeaderView::section { background: #eef2f6; color: #34495e; border: none;"
    "  border-right: 1px solid #d5dce4; border-bottom: 1px solid #d5dce4; padding: 4px 6px;"
    "  font-weight: 600; }");

const QString kFolderSetting = QStringLiteral("exchange/lastFolder");

}  // namespace

Card::Card(const QString& objectName, QWidget* parent)
    : QFrame(parent) {
    setObjectName(objectName);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#%1 { background: #ffffff; border: 1px solid #d5dce4; "
                                 "border-radius: 8px; }")
                      .arg(objectName));
    m_heading = formparts::heading(this, objectName + QStringLiteral("Heading"), 1.08);
    m_body = new QVBoxLayout(this);
    m_body->setContentsMargins(16, 12, 16, 14);
    m_body->setSpacing(8);
    m_body->addWidget(m_heading);
}

QString spaced(const QString& fingerprint) {
    return fingerprint.split(QLatin1Char('-')).join(QStringLiteral("  "));
}

QLabel* fingerprintLabel(QWidget* parent, const QString& objectName, qreal scale) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(parent->font().pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(
        QStringLiteral("color: #10233a; background: #f4f7fa; border: 1px solid "
                       "#d5dce4; border-radius: 6px; padding: 6px 12px;"));
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return label;
}

void makePrimary(QPushButton* button) {
    button->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1565c0; color: white; border: none; border-radius: 6px;"
        "  padding: 6px 18px; font-weight: 600; }"
        "QPushButton:hover { background: #0d5bb5; }"
        "QPushButton:disabled { background: #b7c6d8; color: #eef2f6; }"));
}

QLabel* hint(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    return label;
}

MessageStrip::MessageStrip(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("exchangeMessage"));
    setAttribute(Qt::WA_StyledBackground);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("exchangeMessageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 7, 12, 7);
    layout->addWidget(m_label);
    setVisible(false);
}

void MessageStrip::show(const QString& text, Tone tone) {
    m_tone = tone;
    m_label->setText(text);
    QString colours;
    switch (tone) {
        case Tone::Confirmation:
            colours =
                QStringLiteral("background: #edf7ee; border: 1px solid #a5d6a7; color: #1b5e20;");
            break;
        case Tone::Warning:
            colours =
                QStringLiteral("background: #fff8e6; border: 1px solid #f3cf7a; color: #5d4300;");
            break;
        case Tone::Error:
            colours =
                QStringLiteral("background: #fff4f3; border: 1px solid #f0b4ad; color: #b71c1c;");
            break;
    }
    setStyleSheet(QStringLiteral("#exchangeMessage { %1 border-radius: 6px; } "
                                 "#exchangeMessageText { border: none; background: transparent; }")
                      .arg(colours));
    setProperty("error", tone == Tone::Error);
    setVisible(!text.isEmpty());
}

void MessageStrip::clear() {
    m_label->clear();
    setVisible(false);
}

QString MessageStrip::text() const {
    return m_label->text();
}

QTableWidget* table(QWidget* parent, const QString& objectName, int columns) {
    auto* view = new QTableWidget(0, columns, parent);
    view->setObjectName(objectName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setAlternatingRowColors(false);
    view->setStyleSheet(kTableStyle);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(qMax(28, view->fontMetrics().height() + 10));
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int column = 0; column < cells.size() && column < table->columnCount(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setToolTip(cells[column]);
        table->setItem(row, column, item);
    }
}

QString sequences(const QVector<qint64>& numbers) {
    return sequenceRanges(numbers, QChar(0x2013));  // en dash
}

QString localTime(const QDateTime& time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString lastFolder() {
    const QString folder = QSettings().value(kFolderSetting).toString();
    if (!folder.isEmpty() && QDir(folder).exists())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString& path) {
    QSettings().setValue(kFolderSetting, QFileInfo(path).absolutePath());
}

QString Texts::none() {
    return tr("none");
}

}  // namespace tongbao::exchangeparts
