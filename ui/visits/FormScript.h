#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tongbao {

class Ledger;
class WorkbenchPage;

// Scripted runs of the visit and safety report forms, behind hidden command-line options, for
// the draft-recovery test (which types into a real GUI process and kills it) and for the
// documentation's pictures. Nothing here is reachable without those options.
//
//   --open-visit-form CHILD   open the visit form for the child after the window shows
//   --type TEXT               type TEXT into the form's "problems" box, key by key
//   --print-resumed-visit     answer the start's offer of unfinished visits with "open them
//                             again", print the first resumed form as JSON on stdout, quit
//   --open-safety-report ID   open a safety report (its id), or start one (a child's id)
class FormScript {
    Q_DECLARE_TR_FUNCTIONS(FormScript)
public:
    struct Options {
        QString visitChildId;
        QString typeText;
        QString safetyReportId;
        bool printResumedVisit = false;

        bool any() const {
            return !visitChildId.isEmpty() || !safetyReportId.isEmpty() || printResumedVisit;
        }
    };

    // After the main window is shown on a normal start: offers the unfinished visits, or runs
    // the script when one was asked for.
    static void afterStart(QWidget* window, Ledger& ledger, const Options& options);

    // For --screenshot: waits until the workbench has computed, opens the forms the options
    // name over the window, and saves one picture of the window with the form on top.
    static bool screenshot(QWidget* window,
                           WorkbenchPage* workbench,
                           Ledger& ledger,
                           const Options& options,
                           const QString& path);
};

}  // namespace tongbao
