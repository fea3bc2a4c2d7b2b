#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QThread;

namespace tongbao {

class Ledger;

// Runs a read of the ledger away from the window's thread: the workbench's lists, its charts and
// counts, the monthly report take up to seconds at 100,000 children, and the window must never
// freeze. The worker opens its own connection to the ledger file (SQLite in WAL mode lets it read
// while the window writes), with a clock standing at the moment asked for, so the window's Ledger
// is never touched from two threads and a result describes one instant. A request made while one
// runs is kept and run next (a newer one replaces it); only the newest result is reported.
class BackgroundLedgerRead : public QObject {
    Q_OBJECT

public:
    // Runs on the worker with its own Ledger; returns an error message, or nothing when done.
    // It keeps its result in what it captured (a shared_ptr the Done also holds).
    using Work = std::function<QString(Ledger& ledger)>;
    // Runs on this object's thread after the newest work, with its error ("" when it succeeded).
    using Done = std::function<void(const QString& error)>;

    explicit BackgroundLedgerRead(QObject* parent = nullptr);
    ~BackgroundLedgerRead() override;  // waits for a running read; a waiting one is dropped

    // The file, user and moment of `ledger` (the window's), read on another connection.
    void start(const Ledger& ledger, Work work, Done done);
    void start(const QString& ledgerPath,
               const QString& actor,
               const QDateTime& now,
               Work work,
               Done done);
    bool isRunning() const { return m_thread != nullptr; }

private:
    struct Request {
        QString path;
        QString actor;
        QDateTime now;
        Work work;
        Done done;
    };

    void run(Request request);

    QThread* m_thread = nullptr;
    std::optional<Request> m_pending;
};

}  // namespace tongbao
