#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace tongbao {

class Database;

// The ledger's schema history. Migration N brings a file from user_version N-1 to N, in one
// transaction with the version bump, so a file is always at exactly one known version. A
// released migration is never edited: changes go into a new one.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    struct Step {
        int version;
        const char* description;
        QStringList statements;
    };

    static const QVector<Step>& steps();
    static int latestVersion();

    // Applies every step above the file's version up to `target` (default: latest).
    static Status migrate(Database& db, int target = -1);
    static int currentVersion(Database& db);
};

}  // namespace tongbao
