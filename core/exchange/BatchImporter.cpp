#include "exchange/BatchImporter.h"

#include "exchange/ImportRun.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QFile>
#include <QFileInfo>

namespace tongbao {

BatchImporter::BatchImporter(Ledger& ledger, ExchangeProgressListener listener)
    : m_ledger(ledger)
    , m_listener(std::move(listener)) {}

ImportResult BatchImporter::run(QIODevice& device, const UnlockedKeys* keys, bool apply) {
    if (apply) {
        const Status allowed =
            m_ledger.writer().context().access.require(Permission::ExchangeBatches);
        if (!allowed) {
            ImportResult refused;
            refused.refusal = ImportResult::Refusal::Failed;
            refused.message = allowed.message();
            return refused;
        }
    }
    ExchangeProgress progress(m_listener);
    ImportResult result = ImportRun(m_ledger, device, keys, apply, progress).run();
    if (apply && result.outcome == ImportResult::Outcome::Imported) {
        const auto* file = qobject_cast<QFileDevice*>(&device);
        AccessLog::note(m_ledger, AccessLog::Import, {},
                        file ? QFileInfo(file->fileName()).fileName() : QString());
    }
    return result;
}

namespace {

ImportResult unreadable(const QString& path, const QString& reason) {
    ImportResult result;
    result.refusal = ImportResult::Refusal::NotABatch;
    result.message = BatchImporter::tr("The file %1 cannot be read: %2").arg(path, reason);
    return result;
}
}  // namespace

ImportResult BatchImporter::verify(const QString& path, const UnlockedKeys* keys) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    return run(file, keys, false);
}

ImportResult BatchImporter::verify(QIODevice& device, const UnlockedKeys* keys) {
    return run(device, keys, false);
}

ImportResult BatchImporter::import(const QString& path, const UnlockedKeys& keys) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    return run(file, &keys, true);
}

ImportResult BatchImporter::import(QIODevice& device, const UnlockedKeys& keys) {
    return run(device, &keys, true);
}

}  // namespace tongbao
