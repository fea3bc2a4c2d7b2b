#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QString>
#include <QVector>

namespace tongbao {

class Ledger;

// The figures behind the workbench's charts: the children on file by category (each child
// once per category, codes in the vocabulary's order, "" for none given) and the visits of each
// of the last twelve months, this one included. Counted in SQL (storage/ReportQueries) so a
// district ledger is never loaded to draw a chart.
struct WorkbenchFigures {
    Q_DECLARE_TR_FUNCTIONS(WorkbenchFigures)

public:
    QVector<QPair<QString, qint64>> childrenByCategory;
    QVector<QPair<QDate, qint64>> visitsByMonth;  // first day of each month, oldest first

    static Result<WorkbenchFigures> compute(Ledger& ledger);
};

}  // namespace tongbao
