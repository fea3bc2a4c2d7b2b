#include "storage/AuditLog.h"

#include "security/Sodium.h"
#include "storage/BulkStatements.h"
#include "storage/Database.h"

#include <QtEndian>

#include <cstring>
#include <type_traits>

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

// Room for a 64-bit integer in decimal, its sign included.
constexpr int kMostDecimal = 20;

// `value` in decimal as QString::number writes it, written backwards so that it ends at `end`;
// returns where it starts.
char* decimal(qint64 value, char* end) {
    quint64 rest = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--end = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    if (value < 0)
        *--end = '-';
    return end;
}

// The bytes an entry's hash covers, written through a pointer into a buffer with room for the
// worst case. Length-prefixed so that no two different entries can serialise to the same bytes.
class HashInput {
public:
    explicit HashInput(char* out)
        : m_at(out) {}

    char* end() const { return m_at; }

    // Room a text field needs at most: its UTF-8 (3 bytes per unit at most) and its length.
    static qsizetype most(const QString& value) { return 4 + 3 * value.size(); }

    void utf8(const char* bytes, qsizetype size) {
        qToBigEndian<quint32>(quint32(size), m_at);
        memcpy(m_at + 4, bytes, size_t(size));
        m_at += 4 + size;
    }

    void text(const QString& value) {
        // Most fields are ASCII (times, codes, ids, hashes): their UTF-8 is their Latin-1.
        const QChar* chars = value.constData();
        const qsizetype size = value.size();
        char* bytes = m_at + 4;
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = chars[i].unicode();
            if (c >= 0x80) {
                const QByteArray encoded = value.toUtf8();
                utf8(encoded.constData(), encoded.size());
                return;
            }
            bytes[i] = char(c);
        }
        qToBigEndian<quint32>(quint32(size), m_at);
        m_at += 4 + size;
    }

    // As QString::number(value) in UTF-8.
    void number(qint64 value) {
        char digits[kMostDecimal];
        char* const end = digits + sizeof digits;
        const char* first = decimal(value, end);
        utf8(first, end - first);
    }

private:
    char* m_at;
};

// The hash of an entry whose change list is given as its UTF-8.
QString hashOf(const AuditEntry& e, const QByteArray& changes) {
    thread_local QByteArray data;  // reused: one allocation for a whole bulk write
    const QString at = stampText(e.at);
    const qsizetype most = HashInput::most(e.previousHash) + HashInput::most(at) +
                           HashInput::most(e.actor) + HashInput::most(e.action) +
                           HashInput::most(e.entity) + HashInput::most(e.entityId) +
                           HashInput::most(e.owner) + 2 * (4 + kMostDecimal) + 4 + changes.size();
    if (data.size() < most)
        data.resize(2 * most);
    HashInput input(data.data());
    input.text(e.previousHash);
    input.number(e.seq);
    input.text(at);
    input.text(e.actor);
    input.text(e.action);
    input.text(e.entity);
    input.text(e.entityId);
    input.text(e.owner);
    input.number(e.rev);
    input.utf8(changes.constData(), changes.size());
    const QByteArray bytes =
        QByteArray::fromRawData(data.constData(), input.end() - data.constData());
    return QString::fromLatin1(blake2b256(bytes).toHex());
}

// The change lists are written by hand rather than through QJsonDocument, which dominated the
// cost of every write. The text is exactly what QJsonDocument::toJson(Compact) gives for the
// same array of {"field","new","old"} objects (keys in that sorted order; strings escaped the
// same way), because the hash chain covers it and entries written before must still verify.
// It is written into a buffer sized up front for the worst case (every character escaped as
// \uXXXX, six units) and cut to length at the end: appending piece by piece to a QString cost
// more than the rest of making a history entry. `Text` is QString, or QByteArray for the
// list's UTF-8 (what a bulk write hashes and stores; the list escapes lone surrogates, so it is
// exactly the UTF-8 of the QString).
template <typename Text>
class ChangeList {
    static constexpr bool kUtf8 = std::is_same_v<Text, QByteArray>;
    using Unit = std::conditional_t<kUtf8, char, QChar>;

public:
    explicit ChangeList(qsizetype most)
        : m_text(most + 2, Qt::Uninitialized)
        , m_begin(m_text.data())
        , m_at(m_begin) {
        ascii('[');
    }

    // Room one change needs at most.
    static qsizetype most(const QString& field, const QVariant& old, const QVariant& now) {
        return 32 + 6 * field.size() + most(old) + most(now);
    }

    void add(const QString& field, const QVariant& old, const QVariant& now) {
        if (m_at - m_begin > 1)
            ascii(',');
        ascii("{\"field\":");
        string(field);
        ascii(",\"new\":");
        value(now);
        ascii(",\"old\":");
        value(old);
        ascii('}');
    }

    bool empty() const { return m_at - m_begin == 1; }

    Text finish() {
        ascii(']');
        m_text.truncate(m_at - m_begin);
        return std::move(m_text);
    }

private:
    static qsizetype most(const QVariant& value) {
        switch (value.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::Int:
                return kMostDecimal;
            case QMetaType::QString:
                return 2 + 6 * static_cast<const QString*>(value.constData())->size();
            default:
                return value.isNull() ? 4 : 2 + 6 * value.toString().size();
        }
    }

    void ascii(char c) {
        if constexpr (kUtf8)
            *m_at++ = c;
        else
            *m_at++ = QLatin1Char(c);
    }
    // A literal, copied through a local pointer (see plain()).
    template <std::size_t N>
    void ascii(const char (&text)[N]) {
        Unit* out = m_at;
        for (std::size_t i = 0; i + 1 < N; ++i) {
            if constexpr (kUtf8)
                out[i] = text[i];
            else
                out[i] = QLatin1Char(text[i]);
        }
        m_at = out + (N - 1);
    }

    // A character that needs no escape, as itself: one UTF-16 unit, or its UTF-8. Writes
    // through `out`, a local copy of m_at: a store through char* may alias m_at itself, which
    // would otherwise be reloaded after every byte.
    static Unit* plain(Unit* out, char32_t c) {
        if constexpr (kUtf8) {
            if (c < 0x80) {
                *out++ = char(c);
            } else if (c < 0x800) {
                *out++ = char(0xC0 | (c >> 6));
                *out++ = char(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                *out++ = char(0xE0 | (c >> 12));
                *out++ = char(0x80 | ((c >> 6) & 0x3F));
                *out++ = char(0x80 | (c & 0x3F));
            } else {
                *out++ = char(0xF0 | (c >> 18));
                *out++ = char(0x80 | ((c >> 12) & 0x3F));
                *out++ = char(0x80 | ((c >> 6) & 0x3F));
                *out++ = char(0x80 | (c & 0x3F));
            }
        } else if (c < 0x10000) {
            *out++ = QChar(char16_t(c));
        } else {
            *out++ = QChar(QChar::highSurrogate(c));
            *out++ = QChar(QChar::lowSurrogate(c));
        }
        return out;
    }

    void hexDigits(char16_t c, int digits) {
        static const char hex[] = "0123456789abcdef";
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
            ascii(hex[(c >> shift) & 0xF]);
    }

    // A value as the change list shows it: null, an integer, or text.
    void value(const QVariant& value) {
        if (value.isNull()) {
            ascii("null");
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            char digits[kMostDecimal];
            char* const end = digits + sizeof digits;
            for (const char* c = decimal(value.toLongLong(), end); c != end; ++c)
                ascii(*c);
        } else if (value.typeId() == QMetaType::QString) {
            string(*static_cast<const QString*>(value.constData()));
        } else {
            string(value.toString());
        }
    }

    void string(const QString& text) {
        ascii('"');
        const QChar* chars = text.constData();
        const qsizetype size = text.size();
        Unit* out = m_at;
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = chars[i].unicode();
            if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
                if constexpr (kUtf8)
                    *out++ = char(c);
                else
                    *out++ = chars[i];
                continue;
            }
            if (c >= 0x80 && !QChar::isSurrogate(c)) {
                out = plain(out, c);
                continue;
            }
            m_at = out;
            if (c < 0x80) {
                ascii('\\');
                switch (c) {
                    case u'"':
                    case u'\\':
                        ascii(char(c));
                        break;
                    case u'\b':
                        ascii('b');
                        break;
                    case u'\f':
                        ascii('f');
                        break;
                    case u'\n':
                        ascii('n');
                        break;
                    case u'\r':
                        ascii('r');
                        break;
                    case u'\t':
                        ascii('t');
                        break;
                    default:  // the other control characters
                        ascii("u00");
                        hexDigits(c, 2);
                }
            } else if (QChar::isHighSurrogate(c) && i + 1 < size && chars[i + 1].isLowSurrogate()) {
                m_at = plain(m_at, QChar::surrogateToUcs4(c, chars[++i].unicode()));
            } else {
                // A surrogate that is not valid UTF-16 on its own: an escape, as QJsonDocument.
                ascii("\\u");
                hexDigits(c, 4);
            }
            out = m_at;
        }
        m_at = out;
        ascii('"');
    }

    Text m_text;
    Unit* m_begin;
    Unit* m_at;
};

// Whether a created record's field has a value to list: not NULL, not empty text.
bool hasValue(const QVariant& value) {
    if (value.isNull())
        return false;
    switch (value.typeId()) {
        case QMetaType::QString:
            return !static_cast<const QString*>(value.constData())->isEmpty();
        case QMetaType::LongLong:
        case QMetaType::Int:
            return true;
        default:
            return !value.toString().isEmpty();
    }
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
    return hashOf(e, e.changes.toUtf8());
}

bool AuditLog::append(AuditEntry entry, BulkStatements* statements) {
    // Through the bulk statements the change list is converted to UTF-8 once, for the hash and
    // for the row (a change list escapes lone surrogates, so the two conversions agree).
    const std::optional<QByteArray> changes = statements && !entry.changes.isNull()
                                                  ? exactUtf8(entry.changes)
                                                  : std::optional<QByteArray>();
    return appendWith(std::move(entry), changes ? statements : nullptr,
                      changes ? &*changes : nullptr);
}

bool AuditLog::append(AuditEntry entry, BulkStatements* statements, const QByteArray& changes) {
    return appendWith(std::move(entry), statements, &changes);
}

bool AuditLog::appendWith(AuditEntry entry, BulkStatements* statements, const QByteArray* changes) {
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
    entry.hash = changes ? hashOf(entry, *changes) : computeHash(entry);
    std::optional<bool> written;
    if (changes && statements) {
        QString error;
        written = statements->insertAudit(entry, stampText(entry.at), *changes, error);
        if (written && !*written)
            m_db.setLastError(error);
    }
    if (!written) {
        if (changes && entry.changes.isNull())
            entry.changes = QString::fromUtf8(*changes);
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
        written = m_insert->exec();
        if (!*written)
            m_db.setLastError(m_insert->errorText());
    }
    if (!*written) {
        if (fromMemory) {
            // The head moved without this log (another writer on the connection): a failed
            // insert changed nothing, so try once more from the head in the file.
            m_head.reset();
            return appendWith(std::move(entry), statements, changes);  // seq, hashes anew
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
    qsizetype most = 0;
    for (int i = 0; i < after.size(); ++i)
        most += ChangeList<QString>::most(
            after[i].first, i < before.size() ? before[i].second : QVariant(), after[i].second);
    ChangeList<QString> changes(most);
    for (int i = 0; i < after.size(); ++i) {
        const QVariant old = i < before.size() ? before[i].second : QVariant();
        if (sameValue(old, after[i].second))
            continue;
        changes.add(after[i].first, old, after[i].second);
    }
    if (changes.empty())
        return QString();
    return changes.finish();
}

namespace {
template <typename Text>
Text creation(const Fields& after) {
    qsizetype most = 0;
    for (const auto& [name, value] : after)
        most += ChangeList<Text>::most(name, QVariant(), value);
    ChangeList<Text> changes(most);
    for (const auto& [name, value] : after) {
        if (hasValue(value))
            changes.add(name, QVariant(), value);
    }
    return changes.finish();
}
}  // namespace

QString AuditLog::describeCreation(const Fields& after) {
    return creation<QString>(after);
}

QByteArray AuditLog::describeCreationUtf8(const Fields& after) {
    return creation<QByteArray>(after);
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
