#pragma once

#include "common/BackgroundLedgerRead.h"
#include "report/WorkbenchFigures.h"
#include "schedule/DueList.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;

namespace tongbao {

class Ledger;

// Three small charts on the workbench (Qt Charts): the children on file by category, the visits
// of each of the last twelve months, and the visits overdue by village group. Clicking a bar
// opens the matching list: the register filtered by that category, the monthly report of that
// month, the overdue list. The first two are counted in the background on their own
// connection (WorkbenchFigures); the third comes from the workbench's own due lists.
class WorkbenchCharts : public QWidget {
    Q_OBJECT

public:
    explicit WorkbenchCharts(QWidget* parent = nullptr);

    // The ledger stays owned by the caller; nullptr empties the charts.
    void setLedger(Ledger* ledger);
    // Counts the categories and visits again (in the background).
    void refresh();
    void setOverdue(const QVector<DueChild>& overdue);

    const std::optional<WorkbenchFigures>& figures() const { return m_figures; }
    QChart* categoryChart() const;
    QChart* visitsChart() const;
    QChart* overdueChart() const;

signals:
    void categoryChosen(const QString& code);
    void monthChosen(const QDate& month);
    void overdueGroupChosen(const QString& villageGroup);
    // Emitted after each computation of the figures has been drawn.
    void figuresShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void drawCategories();
    void drawVisits();
    void drawOverdue();
    void openCategory(const QString& code);
    void openMonth(const QDate& month);
    void openOverdue();

    Ledger* m_ledger = nullptr;
    BackgroundLedgerRead* m_read = nullptr;
    std::optional<WorkbenchFigures> m_figures;
    QVector<QPair<QString, qint64>> m_overdue;  // by village group, in the groups' order
    QChartView* m_categoryView = nullptr;
    QChartView* m_visitsView = nullptr;
    QChartView* m_overdueView = nullptr;
};

}  // namespace tongbao
