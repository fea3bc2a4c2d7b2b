#pragma once

#include "storage/ChildListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <memory>

namespace tongbao {

class Ledger;
class VillageDirectory;

// The register list as a table model. It has a row for every matching child from the start (so
// the scroll bar tells the length of the list), but reads them from ChildListQuery one page at
// a time as they come into view and keeps only the last few pages read: a district ledger of
// 100,000 children opens as fast as a village's 30, and scrolling through all of it does not
// fill the laptop's memory. A change of search, filter or order reads only the first screen of
// rows (FirstScreenRows) with the counts; the rest of that page is read when scrolled to. Searching
// and sorting are handed to SQL. Codes are shown as labels in the current language; retranslate()
// refreshes them after a language switch. In a town's merged ledger the Village column names the
// village each child's file comes from (a village's own ledger leaves that column to its views to
// hide).
class ChildListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Sex,
        Age,
        IdNumber,
        Village,  // the unit that owns the row, as VillageDirectory names it
        VillageGroup,
        Categories,
        Risk,
        FileStatus,
        ColumnCount
    };
    enum Role {
        RiskLevelRole = Qt::UserRole + 1,  // the risk level code (high / medium / low)
        ChildIdRole,                       // the child's record id
    };
    static constexpr int PageSize = 200;
    // Rows read at once when the search, filter or order changes: the start of the first page.
    static constexpr int FirstScreenRows = ChildListQuery::FirstScreenRows;
    // Pages kept in memory by default: several screens above and below the one shown.
    static constexpr int DefaultCachedPages = 12;

    explicit ChildListModel(QObject* parent = nullptr);
    ~ChildListModel() override;

    // The ledger stays owned by the caller; nullptr empties the model.
    void setLedger(Ledger* ledger);
    void setSearch(const QString& text);
    // The whole filter, search text included.
    void setFilter(const ChildListFilter& filter);
    const ChildListFilter& filter() const { return m_filter; }

    // Whether the ledger merges the rows of villages (a town or district), and who they are;
    // read again on every reload.
    bool merged() const;
    const VillageDirectory* villages() const { return m_villages.get(); }

    // For screen sharing: names shown as 张** (see maskName).
    void setNamesHidden(bool hidden);
    bool namesHidden() const { return m_namesHidden; }

    // Rows read from the ledger and held in memory now, and how many pages of them it keeps.
    int cachedRowCount() const;
    void setCachedPages(int pages) { m_cachedPages = qMax(1, pages); }

    // Children matching the filter, and children in the ledger at all.
    int matchingCount() const { return m_matchingCount; }
    int totalCount() const { return m_totalCount; }

    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Reads the ledger again, e.g. after a child was saved elsewhere.
    void reload();
    // Relabels headers and codes after the language changed.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // matchingCount() or totalCount() changed.
    void countsChanged();

private:
    QVariant display(const ChildListRow& row, int column) const;
    ChildListSort querySort() const;
    // The row, read with its page if that page is not in memory; nullptr past the end of what
    // the ledger holds now (it shrank since it was counted).
    const ChildListRow* rowAt(int row) const;

    Ledger* m_ledger = nullptr;
    std::unique_ptr<VillageDirectory> m_villages;
    ChildListFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Pages read, by page number, and the order they were last used in (most recent last).
    mutable QHash<int, QVector<ChildListRow>> m_pages;
    mutable QVector<int> m_pageUse;
    // The first page holds only the first screen's rows until a row after them is shown.
    mutable bool m_firstPageShort = false;
    int m_cachedPages = DefaultCachedPages;
    int m_matchingCount = 0;
    int m_totalCount = 0;
    bool m_namesHidden = false;
};

}  // namespace tongbao
