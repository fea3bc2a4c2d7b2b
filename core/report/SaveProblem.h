#pragma once

#include <QCoreApplication>
#include <QString>

namespace tongbao {

// Says, in a committee member's words, why a report, sheet or PDF could not be saved where they
// chose: the disk is full, the file is open in WPS or Excel (which lock what they show on
// Windows), the folder cannot be written to. Every writer of core/report ends with the same
// question, and "could not be written" alone leaves the user with nothing to try.
class SaveProblem {
    Q_DECLARE_TR_FUNCTIONS(SaveProblem)
public:
    // The reason a file at `path` could not be written, with what to do about it.
    static QString describe(const QString& path);
};

}  // namespace tongbao
