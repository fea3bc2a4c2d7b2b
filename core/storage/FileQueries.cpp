#include "storage/FileQueries.h"

#include "storage/Database.h"

namespace tongbao::filequeries {

bool copyInto(Database& db, const QString& target, QString* error) {
    SqlQuery vacuum(db, QStringLiteral("VACUUM INTO :target"));
    vacuum.bind(QStringLiteral(":target"), target);
    if (vacuum.exec())
        return true;
    if (error)
        *error = vacuum.errorText();
    return false;
}

std::optional<int> pageProblems(Database& db) {
    SqlQuery check(db, QStringLiteral("PRAGMA quick_check"));
    if (!check.exec())
        return std::nullopt;
    int problems = 0;
    while (check.next()) {
        if (check.value(0).toString() != QLatin1String("ok"))
            ++problems;
    }
    check.raw().finish();
    return problems;
}

std::optional<QString> setting(Database& db, const QString& key) {
    SqlQuery query(db, QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

void releaseCache(Database& db) {
    db.execute(QStringLiteral("PRAGMA shrink_memory"));
}

}  // namespace tongbao::filequeries
