#pragma once

#include "report/RecoverySheet.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tongbao {

class Ledger;
class MainWindow;

// File ▸ Print recovery key sheet… (issue 8), for the administrator of an encrypted ledger: after
// a confirmation that says the previous recovery key stops working, it asks where to save the
// sheet, makes the new key (LedgerEncryption), writes the sheet core lays out (RecoverySheet)
// and offers to print it through the print preview. The place of the file is asked before the
// key is made, so that cancelling leaves the previous key working; the letters stay in memory
// only while the sheet is written and printed.
class RecoveryKeyActions : public QObject {
    Q_OBJECT
public:
    explicit RecoveryKeyActions(MainWindow* window);

    // Adds the entry to the menu (after what is there).
    void addTo(QMenu* menu);
    QAction* printSheetAction() const { return m_printSheet; }

    // The whole exchange: confirm, choose the file, make the key, write, offer to print.
    // Returns the path written; empty when cancelled or refused.
    static QString printSheet(QWidget* parent, Ledger& ledger);

private:
    void update();
    static void print(QWidget* parent, Ledger& ledger, const RecoverySheet::Facts& facts);

    MainWindow* m_window;
    QAction* m_printSheet = nullptr;
};

}  // namespace tongbao
