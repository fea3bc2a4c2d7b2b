#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace tongbao {

class Database;

// What the register list asks for. Filtering and sorting happen in SQL so that a district
// ledger of 100,000 children is never loaded into memory to be shown.
struct ChildListFilter {
    QString search;        // part of the name, ID number or household head's name
    QString riskLevel;     // empty = any
    QString category;      // empty = any
    QString fileStatus;    // empty = any; "active" or "closed"
    QString villageGroup;  // empty = any
    bool includeDeleted = false;
};

enum class ChildListColumn { Name, Sex, BirthDate, IdNumber, VillageGroup, RiskLevel, FileStatus };

struct ChildListSort {
    ChildListColumn column = ChildListColumn::Name;
    bool descending = false;
};

// One row of the register list: only what the list shows.
struct ChildListRow {
    QString id;
    QString name;
    QString sex;
    QDate birthDate;
    QString idNumber;  // normalised; lists mask it for display
    QString villageGroup;
    QStringList categories;
    QString riskLevel;
    QString fileStatus;
    QString householdHead;
};

// Counts and pages through the children matching a filter.
class ChildListQuery {
public:
    explicit ChildListQuery(Database& db);

    int count(const ChildListFilter& filter) const;
    // Rows [offset, offset + limit) in the given order; limit < 0 means all.
    QVector<ChildListRow> fetch(const ChildListFilter& filter,
                                const ChildListSort& sort,
                                int offset,
                                int limit) const;

private:
    Database& m_db;
};

}  // namespace tongbao
