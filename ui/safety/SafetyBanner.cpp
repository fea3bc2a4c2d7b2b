#include "safety/SafetyBanner.h"

#include "exchange/VillageDirectory.h"
#include "safety/SafetyReportForm.h"
#include "safety/SafetyReports.h"
#include "safety/SafetyWorkflow.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"
#include "workbench/LedgerEvents.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tongbao {

SafetyBanner::SafetyBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("safetyBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "#safetyBanner { background: #c62828; border-bottom: 1px solid #8e0000; }"
        "#safetyBanner QLabel { color: white; }"
        "#safetyBanner QPushButton { background: white; color: #b71c1c; border: none; "
        "  border-radius: 4px; padding: 6px 16px; font-weight: 700; }"
        "#safetyBanner QPushButton:hover { background: #ffebee; }"
        "#safetyBanner QPushButton:focus { border: 2px solid #4a0000; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("safetyBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont bold = m_text->font();
    bold.setWeight(QFont::Bold);
    bold.setPointSizeF(bold.pointSizeF() * 1.08);
    m_text->setFont(bold);
    m_callText = new QLabel(this);
    m_callText->setObjectName(QStringLiteral("safetyBannerCall"));
    m_callText->setWordWrap(true);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("safetyBannerButton"));
    m_openButton->setAutoDefault(false);
    connect(m_openButton, &QPushButton::clicked, this, &SafetyBanner::openReport);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_text);
    text->addWidget(m_callText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 8, 18, 8);
    layout->setSpacing(16);
    layout->addLayout(text, 1);
    layout->addWidget(m_openButton, 0, Qt::AlignVCenter);

    // The time since discovery keeps counting while the banner is up.
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SafetyBanner::refresh);
    m_timer->start();
    connect(&LedgerEvents::instance(), &LedgerEvents::safetyReportsChanged, this,
            &SafetyBanner::refresh);
    setVisible(false);
}

void SafetyBanner::setLedger(Ledger* ledger) {
    m_ledger = ledger;
    refresh();
}

void SafetyBanner::refresh() {
    m_reportIds.clear();
    m_childNames.clear();
    m_keptByVillages = 0;
    m_oldestSeconds = 0;
    if (m_ledger && SafetyReports::visible()) {
        QVector<SafetyReport> urgent;
        for (const SafetyReport& report : m_ledger->safetyReports().open()) {
            if (SafetyWorkflow::isUrgent(report))
                urgent.append(report);
        }
        std::sort(urgent.begin(), urgent.end(), [](const SafetyReport& a, const SafetyReport& b) {
            return a.discoveredAt < b.discoveredAt;
        });
        const QDateTime now = m_ledger->clock().now();
        const VillageDirectory directory(*m_ledger);
        m_merged = directory.merged();
        for (const SafetyReport& report : urgent) {
            m_reportIds.append(report.meta.id);
            const Result<Child> child = m_ledger->children().load(report.childId);
            const QString name = child ? child->name : QString();
            if (directory.isOwn(report.meta.owner)) {
                m_childNames.append(name);
            } else {
                ++m_keptByVillages;
                m_childNames.append(
                    tr("%1, %2", "a child and the village that keeps the safety report")
                        .arg(name, directory.nameOf(report.meta.owner)));
            }
        }
        if (!urgent.isEmpty())
            m_oldestSeconds = urgent.first().discoveredAt.secsTo(now);
    }
    setVisible(!m_reportIds.isEmpty());
    retranslateUi();
}

void SafetyBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SafetyBanner::retranslateUi() {
    if (m_reportIds.isEmpty())
        return;
    const QString elapsed = SafetyWorkflow::elapsedText(m_oldestSeconds);
    if (m_reportIds.size() == 1)
        m_text->setText(tr("Not yet reported to the police: the danger to %1 was found %2 ago.")
                            .arg(m_childNames.first(), elapsed));
    else {
        // A few names, so that the banner stays one line on a small screen.
        constexpr int kNamesShown = 3;
        QString names = m_childNames.mid(0, kNamesShown).join(QStringLiteral("、"));
        if (m_childNames.size() > kNamesShown)
            names += tr(" and %n more", nullptr, int(m_childNames.size()) - kNamesShown);
        m_text->setText(tr("%n safety report(s) not yet reported to the police (%1); the "
                           "oldest was found %2 ago.",
                           nullptr, int(m_reportIds.size()))
                            .arg(names, elapsed));
    }
    if (m_keptByVillages == m_reportIds.size())
        m_callText->setText(
            tr("Call the village's children's director now and make sure the police (110 or the "
               "local station) have been told. Hotlines: 12355, 12338."));
    else if (m_merged)
        m_callText->setText(
            tr("Call the police now: 110 or the local police station. Hotlines: "
               "12355, 12338."));
    else
        m_callText->setText(
            tr("Call the police now: 110 or the local police station, then tell the "
               "town. Hotlines: 12355, 12338."));
    m_openButton->setText(m_reportIds.size() == 1 && m_keptByVillages == 0
                              ? tr("Record the police report…")
                              : tr("Open the oldest report…"));
}

void SafetyBanner::openReport() {
    if (!m_ledger || m_reportIds.isEmpty())
        return;
    SafetyReportForm* form = SafetyReports::openExisting(window(), *m_ledger, m_reportIds.first());
    if (form && !form->isKeptElsewhere())
        form->prepareReportToPolice();
}

}  // namespace tongbao
