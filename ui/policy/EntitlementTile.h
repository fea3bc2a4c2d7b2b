#pragma once

#include "common/BackgroundLedgerRead.h"
#include "workbench/WorkbenchTile.h"

#include <QPointer>

namespace tongbao {

class EntitlementListDialog;
class Ledger;

// The workbench count of children who may be missing an entitlement (可能未落实保障). The
// count is computed away from the window's thread on a connection of its own (as the due
// lists are), because a district ledger takes seconds; a click opens the list.
class EntitlementTile : public WorkbenchTile {
    Q_OBJECT

public:
    explicit EntitlementTile(QWidget* parent = nullptr);

    // Counts again for this ledger (nullptr empties the tile).
    void refresh(Ledger* ledger);
    bool isComputing() const { return m_read->isRunning(); }
    EntitlementListDialog* dialog() const;

signals:
    void counted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void openList();
    void retranslateUi();

    Ledger* m_ledger = nullptr;
    BackgroundLedgerRead* m_read = nullptr;
    QPointer<EntitlementListDialog> m_dialog;
};

}  // namespace tongbao
