#pragma once

// Internal to core/exchange: the state of one verify or import run (BatchImporter's engine),
// split from BatchImporter.cpp so each file stays readable. Not for use elsewhere.
#include "exchange/BatchFormat.h"
#include "exchange/BatchImporter.h"
#include "exchange/SignedContainer.h"
#include "storage/ExchangeStore.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace tongbao {

class Ledger;

namespace importrun {

// One table as the batch header declares it, and what has been seen of it.
struct TablePlan {
    bool audit = false;
    QStringList columns;
    qint64 expected = 0;
    int id = -1;
    int owner = -1;
    int rev = -1;
    int deleted = -1;
    int fileStatus = -1;
};

}  // namespace importrun

// One run of verify or import over one batch file.
class ImportRun {
    Q_DECLARE_TR_FUNCTIONS(BatchImporter)
public:
    ImportRun(Ledger& ledger,
              QIODevice& device,
              const UnlockedKeys* keys,
              bool apply,
              ExchangeProgress& progress);

    ImportResult run();

private:
    ImportResult refuse(ImportResult::Refusal refusal, const QString& message) const;
    ImportResult damaged() const;
    ImportResult cancelled() const;
    std::optional<ImportResult> checkEnvelope();
    std::optional<ImportResult> checkHeader(const QByteArray& line);
    std::optional<ImportResult> takeLine(const QByteArray& line);
    std::optional<ImportResult> takeRow(const QString& table,
                                        importrun::TablePlan& plan,
                                        const QVector<QVariant>& values);
    std::optional<ImportResult> takeAudit(const QVector<QVariant>& values);
    std::optional<ImportResult> readPayload();

    Ledger& m_ledger;
    ExchangeStore m_store;
    QIODevice& m_device;
    const UnlockedKeys* m_keys;
    bool m_apply;
    ExchangeProgress& m_progress;

    BatchReport m_report;
    TrustedKey m_trusted;
    batchformat::BatchIdentity m_identity;
    SignedContainer::Members m_members;
    QString m_previousHash;
    QMap<QString, importrun::TablePlan> m_plans;
    bool m_headerSeen = false;
    bool m_ended = false;
    qint64 m_rows = 0;
    qint64 m_nextAuditSeq = 0;
    QString m_lastAuditHash;  // of the previous history entry in this batch
};

}  // namespace tongbao
