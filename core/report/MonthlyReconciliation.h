#pragma once

#include "report/MonthlyReport.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace tongbao {

// A total that does not equal (or exceeds) what it should.
struct ReconciliationProblem {
    QString where;  // the row: a group, a village's subtotal, 合计
    QString rule;   // which identity failed, in words
    qint64 expected = 0;
    qint64 actual = 0;
};

// The checks an office runs on a report before signing it (表间勾稽关系): within each row,
// every total equals the sum of its parts (on file = by risk level = by guardianship type;
// closed = by reason; visits = in person + other; measures = by kind) and no part exceeds its
// whole (a category, children seen, overdue children, reports to the police); across rows,
// each village's subtotal is the sum of its groups and the total the sum of the villages; and
// the total agrees with the same figures counted directly, without any grouping.
class MonthlyReconciliation {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReconciliation)
public:
    static QVector<ReconciliationProblem> check(const MonthlyReport& report);
};

// The broken identities of a report; empty when everything adds up.
inline QVector<ReconciliationProblem> reconcile(const MonthlyReport& report) {
    return MonthlyReconciliation::check(report);
}

}  // namespace tongbao
