#include "security/AuditExport.h"

#include "report/CsvWriter.h"
#include "report/XlsxWorkbook.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QFileInfo>

namespace tongbao {

QStringList AuditExport::actions() {
    return {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
            AccessLog::View,          AccessLog::Print,         AccessLog::Export,
            AccessLog::Import,        AccessLog::Login,         AccessLog::LoginFailed};
}

QString AuditExport::actionLabel(const QString& action) {
    if (action == QLatin1String("create"))
        return tr("created");
    if (action == QLatin1String("update"))
        return tr("changed");
    if (action == QLatin1String("delete"))
        return tr("deleted");
    if (action == AccessLog::View)
        return tr("opened a child's file");
    if (action == AccessLog::Print)
        return tr("printed");
    if (action == AccessLog::Export)
        return tr("exported");
    if (action == AccessLog::Import)
        return tr("imported");
    if (action == AccessLog::Login)
        return tr("logged in");
    if (action == AccessLog::LoginFailed)
        return tr("wrong password");
    return action;
}

QStringList AuditExport::header() {
    return {tr("No."),    tr("Time"),  tr("User"),   tr("Action"),
            tr("Record"), tr("Child"), tr("Details")};
}

QStringList AuditExport::rowOf(const AuditEntry& entry) {
    const QString what =
        entry.entity == AccessLog::Entity ? AccessLog::whatOf(entry) : entry.changes;
    const QString record = entry.entity == AccessLog::Entity
                               ? QString()
                               : entry.entity + QLatin1Char(' ') + entry.entityId;
    return {QString::number(entry.seq),
            entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.actor,
            actionLabel(entry.action),
            record,
            AccessLog::childOf(entry),
            what};
}

Result<QVector<AuditEntry>> AuditExport::search(Ledger& ledger, const AuditFilter& filter) {
    if (const Status allowed = ledger.writer().context().access.require(Permission::ReadAccessLog);
        !allowed)
        return allowed;
    return AccessLog::search(ledger.database(), filter);
}

Status AuditExport::save(Ledger& ledger, const AuditFilter& filter, const QString& path) {
    const Result<QVector<AuditEntry>> entries = search(ledger, filter);
    if (!entries)
        return entries.status();
    Status written = Status::success();
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxWorkbook book(path, ledger.clock().nowUtc());
        lxw_worksheet* sheet = book.addSheet(tr("History"));
        XlsxStyle head;
        head.bold = true;
        const XlsxStyle cell;
        const QStringList titles = header();
        for (int c = 0; c < titles.size(); ++c)
            book.text(sheet, 0, c, titles[c], head);
        int row = 1;
        for (const AuditEntry& entry : *entries) {
            const QStringList fields = rowOf(entry);
            for (int c = 0; c < fields.size(); ++c)
                book.text(sheet, row, c, fields[c], cell);
            ++row;
        }
        written = book.close();
    } else {
        CsvWriter csv(path);
        csv.row(header());
        for (const AuditEntry& entry : *entries)
            csv.row(rowOf(entry));
        written = csv.commit();
    }
    if (!written)
        return written;
    AccessLog::record(
        ledger.database(), ledger.identity().id, ledger.actor(),
        AccessEvent{AccessLog::Export, {}, tr("history: %1").arg(QFileInfo(path).fileName())},
        ledger.clock());
    return Status::success();
}

}  // namespace tongbao
