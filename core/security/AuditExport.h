#pragma once

#include "common/Result.h"
#include "storage/AccessLog.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace tongbao {

class Ledger;

// The ledger's history (changes and accesses) as the administrator's audit page shows and saves
// it: readable columns, actions in words, a spreadsheet (xlsx) or CSV file. Only an
// administrator may read it, and saving it is itself written to the access log.
class AuditExport {
    Q_DECLARE_TR_FUNCTIONS(AuditExport)
public:
    static QStringList header();
    static QStringList rowOf(const AuditEntry& entry);
    static QString actionLabel(const QString& action);
    // The action codes a filter can choose, in the order the page lists them.
    static QStringList actions();

    // The rows the filter selects, when the acting user may read them.
    static Result<QVector<AuditEntry>> search(Ledger& ledger, const AuditFilter& filter);
    // Writes the rows to `path` (.xlsx, else CSV) and records the export.
    static Status save(Ledger& ledger, const AuditFilter& filter, const QString& path);
};

}  // namespace tongbao
