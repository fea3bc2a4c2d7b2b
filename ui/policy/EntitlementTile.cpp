#include "policy/EntitlementTile.h"

#include "policy/EntitlementListDialog.h"
#include "policy/Entitlements.h"
#include "storage/Ledger.h"

#include <QEvent>

#include <memory>

namespace tongbao {

EntitlementTile::EntitlementTile(QWidget* parent)
    : WorkbenchTile(QStringLiteral("entitlementsTile"), true, parent)
    , m_read(new BackgroundLedgerRead(this)) {
    connect(this, &WorkbenchTile::activated, this, &EntitlementTile::openList);
    retranslateUi();
}

void EntitlementTile::refresh(Ledger* ledger) {
    m_ledger = ledger;
    if (!m_ledger) {
        setCount(-1);
        return;
    }
    auto missing = std::make_shared<int>(-1);
    m_read->start(
        *m_ledger,
        [missing](Ledger& ledger) {
            auto entitlements = Entitlements::forLedger(ledger);
            if (!entitlements)
                return entitlements.message();
            const auto summary = (*entitlements)->summary(ledger.clock().today());
            if (!summary)
                return summary.message();
            *missing = summary->childrenMissing;
            return QString();
        },
        [this, missing](const QString&) {
            setCount(m_ledger ? *missing : -1);
            emit counted();
        });
    setCount(-1);
}

EntitlementListDialog* EntitlementTile::dialog() const {
    return m_dialog;
}

void EntitlementTile::openList() {
    if (!m_ledger)
        return;
    if (!m_dialog) {
        m_dialog = new EntitlementListDialog(*m_ledger, window());
        connect(m_dialog, &EntitlementListDialog::recordsChanged, this,
                [this] { refresh(m_ledger); });
    }
    m_dialog->reload();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void EntitlementTile::retranslateUi() {
    //: Workbench count: children who may be missing an entitlement (可能未落实保障)
    setCaption(tr("Entitlements missing"));
}

void EntitlementTile::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WorkbenchTile::changeEvent(event);
}

}  // namespace tongbao
