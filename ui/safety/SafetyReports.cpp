#include "safety/SafetyReports.h"

#include "common/Dialogs.h"
#include "safety/SafetyReportForm.h"
#include "safety/SessionRole.h"

namespace tongbao {

namespace {

SafetyReportForm* present(SafetyReportForm* form, QWidget* parent) {
    if (!form->isUsable()) {
        Dialogs::warning(parent, SafetyReports::tr("The safety report cannot be opened"),
                         form->loadError());
        delete form;
        return nullptr;
    }
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    form->show();
    form->raise();
    form->activateWindow();
    return form;
}

bool refuseUnlessVisible(QWidget* parent) {
    if (SafetyReports::visible())
        return false;
    Dialogs::warning(parent, SafetyReports::tr("Safety reports are not shown to your role"),
                     SafetyReports::tr("Safety reports are kept by the child-welfare supervisor "
                                       "and the town. Ask them if a child is in danger; in an "
                                       "emergency call 110."));
    return true;
}

}  // namespace

bool SafetyReports::visible() {
    return canSeeSafetyReports(sessionRole());
}

SafetyReportForm* SafetyReports::open(QWidget* parent,
                                      Ledger& ledger,
                                      const QString& childId,
                                      const QString& visitId) {
    if (refuseUnlessVisible(parent))
        return nullptr;
    return present(SafetyReportForm::newReport(ledger, childId, visitId, parent), parent);
}

SafetyReportForm* SafetyReports::openExisting(QWidget* parent,
                                              Ledger& ledger,
                                              const QString& reportId) {
    if (refuseUnlessVisible(parent))
        return nullptr;
    return present(SafetyReportForm::existingReport(ledger, reportId, parent), parent);
}

}  // namespace tongbao
