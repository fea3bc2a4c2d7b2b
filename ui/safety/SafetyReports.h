#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tongbao {

class Ledger;
class SafetyReportForm;

// Where every screen starts or opens a safety report (强制报告): the child's file, the visit
// form, the workbench and the red banner all come through here, so that the role check and the
// way the form is shown are the same everywhere. The form opens window-modal over `parent`
// without blocking the caller, and deletes itself when closed; LedgerEvents announces changes.
class SafetyReports {
    Q_DECLARE_TR_FUNCTIONS(SafetyReports)
public:
    // Whether the person at the keyboard may see safety reports at all (Permissions, through
    // the session's role).
    static bool visible();

    // Starts a new report about the child, linked to the visit when one is given. Returns
    // nullptr, after saying why, when the role may not see reports or the child is not found.
    static SafetyReportForm* open(QWidget* parent,
                                  Ledger& ledger,
                                  const QString& childId,
                                  const QString& visitId = {});
    // Opens a report already started.
    static SafetyReportForm* openExisting(QWidget* parent, Ledger& ledger, const QString& reportId);
};

// The one-action entry point for other screens (the child's file): starts a safety report about
// the child, from the visit when `visitId` is given.
inline SafetyReportForm* openSafetyReport(QWidget* parent,
                                          Ledger& ledger,
                                          const QString& childId,
                                          const QString& visitId = {}) {
    return SafetyReports::open(parent, ledger, childId, visitId);
}

}  // namespace tongbao
