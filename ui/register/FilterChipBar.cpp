#include "register/FilterChipBar.h"

#include "domain/Vocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace tongbao {

namespace {

const QString kRisk = QStringLiteral("risk");
const QString kCategory = QStringLiteral("category");
const QString kStatus = QStringLiteral("status");
const QString kGroup = QStringLiteral("group");
const QString kAge = QStringLiteral("age");
const QString kVisit = QStringLiteral("visit");
const QString kVillage = QStringLiteral("village");

const QString kChipStyle = QStringLiteral(
    "QToolButton { background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9;"
    "  border-radius: 12px; padding: 3px 10px; }"
    "QToolButton:hover { background: #bbdefb; }");

}  // namespace

FilterChipBar::FilterChipBar(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("filterChips"));
    m_addButton = new QToolButton(this);
    m_addButton->setObjectName(QStringLiteral("addFilterButton"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addButton->setStyleSheet(
        QStringLiteral("QToolButton { background: white; color: #34495e; border: 1px solid #c5ced8;"
                       "  border-radius: 12px; padding: 3px 12px; }"
                       "QToolButton:hover { background: #eef2f6; }"
                       "QToolButton::menu-indicator { image: none; width: 0px; }"));
    m_menu = new QMenu(m_addButton);
    m_addButton->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &FilterChipBar::fillMenu);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(6);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_addButton);
    layout->addLayout(m_chips);
    layout->addStretch();
    rebuildChips();
}

void FilterChipBar::setVillageGroupSource(std::function<QStringList()> source) {
    m_villageGroups = std::move(source);
}

void FilterChipBar::setVillageSource(std::function<QVector<LedgerUnit>()> source) {
    m_villages = std::move(source);
}

void FilterChipBar::fillMenu() {
    m_menu->clear();
    const auto addVocabulary = [this](const QString& kind, const QString& title,
                                      const QString& vocabularyKind) {
        QMenu* sub = m_menu->addMenu(title);
        for (const Vocabulary::Term& term : Vocabulary::terms(vocabularyKind)) {
            sub->addAction(Vocabulary::label(vocabularyKind, term.code), this,
                           [this, kind, code = term.code] { choose(kind, code); });
        }
    };
    addVocabulary(kRisk, tr("Risk level"), vocab::RiskLevel);
    addVocabulary(kCategory, tr("Category"), vocab::Category);
    addVocabulary(kStatus, tr("File status"), vocab::FileStatus);
    // A town's villages, in the order of their area codes; the menu of a village's own ledger
    // stays as it was.
    const QVector<LedgerUnit> villages = m_villages ? m_villages() : QVector<LedgerUnit>();
    if (villages.size() > 1) {
        //: 村（社区）: filter the register of a town by the village the files come from
        QMenu* units = m_menu->addMenu(tr("Village"));
        units->setObjectName(QStringLiteral("villageMenu"));
        for (const LedgerUnit& village : villages) {
            if (!village.own)
                units->addAction(village.name, this,
                                 [this, id = village.ledgerId] { choose(kVillage, id); });
        }
    }
    QMenu* groups = m_menu->addMenu(tr("Village group"));
    const QStringList known = m_villageGroups ? m_villageGroups() : QStringList();
    for (const QString& group : known)
        groups->addAction(group, this, [this, group] { choose(kGroup, group); });
    groups->setEnabled(!known.isEmpty());
    QMenu* ages = m_menu->addMenu(tr("Age"));
    for (const auto& band : ChildListQuery::standardAgeBands()) {
        const QString value = QStringLiteral("%1-%2").arg(band.first).arg(band.second);
        ages->addAction(chipText(kAge, value), this, [this, value] { choose(kAge, value); });
    }
    QMenu* visits = m_menu->addMenu(tr("No visit for"));
    for (int days : {30, 60, 90, 180}) {
        visits->addAction(tr("%n day(s) or more", nullptr, days), this,
                          [this, days] { choose(kVisit, QString::number(days)); });
    }
}

QString FilterChipBar::chipText(const QString& kind, const QString& value) const {
    if (kind == kRisk)
        return tr("Risk: %1").arg(Vocabulary::label(vocab::RiskLevel, value));
    if (kind == kCategory)
        return Vocabulary::shortLabel(vocab::Category, value);
    if (kind == kStatus)
        return Vocabulary::label(vocab::FileStatus, value);
    if (kind == kGroup)
        return value;
    if (kind == kAge)
        //: An age band of the register's filter, in whole years: "6–11 years"
        return tr("%1–%2 years")
            .arg(value.section(QLatin1Char('-'), 0, 0), value.section(QLatin1Char('-'), 1, 1));
    if (kind == kVisit)
        return tr("No visit for %n day(s)", nullptr, value.toInt());
    if (kind == kVillage) {
        const QVector<LedgerUnit> villages = m_villages ? m_villages() : QVector<LedgerUnit>();
        for (const LedgerUnit& village : villages) {
            if (village.ledgerId == value)
                return village.name;
        }
        //: A register filter on a village that is no longer registered
        return tr("Unregistered unit");
    }
    return value;
}

void FilterChipBar::choose(const QString& kind, const QString& value) {
    remove(kind);
    m_chosen.append({kind, value});
    rebuildChips();
    emit changed();
}

void FilterChipBar::remove(const QString& kind) {
    const auto before = m_chosen.size();
    m_chosen.removeIf(
        [&kind](const QPair<QString, QString>& chosen) { return chosen.first == kind; });
    if (m_chosen.size() != before) {
        rebuildChips();
        emit changed();
    }
}

void FilterChipBar::clear() {
    if (m_chosen.isEmpty())
        return;
    m_chosen.clear();
    rebuildChips();
    emit changed();
}

bool FilterChipBar::isEmpty() const {
    return m_chosen.isEmpty();
}

void FilterChipBar::rebuildChips() {
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto& [kind, value] : m_chosen) {
        auto* chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip_") + kind);
        chip->setText(chipText(kind, value) + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setStyleSheet(kChipStyle);
        chip->setCursor(Qt::PointingHandCursor);
        connect(chip, &QToolButton::clicked, this, [this, kind = kind] { remove(kind); });
        m_chips->addWidget(chip);
    }
    m_addButton->setText(m_chosen.isEmpty() ? tr("Filter ▾") : tr("More filters ▾"));
}

void FilterChipBar::applyTo(ChildListFilter& filter) const {
    const QString search = filter.search;
    filter = ChildListFilter();
    filter.search = search;
    for (const auto& [kind, value] : m_chosen) {
        if (kind == kRisk)
            filter.riskLevel = value;
        else if (kind == kCategory)
            filter.category = value;
        else if (kind == kStatus)
            filter.fileStatus = value;
        else if (kind == kGroup)
            filter.villageGroup = value;
        else if (kind == kAge) {
            filter.ageFrom = value.section(QLatin1Char('-'), 0, 0).toInt();
            filter.ageTo = value.section(QLatin1Char('-'), 1, 1).toInt();
        } else if (kind == kVisit)
            filter.noVisitForDays = value.toInt();
        else if (kind == kVillage)
            filter.owner = value;
    }
}

void FilterChipBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuildChips();
    QWidget::changeEvent(event);
}

}  // namespace tongbao
