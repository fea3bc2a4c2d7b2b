#pragma once

#include "common/BackgroundLedgerRead.h"
#include "schedule/DueList.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace tongbao {

// Computes the workbench's DueList away from the window's thread (BackgroundLedgerRead): at
// 100,000 children it takes about a second, and the window must never freeze. Only the newest
// result is reported. In a merged (town) ledger it also finds the village that owns each child
// listed, so that the lists and the chart can name it.
class DueListLoader : public QObject {
    Q_OBJECT

public:
    explicit DueListLoader(QObject* parent = nullptr);

    void start(const QString& ledgerPath,
               const QString& actor,
               const QDateTime& now,
               const DueListOptions& options);
    bool isRunning() const;

    // The newest result; lists() is empty and error() says why when it failed.
    const std::optional<DueLists>& lists() const { return m_lists; }
    // The owner (a village's ledger id) of every child in lists(), by child id; empty in a
    // village's own ledger.
    const QHash<QString, QString>& owners() const { return m_owners; }
    const QString& error() const { return m_error; }

signals:
    void finished();

private:
    BackgroundLedgerRead* m_read = nullptr;
    std::optional<DueLists> m_lists;
    QHash<QString, QString> m_owners;
    QString m_error;
};

}  // namespace tongbao
