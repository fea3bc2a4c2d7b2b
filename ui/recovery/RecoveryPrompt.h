#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tongbao {

// The start-up check of a ledger file, with the person at the keyboard (issue 7). Before a file
// is opened, StartupCheck looks at it (its header always; the whole file after the program did
// not end cleanly). A file that is damaged, cut short, not a ledger or from a newer Tongbao is
// explained in plain words, and when a sound backup exists the person is offered to open it:
// it is restored in the damaged file's place and the damaged file is kept beside it, never
// deleted or repaired. While the ledger is open a marker says so, so that the next start can
// tell a crash from a normal end.
class RecoveryPrompt {
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompt)
public:
    // Success: open the file (perhaps now holding the restored backup). Failure: do not open
    // it; the message says why, for the "cannot be opened" question that follows.
    static Status vet(QWidget* parent, const QString& ledgerPath);
};

}  // namespace tongbao
