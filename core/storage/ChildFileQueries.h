#pragma once

#include <QStringList>
#include <QVector>

namespace tongbao {

class Database;

// A household as the picker lists it: enough to tell two families apart without opening them.
struct HouseholdSummary {
    QString id;
    QString headName;
    QString phone;
    QString villageGroup;
    QString address;
    QStringList childNames;  // the live children linked to it
};

// The reads the child's file needs beyond the repositories: finding a household to link a
// child to, and the village groups in use for the register's filter. SQL for these stays here,
// in storage, as everywhere else.
class ChildFileQueries {
public:
    // Live households whose head, phone, address, village group or one of whose children's
    // names contains `text` (all when empty), by head's name; at most `limit`.
    static QVector<HouseholdSummary> findHouseholds(Database& db, const QString& text, int limit);
    static HouseholdSummary household(Database& db, const QString& householdId);
    // The village groups of the live children, each once, in their natural order (2组 before 10组).
    static QStringList villageGroups(Database& db);
};

}  // namespace tongbao
