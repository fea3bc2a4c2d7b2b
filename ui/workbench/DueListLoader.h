#pragma once

#include "schedule/DueList.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace tongbao {

// Computes the workbench's DueList away from the window's thread: at 100,000 children it takes
// about a second, and the window must never freeze. The worker opens its own connection to the
// ledger file (SQLite in WAL mode lets it read while the window writes), so the window's Ledger
// is never touched from two threads. A request made while one is running is remembered and run
// next; only the newest result is reported.
class DueListLoader : public QObject {
    Q_OBJECT

public:
    explicit DueListLoader(QObject* parent = nullptr);
    ~DueListLoader() override;  // waits for a running computation

    void start(const QString& ledgerPath,
               const QString& actor,
               const QDateTime& now,
               const DueListOptions& options);
    bool isRunning() const { return m_thread != nullptr; }

    // The newest result; lists() is empty and error() says why when it failed.
    const std::optional<DueLists>& lists() const { return m_lists; }
    const QString& error() const { return m_error; }

signals:
    void finished();

private:
    struct Request {
        QString path;
        QString actor;
        QDateTime now;
        DueListOptions options;
    };
    struct Outcome {
        std::optional<DueLists> lists;
        QString error;
    };

    void run(const Request& request);

    QThread* m_thread = nullptr;
    std::optional<Request> m_pending;
    std::optional<DueLists> m_lists;
    QString m_error;
};

}  // namespace tongbao
