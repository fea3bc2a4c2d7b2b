#include "domain/Pinyin.h"

#include <QFile>
#include <QHash>
#include <QtDebug>

#include <algorithm>
#include <vector>

namespace tongbao {

namespace {

constexpr char32_t kCombiningDiaeresis = 0x0308;

struct CharacterEntry {
    char32_t code;
    quint32 first;  // into Tables::readingIds
    quint32 count;
};

// Both resources, parsed once: each character's readings as indexes into one list of
// syllables (some 1,300 distinct), sorted by code point for binary search.
struct Tables {
    QStringList syllables;
    std::vector<CharacterEntry> characters;
    std::vector<quint16> readingIds;
    QHash<QString, QStringList> surnames;  // surname → one reading per character
    int longestSurname = 0;
};

QStringList dataLines(const QString& resource) {
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "Pinyin: cannot read" << resource;
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void loadReadings(Tables& tables) {
    struct Reading {
        char32_t code;
        int rank;
        quint16 id;
    };
    std::vector<Reading> all;
    all.reserve(50000);
    QHash<QString, quint16> ids;
    for (const QString& line : dataLines(QStringLiteral(":/data/pinyin.tsv"))) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        bool rankOk = false;
        const int rank = fields.value(0).toInt(&rankOk);
        if (fields.size() != 3 || !rankOk || fields[1].isEmpty()) {
            qWarning() << "Pinyin: skipping a damaged line of pinyin.tsv:" << line.left(40);
            continue;
        }
        auto known = ids.constFind(fields[1]);
        if (known == ids.constEnd()) {
            known = ids.insert(fields[1], quint16(tables.syllables.size()));
            tables.syllables.append(fields[1]);
        }
        for (const char32_t code : fields[2].toUcs4())
            all.push_back({code, rank, *known});
    }
    std::sort(all.begin(), all.end(), [](const Reading& a, const Reading& b) {
        return a.code != b.code ? a.code < b.code : a.rank < b.rank;
    });
    tables.readingIds.reserve(all.size());
    for (const Reading& reading : all) {
        if (tables.characters.empty() || tables.characters.back().code != reading.code)
            tables.characters.push_back({reading.code, quint32(tables.readingIds.size()), 0});
        tables.readingIds.push_back(reading.id);
        ++tables.characters.back().count;
    }
}

void loadSurnames(Tables& tables) {
    for (const QString& line : dataLines(QStringLiteral(":/data/pinyin-surnames.tsv"))) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QStringList readings = fields.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() != 2 || readings.size() != fields[0].size()) {
            qWarning() << "Pinyin: skipping a damaged line of pinyin-surnames.tsv:" << line;
            continue;
        }
        tables.surnames.insert(fields[0], readings);
        tables.longestSurname = std::max(tables.longestSurname, int(fields[0].size()));
    }
}

const Tables& tables() {
    // A function-local static is initialised once even when threads race to it.
    static const Tables loaded = [] {
        Tables t;
        loadReadings(t);
        loadSurnames(t);
        return t;
    }();
    return loaded;
}

QStringList readingsOf(const Tables& t, char32_t code) {
    const auto found = std::lower_bound(
        t.characters.begin(), t.characters.end(), code,
        [](const CharacterEntry& entry, char32_t wanted) { return entry.code < wanted; });
    if (found == t.characters.end() || found->code != code)
        return {};
    QStringList result;
    result.reserve(int(found->count));
    for (quint32 i = 0; i < found->count; ++i)
        result.append(t.syllables.at(t.readingIds[found->first + i]));
    return result;
}

bool isSeparator(char32_t code) {
    return !QChar::isLetterOrNumber(code) && !QChar::isMark(code);
}

// The surname readings for the first characters of a name (empty when it starts otherwise).
QStringList surnameReadings(const Tables& t, const QList<uint>& points, qsizetype start) {
    QString head;
    for (qsizetype i = start; i < points.size() && head.size() < t.longestSurname; ++i)
        head.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(&points[i]), 1));
    for (qsizetype length = head.size(); length > 0; --length) {
        const auto found = t.surnames.constFind(head.left(length));
        if (found != t.surnames.constEnd())
            return *found;
    }
    return {};
}

// Appends a lower-cased letter or digit, or handles a combining mark: the diaeresis of ü turns
// the u before it into v, other accents are dropped.
void appendFolded(QString& word, char32_t code) {
    if (QChar::isMark(code)) {
        if (code == kCombiningDiaeresis && word.endsWith(QLatin1Char('u')))
            word.back() = QLatin1Char('v');
        return;
    }
    const char32_t lower = QChar::toLower(code);
    word.append(QString::fromUcs4(&lower, 1));
}

// The name as syllables and words, each with its readings in order of preference.
QVector<QStringList> tokens(const QString& name) {
    const Tables& t = tables();
    const QList<uint> points = name.normalized(QString::NormalizationForm_KD).toUcs4();
    qsizetype start = 0;
    while (start < points.size() && isSeparator(points[start]))
        ++start;
    const QStringList surname = surnameReadings(t, points, start);

    QVector<QStringList> result;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            result.append(QStringList{word});
        word.clear();
    };
    for (qsizetype i = start; i < points.size(); ++i) {
        const char32_t code = points[i];
        QStringList readings = readingsOf(t, code);
        if (readings.isEmpty()) {
            if (isSeparator(code))
                endWord();
            else
                appendFolded(word, code);
            continue;
        }
        endWord();
        if (i - start < surname.size()) {
            readings.removeAll(surname[i - start]);
            readings.prepend(surname[i - start]);
        }
        // Many people type lu for 吕 and nu for 女 where input methods want lv and nv.
        for (qsizetype r = 0, n = readings.size(); r < n; ++r) {
            if (readings[r].contains(QLatin1Char('v'))) {
                QString asU = readings[r];
                asU.replace(QLatin1Char('v'), QLatin1Char('u'));
                if (!readings.contains(asU))
                    readings.append(asU);
            }
        }
        result.append(readings);
    }
    endWord();
    return result;
}

QStringList customary(const QVector<QStringList>& syllables) {
    QStringList result;
    result.reserve(syllables.size());
    for (const QStringList& readings : syllables)
        result.append(readings.first());
    return result;
}

}  // namespace

QString Pinyin::fullSpelling(const QString& name) {
    return customary(tokens(name)).join(QString());
}

QString Pinyin::initials(const QString& name) {
    QString result;
    for (const QStringList& readings : tokens(name))
        result.append(readings.first().front());
    return result;
}

QVector<QStringList> Pinyin::readings(const QString& name, int limit) {
    const QVector<QStringList> syllables = tokens(name);
    QVector<QStringList> result{customary(syllables)};
    for (qsizetype i = 0; i < syllables.size(); ++i) {
        for (qsizetype r = 1; r < syllables[i].size(); ++r) {
            if (result.size() >= limit)
                return result;
            QStringList other = result.first();
            other[i] = syllables[i][r];
            result.append(other);
        }
    }
    return result;
}

QStringList Pinyin::characterReadings(char32_t character) {
    return readingsOf(tables(), character);
}

QString Pinyin::fold(const QString& text) {
    QString result;
    result.reserve(text.size());
    for (const char32_t code : text.normalized(QString::NormalizationForm_KD).toUcs4()) {
        if (!isSeparator(code))
            appendFolded(result, code);
    }
    return result.normalized(QString::NormalizationForm_C);
}

}  // namespace tongbao
