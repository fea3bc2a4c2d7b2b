#include "childfile/ChildFileWindows.h"

#include "childfile/ChildFileWindow.h"

namespace tongbao {

ChildFileWindows::ChildFileWindows(QWidget* owner)
    : QObject(owner)
    , m_owner(owner) {}

void ChildFileWindows::setLedger(Ledger* ledger) {
    for (ChildFileWindow* window : windows()) {
        window->discardAndClose();
        delete window;  // now: it holds the ledger that is about to go
    }
    m_windows.clear();
    m_ledger = ledger;
}

QList<ChildFileWindow*> ChildFileWindows::windows() const {
    QList<ChildFileWindow*> open;
    for (const QPointer<ChildFileWindow>& window : m_windows) {
        if (window)
            open.append(window);
    }
    return open;
}

ChildFileWindow* ChildFileWindows::create() {
    auto* window = new ChildFileWindow(*m_ledger, m_owner);
    m_windows.append(window);
    connect(window, &ChildFileWindow::childSaved, this, &ChildFileWindows::childSaved);
    connect(window, &ChildFileWindow::openChildRequested, this,
            [this](const QString& id) { open(id); });
    return window;
}

ChildFileWindow* ChildFileWindows::open(const QString& childId) {
    if (!m_ledger || childId.isEmpty())
        return nullptr;
    for (ChildFileWindow* window : windows()) {
        if (window->childId() == childId) {
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    ChildFileWindow* window = create();
    if (!window->openChild(childId)) {
        window->discardAndClose();
        return nullptr;
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

ChildFileWindow* ChildFileWindows::startNew() {
    if (!m_ledger)
        return nullptr;
    ChildFileWindow* window = create();
    window->startNewChild();
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

bool ChildFileWindows::closeAll() {
    for (ChildFileWindow* window : windows()) {
        if (!window->close())
            return false;
    }
    return true;
}

}  // namespace tongbao
