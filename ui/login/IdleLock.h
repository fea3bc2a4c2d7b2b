#pragma once

#include "login/LoginDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace tongbao {

class Ledger;

// Locks the program after a time without keyboard or mouse (issue 7; the ledger setting
// security.idle_lock_minutes, 10 by default; 0 switches it off). Locking hides every window, so
// a family member at the keyboard sees nothing, but closes none: a half-typed form is exactly as
// it was when the password is given again. Only ledgers with accounts lock.
class IdleLock : public QObject {
    Q_OBJECT
public:
    static const QString SettingKey;
    static constexpr int DefaultMinutes = 10;

    // `ledger` answers the ledger open now (the window may switch ledgers).
    explicit IdleLock(std::function<Ledger*()> ledger, QObject* parent = nullptr);
    ~IdleLock() override;

    static int minutes(const Ledger& ledger);

    // Held while work on another thread needs the ledger's key (an import of many minutes): the
    // lock waits until the work is done, and then locks at once if the time has run out
    // meanwhile. Locking in the middle would wipe the key under the work and undo it.
    class KeyInUse {
    public:
        KeyInUse();
        ~KeyInUse();
        KeyInUse(const KeyInUse&) = delete;
        KeyInUse& operator=(const KeyInUse&) = delete;
    };

    // Re-reads the setting and starts counting again.
    void restart();
    // For tests: the idle time in milliseconds, instead of the setting.
    void setIdleMilliseconds(int milliseconds);
    bool isLocked() const { return !m_unlockDialog.isNull(); }
    LoginDialog* unlockDialog() const { return m_unlockDialog.data(); }
    void lockNow();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void unlock();

    std::function<Ledger*()> m_ledger;
    QTimer m_timer;
    int m_testMilliseconds = -1;
    QList<QPointer<QWidget>> m_hidden;
    QPointer<LoginDialog> m_unlockDialog;
    bool m_lockWhenFree = false;
};

}  // namespace tongbao
