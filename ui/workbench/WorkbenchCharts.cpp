#include "workbench/WorkbenchCharts.h"

#include "app/MainWindow.h"
#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
#include "register/FilterChipBar.h"
#include "register/RegisterPage.h"
#include "reports/ReportsPage.h"
#include "storage/Ledger.h"
#include "workbench/LedgerEvents.h"
#include "workbench/WorkbenchPage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace tongbao {

namespace {

constexpr int kChartHeight = 176;
// Bars with names beside them that fit the chart's height (the categories', the villages').
constexpr int kNamedBarsShown = 6;

QChartView* makeView(QWidget* parent, const char* name) {
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kChartHeight);
    view->setMaximumHeight(kChartHeight);
    view->setFocusPolicy(Qt::NoFocus);  // the same lists are reachable from the tiles and menus
    view->setCursor(Qt::PointingHandCursor);
    return view;
}

// Replaces what a chart shows with one series of bars; `labels` name the bars.
QBarSet* fill(QChart* chart,
              const QString& title,
              const QStringList& labels,
              const QVector<qint64>& values,
              const QColor& colour,
              bool horizontal) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    auto* set = new QBarSet(title);
    set->setColor(colour);
    set->setBorderColor(colour);
    qint64 highest = 0;
    for (const qint64 value : values) {
        *set << qreal(value);
        highest = qMax(highest, value);
    }
    QAbstractBarSeries* series = horizontal
                                     ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    // Small axis text, so that a dozen months or categories fit a third of a laptop screen.
    QFont axisFont = categories->labelsFont();
    axisFont.setPointSizeF(qMax(7.0, axisFont.pointSizeF() * 0.8));
    categories->setLabelsFont(axisFont);
    // Whole names beside the bars: the plot gives way, rather than every name becoming "…"
    // in a third of a laptop screen (issue 5).
    categories->setTruncateLabels(false);
    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, qMax<qint64>(4, highest + highest / 5 + 1));
    counts->setTickCount(3);
    counts->setLabelsFont(axisFont);
    counts->setGridLineColor(QColor(0xe1, 0xe6, 0xec));
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    return set;
}

}  // namespace

WorkbenchCharts::~WorkbenchCharts() = default;

WorkbenchCharts::WorkbenchCharts(QWidget* parent)
    : QWidget(parent)
    , m_read(new BackgroundLedgerRead(this)) {
    setObjectName(QStringLiteral("workbenchCharts"));
    m_categoryView = makeView(this, "categoryChart");
    m_visitsView = makeView(this, "visitsChart");
    m_overdueView = makeView(this, "overdueChart");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_categoryView, 4);
    layout->addWidget(m_visitsView, 5);
    layout->addWidget(m_overdueView, 4);
    connect(&LedgerEvents::instance(), &LedgerEvents::visitsChanged, this,
            &WorkbenchCharts::refresh);
    drawCategories();
    drawVisits();
    drawOverdue();
}

QChart* WorkbenchCharts::categoryChart() const {
    return m_categoryView->chart();
}

QChart* WorkbenchCharts::visitsChart() const {
    return m_visitsView->chart();
}

QChart* WorkbenchCharts::overdueChart() const {
    return m_overdueView->chart();
}

void WorkbenchCharts::setLedger(Ledger* ledger) {
    m_ledger = ledger;
    m_figures.reset();
    m_overdue.clear();
    m_villages = m_ledger ? std::make_unique<VillageDirectory>(*m_ledger) : nullptr;
    drawCategories();
    drawVisits();
    drawOverdue();
    refresh();
}

void WorkbenchCharts::refresh() {
    if (!m_ledger)
        return;
    // Counted on a connection of its own, as the due lists are, so the window never waits.
    auto outcome = std::make_shared<std::optional<WorkbenchFigures>>();
    m_read->start(
        *m_ledger,
        [outcome](Ledger& ledger) {
            Result<WorkbenchFigures> figures = WorkbenchFigures::compute(ledger);
            if (!figures)
                return figures.message();
            *outcome = std::move(*figures);
            return QString();
        },
        [this, outcome](const QString&) {
            if (!m_ledger)
                return;
            m_figures = *outcome;
            drawCategories();
            drawVisits();
            emit figuresShown();
        });
}

bool WorkbenchCharts::overdueByVillage() const {
    return m_villages && m_villages->merged();
}

void WorkbenchCharts::setOverdue(const QVector<DueChild>& overdue,
                                 const QHash<QString, QString>& owners) {
    // Villages registered since the ledger was opened are named too.
    if (m_ledger)
        m_villages = std::make_unique<VillageDirectory>(*m_ledger);
    m_overdue = overdueByVillage()
                    ? WorkbenchFigures::overdueByVillage(overdue, owners, *m_villages)
                    : WorkbenchFigures::overdueByVillageGroup(overdue);
    drawOverdue();
}

void WorkbenchCharts::drawCategories() {
    // The six largest categories: more bars than that leave no room for their names.
    constexpr int kShown = kNamedBarsShown;
    QVector<QPair<QString, qint64>> largest;
    if (m_figures)
        largest = m_figures->childrenByCategory;
    std::stable_sort(largest.begin(), largest.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    largest = largest.mid(0, kShown);
    QStringList labels;
    QVector<qint64> values;
    QStringList codes;
    // Largest at the top: a horizontal series draws its first bar at the bottom.
    for (auto it = largest.crbegin(); it != largest.crend(); ++it) {
        codes.append(it->first);
        labels.append(it->first.isEmpty() ? tr("Not given")
                                          : Vocabulary::shortLabel(vocab::Category, it->first));
        values.append(it->second);
    }
    QBarSet* set = fill(m_categoryView->chart(), tr("Children on file: largest categories"), labels,
                        values, QColor(0x2f, 0x6f, 0xb3), true);
    connect(set, &QBarSet::clicked, this, [this, codes](int index) {
        if (index >= 0 && index < codes.size())
            openCategory(codes[index]);
    });
}

void WorkbenchCharts::drawVisits() {
    QStringList labels;
    QVector<qint64> values;
    QVector<QDate> months;
    if (m_figures) {
        for (const auto& [month, count] : m_figures->visitsByMonth) {
            months.append(month);
            labels.append(QString::number(month.month()));
            values.append(count);
        }
    }
    QBarSet* set = fill(m_visitsView->chart(), tr("Visits per month (last 12 months)"), labels,
                        values, QColor(0x3c, 0x8d, 0x5a), false);
    connect(set, &QBarSet::clicked, this, [this, months](int index) {
        if (index >= 0 && index < months.size())
            openMonth(months[index]);
    });
}

void WorkbenchCharts::drawOverdue() {
    if (overdueByVillage()) {
        // Names beside the bars, the villages with the most overdue at the top: a town of
        // twenty villages has no room for twenty names under bars a third of a screen wide.
        QVector<QPair<QString, qint64>> most = m_overdue;
        std::stable_sort(most.begin(), most.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        const bool all = most.size() <= kNamedBarsShown;
        most = most.mid(0, kNamedBarsShown);
        QStringList labels, owners;
        QVector<qint64> values;
        for (auto it = most.crbegin(); it != most.crend(); ++it) {
            owners.append(it->first);
            labels.append(villageLabel(it->first));
            values.append(it->second);
        }
        const QString title =
            all ? tr("Visits overdue by village")
                : tr("Visits overdue: the %n villages with most", nullptr, int(most.size()));
        QBarSet* set =
            fill(m_overdueView->chart(), title, labels, values, QColor(0xc6, 0x28, 0x28), true);
        // Bars as thick as the categories' beside them, however few the villages.
        if (auto* series =
                qobject_cast<QAbstractBarSeries*>(m_overdueView->chart()->series().value(0)))
            series->setBarWidth(0.7 * qMax(1, int(most.size())) / kNamedBarsShown);
        connect(set, &QBarSet::clicked, this, [this, owners](int index) {
            if (index >= 0 && index < owners.size() && !owners[index].isEmpty())
                openVillage(owners[index]);
        });
        return;
    }
    QStringList labels;
    QVector<qint64> values;
    QStringList groups;
    for (const auto& [group, count] : m_overdue) {
        groups.append(group);
        labels.append(group.isEmpty() ? tr("No group") : group);
        values.append(count);
    }
    QBarSet* set = fill(m_overdueView->chart(), tr("Visits overdue by village group"), labels,
                        values, QColor(0xc6, 0x28, 0x28), false);
    connect(set, &QBarSet::clicked, this, [this, groups](int index) {
        if (index >= 0 && index < groups.size()) {
            emit overdueGroupChosen(groups[index]);
            openOverdue();
        }
    });
}

void WorkbenchCharts::openCategory(const QString& code) {
    emit categoryChosen(code);
    auto* main = qobject_cast<MainWindow*>(window());
    if (!main || code.isEmpty())
        return;
    main->showSection(QStringLiteral("register"));
    main->registerPage()->filters()->clear();
    main->registerPage()->filters()->choose(QStringLiteral("category"), code);
}

void WorkbenchCharts::openMonth(const QDate& month) {
    emit monthChosen(month);
    auto* main = qobject_cast<MainWindow*>(window());
    auto* reports = main ? main->findChild<ReportsPage*>() : nullptr;
    if (!reports)
        return;
    main->showSection(QStringLiteral("reports"));
    reports->setMonth(month);
}

QString WorkbenchCharts::villageLabel(const QString& owner) const {
    if (owner.isEmpty() || !m_villages)
        //: A bar of the town's overdue chart for children whose village is not known
        return tr("Not known");
    // The town's name in front of every community's (古南街道桥河社区居委会) says nothing on
    // the town's own workbench; the register and the tooltips keep the whole name.
    const QString name = m_villages->nameOf(owner);
    const QString town = m_ledger ? m_ledger->identity().name : QString();
    if (!m_villages->isOwn(owner) && !town.isEmpty() && name.size() > town.size() + 1 &&
        name.startsWith(town))
        return name.mid(town.size());
    return name;
}

void WorkbenchCharts::openVillage(const QString& owner) {
    emit overdueVillageChosen(owner);
    auto* main = qobject_cast<MainWindow*>(window());
    if (!main)
        return;
    main->showSection(QStringLiteral("register"));
    main->registerPage()->filters()->clear();
    main->registerPage()->filters()->choose(QStringLiteral("village"), owner);
}

void WorkbenchCharts::openOverdue() {
    if (auto* page = qobject_cast<WorkbenchPage*>(parentWidget()))
        page->showList(WorkbenchPage::List::Overdue);
}

void WorkbenchCharts::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        drawCategories();
        drawVisits();
        drawOverdue();
    }
    QWidget::changeEvent(event);
}

}  // namespace tongbao
