#include "storage/AuditLog.h"

#include "security/Sodium.h"
#include "storage/Database.h"

#include <QtEndian>

namespace tongbao {

namespace {

const QString kGenesisHash = QString(64, QLatin1Char('0'));

// sqlvalue::timeText, remembered for the last second asked: formatting a time is costly and a
// bulk write stamps many entries within the same second.
QString stampText(const QDateTime& time) {
    thread_local qint64 lastSecond = 0;
    thread_local QString lastText;
    if (!time.isValid())
        return sqlvalue::timeText(time);
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 second = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;  // the second it falls in
    if (lastText.isEmpty() || second != lastSecond) {
        lastText = sqlvalue::timeText(time);
        lastSecond = second;
    }
    return lastText;
}

// Length-prefixed so that no two different entries can serialise to the same bytes.
void appendField(QByteArray& out, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    char length[4];
    qToBigEndian<quint32>(quint32(utf8.size()), length);
    out.append(length, 4);
    out.append(utf8);
}

// The change lists are written by hand rather than through QJsonDocument, which dominated the
// cost of every write. The text is exactly what QJsonDocument::toJson(Compact) gives for the
// same array of {"field","new","old"} objects (keys in that sorted order; strings escaped the
// same way), because the hash chain covers it and entries written before must still verify.
void appendJsonString(QString& out, const QString& text) {
    static const char hex[] = "0123456789abcdef";
    out.append(QLatin1Char('"'));
    const QChar* chars = text.constData();
    const qsizetype size = text.size();
    qsizetype plainFrom = 0;  // characters copied as they are, appended in one go
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        const bool plain = (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') ||
                           (c >= 0x80 && !QChar::isSurrogate(c));
        if (plain)
            continue;
        out.append(chars + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        if (c < 0x80) {
            switch (c) {
                case u'"':
                    out.append(QLatin1String("\\\""));
                    break;
                case u'\\':
                    out.append(QLatin1String("\\\\"));
                    break;
                case u'\b':
                    out.append(QLatin1String("\\b"));
                    break;
                case u'\f':
                    out.append(QLatin1String("\\f"));
                    break;
                case u'\n':
                    out.append(QLatin1String("\\n"));
                    break;
                case u'\r':
                    out.append(QLatin1String("\\r"));
                    break;
                case u'\t':
                    out.append(QLatin1String("\\t"));
                    break;
                default:  // the other control characters
                    out.append(QLatin1String("\\u00"));
                    out.append(QLatin1Char(hex[c >> 4]));
                    out.append(QLatin1Char(hex[c & 0xF]));
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && chars[i + 1].isLowSurrogate()) {
            out.append(chars + i, 2);
            plainFrom = ++i + 1;
        } else {
            // A surrogate that is not valid UTF-16 on its own: an escape, as QJsonDocument.
            out.append(QLatin1String("\\u"));
            for (int shift = 12; shift >= 0; shift -= 4)
                out.append(QLatin1Char(hex[(c >> shift) & 0xF]));
        }
    }
    out.append(chars + plainFrom, size - plainFrom);
    out.append(QLatin1Char('"'));
}

// A value as the change list shows it: null, an integer, or text.
void appendJsonValue(QString& out, const QVariant& value) {
    if (value.isNull())
        out.append(QLatin1String("null"));
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        out.append(QString::number(value.toLongLong()));
    else
        appendJsonString(out, value.toString());
}

void appendChange(QString& out, const QString& field, const QVariant& old, const QVariant& now) {
    out.append(out.size() > 1 ? QLatin1String(",{\"field\":") : QLatin1String("{\"field\":"));
    appendJsonString(out, field);
    out.append(QLatin1String(",\"new\":"));
    appendJsonValue(out, now);
    out.append(QLatin1String(",\"old\":"));
    appendJsonValue(out, old);
    out.append(QLatin1Char('}'));
}

bool sameValue(const QVariant& a, const QVariant& b) {
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
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
    appendField(data, stampText(e.at));
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
    const bool fromMemory = m_holdHead && m_head && m_head->rollbacks == m_db.rollbacks();
    if (fromMemory) {
        entry.seq = m_head->seq + 1;
        entry.previousHash = m_head->hash;
    } else {
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
    }
    entry.hash = computeHash(entry);
    m_insert->bind(QStringLiteral(":seq"), entry.seq)
        .bind(QStringLiteral(":at"), stampText(entry.at))
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
        if (fromMemory) {
            // The head moved without this log (another writer on the connection): a failed
            // insert changed nothing, so try once more from the head in the file.
            m_head.reset();
            return append(std::move(entry));  // seq and hashes are set anew
        }
        return false;
    }
    if (m_holdHead)
        m_head = Head{entry.seq, entry.hash, m_db.rollbacks()};
    return true;
}

void AuditLog::holdHead(bool hold) {
    m_holdHead = hold;
    m_head.reset();
}

QString AuditLog::describeChanges(const Fields& before, const Fields& after) {
    QString changes(QLatin1Char('['));
    for (int i = 0; i < after.size(); ++i) {
        const QVariant old = i < before.size() ? before[i].second : QVariant();
        if (sameValue(old, after[i].second))
            continue;
        appendChange(changes, after[i].first, old, after[i].second);
    }
    if (changes.size() == 1)
        return QString();
    changes.append(QLatin1Char(']'));
    return changes;
}

QString AuditLog::describeCreation(const Fields& after) {
    QString changes(QLatin1Char('['));
    changes.reserve(64 * after.size());
    for (const auto& [name, value] : after) {
        if (value.isNull() || value.toString().isEmpty())
            continue;
        appendChange(changes, name, QVariant(), value);
    }
    changes.append(QLatin1Char(']'));
    return changes;
}

AuditLog::Verification AuditLog::verify(Database& db) {
    Verification result;
    SqlQuery query(db, QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, owner, "
                                      "rev, changes, prev_hash, hash FROM audit ORDER BY seq"));
    // Otherwise the SQLite driver keeps every row read so far: the whole history in memory.
    query.raw().setForwardOnly(true);
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
