#pragma once

#include <QCoreApplication>
#include <QString>

namespace tongbao {

// Facts about ledger files that several screens share: where a new one goes by default, the
// filter of the file dialogs, and who is acting. Until user accounts exist, the acting user
// written into the audit log is the operating system's user name.
class LedgerFiles {
    Q_DECLARE_TR_FUNCTIONS(LedgerFiles)

public:
    static QString actor();
    // For QFileDialog: ledger files first, then everything.
    static QString fileFilter();
    // <AppDataLocation>/<unit name>.tongbao, with characters no file system allows replaced.
    static QString defaultPath(const QString& unitName);
    // Adds ".tongbao" unless the name already ends with it.
    static QString withSuffix(const QString& path);
    static QString defaultDirectory();
};

}  // namespace tongbao
