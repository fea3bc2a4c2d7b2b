#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tongbao {

// Pinyin of personal names, so that a supervisor can find 张三 by typing "zs" or "zhangsan"
// without switching the input method. Readings come from resources/data/pinyin.tsv (generated
// from Unihan by scripts/generate-pinyin.py): toneless ASCII, ü written v as input methods type
// it. A character with several readings is read the customary way; a name's first characters
// are read as a surname when resources/data/pinyin-surnames.tsv lists them (单 Shan, 曾 Zeng,
// 万俟 Moqi), because the surname is what people search by. Other letters and digits (a name
// written in Latin letters, 阿依古丽·买买提's neighbours) pass through lower-cased as words;
// separators such as the middle dot and spaces only end a word.
//
// readings() also offers the other ways a name could be read, one polyphonic character at a
// time (重 zhong, then chong; 吕 lv, then lu), so that search finds a child however the person
// at the keyboard pronounces the name. The tables load on first use, once, thread-safely.
class Pinyin {
public:
    static constexpr int DefaultReadings = 4;

    // The customary full spelling: 张三 → "zhangsan", 单田芳 → "shantianfang".
    static QString fullSpelling(const QString& name);
    // First letters of the syllables and Latin words: 张三 → "zs", 阿依古丽·买买提 → "ayglmmt".
    static QString initials(const QString& name);

    // Ways to read the name, syllable by syllable, the customary one first, at most `limit`
    // (at least one; a name without letters gives one empty reading). Each further reading
    // changes one syllable to another reading of its character, earlier characters first.
    static QVector<QStringList> readings(const QString& name, int limit = DefaultReadings);

    // Readings of one character, customary first; empty for a character without one.
    static QStringList characterReadings(char32_t character);

    // Text as search compares it: compatibility forms unified (full-width ＺＳ is zs), letters
    // lower-cased without accents (ü is v), separators, punctuation and spaces dropped.
    static QString fold(const QString& text);
};

}  // namespace tongbao
