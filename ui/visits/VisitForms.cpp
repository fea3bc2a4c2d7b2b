#include "visits/VisitForms.h"

#include "common/Dialogs.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "visits/VisitDraftStore.h"
#include "visits/VisitEntryForm.h"

#include <QPointer>

namespace tongbao {

namespace {

VisitEntryForm* present(VisitEntryForm* form, QWidget* parent) {
    if (!form->isUsable()) {
        Dialogs::warning(parent, VisitForms::tr("The visit form cannot be opened"),
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

// Opens the drafts one after the other: the next when the one before is closed.
void resumeInTurn(QPointer<QWidget> parent, Ledger* ledger, QStringList draftIds) {
    while (!draftIds.isEmpty()) {
        const QString id = draftIds.takeFirst();
        VisitEntryForm* form = VisitForms::resume(parent, *ledger, id);
        if (!form)
            continue;
        QObject::connect(form, &QDialog::finished, form, [parent, ledger, draftIds] {
            if (parent)
                resumeInTurn(parent, ledger, draftIds);
        });
        return;
    }
}

}  // namespace

VisitEntryForm* VisitForms::open(QWidget* parent,
                                 Ledger& ledger,
                                 const QString& childId,
                                 const QString& visitId) {
    return present(new VisitEntryForm(ledger, childId, visitId, parent), parent);
}

VisitEntryForm* VisitForms::resume(QWidget* parent, Ledger& ledger, const QString& draftId) {
    const std::optional<VisitDraft> draft = VisitDraftStore(ledger).load(draftId);
    if (!draft) {
        Dialogs::warning(parent, tr("The visit form cannot be opened"),
                         tr("The draft is no longer in the ledger; it was saved or thrown away "
                            "meanwhile."));
        return nullptr;
    }
    return present(new VisitEntryForm(ledger, *draft, parent), parent);
}

bool VisitForms::offerDrafts(QWidget* parent, Ledger& ledger) {
    const QVector<VisitDraft> drafts = VisitDraftStore(ledger).all();
    if (drafts.isEmpty())
        return false;
    QStringList lines;
    QStringList ids;
    for (const VisitDraft& draft : drafts) {
        const Result<Child> child = ledger.children().load(draft.childId);
        lines.append(
            tr("• %1, last typed %2")
                .arg(child ? child->name : tr("(child not found)"),
                     draft.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        ids.append(draft.id);
    }
    const QMessageBox::StandardButton answer = Dialogs::choose(
        parent, QMessageBox::Question, tr("Unfinished visits"),
        tr("%n visit(s) were not finished when Tongbao last closed:", nullptr, int(drafts.size())) +
            QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("Open them again to finish them? Everything typed was kept. Later, they are on "
               "the workbench."),
        {{QMessageBox::Yes, tr("Open them again")}, {QMessageBox::No, tr("Later")}},
        QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    resumeInTurn(parent, &ledger, ids);
    return true;
}

}  // namespace tongbao
