#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace tongbao {

class ChildFileWindows;
class ChildListModel;
class FilterChipBar;
class Ledger;

// The children's register (儿童台账): a search box that narrows the list as the user types, the
// count shown of the total, and the list itself. When there is nothing to list it says why in
// words (an empty ledger, or a search that matched no one) instead of showing a blank table.
class RegisterPage : public QWidget {
    Q_OBJECT

public:
    explicit RegisterPage(QWidget* parent = nullptr);

    // The ledger stays owned by the caller; nullptr empties the page.
    void setLedger(Ledger* ledger);
    ChildListModel* model() const { return m_model; }

    void focusSearch();

    // The children's files opened from the list (New child…, double-click, Enter, menu).
    ChildFileWindows* childFiles() const { return m_childFiles; }
    void newChild();
    void openSelectedChild();
    FilterChipBar* filters() const { return m_filters; }

    // Names shown as 张** for screen sharing; remembered on this computer.
    void setNamesHidden(bool hidden);
    static bool namesHiddenSetting();

    // How long typing must pause before the list is searched again.
    static constexpr int SearchDelayMs = 150;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildEmptyState();
    QWidget* buildNoMatchState();
    void retranslateUi();
    void applySearch();
    void updateState();
    void sizeColumns();
    void applyFilters();
    void showContextMenu(const QPoint& position);

    ChildListModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_countLabel = nullptr;
    QStackedWidget* m_states = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_noMatchTitle = nullptr;
    QLabel* m_noMatchText = nullptr;
    QPushButton* m_clearSearchButton = nullptr;
    QPushButton* m_newChildButton = nullptr;
    QPushButton* m_emptyNewChildButton = nullptr;
    FilterChipBar* m_filters = nullptr;
    ChildFileWindows* m_childFiles = nullptr;
    Ledger* m_ledger = nullptr;
};

}  // namespace tongbao
