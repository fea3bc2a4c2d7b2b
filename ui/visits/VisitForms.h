#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tongbao {

class Ledger;
class VisitEntryForm;

// Where every screen opens the visit form: the workbench, the child's file, the drafts offered
// at start. The form opens window-modal over `parent` without blocking the caller and deletes
// itself when closed; LedgerEvents announces what was saved.
class VisitForms {
    Q_DECLARE_TR_FUNCTIONS(VisitForms)
public:
    // A new visit to the child (or a change to `visitId`); a draft left behind for the same
    // visit is resumed. Returns nullptr, after saying why, when the child is not found.
    static VisitEntryForm* open(QWidget* parent,
                                Ledger& ledger,
                                const QString& childId,
                                const QString& visitId = {});
    // Resumes the draft `draftId` exactly as it was left.
    static VisitEntryForm* resume(QWidget* parent, Ledger& ledger, const QString& draftId);

    // At start: when visits were left unfinished (the program was closed, killed or ran out of
    // battery), asks whether to open them again, and opens them one after the other. Returns
    // whether the user chose to resume.
    static bool offerDrafts(QWidget* parent, Ledger& ledger);
};

// The one-action entry point for other screens (the child's file).
inline VisitEntryForm* openVisitForm(QWidget* parent,
                                     Ledger& ledger,
                                     const QString& childId,
                                     const QString& visitId = {}) {
    return VisitForms::open(parent, ledger, childId, visitId);
}

}  // namespace tongbao
