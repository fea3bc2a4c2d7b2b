#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tongbao {

class Ledger;

// The ledger spreadsheet (台账): every child on file, one row each, with the columns an office
// keeps beside the name (sex, ID number, birth date and age, categories, household,
// guardianship, measures in force and their monthly amount, last visit and next due), as
// .xlsx with a frozen header and a filter on every column. ID numbers are written as text so
// that Excel and WPS keep all 18 digits (never 5.0011E+17); dates are real dates shown as
// 2026-11-29. Rows are streamed, so a district's 100,000 children do not sit in memory.
class LedgerSheet {
    Q_DECLARE_TR_FUNCTIONS(LedgerSheet)
public:
    // Writes the sheet for the ledger's "today"; returns the number of children written.
    static Result<qint64> write(Ledger& ledger, const QString& path);
};

}  // namespace tongbao
