#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace tongbao {

class Entitlements;
class Ledger;

// "Children who may be missing an entitlement" (可能未落实保障的儿童): the ledger-wide result of
// the classified-protection check, grouped by the department that acts and, within it, by
// rule, each group with the policy's words and its children. Written as .xlsx (a summary sheet
// whose counts add up to the detail sheet) and as an A4 landscape PDF with the report
// renderers, so the supervisor can hand each department its own page.
struct EntitlementReport {
    Q_DECLARE_TR_FUNCTIONS(EntitlementReport)

public:
    struct Row {
        QString childId;
        QString name;
        QString villageGroup;
        QString state;  // EntitlementCheck::stateCode
        QString reason;
    };
    struct Group {
        QString department;  // vocabulary code of the leading department
        QString ruleId;
        QString ruleTitle;
        QString source;
        QVector<Row> rows;
    };

    QString unitName;
    QString ruleSetTitle;
    QDate day;
    int childrenChecked = 0;
    int childrenListed = 0;
    QVector<Group> groups;  // by department, then in the rule set's order; empty groups kept

    static Result<EntitlementReport> build(Ledger& ledger,
                                           const Entitlements& entitlements,
                                           const QDate& day,
                                           bool missingOnly = true);
    int rowCount() const;

    static Status writeXlsx(const EntitlementReport& report, const QString& path);
    // Needs a QGuiApplication (fonts).
    static Status writePdf(const EntitlementReport& report, const QString& path);
};

}  // namespace tongbao
