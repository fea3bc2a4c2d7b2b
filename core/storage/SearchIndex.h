#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tongbao {

class Database;

// The register's search and list keys, precomputed per child in local tables, because pinyin
// cannot be computed in SQL and a keystroke must stay under a frame at 100,000 children.
//
// Each child has tokens, and a search finds the children with a token that starts with what
// was typed, through an SQLite FTS5 index with prefix indexes: the time grows with the matches,
// not with the register, and counting even half the register stays cheap. The tokens are every
// suffix of the folded name, ID number and household head's name (so "any part" is "the start
// of some suffix") and the name's pinyin from each syllable on, full and as initials, of every
// reading Pinyin offers ("zhangsan", "san", "zs"). So typed pinyin matches where a syllable
// starts (zhang, san, zs, not ang). A tombstoned child also has the token "_deleted", which no
// folded text can contain, and searches of live children exclude it.
//
// child_search keeps per child what the tokens were made from, the name for sorting matches
// without reading child rows, and the date of the latest live visit, kept by triggers on the
// visit table so that sorting by it and "no visit in N days" read an index, not every visit.
//
// The tables are local: never synchronised, never exported, rebuilt from the child and household
// rows whenever they may be out of date. The repositories update them in the same transaction as
// a save; code that writes child or household rows another way (an import) calls update() or
// updateHousehold() for what it wrote, or rebuild() after a very large batch (seconds at
// 100,000 children).
class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    // Raise when the tokens' format or the pinyin tables change: opening a ledger then rebuilds.
    static constexpr int KeyVersion = 1;

    // The statements of migration 7: the search tables and the indexes and triggers the
    // register list needs. Released with that migration: never change them, add a migration.
    static QStringList schema();
    // Migration 8: never-visited children get '' as latest visit; name-order indexes that carry
    // the filtered columns.
    static QStringList schemaNameOrder();
    // Migration 12: the last two sortable columns of the list get their index, so that sorting
    // 100,000 children by them reads an index instead of sorting every row in memory.
    static QStringList schemaSexAndIdNumberOrders();

    // What the visit triggers of migration 8 do, for a new ledger filled without them
    // (LedgerBuild): their statements as the schema keeps them, and the update they would have
    // made, for every child whose row is not up to date.
    static QStringList lastVisitTriggerStatements();
    static QString lastVisitUpdate();

    // The tokens a child is found by.
    static QStringList tokensFor(const QString& name,
                                 const QString& idNumber,
                                 const QString& headName);
    // The FTS5 query for a typed search text ("zs"* NOT "_deleted"), empty when there is
    // nothing to search for (only spaces or punctuation). Folding leaves no quote in the text.
    static QString matchFor(const QString& typed, bool includeDeleted = false);

    // Rewrites the row of one child from the ledger (inside the caller's transaction).
    static bool update(Database& db, const QString& childId);
    // Rewrites the rows of these children, in this order; ids of children not (or no longer)
    // in the ledger are passed over. For a batch written in one go (BulkWrite).
    static bool updateChildren(Database& db, const QStringList& childIds);
    // Rewrites the rows of the children of a household, whose head may have changed.
    static bool updateHousehold(Database& db, const QString& householdId);

    // Builds the missing rows, or all rows when the tokens' format changed. Cheap when nothing
    // is missing: two counts.
    static Status rebuildIfNeeded(Database& db);
    // Rebuilds every row.
    static Status rebuild(Database& db);

private:
    static Status fill(Database& db, bool everything);
};

}  // namespace tongbao
