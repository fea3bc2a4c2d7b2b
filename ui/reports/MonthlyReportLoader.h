#pragma once

#include "common/BackgroundLedgerRead.h"
#include "report/MonthlyReport.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <optional>

namespace tongbao {

// Computes a monthly report away from the window's thread (BackgroundLedgerRead), so that the
// window stays responsive while a district ledger is counted. Only the newest result is
// reported.
class MonthlyReportLoader : public QObject {
    Q_OBJECT

public:
    explicit MonthlyReportLoader(QObject* parent = nullptr);

    void start(const QString& ledgerPath,
               const QString& actor,
               const QDateTime& now,
               const QDate& month);
    bool isRunning() const;

    // The newest result; report() is empty and error() says why when it failed.
    const std::optional<MonthlyReport>& report() const { return m_report; }
    const QString& error() const { return m_error; }

signals:
    void finished();

private:
    BackgroundLedgerRead* m_read = nullptr;
    std::optional<MonthlyReport> m_report;
    QString m_error;
};

}  // namespace tongbao
