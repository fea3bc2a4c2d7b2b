#pragma once

#include "common/BackgroundLedgerRead.h"
#include "report/WorkbenchFigures.h"
#include "schedule/DueList.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;

namespace tongbao {

class Ledger;
class VillageDirectory;

// Three small charts on the workbench (Qt Charts): the children on file by category, the visits
// of each of the last twelve months, and the visits overdue by village group. Clicking a bar
// opens the matching list: the register filtered by that category, the monthly report of that
// month, the overdue list. The first two are counted in the background on their own
// connection (WorkbenchFigures); the third comes from the workbench's own due lists.
//
// In a town's merged ledger the visits overdue are counted by village instead (every village
// has its own 1组), the villages with the most first; a bar opens the register filtered to that
// village.
class WorkbenchCharts : public QWidget {
    Q_OBJECT

public:
    explicit WorkbenchCharts(QWidget* parent = nullptr);
    ~WorkbenchCharts() override;

    // The ledger stays owned by the caller; nullptr empties the charts.
    void setLedger(Ledger* ledger);
    // Counts the categories and visits again (in the background).
    void refresh();
    // `owners` gives the village of each child in a merged ledger (DueListLoader::owners).
    void setOverdue(const QVector<DueChild>& overdue, const QHash<QString, QString>& owners = {});
    // Whether the overdue chart counts villages (a merged ledger) rather than village groups.
    bool overdueByVillage() const;

    const std::optional<WorkbenchFigures>& figures() const { return m_figures; }
    QChart* categoryChart() const;
    QChart* visitsChart() const;
    QChart* overdueChart() const;

signals:
    void categoryChosen(const QString& code);
    void monthChosen(const QDate& month);
    void overdueGroupChosen(const QString& villageGroup);
    // A village's bar of a merged ledger: the owner's ledger id.
    void overdueVillageChosen(const QString& owner);
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
    void openVillage(const QString& owner);
    QString villageLabel(const QString& owner) const;

    Ledger* m_ledger = nullptr;
    BackgroundLedgerRead* m_read = nullptr;
    std::optional<WorkbenchFigures> m_figures;
    std::unique_ptr<VillageDirectory> m_villages;
    // By village group in the groups' order, or by village (owner) in a merged ledger.
    QVector<QPair<QString, qint64>> m_overdue;
    QChartView* m_categoryView = nullptr;
    QChartView* m_visitsView = nullptr;
    QChartView* m_overdueView = nullptr;
};

}  // namespace tongbao
