// tongbao-cli id-check against an independent implementation: python3-stdnum (stdnum.cn.ric).
//
// A seeded Python script generates a few thousand inputs (valid numbers over many area codes and
// dates, corrupted check characters, typos, impossible dates, future and pre-1900 dates, unknown
// areas, old 15-digit numbers, lower-case x, full-width characters, separators, wrong lengths,
// letters) and judges each with stdnum. The CLI must agree on valid/invalid, the normalised number,
// the birth date and the sex. Where GB 11643 as Tongbao applies it and stdnum legitimately differ,
// the difference is decided explicitly, case by case, and counted:
//
// - Area codes. stdnum carries one GB/T 2260 snapshot: it lacks most codes retired before the
//   2000s (綦江 510223) and every prefecture code (xxxx00), and has a few codes the
//   yescallop/areacodes history does not. When stdnum's only objection is the place, or it accepts
//   a place Tongbao does not know, the repository's resources/data/area-codes.tsv decides (read
//   here by Python, not by the code under test; tst_areacodes checks the table itself).
// - Birth-date bounds. stdnum accepts any calendar date; Tongbao rejects dates after today and
//   before 1900-01-01.
// - Old numbers. stdnum has no 15-digit form; the script converts them itself (insert "19",
//   stdnum's check character) and lets stdnum judge the result.
// - Input characters. stdnum.cn.ric.compact maps full-width digits, dashes and Unicode spaces to
//   ASCII but keeps the spaces and hyphens (so "500110 2015..." is the wrong length to it) and
//   leaves a full-width X alone. The script applies Unicode NFKC, then compact, then drops spaces
//   and hyphens: a number written in groups is still the same number.
//
// Everything else (check characters, calendar dates, lengths, characters) must match stdnum
// exactly. For well-formed numbers the reason is checked too, so each rejection names its cause.
#include "common/Clock.h"
#include "domain/IdNumber.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace tongbao;

namespace {

constexpr int kSeed = 20240229;
constexpr int kCaseCount = 3000;
const QDate kEarliestBirthDate(1900, 1, 1);

// Writes one line per case: kind, input, cleaned, stdnum verdict, reference number, birth date,
// sex, well-formed (1/0), known to Tongbao's table (1/0). See the header comment for the rules.
const char* const kGenerator = R"PY(
import datetime, os, random, sys, unicodedata
import stdnum
from stdnum.cn import ric
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

seed, count, table_path, today = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
today = datetime.date.fromisoformat(today)
rng = random.Random(seed)
sys.stdout.reconfigure(encoding="utf-8")

ours = set()
with open(table_path, encoding="utf-8") as table:
    for line in table:
        if line[:6].isdigit():
            ours.add(line[:6])
theirs = set()
with open(os.path.join(os.path.dirname(stdnum.__file__), "cn", "loc.dat"), encoding="utf-8") as loc:
    for line in loc:
        if line[:6].isdigit():
            theirs.add(line[:6])
both, ours_only, theirs_only = sorted(ours & theirs), sorted(ours - theirs), sorted(theirs - ours)
DAY = datetime.timedelta(days=1)

def check(body17):
    return ric.calc_check_digit(body17 + "0")

def date_between(lo, hi):
    return lo + DAY * rng.randrange((hi - lo).days + 1)

def ymd(date):  # strftime("%Y") drops leading zeros of early years on Linux
    return "%04d%02d%02d" % (date.year, date.month, date.day)

def complete(area, yyyymmdd):
    body = area + yyyymmdd + "%03d" % rng.randrange(1000)
    return body + check(body)

def valid(pool=None):
    pool = pool or (both if rng.random() < 0.8 else ours_only)
    born = date_between(datetime.date(1900, 1, 1), today - 2 * DAY)
    return complete(rng.choice(pool), ymd(born))

def impossible_date():
    year = rng.randrange(1900, today.year)
    month, day = rng.choice([
        (rng.choice([0, 13, 14, 19, 20, 99]), rng.randrange(1, 29)),
        (rng.randrange(1, 13), rng.choice([0, 32, 40, 99])),
        (2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31),
        (2, 29)])
    if (month, day) == (2, 29):
        year = rng.choice([1900, 1901, 1999, 2001, 2010, 2019, 2023])
    return "%04d%02d%02d" % (year, month, day)

def with_x():
    while True:
        number = valid()
        if number.endswith("X"):
            return number

def corrupt_check(number):
    return number[:17] + rng.choice([c for c in "0123456789X" if c != number[17]])

def typo(number):
    i = rng.randrange(17)
    return number[:i] + rng.choice([d for d in "0123456789" if d != number[i]]) + number[i + 1:]

def full_width(text):
    return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() and rng.random() < 0.9 else c
                   for c in text)

def separated(number):
    sep = lambda: rng.choice([" ", "-", "\u3000", "\uff0d", "\u2013", " - "])
    return number[:6] + sep() + number[6:14] + sep() + number[14:]

def old_number():
    born = date_between(datetime.date(1900, 1, 1), datetime.date(1999, 12, 31))
    yymmdd = ymd(born)[2:] if rng.random() < 0.85 else impossible_date()[2:]
    return rng.choice(both + ours_only) + yymmdd + "%03d" % rng.randrange(1000)

def unknown_area():
    while True:
        area = "%06d" % rng.randrange(1000000)
        if area not in ours and area not in theirs:
            return area

def born_in_future():
    return date_between(today + 2 * DAY, min(today + 9000 * DAY, datetime.date(9999, 12, 31)))

def born_before_1900():
    start = datetime.date(1, 1, 1) if rng.random() < 0.2 else datetime.date(1800, 1, 1)
    return date_between(start, datetime.date(1899, 12, 31))

def born_since_1950():
    return date_between(datetime.date(1950, 1, 1), today - 2 * DAY)

def wrong_length(number):
    if rng.random() < 0.5:
        return number[:rng.choice([1, 6, 14, 16, 17])]
    return number + "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 4)))

def with_letter(number):
    i = rng.randrange(18)
    return number[:i] + rng.choice("ABCDEFGHIJKLMNOPQRSTUVWYZabcdfo") + number[i + 1:]

KINDS = [
    ("valid", 30, lambda: valid()),
    ("valid-retired-or-prefecture", 8, lambda: valid(ours_only)),
    ("stdnum-only-area", 2, lambda: valid(theirs_only)),
    ("bad-check", 10, lambda: corrupt_check(valid())),
    ("typo", 8, lambda: typo(valid())),
    ("impossible-date", 8, lambda: complete(rng.choice(both), impossible_date())),
    ("future", 4, lambda: complete(rng.choice(both), ymd(born_in_future()))),
    ("before-1900", 4, lambda: complete(rng.choice(both), ymd(born_before_1900()))),
    ("unknown-area", 4, lambda: complete(unknown_area(), ymd(born_since_1950()))),
    ("old-15", 8, old_number),
    ("lower-case-x", 4, lambda: with_x().lower()),
    ("full-width", 4, lambda: full_width(rng.choice([valid, with_x, old_number])())),
    ("full-width-bad-check", 2, lambda: full_width(corrupt_check(valid()))),
    ("separators", 4, lambda: separated(valid())),
    ("wrong-length", 2, lambda: wrong_length(valid())),
    ("letter", 2, lambda: with_letter(valid())),
]

def judge(number):
    try:
        ric.validate(number)
        return "ok"
    except InvalidLength:
        return "length"
    except InvalidFormat:
        return "format"
    except InvalidChecksum:
        return "checksum"
    except InvalidComponent:
        try:
            ric.get_birth_date(number)
            return "place"
        except InvalidComponent:
            return "date"

names = [name for name, weight, _ in KINDS for _ in range(weight)]
makers = dict((name, make) for name, _, make in KINDS)
for i in range(count):
    kind = names[i % len(names)]
    raw = makers[kind]()
    cleaned = ric.compact(unicodedata.normalize("NFKC", raw)).replace(" ", "").replace("-", "")
    number = cleaned
    if len(number) == 15 and all(c in "0123456789" for c in number):
        body = number[:6] + "19" + number[6:]
        number = body + check(body)
    well_formed = (len(number) == 18 and all(c in "0123456789" for c in number[:17])
                   and number[17] in "0123456789X")
    birth = sex = ""
    if well_formed:
        try:
            birth = ric.get_birth_date(number).isoformat()
        except InvalidComponent:
            pass
        sex = "M" if int(number[16]) % 2 else "F"
    print("\t".join([kind, raw, cleaned, judge(number), number, birth, sex,
                     "1" if well_formed else "0", "1" if number[:6] in ours else "0"]))
)PY";

struct Case {
    QString kind;
    QString input;
    QString cleaned;
    QString verdict;  // stdnum's: ok, length, format, checksum, date, place
    QString reference;
    QDate birth;
    QString sex;
    bool wellFormed = false;
    bool knownToTongbao = false;
};

struct Expectation {
    bool valid = false;
    std::optional<IdNumber::Problem> problem;  // when the reason can be told in advance
};

// The counts of each documented difference, so that the log shows they were exercised.
struct Differences {
    int areaKnownOnlyToTongbao = 0;
    int areaKnownOnlyToStdnum = 0;
    int birthDateOutOfBounds = 0;
};

Expectation expect(const Case& c, QDate today, Differences& differences) {
    Expectation e;
    const bool dateReal = c.birth.isValid();
    const bool inBounds = dateReal && c.birth >= kEarliestBirthDate && c.birth <= today;
    if (c.verdict == QLatin1String("ok") || c.verdict == QLatin1String("place")) {
        e.valid = inBounds && c.knownToTongbao;
        if (c.verdict == QLatin1String("place") && inBounds && c.knownToTongbao)
            ++differences.areaKnownOnlyToTongbao;
        if (c.verdict == QLatin1String("ok") && inBounds && !c.knownToTongbao)
            ++differences.areaKnownOnlyToStdnum;
        if (c.verdict == QLatin1String("ok") && !inBounds)
            ++differences.birthDateOutOfBounds;
    }
    if (e.valid || !c.wellFormed)
        return e;
    // Tongbao names the most specific problem first: date, then area, then check character.
    using P = IdNumber::Problem;
    if (!dateReal)
        e.problem = P::ImpossibleBirthDate;
    else if (c.birth < kEarliestBirthDate)
        e.problem = P::BirthDateTooEarly;
    else if (c.birth > today)
        e.problem = P::BirthDateInFuture;
    else if (!c.knownToTongbao)
        e.problem = P::UnknownAreaCode;
    else if (c.verdict == QLatin1String("checksum"))
        e.problem = P::WrongCheckCharacter;
    return e;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList outputLines(const QString& out) {
    QStringList lines = out.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

}  // namespace

class TestCliIdCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpExitsZero();
    void noNumbersIsAUsageError();
    void unknownOptionIsAUsageError();
    void exitCodeSaysWhetherAllAreValid();
    void echoesEachInputOnItsOwnLine();
    void agreesWithStdnum();

private:
    QString findPythonWithStdnum(QStringList* tried) const;

    QString m_cli;
};

void TestCliIdCheck::initTestCase() {
    m_cli = qEnvironmentVariable("TONGBAO_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "TONGBAO_CLI must name the built tongbao-cli");
}

void TestCliIdCheck::helpExitsZero() {
    const Run help = run(m_cli, {QStringLiteral("id-check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("NUMBER")));
    QVERIFY(help.out.contains(QLatin1String("--help")));

    const Run verbs = run(m_cli, {QStringLiteral("--help")});
    QVERIFY(verbs.out.contains(QLatin1String("id-check")));
}

void TestCliIdCheck::noNumbersIsAUsageError() {
    const Run none = run(m_cli, {QStringLiteral("id-check")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.out.isEmpty());
    QVERIFY(none.err.startsWith(QLatin1String("tongbao-cli id-check: ")));
}

void TestCliIdCheck::unknownOptionIsAUsageError() {
    const Run bad = run(m_cli, {QStringLiteral("id-check"), QStringLiteral("--frobnicate"),
                                QStringLiteral("360426199101010071")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliIdCheck::exitCodeSaysWhetherAllAreValid() {
    const QString valid = QStringLiteral("360426199101010071");
    const QString invalid = QStringLiteral("360426199101010072");
    QCOMPARE(run(m_cli, {QStringLiteral("id-check"), valid}).exitCode, 0);
    QCOMPARE(run(m_cli, {QStringLiteral("id-check"), valid, valid}).exitCode, 0);
    QCOMPARE(run(m_cli, {QStringLiteral("id-check"), valid, invalid}).exitCode, 1);
    QCOMPARE(run(m_cli, {QStringLiteral("id-check"), invalid}).exitCode, 1);
}

void TestCliIdCheck::echoesEachInputOnItsOwnLine() {
    const QStringList inputs{QStringLiteral("51022319850101004x"),
                             QStringLiteral("５１０２２３ ８５０１０１ ００１"), QString(),
                             QStringLiteral("not a number")};
    const Run result = run(m_cli, QStringList{QStringLiteral("id-check")} + inputs);
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = outputLines(result.out);
    QCOMPARE(lines.size(), inputs.size());
    const QStringList expected{
        QStringLiteral("51022319850101004x\tvalid\t51022319850101004X\t1985-01-01\tF\t"),
        QStringLiteral(
            "５１０２２３ ８５０１０１ ００１\tvalid\t510223198501010015\t1985-01-01\tM\t"),
        QStringLiteral("\tinvalid\t\t\t\t") + IdNumber::problemMessage(IdNumber::Problem::Empty),
        QStringLiteral("not a number\tinvalid\tNOTANUMBER\t\t\t") +
            IdNumber::problemMessage(IdNumber::Problem::InvalidCharacter),
    };
    QCOMPARE(lines, expected);
}

QString TestCliIdCheck::findPythonWithStdnum(QStringList* tried) const {
    // A python3 first on PATH (pyenv, a venv) may not see the distribution's python3-stdnum.
    QStringList candidates{qEnvironmentVariable("TONGBAO_PYTHON"), QStringLiteral("python3"),
                           QStringLiteral("/usr/bin/python3")};
    candidates.removeAll(QString());
    for (const QString& python : candidates) {
        tried->append(python);
        const Run probe = run(python, {QStringLiteral("-c"), QStringLiteral("import stdnum")});
        if (probe.exitCode == 0)
            return python;
    }
    return QString();
}

void TestCliIdCheck::agreesWithStdnum() {
    QStringList tried;
    const QString python = findPythonWithStdnum(&tried);
    if (python.isEmpty())
        QSKIP(qPrintable(QStringLiteral("python3-stdnum is not installed (tried %1); install it "
                                        "(apt install python3-stdnum) or set TONGBAO_PYTHON to "
                                        "compare with an independent implementation")
                             .arg(tried.join(QLatin1String(", ")))));

    const QString table = QDir(qEnvironmentVariable("TONGBAO_SOURCE_DIR"))
                              .filePath(QStringLiteral("resources/data/area-codes.tsv"));
    QVERIFY2(QFileInfo::exists(table), qPrintable(table));
    // The CLI judges against the real clock, so the script must too.
    const QDate today = Clock::current().today();
    const Run generated =
        run(python, {QStringLiteral("-c"), QString::fromUtf8(kGenerator), QString::number(kSeed),
                     QString::number(kCaseCount), table, today.toString(Qt::ISODate)});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));

    QList<Case> cases;
    for (const QString& line : outputLines(generated.out)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 9);
        cases.append(Case{f[0], f[1], f[2], f[3], f[4], QDate::fromString(f[5], Qt::ISODate), f[6],
                          f[7] == QLatin1String("1"), f[8] == QLatin1String("1")});
    }
    QCOMPARE(cases.size(), kCaseCount);

    QStringList arguments{QStringLiteral("id-check")};
    for (const Case& c : cases)
        arguments.append(c.input);
    const Run checked = run(m_cli, arguments);
    const QStringList lines = outputLines(checked.out);
    QCOMPARE(lines.size(), cases.size());

    Differences differences;
    QStringList mismatches;
    int expectedValid = 0;
    int reasonsChecked = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        const Expectation e = expect(c, today, differences);
        const QStringList f = lines[i].split(QLatin1Char('\t'));
        QStringList want{c.input, QStringLiteral("invalid"), c.cleaned, QString(), QString()};
        if (e.valid) {
            ++expectedValid;
            want = QStringList{c.input,     QStringLiteral("valid"),
                               c.reference, c.birth.toString(Qt::ISODate),
                               c.sex,       QString()};
        }
        const QStringList got = f.mid(0, want.size());
        bool reasonOk = f.size() == 6 && (e.valid || !f[5].isEmpty());
        if (e.problem) {
            ++reasonsChecked;
            reasonOk = reasonOk && f[5] == IdNumber::problemMessage(*e.problem);
        }
        if (got != want || !reasonOk)
            mismatches.append(QStringLiteral("[%1] got \"%2\", want \"%3\" (stdnum: %4)")
                                  .arg(c.kind, lines[i], want.join(QLatin1Char('\t')), c.verdict));
    }
    qInfo(
        "%lld cases, %d valid, %d reasons checked; differences from stdnum by design: "
        "%d areas only Tongbao knows, %d areas only stdnum knows, %d birth dates out of bounds",
        qlonglong(cases.size()), expectedValid, reasonsChecked, differences.areaKnownOnlyToTongbao,
        differences.areaKnownOnlyToStdnum, differences.birthDateOutOfBounds);
    QVERIFY2(mismatches.isEmpty(),
             qPrintable(QString::number(mismatches.size()) + QStringLiteral(" mismatches:\n") +
                        mismatches.mid(0, 20).join(QLatin1Char('\n'))));
    QCOMPARE(checked.exitCode, expectedValid == cases.size() ? 0 : 1);

    // The generator must really exercise both sides and every documented difference.
    QVERIFY(expectedValid > kCaseCount / 3);
    QVERIFY(cases.size() - expectedValid > kCaseCount / 3);
    QVERIFY(reasonsChecked > kCaseCount / 5);
    QVERIFY(differences.areaKnownOnlyToTongbao > 0);
    QVERIFY(differences.areaKnownOnlyToStdnum > 0);
    QVERIFY(differences.birthDateOutOfBounds > 0);
}

QTEST_GUILESS_MAIN(TestCliIdCheck)
#include "tst_cli_idcheck.moc"
