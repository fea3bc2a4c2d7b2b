#pragma once

#include "policy/PolicySubject.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace tongbao {

class Database;

// The SQL behind classified protection (core/policy): the columns migration 9 adds to the
// child's file, and the bulk reads that gather each child's facts, measures and referrals in
// three passes over the tables instead of one repository load per child.
class PolicyQueries {
public:
    explicit PolicyQueries(Database& db);

    static QStringList schema();

    // Every open, live file with its measures and referrals, in the order of the child ids, one
    // at a time (memory does not grow with the ledger). False when the ledger could not be read.
    bool forEachOpenFile(const std::function<void(const PolicySubject&)>& subject) const;
    // One child's facts, open or closed; nullopt when there is no such live child.
    std::optional<PolicySubject> child(const QString& childId) const;

private:
    Database& m_db;
};

}  // namespace tongbao
