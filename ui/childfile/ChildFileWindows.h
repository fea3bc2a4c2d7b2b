#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace tongbao {

class ChildFileWindow;
class Ledger;

// The open children's files of the main window: one window per child (asking for a child
// already open raises its window), any number of new ones, all closed when the ledger changes
// and asked in turn when the program quits.
class ChildFileWindows : public QObject {
    Q_OBJECT

public:
    explicit ChildFileWindows(QWidget* owner);

    // Closes every window without asking: their ledger is going away.
    void setLedger(Ledger* ledger);

    ChildFileWindow* open(const QString& childId);
    ChildFileWindow* startNew();
    // Asks each window with unsaved changes; false if the user kept one open.
    bool closeAll();
    QList<ChildFileWindow*> windows() const;

signals:
    void childSaved(const QString& childId);

private:
    ChildFileWindow* create();

    QWidget* m_owner;
    Ledger* m_ledger = nullptr;
    QList<QPointer<ChildFileWindow>> m_windows;
};

}  // namespace tongbao
