#include "policy/EntitlementTile.h"

#include "common/Clock.h"
#include "policy/EntitlementListDialog.h"
#include "policy/Entitlements.h"
#include "storage/Ledger.h"

#include <QEvent>
#include <QThread>

#include <memory>

namespace tongbao {

EntitlementTile::EntitlementTile(QWidget* parent)
    : WorkbenchTile(QStringLiteral("entitlementsTile"), true, parent) {
    connect(this, &WorkbenchTile::activated, this, &EntitlementTile::openList);
    retranslateUi();
}

EntitlementTile::~EntitlementTile() {
    if (m_thread)
        m_thread->wait();
}

void EntitlementTile::refresh(Ledger* ledger) {
    m_ledger = ledger;
    if (!m_ledger) {
        setCount(-1);
        return;
    }
    if (m_thread) {
        m_again = true;
        return;
    }
    const QString path = m_ledger->path();
    const QString actor = m_ledger->actor();
    const QDateTime now = m_ledger->clock().now();
    auto missing = std::make_shared<int>(-1);
    m_thread = QThread::create([path, actor, now, missing] {
        FixedClock clock(now);
        auto opened = Ledger::open(path, actor, clock);
        if (!opened)
            return;
        auto entitlements = Entitlements::forLedger(**opened);
        if (!entitlements)
            return;
        const auto summary = (*entitlements)->summary(now.date());
        if (summary)
            *missing = summary->childrenMissing;
    });
    connect(m_thread, &QThread::finished, this, [this, missing] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_again) {
            m_again = false;
            refresh(m_ledger);
            return;
        }
        setCount(m_ledger ? *missing : -1);
        emit counted();
    });
    setCount(-1);
    m_thread->start(QThread::LowPriority);
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
