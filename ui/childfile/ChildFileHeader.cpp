#include "childfile/ChildFileHeader.h"

#include "common/Appearance.h"
#include "domain/Vocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongbao {

namespace {

QString pillStyle(const QColor& background, const QColor& text) {
    return QStringLiteral(
               "background: %1; color: %2; border-radius: 10px; padding: 3px 12px;"
               " font-weight: 600;")
        .arg(background.name(), text.name());
}

}  // namespace

ChildFileHeader::ChildFileHeader(QWidget* parent)
    : QWidget(parent) {
    QWidget* header = this;
    header->setObjectName(QStringLiteral("fileHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    header->setStyleSheet(
        QStringLiteral("#fileHeader { background: #f8fafc; border-bottom: 1px solid #d5dce4; }"));
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("childNameHeading"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_statusPill = new QLabel(header);
    m_statusPill->setObjectName(QStringLiteral("statusPill"));
    m_riskPill = new QLabel(header);
    m_riskPill->setObjectName(QStringLiteral("riskPill"));
    m_facts = new QLabel(header);
    m_facts->setObjectName(QStringLiteral("childFacts"));
    m_facts->setStyleSheet(QStringLiteral("color: #34495e;"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closedBanner = new QLabel(header);
    m_closedBanner->setObjectName(QStringLiteral("closedBanner"));
    m_closedBanner->setStyleSheet(QStringLiteral(
        "background: #eceff1; color: #37474f; border-radius: 4px; padding: 4px 10px;"));
    m_closedBanner->setVisible(false);
    m_keeperBanner = new QLabel(header);
    m_keeperBanner->setObjectName(QStringLiteral("keeperBanner"));
    m_keeperBanner->setWordWrap(true);
    m_keeperBanner->setTextFormat(Qt::PlainText);
    m_keeperBanner->setStyleSheet(
        QStringLiteral("background: #e8f1fb; color: #0b3d75; border-left: 4px solid #1565c0;"
                       " border-radius: 4px; padding: 6px 10px;"));
    m_keeperBanner->setVisible(false);

    m_saveHint = new QLabel(header);
    m_saveHint->setObjectName(QStringLiteral("saveHint"));
    m_saveHint->setWordWrap(true);
    m_saveHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_saveHint->setTextFormat(Qt::PlainText);
    m_closeFileButton = new QPushButton(header);
    m_closeFileButton->setObjectName(QStringLiteral("closeFileButton"));
    m_reopenButton = new QPushButton(header);
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_saveButton = new QPushButton(header);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1565c0; color: white; border: none; border-radius: 5px;"
        "  padding: 6px 22px; font-weight: 600; }"
        "QPushButton:disabled { background: #b0bec5; color: #eceff1; }"
        "QPushButton:focus { outline: 2px solid #0b3d75; }"));
    for (QPushButton* button : {m_closeFileButton, m_reopenButton, m_saveButton}) {
        button->setAutoDefault(false);
        button->setMinimumHeight(button->sizeHint().height() + 4);
    }

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_statusPill);
    titleRow->addWidget(m_riskPill);
    titleRow->addStretch();
    titleRow->addWidget(m_saveHint, 1);
    titleRow->addWidget(m_closeFileButton);
    titleRow->addWidget(m_reopenButton);
    titleRow->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(20, 12, 20, 10);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_facts);
    layout->addWidget(m_closedBanner);
    layout->addWidget(m_keeperBanner);
    retranslateUi();
}

void ChildFileHeader::showChild(const Child& child,
                                const QString& householdHead,
                                bool isNew,
                                const QDate& today) {
    m_child = child;
    m_householdHead = householdHead;
    m_isNew = isNew;
    m_today = today;
    retranslateUi();
}

void ChildFileHeader::showKeeper(const QString& keeper, const QString& here) {
    m_keeper = keeper;
    m_here = here;
    retranslateUi();
}

void ChildFileHeader::setHint(const QString& text, bool problem) {
    m_saveHint->setStyleSheet(problem ? QStringLiteral("color: #c62828;")
                                      : QStringLiteral("color: #5f6b7a;"));
    m_saveHint->setText(text);
}

void ChildFileHeader::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChildFileHeader::retranslateUi() {
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the file (Ctrl+S)"));
    m_closeFileButton->setText(tr("Close file…"));
    m_closeFileButton->setToolTip(tr("The child leaves the register: turned 18, moved away, …"));
    m_reopenButton->setText(tr("Reopen file"));
    const Child& child = m_child;
    m_name->setText(m_isNew ? tr("New child") : child.name);
    QStringList facts;
    if (!child.sex.isEmpty())
        facts.append(Vocabulary::label(vocab::Sex, child.sex));
    const int age = child.ageOn(m_today);
    if (age >= 0)
        facts.append(tr("%n year(s) old", nullptr, age));
    if (!child.idNumber.isEmpty())
        facts.append(tr("ID %1").arg(child.idNumber));
    if (!child.villageGroup.isEmpty())
        facts.append(child.villageGroup);
    if (!m_householdHead.isEmpty())
        facts.append(tr("household of %1").arg(m_householdHead));
    if (child.openedOn.isValid())
        facts.append(tr("file opened %1").arg(child.openedOn.toString(Qt::ISODate)));
    m_facts->setText(facts.isEmpty() ? tr("Fill in the child's facts; Save stores the file.")
                                     : facts.join(QStringLiteral("  ·  ")));

    m_statusPill->setVisible(!m_isNew);
    m_statusPill->setText(Vocabulary::label(vocab::FileStatus, child.fileStatus));
    m_statusPill->setStyleSheet(
        child.isActive() ? pillStyle(QColor(0xe3, 0xf2, 0xfd), QColor(0x0d, 0x47, 0xa1))
                         : pillStyle(QColor(0xec, 0xef, 0xf1), QColor(0x45, 0x5a, 0x64)));
    m_riskPill->setVisible(!child.riskLevel.isEmpty() && !m_isNew);
    const appearance::RiskColours colours = appearance::riskColours(child.riskLevel);
    m_riskPill->setText(tr("Risk: %1").arg(Vocabulary::label(vocab::RiskLevel, child.riskLevel)));
    m_riskPill->setStyleSheet(pillStyle(colours.background, colours.text));

    const bool kept = keptElsewhere();
    m_closeFileButton->setVisible(!m_isNew && !kept && child.isActive());
    m_reopenButton->setVisible(!m_isNew && !kept && !child.isActive());
    m_keeperBanner->setVisible(kept);
    if (kept) {
        const QString why = tr("%1 keeps this file; changes to it are made there.").arg(m_keeper);
        m_saveButton->setToolTip(why);
        m_closeFileButton->setToolTip(why);
        m_reopenButton->setToolTip(why);
        m_keeperBanner->setText(
            tr("%1 keeps this child's file. %2 can read it here; changes to it are made by %1 "
               "and arrive with its next batch. %2 can add its own notes and referrals.")
                .arg(m_keeper, m_here));
    }
    m_closedBanner->setVisible(!m_isNew && !child.isActive());
    if (!child.isActive()) {
        const QString date = child.exitDate.toString(Qt::ISODate);
        const QString reason = Vocabulary::label(vocab::ExitReason, child.exitReason);
        m_closedBanner->setText(kept ? tr("This file was closed on %1: %2.").arg(date, reason)
                                     : tr("This file was closed on %1: %2. It stays in the "
                                          "register; reopen it if the child needs looking after "
                                          "again.")
                                           .arg(date, reason));
    }
}

}  // namespace tongbao
