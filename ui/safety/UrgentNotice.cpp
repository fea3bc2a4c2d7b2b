#include "safety/UrgentNotice.h"

#include "domain/SafetyReport.h"
#include "safety/SafetyWorkflow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongbao {

UrgentNotice::UrgentNotice(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("urgentNotice"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("urgentTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);
    m_whom = new QLabel(this);
    m_whom->setObjectName(QStringLiteral("urgentWhom"));
    m_whom->setWordWrap(true);
    m_whom->setTextFormat(Qt::PlainText);
    QFont whomFont = m_whom->font();
    whomFont.setWeight(QFont::DemiBold);
    m_whom->setFont(whomFont);
    m_hotlines = new QLabel(this);
    m_hotlines->setObjectName(QStringLiteral("urgentHotlines"));
    m_hotlines->setWordWrap(true);
    m_recordButton = new QPushButton(this);
    m_recordButton->setObjectName(QStringLiteral("urgentRecordButton"));
    m_recordButton->setAutoDefault(false);
    connect(m_recordButton, &QPushButton::clicked, this, [this] {
        if (m_townOnly)
            emit recordTownRequested();
        else
            emit recordPoliceRequested();
    });

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_whom);
    text->addWidget(m_hotlines);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(16);
    layout->addLayout(text, 1);
    layout->addWidget(m_recordButton, 0, Qt::AlignVCenter);
    setVisible(false);
    retranslateUi();
}

void UrgentNotice::showFor(const SafetyReport& report, const QDateTime& now) {
    const QStringList toTell =
        SafetyWorkflow::isOpen(report) ? SafetyWorkflow::stillToTell(report) : QStringList();
    m_urgent = toTell.contains(QStringLiteral("police"));
    m_townOnly = !m_urgent && toTell.contains(QStringLiteral("town"));
    const QDateTime found = report.discoveredAt.isValid() ? report.discoveredAt : now;
    m_elapsed = SafetyWorkflow::elapsedText(found.secsTo(now));
    // Not yet started: the button would record on a report that does not exist yet.
    m_recordButton->setVisible(!report.meta.id.isEmpty());
    setVisible(m_urgent || m_townOnly);
    applyTone();
    retranslateUi();
}

void UrgentNotice::applyTone() {
    if (m_urgent)
        setStyleSheet(QStringLiteral(
            "#urgentNotice { background: #c62828; border-radius: 6px; }"
            "#urgentNotice QLabel { color: white; }"
            "#urgentNotice QPushButton { background: white; color: #b71c1c; border: none; "
            "  border-radius: 4px; padding: 7px 16px; font-weight: 700; }"
            "#urgentNotice QPushButton:hover { background: #ffebee; }"
            "#urgentNotice QPushButton:focus { border: 2px solid #4a0000; }"));
    else
        setStyleSheet(QStringLiteral(
            "#urgentNotice { background: #fff4e0; border: 1px solid #f0b35a; border-radius: 6px; }"
            "#urgentNotice QLabel { color: #5a3a00; }"
            "#urgentNotice QPushButton { background: white; color: #5a3a00; border: 1px solid "
            "  #f0b35a; border-radius: 4px; padding: 6px 14px; font-weight: 600; }"));
}

void UrgentNotice::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void UrgentNotice::retranslateUi() {
    if (m_townOnly) {
        m_title->setText(tr("Still to tell: the town"));
        m_whom->setText(tr("The police have been told. Tell the town or subdistrict office too."));
        m_hotlines->setText(QString());
        m_hotlines->setVisible(false);
        m_recordButton->setText(tr("Record the report to the town…"));
        return;
    }
    m_title->setText(
        tr("Report now: the police have not been told yet (found %1 ago)").arg(m_elapsed));
    m_whom->setText(
        tr("• Police: call 110, or go to the local police station\n"
           "• Then tell the town or subdistrict office"));
    m_hotlines->setText(
        tr("Hotlines for advice: 12355 (youth), 12338 (women and children). If the child is in "
           "danger right now, call 110 first."));
    m_hotlines->setVisible(true);
    m_recordButton->setText(tr("Record the report to the police…"));
}

}  // namespace tongbao
