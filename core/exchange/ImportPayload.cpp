// BatchImporter's reading of the decrypted payload: the header, each record and history
// entry, checked and (when importing) written.
#include "exchange/ImportRun.h"

#include "exchange/Age.h"
#include "exchange/BatchPayload.h"
#include "exchange/Devices.h"
#include "security/KeyStore.h"
#include "storage/AuditLog.h"
#include "storage/ColumnMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tongbao {

namespace {

using Refusal = ImportResult::Refusal;
using importrun::TablePlan;

constexpr int kMaxLine = 16 * 1024 * 1024;
const QString kGenesisHash = QString(64, QLatin1Char('0'));

const QStringList& syncColumns() {
    static const QStringList columns{QStringLiteral("id"),         QStringLiteral("owner"),
                                     QStringLiteral("rev"),        QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by"), QStringLiteral("deleted")};
    return columns;
}

// Splits decrypted chunks into lines without holding more than one chunk and one line; the
// consumed part is dropped once per chunk, not once per line.
class LineSplitter {
public:
    void append(const QByteArray& chunk) {
        m_pending.remove(0, m_start);
        m_scanned -= m_start;
        m_start = 0;
        m_pending += chunk;
    }
    // The next complete line, or nullopt when more input is needed.
    std::optional<QByteArray> next() {
        const int end = m_pending.indexOf('\n', qMax(m_start, m_scanned));
        if (end < 0) {
            m_scanned = m_pending.size();
            return std::nullopt;
        }
        QByteArray line = m_pending.mid(m_start, end - m_start);
        m_start = end + 1;
        return line;
    }
    bool overlong() const { return m_pending.size() - m_start > kMaxLine; }
    bool empty() const { return m_pending.size() == m_start; }

private:
    QByteArray m_pending;
    int m_start = 0;
    int m_scanned = 0;
};

}  // namespace

std::optional<ImportResult> ImportRun::checkHeader(const QByteArray& line) {
    const QJsonObject header = QJsonDocument::fromJson(line).object();
    if (header.value(QStringLiteral("format")).toString() != QLatin1String("tongbao-batch"))
        return damaged();
    const int version = header.value(QStringLiteral("version")).toInt();
    if (version < batchformat::Version)
        return damaged();
    if (version > batchformat::Version)
        return refuse(Refusal::NewerFormat,
                      tr("This batch was made by a newer version of Tongbao. Update Tongbao, then "
                         "import it again. Nothing was imported."));
    const QJsonArray revs = header.value(QStringLiteral("revs")).toArray();
    const QJsonArray audit = header.value(QStringLiteral("audit")).toArray();
    const QJsonObject source = header.value(QStringLiteral("source")).toObject();
    if (source.value(QStringLiteral("id")).toString() != m_identity.source ||
        header.value(QStringLiteral("sequence")).toInteger(-1) != m_identity.sequence ||
        revs.size() != 2 || revs[0].toInteger(-1) != m_identity.revFrom ||
        revs[1].toInteger(-1) != m_identity.revTo || audit.size() != 2 ||
        audit[0].toInteger(-1) != m_identity.auditFrom ||
        audit[1].toInteger(-1) != m_identity.auditTo)
        return damaged();

    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{128}$"));
    m_previousHash = header.value(QStringLiteral("previous_batch")).toString();
    if (m_identity.sequence == 1 ? !m_previousHash.isEmpty()
                                 : !hashPattern.match(m_previousHash).hasMatch())
        return damaged();
    if (const auto previous = m_store.receivedBatch(m_identity.source, m_identity.sequence - 1)) {
        if (previous->batchHash != m_previousHash)
            return refuse(Refusal::Fork,
                          tr("Batch %1 from %2 does not follow the batch %3 already imported. "
                             "Two copies of that ledger may be in use; nothing was imported.")
                              .arg(m_identity.sequence)
                              .arg(m_trusted.name)
                              .arg(m_identity.sequence - 1));
    }

    for (const QJsonValue& value : header.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        if (m_plans.contains(name))
            return damaged();
        TablePlan plan;
        plan.audit = name == QLatin1String("audit");
        const QStringList known = plan.audit ? m_store.auditColumns() : m_store.columnsOf(name);
        if (known.isEmpty())
            return refuse(Refusal::NewerFormat,
                          tr("This batch holds records this version of Tongbao does not know. "
                             "Update Tongbao, then import it again. Nothing was imported."));
        for (const QJsonValue& column : object.value(QStringLiteral("columns")).toArray()) {
            const QString columnName = column.toString();
            // Names are matched against this ledger's own schema and the schema's spelling is
            // what reaches SQL.
            const int at = known.indexOf(columnName);
            if (at < 0)
                return refuse(Refusal::NewerFormat,
                              tr("This batch holds information this version of Tongbao does not "
                                 "know. Update Tongbao, then import it again. Nothing was "
                                 "imported."));
            if (plan.columns.contains(known[at]))
                return damaged();
            plan.columns.append(known[at]);
        }
        if (plan.audit && plan.columns != known)
            return damaged();
        if (!plan.audit) {
            for (const QString& column : syncColumns()) {
                if (!plan.columns.contains(column))
                    return damaged();
            }
            plan.id = plan.columns.indexOf(QStringLiteral("id"));
            plan.owner = plan.columns.indexOf(QStringLiteral("owner"));
            plan.rev = plan.columns.indexOf(QStringLiteral("rev"));
            plan.deleted = plan.columns.indexOf(QStringLiteral("deleted"));
            if (name == QLatin1String("child"))
                plan.fileStatus = plan.columns.indexOf(QStringLiteral("file_status"));
        }
        plan.expected = object.value(QStringLiteral("count")).toInteger(-1);
        if (plan.expected < 0)
            return damaged();
        m_plans.insert(name, plan);
        m_report.tables.insert(name, TableTally());
    }
    const auto auditPlan = m_plans.constFind(QStringLiteral("audit"));
    if (auditPlan == m_plans.constEnd() ||
        auditPlan->expected != m_identity.auditTo - m_identity.auditFrom)
        return damaged();
    m_nextAuditSeq = m_identity.auditFrom + 1;
    return std::nullopt;
}

std::optional<ImportResult> ImportRun::takeRow(const QString& table,
                                               TablePlan& plan,
                                               const QVector<QVariant>& values) {
    const QString id = values[plan.id].toString();
    const QVariant rev = values[plan.rev];
    const qint64 deleted = values[plan.deleted].toLongLong();
    if (id.isEmpty() || values[plan.id].typeId() != QMetaType::QString ||
        rev.typeId() != QMetaType::LongLong || rev.toLongLong() <= m_identity.revFrom ||
        rev.toLongLong() > m_identity.revTo || (deleted != 0 && deleted != 1) ||
        values[plan.deleted].typeId() != QMetaType::LongLong)
        return damaged();
    if (values[plan.owner].toString() != m_identity.source)
        return refuse(Refusal::ForeignRecord,
                      tr("The batch from %1 holds records that belong to another ledger. Nothing "
                         "was imported.")
                          .arg(m_trusted.name));

    const Result<ExchangeStore::Held> held = m_store.held(table, id);
    if (!held)
        return refuse(Refusal::Failed, held.message());
    TableTally& tally = m_report.tables[table];
    ++tally.received;
    if (held->exists && held->owner != m_identity.source)
        return refuse(Refusal::ForeignRecord,
                      tr("The batch from %1 would overwrite a record that belongs to another "
                         "ledger. Nothing was imported.")
                          .arg(m_trusted.name));
    if (held->exists && held->rev >= rev.toLongLong()) {
        ++tally.unchanged;
        return std::nullopt;
    }
    if (held->exists) {
        ++tally.changed;
        if (deleted && !held->deleted)
            ++tally.removed;
    } else {
        ++tally.added;
    }
    if (plan.fileStatus >= 0 && !deleted &&
        values[plan.fileStatus].toString() == QLatin1String("closed"))
        ++m_report.childrenClosed;
    if (m_apply) {
        const Status written = m_store.writeRow(table, plan.columns, values, held->exists);
        if (!written)
            return refuse(Refusal::Failed, written.message());
    }
    return std::nullopt;
}

std::optional<ImportResult> ImportRun::takeAudit(const QVector<QVariant>& values) {
    AuditEntry entry;
    for (int i : {0, 7}) {
        if (values[i].typeId() != QMetaType::LongLong)
            return damaged();
    }
    for (int i = 1; i < values.size(); ++i) {
        if (i != 7 && values[i].typeId() != QMetaType::QString)
            return damaged();
    }
    entry.seq = values[0].toLongLong();
    sqlvalue::from(values[1], entry.at);
    entry.actor = values[2].toString();
    entry.action = values[3].toString();
    entry.entity = values[4].toString();
    entry.entityId = values[5].toString();
    entry.owner = values[6].toString();
    entry.rev = values[7].toLongLong();
    entry.changes = values[8].toString();
    entry.previousHash = values[9].toString();
    const QString hash = values[10].toString();
    if (entry.seq != m_nextAuditSeq || AuditLog::computeHash(entry) != hash)
        return damaged();
    // The chain must hold inside the batch and onto the entries already held from earlier.
    QString expectedPrevious = m_lastAuditHash;
    if (expectedPrevious.isEmpty()) {
        if (entry.seq == 1)
            expectedPrevious = kGenesisHash;
        else if (const auto held = m_store.importedAuditHash(m_identity.source, entry.seq - 1))
            expectedPrevious = *held;
    }
    if (!expectedPrevious.isEmpty() && entry.previousHash != expectedPrevious)
        return refuse(Refusal::Fork,
                      tr("The history in the batch from %1 does not continue the history "
                         "received before. Two copies of that ledger may be in use; nothing was "
                         "imported.")
                          .arg(m_trusted.name));
    if (const auto held = m_store.importedAuditHash(m_identity.source, entry.seq)) {
        if (*held != hash)
            return refuse(Refusal::Fork,
                          tr("The history in the batch from %1 differs from the history received "
                             "before. Two copies of that ledger may be in use; nothing was "
                             "imported.")
                              .arg(m_trusted.name));
    }
    m_lastAuditHash = hash;
    ++m_nextAuditSeq;
    TableTally& tally = m_report.tables[QStringLiteral("audit")];
    ++tally.received;
    ++tally.added;
    if (m_apply) {
        const Status written = m_store.insertImportedAudit(m_identity.source, m_identity.sequence,
                                                           m_store.auditColumns(), values);
        if (!written)
            return refuse(Refusal::Failed, written.message());
    }
    return std::nullopt;
}

std::optional<ImportResult> ImportRun::takeLine(const QByteArray& line) {
    if (m_ended)
        return damaged();
    if (!m_headerSeen) {
        m_headerSeen = true;
        if (auto refused = checkHeader(line))
            return refused;
        // What the header promises, only for the bar (a hostile count must not overflow it).
        qint64 records = 0;
        for (const TablePlan& plan : std::as_const(m_plans))
            records += qMin<qint64>(plan.expected, qint64(1) << 40);
        if (!m_progress.begin(
                m_apply ? ExchangeStep::WritingRecords : ExchangeStep::CheckingRecords, records))
            return cancelled();
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return damaged();
    const QJsonArray array = document.array();
    if (array.isEmpty())
        return damaged();
    const QString table = array.first().toString();
    if (table == QLatin1String("end")) {
        m_ended = true;
        if (array.size() != 2 || array[1].toInteger(-1) != m_rows)
            return damaged();
        return std::nullopt;
    }
    auto plan = m_plans.find(table);
    if (table.isEmpty() || plan == m_plans.end() || array.size() != plan->columns.size() + 1)
        return damaged();
    QVector<QVariant> values;
    values.reserve(plan->columns.size());
    for (int i = 1; i < array.size(); ++i) {
        const auto value = batchpayload::fromJson(array[i]);
        if (!value)
            return damaged();
        values.append(*value);
    }
    ++m_rows;
    if (table != m_progress.table())
        m_progress.setTable(table);
    if (auto refused = plan->audit ? takeAudit(values) : takeRow(table, *plan, values))
        return refused;
    if (!m_progress.advance())
        return cancelled();
    return std::nullopt;
}

std::optional<ImportResult> ImportRun::readPayload() {
    RangeDevice content(m_device, m_members.contentOffset, m_members.contentSize);
    content.open(QIODevice::ReadOnly);
    age::Decryptor decryptor(content);
    if (!m_progress.begin(ExchangeStep::Decrypting))
        return cancelled();
    const Status begun = decryptor.begin(*m_keys->encryption);
    if (!begun)
        return refuse(Refusal::NotForUs,
                      tr("The batch from %1 cannot be opened with this ledger's key: %2 Nothing "
                         "was imported.")
                          .arg(m_trusted.name, begun.message()));
    LineSplitter lines;
    while (!decryptor.atEnd()) {
        const Result<QByteArray> chunk = decryptor.next();
        if (!chunk)
            return damaged();
        lines.append(*chunk);
        while (const auto line = lines.next()) {
            if (auto refused = takeLine(*line))
                return refused;
        }
        if (lines.overlong())
            return damaged();
    }
    if (!lines.empty() || !m_ended)
        return damaged();
    for (auto it = m_plans.constBegin(); it != m_plans.constEnd(); ++it) {
        if (m_report.tables.value(it.key()).received != it->expected)
            return damaged();
    }
    m_report.decrypted = true;
    return std::nullopt;
}

}  // namespace tongbao
