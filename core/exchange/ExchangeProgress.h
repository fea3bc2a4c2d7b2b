#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>

namespace tongbao {

// What a long export or import is doing, in the order the work goes.
enum class ExchangeStep {
    CheckingSignature,  // import: the signature over the whole encrypted content (bytes)
    Decrypting,         // import: opening the content with this ledger's key
    CheckingRecords,    // import, checking only (the preview): each record read and compared
    WritingRecords,     // import: each record written into the ledger
    SavingLedger,       // import: the transaction committed; cannot be stopped any more
    CountingChanges,    // export: the changes counted, table by table
    ExportingRecords,   // export: each record encrypted into the batch file
    SigningFile,        // export: signed, synced to disk and marked; cannot be stopped any more
};

// One report of how far the work has got.
struct ExchangeProgressReport {
    ExchangeStep step = ExchangeStep::CheckingSignature;
    QString table;          // the kind of record being read or written ("child", "audit"), if any
    qint64 done = 0;        // bytes for CheckingSignature, tables for CountingChanges, else records
    qint64 total = 0;       // 0 when not known
    bool stoppable = true;  // false once the work is past the point where stopping is safe

    // "Writing children into the ledger", in the current language.
    QString stepText() const;
    // "1,200 of 15,000 records", "3.2 of 20.0 MB"; empty when nothing is counted.
    QString countText() const;
    // 0..100, or -1 when the total is not known.
    int percent() const;
};

// Asked now and then during a long export or import; returns false to stop the work. It is called
// on the thread that does the work.
using ExchangeProgressListener = std::function<bool(const ExchangeProgressReport&)>;

// How BatchExporter and BatchImporter report progress and learn that the user wants to stop
// (issue 6: a town imports twenty batches of thousands of children, a village with many changes
// exports for a while; the window shows how far it got and offers Cancel). The work counts every
// record or chunk; the listener hears of it only a few hundred times per step, so counting costs
// nothing measurable. Once the listener has said stop, every later question answers false at
// once, and the work unwinds the way a failure does: the import's transaction rolls back, the
// export's temporary file goes. Without a listener nothing is reported and nothing stops.
class ExchangeProgress {
    Q_DECLARE_TR_FUNCTIONS(ExchangeProgress)
public:
    ExchangeProgress() = default;
    explicit ExchangeProgress(ExchangeProgressListener listener);

    // Starts a step of `total` units (0: unknown) and reports it. A step that is not stoppable
    // reports without asking: its answer is ignored. False when the work is to stop.
    bool begin(ExchangeStep step, qint64 total = 0, bool stoppable = true);
    // Counts `units` more of the current step; false when the work is to stop. Inline: it runs
    // once per record, and between reports it is one addition and one comparison.
    bool advance(qint64 units = 1) {
        m_report.done += units;
        if (m_report.done < m_nextReport && !m_stopped)
            return true;
        return report();
    }
    // The kind of record now being read or written (reported with the next report).
    void setTable(const QString& table) { m_report.table = table; }
    const QString& table() const { return m_report.table; }
    // Reports where the work stands now and asks; false when the work is to stop.
    bool report();
    bool stopped() const { return m_stopped; }

    // The message of a stopped run, the same for every front end.
    static QString importCancelled();
    static QString checkCancelled();
    static QString exportCancelled();

private:
    ExchangeProgressListener m_listener;
    ExchangeProgressReport m_report;
    qint64 m_nextReport = 0;
    qint64 m_stride = 1;
    bool m_stopped = false;
};

// Reads another device and counts what passes through into the current step of an
// ExchangeProgress; once the work is to stop, reads fail. For hashing a whole batch file while
// showing how far the check has got.
class ProgressReader final : public QIODevice {
public:
    ProgressReader(QIODevice& base, ExchangeProgress& progress);

    bool isSequential() const override { return false; }
    // A read cut short by a stop ends before the end, so a reader sees the file as incomplete.
    qint64 size() const override { return m_base.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_base;
    ExchangeProgress& m_progress;
};

}  // namespace tongbao
