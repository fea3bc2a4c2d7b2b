#include "storage/RawStatement.h"

#include <sqlite3.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tongbao {

// UTF-16 to UTF-8 as SQLite stores text bound through SqlQuery::bind: a lone surrogate becomes
// U+FFFD (SqlQuery::bind replaces it before SQLite converts), a pair becomes one code point.
// `out` has room for 3 bytes per UTF-16 unit. Returns the end of what was written; `lone` is
// set when a lone surrogate was met. Runs of ASCII (codes, dates, ids, the change lists' keys)
// go eight characters at a time where the processor has SSE2.
char* writeSqliteUtf8(char* out, const QChar* chars, qsizetype size, bool* lone) {
    qsizetype i = 0;
    while (i < size) {
#ifdef __SSE2__
        while (i + 8 <= size) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(chars + i));
            const __m128i high = _mm_and_si128(units, _mm_set1_epi16(short(0xFF80)));
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(units, units));
            out += 8;
            i += 8;
        }
#endif
        // One by one up to the next eight (or the end).
        const qsizetype stop = qMin(size, i + 8);
        for (; i < stop; ++i) {
            char32_t c = chars[i].unicode();
            if (c < 0x80) {
                *out++ = char(c);
                continue;
            }
            if (c < 0x800) {
                *out++ = char(0xC0 | (c >> 6));
                *out++ = char(0x80 | (c & 0x3F));
                continue;
            }
            if (QChar::isSurrogate(c)) {
                if (QChar::isHighSurrogate(c) && i + 1 < size && chars[i + 1].isLowSurrogate()) {
                    c = QChar::surrogateToUcs4(char16_t(c), chars[++i].unicode());
                    *out++ = char(0xF0 | (c >> 18));
                    *out++ = char(0x80 | ((c >> 12) & 0x3F));
                    *out++ = char(0x80 | ((c >> 6) & 0x3F));
                    *out++ = char(0x80 | (c & 0x3F));
                    continue;
                }
                c = QChar::ReplacementCharacter;
                if (lone)
                    *lone = true;
            }
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

QByteArray sqliteUtf8(const QString& text) {
    QByteArray utf8(3 * text.size(), Qt::Uninitialized);
    char* end = writeSqliteUtf8(utf8.data(), text.constData(), text.size());
    utf8.truncate(end - utf8.constData());
    return utf8;
}

std::optional<QByteArray> exactUtf8(const QString& text) {
    QByteArray utf8(3 * text.size(), Qt::Uninitialized);
    bool lone = false;
    char* end = writeSqliteUtf8(utf8.data(), text.constData(), text.size(), &lone);
    if (lone)
        return std::nullopt;
    utf8.truncate(end - utf8.constData());
    return utf8;
}

RawStatement::RawStatement(sqlite3* handle, const char* sql)
    : m_handle(handle) {
    if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

RawStatement::~RawStatement() {
    sqlite3_finalize(m_statement);
}

RawStatement& RawStatement::bind(int index, qint64 value) {
    if (!m_statement || sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

RawStatement& RawStatement::bind(int index, const QString& text) {
    if (!m_statement) {
        m_bindFailed = true;
        return *this;
    }
    int rc = SQLITE_OK;
    if (text.isNull()) {
        rc = sqlite3_bind_null(m_statement, index);
    } else {
        m_texts.append(sqliteUtf8(text));
        const QByteArray& utf8 = m_texts.last();
        rc = sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                               SQLITE_STATIC);
    }
    if (rc != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

bool RawStatement::next() {
    if (!m_statement || m_bindFailed || m_failed) {
        m_failed = true;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

bool RawStatement::run() {
    next();
    const bool ok = !m_failed;
    if (ok)
        reset();
    return ok;
}

qint64 RawStatement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QString RawStatement::text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!bytes)
        return QString();
    const int size = sqlite3_column_bytes(m_statement, column);
    return size == 0 ? QString(QLatin1String("")) : QString::fromUtf8(bytes, size);
}

void RawStatement::reset() {
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_texts.clear();
    m_bindFailed = false;
    m_failed = false;
}

QString RawStatement::errorText() const {
    if (!m_statement)
        return QString::fromUtf8(sqlite3_errmsg(m_handle));
    if (m_bindFailed)
        return QStringLiteral("a value could not be bound");
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

}  // namespace tongbao
