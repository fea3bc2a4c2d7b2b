#pragma once

#include "common/Result.h"
#include "exchange/ExchangeProgress.h"
#include "exchange/ExchangeProgressDialog.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace tongbao {

class Ledger;

// Runs one export, check or import of the exchange page away from the window's thread (issue 6:
// a town imports twenty batches of thousands of children, a big village's batch takes minutes;
// the window must keep painting) and shows ExchangeProgressDialog meanwhile. The work gets a
// Ledger of its own on the worker thread, a second connection to the same file, acting as the
// same user with the same permissions (an encrypted ledger's key is known to the whole process
// once unlocked), so the window's Ledger is never used from two threads. The dialog appears only
// when the work takes longer than half a second; until then, and while it shows (it is modal to
// the window), the window takes no input and refuses to close, so no second exchange can start
// and the ledger cannot be closed under the work. run() returns when the work has ended.
class ExchangeTask {
    Q_DECLARE_TR_FUNCTIONS(ExchangeTask)
public:
    // Runs on the worker thread; passes the listener to BatchExporter or BatchImporter and keeps
    // its outcome in what it captured (read once run() has returned).
    using Work = std::function<void(Ledger& ledger, const ExchangeProgressListener& listener)>;

    // Failure only when the work could not start (another one runs, the file cannot be opened).
    static Status run(QWidget* parent,
                      Ledger& ledger,
                      const ExchangeProgressDialog::Texts& texts,
                      const Work& work);
    static bool isRunning();

    // For tests: the delay before the dialog appears (milliseconds; negative: the usual), and a
    // function the worker calls with every report before it goes on (to hold it at a known point).
    static void setDialogDelay(int milliseconds);
    static void setWorkerHook(std::function<void(const ExchangeProgressReport&)> hook);
};

}  // namespace tongbao
