#include "ExchangeCli.h"

#include "Command.h"

#include "exchange/BatchImporter.h"
#include "exchange/SequenceRanges.h"
#include "storage/Ledger.h"

namespace tongbao::cli {

Result<UnlockedKeys> unlockKeys(Ledger& ledger, bool makeWhenMissing) {
    using R = Result<UnlockedKeys>;
    const QString password = passwordFromEnvironment();
    KeyStore store(ledger);
    if (!store.hasKeys()) {
        if (!makeWhenMissing)
            return R::failure(QCoreApplication::translate(
                "Cli", "this ledger has no keys yet; run 'tongbao-cli keys FILE init'"));
        if (password.isEmpty())
            return R::failure(QCoreApplication::translate(
                "Cli",
                "this ledger has no keys yet; set TONGBAO_PASSWORD to the password that "
                "will protect them"));
        const Status made = store.initialize(password);
        if (!made)
            return R(made);
    }
    if (password.isEmpty())
        return R::failure(QCoreApplication::translate(
            "Cli", "set TONGBAO_PASSWORD to the ledger password to use its keys"));
    return store.unlock(password);
}

QString sequenceList(const QVector<qint64>& sequences) {
    return sequenceRanges(sequences);
}

QStringList describeBatch(const BatchReport& report) {
    QStringList lines;
    lines.append(
        QCoreApplication::translate("Cli", "Batch %1 from %2 (%3), made %4")
            .arg(report.sequence)
            .arg(report.sourceName, report.sourceArea,
                 report.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    lines.append(QCoreApplication::translate("Cli", "Hash (BLAKE2b-512 of batch.age): %1")
                     .arg(report.batchHash));
    if (!report.missingBefore.isEmpty())
        lines.append(QCoreApplication::translate(
                         "Cli", "Gap: batch(es) %1 of this village have not arrived; ask for them")
                         .arg(sequenceList(report.missingBefore)));
    if (!report.decrypted)
        return lines;
    for (auto it = report.tables.constBegin(); it != report.tables.constEnd(); ++it) {
        const TableTally& t = it.value();
        if (t.received == 0)
            continue;
        lines.append(QCoreApplication::translate(
                         "Cli", "%1: %2 received, %3 new, %4 changed (%5 removed), %6 already held")
                         .arg(it.key())
                         .arg(t.received)
                         .arg(t.added)
                         .arg(t.changed)
                         .arg(t.removed)
                         .arg(t.unchanged));
    }
    if (report.childrenClosed > 0)
        lines.append(QCoreApplication::translate("Cli", "Children's files closed: %1")
                         .arg(report.childrenClosed));
    if (report.waitingReferences > 0)
        lines.append(QCoreApplication::translate(
                         "Cli", "%1 record(s) refer to records of a batch that has not arrived")
                         .arg(report.waitingReferences));
    return lines;
}

}  // namespace tongbao::cli
