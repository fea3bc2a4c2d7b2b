#!/usr/bin/env python3
"""Generate the pinyin tables of the register search from the Unihan readings.

Usage: scripts/generate-pinyin.py [Unihan_Readings.txt[.bz2]] [OUTPUT-DIRECTORY]

The defaults are Debian's unicode-data package (/usr/share/unicode/Unihan_Readings.txt.bz2) and
resources/data of this repository. Two files are written:

pinyin.tsv: the Mandarin readings of every Han character Unihan gives one for, toneless and in
plain ASCII letters (ü is written v, as pinyin input methods type it), one line per reading and
rank:

    rank <TAB> reading <TAB> characters

Rank 1 is a character's most customary reading, rank 2 its next, and so on; the characters of a
line are in code point order and the lines sorted by rank, then reading. Grouping characters by
reading keeps the file small (a few hundred kilobytes for some 41,000 characters) and lets a
reader check "which characters read zhang" with grep.

Which readings, in which order:
- kMandarin first (the customary reading; where it has two values, the first is the one for
  simplified Chinese, the second for Taiwan);
- then the readings of the modern dictionaries and frequency counts: kHanyuPinlu (most frequent
  first), kTGHZ2013 (通用规范汉字字典, the current standard) and kXHC1983 (现代汉语词典), so that
  重 also reads chong, 长 chang and 单 chan and shan;
- kHanyuPinyin (汉语大字典) only for characters that none of the above reads: it lists many
  classical readings (重 tong, 能 xiong) that nobody types to find a child today.
Tones are dropped after the readings are merged, so hǎo and hào are one reading hao.

pinyin-surnames.tsv: surnames whose reading differs from the character's customary one (单 is
Shàn as a surname, not Dān), and compound surnames (万俟 Mòqí), as

    surname <TAB> readings (one per character, space-separated)

The program reads a name's first characters with this table: the longest surname that starts the
name wins. Every reading given here must be one that pinyin.tsv also lists for the character; the
script checks that and stops otherwise.

The script is deterministic: the same Unihan file gives the same bytes.
"""

import bz2
import os
import sys
import unicodedata

DEFAULT_SOURCE = "/usr/share/unicode/Unihan_Readings.txt.bz2"

# Surnames read otherwise than their first character's customary reading, or whose characters
# read otherwise together. Sources: 现代汉语词典 (7th ed.) and 通用规范汉字字典 surname notes.
# Single characters are read this way only in the first position of a name; elsewhere the
# customary reading applies (曾 céng in 曾经, but 曾 Zēng as a surname).
SURNAMES = [
    ("单", "shan"),
    ("曾", "zeng"),
    ("区", "ou"),
    ("仇", "qiu"),
    ("解", "xie"),
    ("查", "zha"),
    ("朴", "piao"),
    ("盖", "ge"),
    ("繁", "po"),
    ("覃", "qin"),
    ("翟", "zhai"),
    ("乐", "yue"),
    ("缪", "miao"),
    ("秘", "bi"),
    ("员", "yun"),
    ("召", "shao"),
    ("种", "chong"),
    ("宓", "fu"),
    ("粘", "nian"),
    ("隗", "wei"),
    ("都", "du"),
    ("长", "chang"),
    ("重", "chong"),
    ("薄", "bo"),
    ("卜", "bu"),
    ("藏", "zang"),
    ("句", "gou"),
    ("角", "jue"),
    ("阚", "kan"),
    ("洗", "xian"),
    ("祭", "zhai"),
    ("折", "she"),
    # As a single surname 尉 is Wèi, its customary reading; listed so that nobody "fixes" it to
    # the Yù of 尉迟.
    ("尉", "wei"),
    # Compound surnames (复姓) whose characters read otherwise together. Those that read
    # character by character (欧阳, 司马, 诸葛) need no line.
    ("万俟", "mo qi"),
    ("单于", "chan yu"),
    ("尉迟", "yu chi"),
    ("长孙", "zhang sun"),
    ("澹台", "tan tai"),
    ("拓跋", "tuo ba"),
]

# Fields in the order their readings are ranked; the last is used only for coverage.
MODERN_FIELDS = ("kMandarin", "kHanyuPinlu", "kTGHZ2013", "kXHC1983")
COVERAGE_FIELD = "kHanyuPinyin"


def toneless(reading):
    """hǎo -> hao, lǜ -> lv, ê̄ -> e, ḿ -> m."""
    letters = []
    for ch in unicodedata.normalize("NFD", reading.strip().lower()):
        if ch == "\u0308" and letters and letters[-1] == "u":
            letters[-1] = "v"
        elif "a" <= ch <= "z":
            letters.append(ch)
        elif unicodedata.combining(ch):
            continue
        else:
            raise ValueError("unexpected character %r in reading %r" % (ch, reading))
    if not letters:
        raise ValueError("empty reading %r" % reading)
    return "".join(letters)


def readings_of(field, value):
    """The readings a Unihan field value lists, in the field's order."""
    if field == "kMandarin":
        return value.split()
    if field == "kHanyuPinlu":  # "lè(283) yuè(54)": order by frequency, most frequent first
        counted = []
        for position, item in enumerate(value.split()):
            reading, count = item.rstrip(")").split("(")
            counted.append((-int(count), position, reading))
        return [reading for _, _, reading in sorted(counted)]
    # kHanyuPinyin, kTGHZ2013, kXHC1983: "location:reading,reading location:reading"
    result = []
    for item in value.split():
        result.extend(item.split(":", 1)[1].split(","))
    return result


def load(path):
    opener = bz2.open if path.endswith(".bz2") else open
    fields = {}  # code point -> field -> value
    version = ""
    with opener(path, "rt", encoding="utf-8") as source:
        for line in source:
            if line.startswith("# Unicode version:"):
                version = line.split(":", 1)[1].strip()
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field in MODERN_FIELDS or field == COVERAGE_FIELD:
                fields.setdefault(int(code[2:], 16), {})[field] = value
    return fields, version


def ranked_readings(by_field):
    ranked = []
    for field in MODERN_FIELDS:
        if field in by_field:
            for reading in readings_of(field, by_field[field]):
                plain = toneless(reading)
                if plain not in ranked:
                    ranked.append(plain)
    if not ranked and COVERAGE_FIELD in by_field:
        for reading in readings_of(COVERAGE_FIELD, by_field[COVERAGE_FIELD]):
            plain = toneless(reading)
            if plain not in ranked:
                ranked.append(plain)
    return ranked


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "resources", "data")

    fields, version = load(source)
    readings = {code: ranked_readings(by_field) for code, by_field in fields.items()}
    readings = {code: ranked for code, ranked in readings.items() if ranked}

    lines = {}  # (rank, reading) -> [code points]
    for code in sorted(readings):
        for rank, reading in enumerate(readings[code], start=1):
            lines.setdefault((rank, reading), []).append(code)

    problems = []
    for surname, spelled in SURNAMES:
        syllables = spelled.split()
        if len(syllables) != len(surname):
            problems.append("%s: %d characters but %d readings" % (surname, len(surname),
                                                                   len(syllables)))
            continue
        for ch, syllable in zip(surname, syllables):
            if syllable not in readings.get(ord(ch), []):
                problems.append("%s: %s does not read %s in Unihan" % (surname, ch, syllable))
    if problems:
        sys.exit("generate-pinyin.py: " + "; ".join(problems))

    header = ("# Generated by scripts/generate-pinyin.py from Unihan_Readings.txt (Unicode %s,\n"
              "# Debian package unicode-data); do not edit by hand.\n" % version)
    with open(os.path.join(out_dir, "pinyin.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# Mandarin readings of Han characters, toneless, v for ü. Rank 1 is a\n"
                  "# character's customary reading (kMandarin); higher ranks follow kHanyuPinlu,\n"
                  "# kTGHZ2013 and kXHC1983 (kHanyuPinyin where nothing else reads it).\n")
        out.write(header)
        out.write("# rank\treading\tcharacters\n")
        for rank, reading in sorted(lines):
            chars = "".join(chr(code) for code in lines[(rank, reading)])
            out.write("%d\t%s\t%s\n" % (rank, reading, chars))

    with open(os.path.join(out_dir, "pinyin-surnames.tsv"), "w", encoding="utf-8",
              newline="\n") as out:
        out.write("# Surnames read otherwise than their characters' customary readings, and\n"
                  "# compound surnames; applied to the first characters of a name only.\n")
        out.write(header)
        out.write("# surname\treadings\n")
        for surname, spelled in sorted(SURNAMES, key=lambda item: (-len(item[0]), item[0])):
            out.write("%s\t%s\n" % (surname, spelled))


if __name__ == "__main__":
    main()
