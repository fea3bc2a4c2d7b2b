#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMainWindow;

namespace tongbao {

class Ledger;

// The case sheet from a child's file: a Print menu with "Print case sheet…" (Ctrl+P, through the
// print preview) and "Save case sheet as PDF…", added to the file's window by one call so that
// the window itself needs to know nothing of printing. The sheet shows what is saved.
class CaseSheetActions {
    Q_DECLARE_TR_FUNCTIONS(CaseSheetActions)
public:
    // `childId` answers which child the window shows now (empty for a child not yet saved).
    static void install(QMainWindow* window, Ledger& ledger, std::function<QString()> childId);
};

}  // namespace tongbao
