#include "login/IdleLock.h"

#include "crypt/LedgerEncryption.h"

#include "login/LoginDialog.h"
#include "security/Accounts.h"
#include "storage/Ledger.h"

#include <QApplication>
#include <QEvent>

namespace tongbao {

const QString IdleLock::SettingKey = QStringLiteral("security.idle_lock_minutes");

namespace {
// The window's thread only: the work is started and waited for there.
int g_keysInUse = 0;
QPointer<IdleLock> g_instance;
}  // namespace

IdleLock::KeyInUse::KeyInUse() {
    ++g_keysInUse;
}

IdleLock::KeyInUse::~KeyInUse() {
    if (--g_keysInUse == 0 && g_instance && g_instance->m_lockWhenFree) {
        g_instance->m_lockWhenFree = false;
        // After the caller has taken the work's outcome, not in the middle of it.
        QTimer::singleShot(0, g_instance.data(), &IdleLock::lockNow);
    }
}

IdleLock::IdleLock(std::function<Ledger*()> ledger, QObject* parent)
    : QObject(parent)
    , m_ledger(std::move(ledger)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    qApp->installEventFilter(this);
    g_instance = this;
    restart();
}

IdleLock::~IdleLock() {
    qApp->removeEventFilter(this);
    delete m_unlockDialog.data();
}

int IdleLock::minutes(const Ledger& ledger) {
    bool ok = false;
    const int value = ledger.setting(SettingKey).toInt(&ok);
    return ok && value >= 0 ? value : DefaultMinutes;
}

void IdleLock::setIdleMilliseconds(int milliseconds) {
    m_testMilliseconds = milliseconds;
    restart();
}

void IdleLock::restart() {
    if (isLocked())
        return;
    Ledger* ledger = m_ledger();
    const int milliseconds =
        m_testMilliseconds >= 0 ? m_testMilliseconds : (ledger ? minutes(*ledger) * 60000 : 0);
    if (milliseconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(milliseconds);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            if (!isLocked() && (m_timer.isActive() || m_lockWhenFree)) {
                m_lockWhenFree = false;  // someone is here after all
                m_timer.start();         // same interval, counted from now
            }
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lockNow() {
    Ledger* ledger = m_ledger();
    if (isLocked() || !ledger || !Accounts(*ledger).current())
        return;
    if (g_keysInUse > 0) {
        m_lockWhenFree = true;
        return;
    }
    m_hidden.clear();
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible()) {
            m_hidden.append(window);
            window->hide();
        }
    }
    m_unlockDialog = new LoginDialog(*ledger, LoginDialog::Mode::Unlock);
    m_unlockDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_unlockDialog, &QDialog::accepted, this, &IdleLock::unlock);
    m_unlockDialog->show();
    // An encrypted ledger's key leaves memory while the window is locked (issue 8); the
    // password that unlocks the window unlocks the key again.
    if (LedgerEncryption::isEncrypted(*ledger))
        LedgerEncryption::lockKeys(*ledger);
    emit locked();
}

void IdleLock::unlock() {
    for (const QPointer<QWidget>& window : std::as_const(m_hidden)) {
        if (window)
            window->show();
    }
    m_hidden.clear();
    if (m_unlockDialog) {
        m_unlockDialog->close();
        m_unlockDialog = nullptr;
    }
    emit unlocked();
    restart();
}

}  // namespace tongbao
