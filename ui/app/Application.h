#pragma once

#include "common/Localization.h"
#include "visits/FormScript.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QApplication;

namespace tongbao {

class Ledger;

// The start of the GUI program, between main() and the main window: reads the command line,
// chooses the language, finds the ledger to open (the file named on the command line, else the
// one opened last, else a new one from the first-start dialog) and shows the window. A file that
// cannot be opened is explained, with the offer to open another or create a new one.
class Application {
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    struct Options {
        QString ledgerPath;
        // Scripted runs for the documentation: open the ledger without asking anything, save a
        // picture of the window (of the first-start dialog when no ledger is named) and quit.
        // Not listed in --help.
        QString screenshotPath;
        QSize windowSize;
        std::optional<Localization::Language> language;
        // The visit and safety report forms driven by hidden options (see FormScript).
        FormScript::Options forms;
        // With --screenshot: photograph this child's file (record id or ID number) instead of
        // the main window, showing the section named (basic, household, guardianship, ...).
        QString openChild;
        QString childSection;
        // With --screenshot: the section of the main window to show ("register").
        QString section;
    };

    static Options parseArguments(const QStringList& arguments);
    static int run(QApplication& app);

    // Asks until a ledger is open (and remembered as the most recent) or the user gives up.
    static std::unique_ptr<Ledger> obtainLedger(const QString& requestedPath);

private:
    static int takeScreenshot(const Options& options);
};

}  // namespace tongbao
