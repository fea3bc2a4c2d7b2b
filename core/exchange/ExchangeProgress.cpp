#include "exchange/ExchangeProgress.h"

#include <QLocale>

namespace tongbao {

namespace {

// The listener hears of a step at most this many times (more only for very long steps, see
// below): often enough for a smooth bar and a prompt Cancel, rarely enough to cost nothing.
constexpr qint64 kReportsPerStep = 400;
// Records between two reports at most: a big batch still answers Cancel within a fraction of a
// second. Bytes are counted in chunks, so their stride needs no such limit.
constexpr qint64 kMaxRecordStride = 250;

bool countsBytes(ExchangeStep step) {
    return step == ExchangeStep::CheckingSignature;
}

// The kind of record in words, for "Writing children into the ledger".
QString recordsOf(const QString& table) {
    if (table == QLatin1String("household"))
        return ExchangeProgress::tr("households");
    if (table == QLatin1String("household_member"))
        return ExchangeProgress::tr("household members");
    if (table == QLatin1String("child"))
        return ExchangeProgress::tr("children");
    if (table == QLatin1String("guardianship"))
        return ExchangeProgress::tr("guardianship records");
    if (table == QLatin1String("measure"))
        return ExchangeProgress::tr("support measures");
    if (table == QLatin1String("referral"))
        return ExchangeProgress::tr("referrals");
    if (table == QLatin1String("visit"))
        return ExchangeProgress::tr("visits");
    if (table == QLatin1String("safety_report") || table == QLatin1String("safety_notification") ||
        table == QLatin1String("safety_step"))
        return ExchangeProgress::tr("safety reports");
    if (table == QLatin1String("case_note"))
        return ExchangeProgress::tr("case notes");
    if (table == QLatin1String("audit"))
        return ExchangeProgress::tr("history entries");
    return ExchangeProgress::tr("records");
}

}  // namespace

QString ExchangeProgressReport::stepText() const {
    switch (step) {
        case ExchangeStep::CheckingSignature:
            return ExchangeProgress::tr("Checking the signature");
        case ExchangeStep::Decrypting:
            return ExchangeProgress::tr("Decrypting the batch");
        case ExchangeStep::CheckingRecords:
            return ExchangeProgress::tr("Reading and checking %1").arg(recordsOf(table));
        case ExchangeStep::WritingRecords:
            return ExchangeProgress::tr("Writing %1 into the ledger").arg(recordsOf(table));
        case ExchangeStep::SavingLedger:
            return ExchangeProgress::tr("Saving the ledger");
        case ExchangeStep::CountingChanges:
            return ExchangeProgress::tr("Counting the changes");
        case ExchangeStep::ExportingRecords:
            return ExchangeProgress::tr("Encrypting %1 into the batch file").arg(recordsOf(table));
        case ExchangeStep::SigningFile:
            return ExchangeProgress::tr("Signing and saving the batch file");
    }
    return {};
}

QString ExchangeProgressReport::countText() const {
    if (total <= 0)
        return {};
    const QLocale locale;
    if (countsBytes(step)) {
        const auto megabytes = [&](qint64 bytes) {
            return locale.toString(double(bytes) / 1e6, 'f', 1);
        };
        return ExchangeProgress::tr("%1 of %2 MB").arg(megabytes(done), megabytes(total));
    }
    if (step == ExchangeStep::CountingChanges)
        return {};
    return ExchangeProgress::tr("%1 of %2 records")
        .arg(locale.toString(done), locale.toString(total));
}

int ExchangeProgressReport::percent() const {
    if (total <= 0)
        return -1;
    return int(qBound(qint64(0), done * 100 / total, qint64(100)));
}

ExchangeProgress::ExchangeProgress(ExchangeProgressListener listener)
    : m_listener(std::move(listener)) {}

bool ExchangeProgress::begin(ExchangeStep step, qint64 total, bool stoppable) {
    m_report.step = step;
    m_report.done = 0;
    m_report.total = qMax<qint64>(0, total);
    m_report.stoppable = stoppable;
    if (step != ExchangeStep::CheckingRecords && step != ExchangeStep::WritingRecords &&
        step != ExchangeStep::ExportingRecords)
        m_report.table.clear();
    const qint64 stride = qMax<qint64>(1, (m_report.total + kReportsPerStep - 1) / kReportsPerStep);
    m_stride = countsBytes(step) ? stride : qMin(stride, kMaxRecordStride);
    return report();
}

bool ExchangeProgress::report() {
    m_nextReport = m_report.done + m_stride;
    if (m_stopped)
        return false;
    if (!m_listener)
        return true;
    const bool goOn = m_listener(m_report);
    if (!goOn && m_report.stoppable)
        m_stopped = true;
    return !m_stopped;
}

QString ExchangeProgress::importCancelled() {
    return tr("Import cancelled; nothing was changed.");
}

QString ExchangeProgress::checkCancelled() {
    return tr("The check of the batch was cancelled; nothing was changed.");
}

QString ExchangeProgress::exportCancelled() {
    return tr("Export cancelled; no batch file was written and nothing was changed.");
}

ProgressReader::ProgressReader(QIODevice& base, ExchangeProgress& progress)
    : m_base(base)
    , m_progress(progress) {}

qint64 ProgressReader::readData(char* data, qint64 maxSize) {
    if (m_progress.stopped())
        return -1;
    const qint64 read = m_base.read(data, maxSize);
    if (read > 0 && !m_progress.advance(read))
        return -1;
    return read;
}

}  // namespace tongbao
