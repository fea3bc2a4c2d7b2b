#pragma once

#include "storage/ChildListQuery.h"

#include <functional>

namespace tongbao {

class SqlQuery;

// The columns of a row of the register list and how they are read back, for ChildListQuery,
// which chooses and orders the rows. A keystroke in the register's search box reads a screen of
// rows and a scroll a page of 200; QtSql converts every value it steps over (SQLite turns the
// stored UTF-8 into UTF-16 in a buffer of its own, the driver copies that into a QVariant), which
// for a page cost nearly as much as SQLite's own work (docs/performance.md). So QtSql binds and
// runs the statement, keeping it prepared and reporting its errors, and the rows are read from
// that statement through SQLite's interface, as UTF-8, straight into ChildListRow.
class ChildListRows {
public:
    // "SELECT" and the columns of a row, in the order read() reads them: over the child c and
    // its household h (a LEFT JOIN: no household reads as a null head's name).
    static QString columns();

    // Hands each row of `query`, just run, to `visit` until it returns false. Values read as
    // QtSql and sqlvalue::from read them: NULL as a null string or an invalid date, '' as an
    // empty string, code lists without empty parts. False if the rows could not all be read.
    static bool read(SqlQuery& query, const std::function<bool(ChildListRow&&)>& visit);
};

}  // namespace tongbao
