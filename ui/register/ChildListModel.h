#pragma once

#include "storage/ChildListQuery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace tongbao {

class Ledger;

// The register list as a table model. Rows come from ChildListQuery one page at a time as the
// view scrolls (canFetchMore / fetchMore), and searching and sorting are handed to SQL, so a
// district ledger of 100,000 children opens as fast as a village's 30. Codes are shown as labels
// in the current language; retranslate() refreshes them after a language switch.
class ChildListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Sex,
        Age,
        IdNumber,
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

    explicit ChildListModel(QObject* parent = nullptr);

    // The ledger stays owned by the caller; nullptr empties the model.
    void setLedger(Ledger* ledger);
    void setSearch(const QString& text);
    // The whole filter, search text included.
    void setFilter(const ChildListFilter& filter);
    const ChildListFilter& filter() const { return m_filter; }

    // For screen sharing: names shown as 张** (see maskName).
    void setNamesHidden(bool hidden);
    bool namesHidden() const { return m_namesHidden; }

    // Children matching the filter, loaded or not, and children in the ledger at all.
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
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // matchingCount() or totalCount() changed.
    void countsChanged();

private:
    QVariant display(const ChildListRow& row, int column) const;
    ChildListSort querySort() const;

    Ledger* m_ledger = nullptr;
    ChildListFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<ChildListRow> m_rows;
    int m_matchingCount = 0;
    int m_totalCount = 0;
    bool m_changing = false;  // a reset or an insertion is being announced
    bool m_namesHidden = false;
};

}  // namespace tongbao
