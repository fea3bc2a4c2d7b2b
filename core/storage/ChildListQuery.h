#pragma once

#include "common/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace tongbao {

class Database;

// What the register list asks for. Filtering and sorting happen in SQL so that a district
// ledger of 100,000 children is never loaded into memory to be shown.
struct ChildListFilter {
    // Part of the name, ID number or household head's name, or the name's pinyin from the start
    // of a syllable ("zhang", "san", "zhangsan") or its initials ("zs"); see SearchIndex.
    QString search;
    QString riskLevel;     // empty = any
    QString category;      // empty = any
    QString fileStatus;    // empty = any; "active" or "closed"
    QString villageGroup;  // empty = any
    // Only the rows of one unit: a village's ledger id in a town's merged ledger (see
    // VillageDirectory); empty = any.
    QString owner;
    bool includeDeleted = false;
    // Age band in whole years on today's date, both ends included; -1 leaves that end open.
    int ageFrom = -1;
    int ageTo = -1;
    // Only children with no visit in the last N days, today included (or never visited); -1 = any.
    int noVisitForDays = -1;
};

enum class ChildListColumn {
    Name,
    Sex,
    BirthDate,
    IdNumber,
    VillageGroup,
    RiskLevel,
    FileStatus,
    Age,  // youngest first when ascending
    Categories,
    HouseholdHead,
    LastVisit,  // never visited first when ascending
    // The unit that owns the row: the ledger itself first, then the registered villages by
    // area code and name (as VillageDirectory lists them), unregistered owners last; by name
    // within each.
    Village,
};

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
    QDate lastVisit;  // the latest live visit; invalid when never visited
    QString owner;    // the ledger id of the unit whose row it is (VillageDirectory names it)
};

// Counts and pages through the children matching a filter. Meant to live for one look at the
// list (count, then the first page): it remembers its counts, so make a new one after the
// ledger changes.
class ChildListQuery {
public:
    // The rows a list reads with its counts when its search, filter or order changes: more than
    // the tallest screen shows at once (the register's rows are 32 pixels high), so that a
    // keystroke reads what is seen and no more; the rest of the page is read on scrolling. The
    // register's model and `tongbao-cli bench` both read this many.
    static constexpr int FirstScreenRows = 50;

    // The clock gives "today" for age bands and days since the last visit.
    explicit ChildListQuery(Database& db, const Clock& clock = Clock::current());

    // The bands of the list's age filter: 0-5, 6-11, 12-15, 16-17 (pre-school, primary school,
    // lower secondary, the last years before adulthood).
    static QVector<QPair<int, int>> standardAgeBands();

    // The index behind the village filter and the village order of a merged ledger (migration
    // 14): a village's children in name order, with what the other filters read.
    static QStringList schemaVillageOrder();

    int count(const ChildListFilter& filter) const;
    // Rows [offset, offset + limit) in the given order; limit < 0 means all.
    QVector<ChildListRow> fetch(const ChildListFilter& filter,
                                const ChildListSort& sort,
                                int offset,
                                int limit) const;
    // Visits every matching row in order over one forward-only cursor, stopping early when
    // `visit` returns false. For exports and listings of a whole district: neither all rows in
    // memory nor a re-sort per page (fetch() pages with OFFSET, which re-reads the rows before
    // the page). Returns false if the rows could not be read.
    bool forEach(const ChildListFilter& filter,
                 const ChildListSort& sort,
                 const std::function<bool(const ChildListRow&)>& visit) const;

    // The unit that owns each of these children (by child id; deleted children too), for lists
    // gathered elsewhere (the workbench's) that name a child's village in a merged ledger.
    QHash<QString, QString> ownersOf(const QStringList& childIds) const;

private:
    Database& m_db;
    const Clock& m_clock;
    mutable QHash<QString, int> m_counts;  // by statement and values, for this object's life
};

}  // namespace tongbao
