#include "storage/AuditLog.h"

#include "security/Sodium.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace tongbao {

namespace {

const QString kGenesisHash = QString(64, QLatin1Char('0'));

// Length-prefixed so that no two different entries can serialise to the same bytes.
void appendField(QByteArray& out, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    char length[4];
    qToBigEndian<quint32>(quint32(utf8.size()), length);
    out.append(length, 4);
    out.append(utf8);
}

QJsonValue jsonOf(const QVariant& value) {
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QJsonValue(value.toLongLong());
    return QJsonValue(value.toString());
}

bool sameValue(const QVariant& a, const QVariant& b) {
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

QString toJson(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

}  // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db) {}

AuditLog::~AuditLog() = default;

QString AuditLog::computeHash(const AuditEntry& e) {
    QByteArray data;
    data.reserve(256 + e.changes.size());
    appendField(data, e.previousHash);
    appendField(data, QString::number(e.seq));
    appendField(data, sqlvalue::timeText(e.at));
    appendField(data, e.actor);
    appendField(data, e.action);
    appendField(data, e.entity);
    appendField(data, e.entityId);
    appendField(data, e.owner);
    appendField(data, QString::number(e.rev));
    appendField(data, e.changes);
    return QString::fromLatin1(blake2b256(data).toHex());
}

bool AuditLog::append(AuditEntry entry) {
    if (!m_lastHash) {
        m_lastHash = std::make_unique<SqlQuery>(
            m_db, QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
        m_insert = std::make_unique<SqlQuery>(
            m_db,
            QStringLiteral("INSERT INTO audit (seq, at, actor, action, entity, entity_id, owner, "
                           "rev, changes, prev_hash, hash) VALUES (:seq, :at, :actor, :action, "
                           ":entity, :entity_id, :owner, :rev, :changes, :prev_hash, :hash)"));
    }
    if (!m_lastHash->exec()) {
        m_db.setLastError(m_lastHash->errorText());
        return false;
    }
    entry.seq = 1;
    entry.previousHash = kGenesisHash;
    if (m_lastHash->next()) {
        entry.seq = m_lastHash->value(0).toLongLong() + 1;
        entry.previousHash = m_lastHash->value(1).toString();
    }
    m_lastHash->raw().finish();
    entry.hash = computeHash(entry);
    m_insert->bind(QStringLiteral(":seq"), entry.seq)
        .bind(QStringLiteral(":at"), sqlvalue::timeText(entry.at))
        .bind(QStringLiteral(":actor"), entry.actor)
        .bind(QStringLiteral(":action"), entry.action)
        .bind(QStringLiteral(":entity"), entry.entity)
        .bind(QStringLiteral(":entity_id"), entry.entityId)
        .bind(QStringLiteral(":owner"), entry.owner)
        .bind(QStringLiteral(":rev"), entry.rev)
        .bind(QStringLiteral(":changes"), entry.changes)
        .bind(QStringLiteral(":prev_hash"), entry.previousHash)
        .bind(QStringLiteral(":hash"), entry.hash);
    if (!m_insert->exec()) {
        m_db.setLastError(m_insert->errorText());
        return false;
    }
    return true;
}

QString AuditLog::describeChanges(const Fields& before, const Fields& after) {
    QJsonArray changes;
    for (int i = 0; i < after.size(); ++i) {
        const QVariant old = i < before.size() ? before[i].second : QVariant();
        if (sameValue(old, after[i].second))
            continue;
        changes.append(QJsonObject{{QStringLiteral("field"), after[i].first},
                                   {QStringLiteral("old"), jsonOf(old)},
                                   {QStringLiteral("new"), jsonOf(after[i].second)}});
    }
    return changes.isEmpty() ? QString() : toJson(changes);
}

QString AuditLog::describeCreation(const Fields& after) {
    QJsonArray changes;
    for (const auto& [name, value] : after) {
        if (value.isNull() || value.toString().isEmpty())
            continue;
        changes.append(QJsonObject{{QStringLiteral("field"), name},
                                   {QStringLiteral("old"), QJsonValue::Null},
                                   {QStringLiteral("new"), jsonOf(value)}});
    }
    return toJson(changes);
}

AuditLog::Verification AuditLog::verify(Database& db) {
    Verification result;
    SqlQuery query(db, QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, owner, "
                                      "rev, changes, prev_hash, hash FROM audit ORDER BY seq"));
    if (!query.exec()) {
        result.problem = tr("The history cannot be read: %1").arg(query.errorText());
        return result;
    }
    QString expectedPrevious = kGenesisHash;
    qint64 expectedSeq = 1;
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
        const QString stored = query.value(10).toString();
        ++result.rowsChecked;
        if (e.seq != expectedSeq) {
            result.firstBrokenSeq = expectedSeq;
            result.problem = tr("History entry %1 is missing.").arg(expectedSeq);
            return result;
        }
        if (e.previousHash != expectedPrevious) {
            result.firstBrokenSeq = e.seq;
            result.problem = tr("History entry %1 does not follow the entry before it.").arg(e.seq);
            return result;
        }
        if (computeHash(e) != stored) {
            result.firstBrokenSeq = e.seq;
            result.problem = tr("History entry %1 was altered after it was written.").arg(e.seq);
            return result;
        }
        expectedPrevious = stored;
        ++expectedSeq;
    }
    return result;
}

}  // namespace tongbao
