#pragma once

#include "exchange/VillageDirectory.h"
#include "storage/ChildListQuery.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QMenu;
class QToolButton;

namespace tongbao {

// The register's filters as chips: "Filter ▾" offers risk level, category, file status,
// village group, age band and "no visit for N days", and in a town's merged ledger the
// registered villages; each filter chosen shows as a chip ("Risk: High ✕") that one click
// removes. Filtering itself is ChildListQuery's, in SQL.
class FilterChipBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterChipBar(QWidget* parent = nullptr);

    // Where the village groups of the menu come from (they change as children are entered).
    void setVillageGroupSource(std::function<QStringList()> source);
    // Where the villages of the menu come from: VillageDirectory::units of a merged ledger
    // (the ledger itself names the chip of its own rows, chosen from elsewhere; the menu offers
    // the registered villages), none in a village's own ledger, which offers no such filter.
    void setVillageSource(std::function<QVector<LedgerUnit>()> source);

    // Writes the chosen filters into `filter`, leaving its search text alone.
    void applyTo(ChildListFilter& filter) const;
    bool isEmpty() const;
    void clear();

    // Chooses a filter as the menu does: kind is risk, category, status, group, age, visit or
    // village (the value a village's ledger id).
    void choose(const QString& kind, const QString& value);
    void remove(const QString& kind);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillMenu();
    void rebuildChips();
    QString chipText(const QString& kind, const QString& value) const;

    QToolButton* m_addButton = nullptr;
    QMenu* m_menu = nullptr;
    QHBoxLayout* m_chips = nullptr;
    QVector<QPair<QString, QString>> m_chosen;  // kind, value, in the order chosen
    std::function<QStringList()> m_villageGroups;
    std::function<QVector<LedgerUnit>()> m_villages;
};

}  // namespace tongbao
