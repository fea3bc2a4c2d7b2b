#pragma once

#include "schedule/DueList.h"
#include "visits/VisitDraftStore.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace tongbao {

class DueListLoader;
class Ledger;
class VillageDirectory;
class WorkbenchListModel;
class WorkbenchTile;

// The workbench (工作台), the first screen: what needs doing now. Open safety reports come
// first, each with its age and whether the police still have to be told; then counts of the
// visits overdue, due this week, children never visited, 16th and 18th birthdays and measures
// ending soon, and visits left unfinished. A count opens its list below it; a row opens the
// visit form (or the report, or the unfinished visit).
//
// The lists come from DueList, computed away from the window's thread (DueListLoader) because a
// district ledger takes about a second; meanwhile the page says it is computing and keeps what
// it showed before. They are computed again whenever a visit or report is saved.
//
// In a town's merged ledger every list names the village of each child beside the village
// group, and the chart of visits overdue is by village (WorkbenchCharts).
class WorkbenchPage : public QWidget {
    Q_OBJECT

public:
    enum class List {
        Overdue,
        DueThisWeek,
        NeverVisited,
        Birthdays,
        MeasuresEnding,
        Drafts,
        SafetyReports
    };

    explicit WorkbenchPage(QWidget* parent = nullptr);
    ~WorkbenchPage() override;

    // The ledger stays owned by the caller; nullptr empties the page.
    void setLedger(Ledger* ledger);
    // Computes the lists again (in the background).
    void refresh();

    bool isComputing() const;
    // The lists last computed, if any.
    const std::optional<DueLists>& lists() const { return m_lists; }
    // In a merged ledger, the village (owner) of every child in lists(), by child id.
    const QHash<QString, QString>& owners() const { return m_owners; }
    void showList(List list);
    List currentList() const { return m_list; }
    WorkbenchListModel* model() const { return m_model; }

signals:
    // A child's row was opened (for screens that show the child's file).
    void childActivated(const QString& childId);
    // Emitted after each computation has been shown.
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    QWidget* buildSafetyStrip();
    void retranslateUi();
    void computed();
    void reloadDrafts();
    void showCounts();
    void showSafetyStrip();
    void fillList();
    void activateRow(int row);
    void recordVisitForSelection();
    void sizeColumns();
    bool merged() const;
    // Where a child lives, as the lists say it: the village group, and in a merged ledger the
    // village before it.
    QString villageOf(const QString& childId) const;
    QString placeOf(const QString& childId, const QString& villageGroup) const;

    Ledger* m_ledger = nullptr;
    DueListLoader* m_loader = nullptr;
    std::optional<DueLists> m_lists;
    QHash<QString, QString> m_owners;
    std::unique_ptr<VillageDirectory> m_villages;
    QVector<VisitDraft> m_drafts;
    QStringList m_draftNames;
    List m_list = List::Overdue;
    bool m_stale = false;

    QLabel* m_title = nullptr;
    QLabel* m_date = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QWidget* m_safetyStrip = nullptr;
    QLabel* m_safetyHeading = nullptr;
    QVBoxLayout* m_safetyRows = nullptr;
    QVector<WorkbenchTile*> m_tiles;
    QLabel* m_listTitle = nullptr;
    QLabel* m_listHint = nullptr;
    QPushButton* m_visitButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyList = nullptr;
    WorkbenchListModel* m_model = nullptr;
};

}  // namespace tongbao
