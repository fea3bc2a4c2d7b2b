#include "report/WorkbenchFigures.h"

#include "domain/Vocabulary.h"
#include "storage/ColumnMapping.h"
#include "storage/Ledger.h"
#include "storage/ReportQueries.h"

#include <QMap>

namespace tongbao {

Result<WorkbenchFigures> WorkbenchFigures::compute(Ledger& ledger) {
    const QDate today = ledger.clock().today();
    ReportQueries queries(ledger.database());
    WorkbenchFigures figures;

    QMap<QString, qint64> byCategory;
    for (const ReportCountRow& row : queries.onFileNowByCategories()) {
        QStringList codes;
        sqlvalue::from(row.code, codes);
        QStringList counted;  // a code listed twice still counts the child once
        for (const QString& code : std::as_const(codes)) {
            const QString known =
                Vocabulary::contains(vocab::Category, code.trimmed()) ? code.trimmed() : QString();
            if (!counted.contains(known))
                counted.append(known);
        }
        if (counted.isEmpty())
            counted.append(QString());
        for (const QString& code : std::as_const(counted))
            byCategory[code] += row.count;
    }
    QStringList order = Vocabulary::codes(vocab::Category);
    order.append(QString());
    for (const QString& code : std::as_const(order))
        if (byCategory.value(code) > 0)
            figures.childrenByCategory.append({code, byCategory.value(code)});

    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate first = thisMonth.addMonths(-11);
    QMap<QString, qint64> byMonth;
    for (const ReportCountRow& row : queries.visitsPerMonth(first, today))
        byMonth[row.code] = row.count;
    for (QDate month = first; month <= thisMonth; month = month.addMonths(1))
        figures.visitsByMonth.append(
            {month, byMonth.value(month.toString(QStringLiteral("yyyy-MM")))});

    if (!queries.ok())
        return Result<WorkbenchFigures>::failure(
            tr("The charts could not be drawn: the ledger file could not be read."));
    return figures;
}

}  // namespace tongbao
