#pragma once

#include "report/MonthlyReport.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <optional>

class QThread;

namespace tongbao {

// Computes a monthly report away from the window's thread, on its own connection to the ledger
// file (as the workbench's DueListLoader does), so that the window stays responsive while a
// district ledger is counted. A request made while one runs is remembered and run next; only
// the newest result is reported.
class MonthlyReportLoader : public QObject {
    Q_OBJECT

public:
    explicit MonthlyReportLoader(QObject* parent = nullptr);
    ~MonthlyReportLoader() override;  // waits for a running computation

    void start(const QString& ledgerPath,
               const QString& actor,
               const QDateTime& now,
               const QDate& month);
    bool isRunning() const { return m_thread != nullptr; }

    // The newest result; report() is empty and error() says why when it failed.
    const std::optional<MonthlyReport>& report() const { return m_report; }
    const QString& error() const { return m_error; }

signals:
    void finished();

private:
    struct Request {
        QString path;
        QString actor;
        QDateTime now;
        QDate month;
    };
    struct Outcome {
        std::optional<MonthlyReport> report;
        QString error;
    };

    void run(const Request& request);

    QThread* m_thread = nullptr;
    std::optional<Request> m_pending;
    std::optional<MonthlyReport> m_report;
    QString m_error;
};

}  // namespace tongbao
