#include "storage/AccessLog.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtDebug>

namespace tongbao {

const QString AccessLog::View = QStringLiteral("view");
const QString AccessLog::Print = QStringLiteral("print");
const QString AccessLog::Export = QStringLiteral("export");
const QString AccessLog::Import = QStringLiteral("import");
const QString AccessLog::Login = QStringLiteral("login");
const QString AccessLog::LoginFailed = QStringLiteral("login-failed");
const QString AccessLog::Entity = QStringLiteral("access");

namespace {

QJsonObject detailsOf(const AuditEntry& entry) {
    if (entry.entity != AccessLog::Entity)
        return {};
    return QJsonDocument::fromJson(entry.changes.toUtf8()).object();
}

// The UTC instant a local calendar day starts.
QString dayStartUtc(const QDate& day) {
    return sqlvalue::timeText(day.startOfDay(QTimeZone::systemTimeZone()).toUTC());
}

}  // namespace

bool AccessLog::record(Database& db,
                       const QString& ledgerId,
                       const QString& actor,
                       const AccessEvent& event,
                       const Clock& clock) {
    QJsonObject details;
    if (!event.childId.isEmpty())
        details.insert(QStringLiteral("child"), event.childId);
    if (!event.what.isEmpty())
        details.insert(QStringLiteral("what"), event.what);
    AuditEntry entry;
    entry.at = clock.nowUtc();
    entry.actor = actor;
    entry.action = event.action;
    entry.entity = Entity;
    entry.entityId = QStringLiteral("");  // not null: the column is NOT NULL
    entry.owner = ledgerId;
    entry.changes = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    Transaction transaction(db);
    AuditLog audit(db);
    return transaction.active() && audit.append(entry) && transaction.commit();
}

void AccessLog::note(Ledger& ledger,
                     const QString& action,
                     const QStringList& childIds,
                     const QString& what) {
    if (!ledger.writer().context().access.role())
        return;
    Database& db = ledger.database();
    Transaction transaction(db);
    bool ok = transaction.active();
    const QStringList children = childIds.isEmpty() ? QStringList{QString()} : childIds;
    for (const QString& child : children) {
        ok = ok && record(db, ledger.identity().id, ledger.actor(),
                          AccessEvent{action, child, what}, ledger.clock());
    }
    if (!ok || !transaction.commit())
        qWarning().noquote() << "access log:" << db.lastError();
}

QVector<AuditEntry> AccessLog::search(Database& db, const AuditFilter& filter) {
    // Every condition is present and switched off by an empty value, so the text is fixed.
    SqlQuery query(
        db, QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, owner, rev, changes, "
                           "prev_hash, hash FROM audit WHERE "
                           "(:actor = '' OR actor = :actor) AND (:action = '' OR action = :action) "
                           "AND (:from = '' OR at >= :from) AND (:to = '' OR at < :to) "
                           "AND (:child = '' OR entity_id = :child OR (entity = 'access' AND "
                           "changes LIKE '%\"child\":\"' || :child || '\"%')) "
                           "ORDER BY seq DESC LIMIT :limit"));
    // '' rather than NULL for "no filter": NULL = '' is not true.
    const auto text = [](const QString& value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    query.bind(QStringLiteral(":actor"), text(filter.actor))
        .bind(QStringLiteral(":action"), text(filter.action))
        .bind(QStringLiteral(":from"),
              filter.from.isValid() ? dayStartUtc(filter.from) : QStringLiteral(""))
        .bind(QStringLiteral(":to"),
              filter.to.isValid() ? dayStartUtc(filter.to.addDays(1)) : QStringLiteral(""))
        .bind(QStringLiteral(":child"), text(filter.childId))
        .bind(QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : -1);
    QVector<AuditEntry> entries;
    if (!query.exec()) {
        qWarning().noquote() << "access log:" << query.errorText();
        return entries;
    }
    while (query.next()) {
        AuditEntry e;
        e.seq = query.value(0).toLongLong();
        sqlvalue::from(query.value(1), e.at);
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.entity = query.value(4).toString();
        e.entityId = query.value(5).toString();
        e.owner = query.value(6).toString();
        e.rev = query.value(7).toLongLong();
        e.changes = query.value(8).toString();
        e.previousHash = query.value(9).toString();
        e.hash = query.value(10).toString();
        entries.append(e);
    }
    return entries;
}

QString AccessLog::childOf(const AuditEntry& entry) {
    if (entry.entity == Entity)
        return detailsOf(entry).value(QStringLiteral("child")).toString();
    return entry.entity == QLatin1String("child") ? entry.entityId : QString();
}

QString AccessLog::whatOf(const AuditEntry& entry) {
    return detailsOf(entry).value(QStringLiteral("what")).toString();
}

QStringList AccessLog::actors(Database& db) {
    SqlQuery query(db, QStringLiteral("SELECT DISTINCT actor FROM audit ORDER BY actor"));
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

}  // namespace tongbao
