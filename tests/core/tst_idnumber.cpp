// Resident ID numbers and disability certificate numbers. Every valid literal below was checked
// by hand against python3-stdnum (stdnum.cn.ric) while writing the test, except where a comment
// says stdnum's older area table does not know the code.
#include "common/Clock.h"
#include "domain/IdNumber.h"

#include <QSet>
#include <QTest>

using namespace tongbao;

Q_DECLARE_METATYPE(IdNumber::Problem)
Q_DECLARE_METATYPE(DisabilityCertificate::Problem)
Q_DECLARE_METATYPE(DisabilityCategory)

namespace {
// A fixed "today" for everything that does not test the date bound itself.
const QDate kToday(2025, 6, 1);
}  // namespace

class TestIdNumber : public QObject {
    Q_OBJECT

private slots:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void invalidKeepsCleanedInput();
    void everyProblemHasItsOwnMessage();
    void statusCarriesTheMessage();
    void defaultTodayComesFromTheClock();
    void checkCharacter_data();
    void checkCharacter();
    void normalize_data();
    void normalize();
    void mask_data();
    void mask();

    void certificates_data();
    void certificates();
    void severity_data();
    void severity();
    void invalidCertificates_data();
    void invalidCertificates();
    void certificateNamesTheIdProblem();
    void categoryCodesRoundTrip();
};

void TestIdNumber::validNumbers_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<bool>("converted");

    auto row = [](const char* name, const QString& input, const char* normalized, QDate birth,
                  const char* sex, bool converted = false) {
        QTest::newRow(name) << input << QString::fromLatin1(normalized) << birth
                            << QString::fromLatin1(sex) << converted;
    };
    row("plain male", QStringLiteral("360426199101010071"), "360426199101010071", QDate(1991, 1, 1),
        "M");
    row("plain female", QStringLiteral("500110201503150025"), "500110201503150025",
        QDate(2015, 3, 15), "F");
    row("odd sequence", QStringLiteral("500110201503150033"), "500110201503150033",
        QDate(2015, 3, 15), "M");
    row("check X", QStringLiteral("11010519491231002X"), "11010519491231002X", QDate(1949, 12, 31),
        "F");
    row("lower-case x", QStringLiteral("11010519491231002x"), "11010519491231002X",
        QDate(1949, 12, 31), "F");
    row("full-width digits and x", QStringLiteral("１１０１０５１９４９１２３１００２ｘ"),
        "11010519491231002X", QDate(1949, 12, 31), "F");
    row("full-width X", QStringLiteral("50011020100315007Ｘ"), "50011020100315007X",
        QDate(2010, 3, 15), "M");
    row("spaces", QStringLiteral(" 110105 1949 1231 002X "), "11010519491231002X",
        QDate(1949, 12, 31), "F");
    row("hyphens", QStringLiteral("110105-19491231-002X"), "11010519491231002X",
        QDate(1949, 12, 31), "F");
    row("ideographic space and full-width hyphen", QStringLiteral("500110　20150315－0025"),
        "500110201503150025", QDate(2015, 3, 15), "F");
    // Retired codes stay valid for life: 綦江 was 510223, then 500222, today 500110. stdnum's
    // table lacks 510223.
    row("retired 510223", QStringLiteral("510223198501010015"), "510223198501010015",
        QDate(1985, 1, 1), "M");
    row("retired 510223 with X", QStringLiteral("51022319850101004x"), "51022319850101004X",
        QDate(1985, 1, 1), "F");
    row("retired 500222", QStringLiteral("500222200001011232"), "500222200001011232",
        QDate(2000, 1, 1), "M");
    // Prefecture and 市辖区 codes of early numbers (stdnum knows only the latter).
    row("prefecture code", QStringLiteral("510200198501010010"), "510200198501010010",
        QDate(1985, 1, 1), "M");
    row("city districts code", QStringLiteral("130101198001010014"), "130101198001010014",
        QDate(1980, 1, 1), "M");
    row("city districts code of a former city", QStringLiteral("510201198706010045"),
        "510201198706010045", QDate(1987, 6, 1), "F");
    row("leap day 2000", QStringLiteral("110105200002290013"), "110105200002290013",
        QDate(2000, 2, 29), "M");
    row("leap day 2024", QStringLiteral("500110202402290015"), "500110202402290015",
        QDate(2024, 2, 29), "M");
    row("earliest birth date", QStringLiteral("50011019000101003X"), "50011019000101003X",
        QDate(1900, 1, 1), "M");
    row("born today", QStringLiteral("500110202506010014"), "500110202506010014", QDate(2025, 6, 1),
        "M");
    row("15 digits", QStringLiteral("360426910101007"), "360426199101010071", QDate(1991, 1, 1),
        "M", true);
    row("15 digits, retired area", QStringLiteral("510223850101001"), "510223198501010015",
        QDate(1985, 1, 1), "M", true);
    row("15 digits, full-width with spaces", QStringLiteral("５１０２２３ ８５０１０１ ００１"),
        "510223198501010015", QDate(1985, 1, 1), "M", true);
}

void TestIdNumber::validNumbers() {
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QDate, birth);
    QFETCH(QString, sex);
    QFETCH(bool, converted);

    const IdNumber id = IdNumber::parse(input, kToday);
    QVERIFY2(id.isValid(), qPrintable(id.problemMessage()));
    QCOMPARE(id.problem(), IdNumber::Problem::None);
    QVERIFY(id.problemMessage().isEmpty());
    QCOMPARE(id.normalized(), normalized);
    QCOMPARE(id.birthDate(), birth);
    QCOMPARE(id.sexCode(), sex);
    QCOMPARE(id.wasConverted(), converted);
    QCOMPARE(id.areaCode(), normalized.left(6));
    QCOMPARE(id.masked(), normalized.left(6) + QStringLiteral("********") + normalized.right(4));
    // What is stored reads back as itself.
    QCOMPARE(IdNumber::parse(id.normalized(), kToday).normalized(), normalized);
}

void TestIdNumber::invalidNumbers_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<IdNumber::Problem>("problem");

    using P = IdNumber::Problem;
    auto row = [](const char* name, const QString& input, P problem, QDate today = kToday) {
        QTest::newRow(name) << input << today << problem;
    };
    row("empty", QString(), P::Empty);
    row("only spaces", QStringLiteral("   "), P::Empty);
    row("only hyphens", QStringLiteral("--"), P::Empty);
    row("letter at the end", QStringLiteral("50011020150315002A"), P::InvalidCharacter);
    row("letter inside", QStringLiteral("5001102015O3150025"), P::InvalidCharacter);
    row("ideographic full stop", QStringLiteral("500110201503150025。"), P::InvalidCharacter);
    row("slash", QStringLiteral("500110/201503150025"), P::InvalidCharacter);
    row("X first", QStringLiteral("X00110201503150025"), P::MisplacedX);
    row("X inside", QStringLiteral("50011020150315X025"), P::MisplacedX);
    row("X in 15 digits", QStringLiteral("51022385010100X"), P::MisplacedX);
    row("17 digits", QStringLiteral("50011020150315002"), P::WrongLength);
    row("19 digits", QStringLiteral("5001102015031500255"), P::WrongLength);
    row("16 digits", QStringLiteral("5102238501010011"), P::WrongLength);
    row("a date alone", QStringLiteral("19000229"), P::WrongLength);
    row("month 13", QStringLiteral("500110201513150029"), P::ImpossibleBirthDate);
    row("month 00", QStringLiteral("500110201500150025"), P::ImpossibleBirthDate);
    row("day 00", QStringLiteral("500110201503000027"), P::ImpossibleBirthDate);
    row("30 February", QStringLiteral("500110201502300028"), P::ImpossibleBirthDate);
    row("29 February 1900", QStringLiteral("110105190002290017"), P::ImpossibleBirthDate);
    row("29 February 2023", QStringLiteral("500110202302290018"), P::ImpossibleBirthDate);
    row("15 digits, month 13", QStringLiteral("510223851301001"), P::ImpossibleBirthDate);
    row("15 digits, 29 February 1900", QStringLiteral("110105000229001"), P::ImpossibleBirthDate);
    row("before 1900", QStringLiteral("500110189912310043"), P::BirthDateTooEarly);
    row("tomorrow", QStringLiteral("500110202501010023"), P::BirthDateInFuture,
        QDate(2024, 12, 31));
    row("next year", QStringLiteral("500110202601010012"), P::BirthDateInFuture);
    row("unknown area", QStringLiteral("999999199001010016"), P::UnknownAreaCode);
    row("zero area", QStringLiteral("000000199001010018"), P::UnknownAreaCode);
    row("province code", QStringLiteral("500000199001010016"), P::UnknownAreaCode);
    row("municipality summary code", QStringLiteral("110100199001010019"), P::UnknownAreaCode);
    row("check off by one", QStringLiteral("500110201503150026"), P::WrongCheckCharacter);
    row("digit where X belongs", QStringLiteral("110105194912310020"), P::WrongCheckCharacter);
    row("X where a digit belongs", QStringLiteral("36042619910101007X"), P::WrongCheckCharacter);
    row("swapped digits", QStringLiteral("360426199110100071"), P::WrongCheckCharacter);
}

void TestIdNumber::invalidNumbers() {
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(IdNumber::Problem, problem);

    const IdNumber id = IdNumber::parse(input, today);
    QVERIFY(!id.isValid());
    QCOMPARE(id.problem(), problem);
    QVERIFY(!id.problemMessage().isEmpty());
    QVERIFY(id.areaCode().isEmpty());
    QVERIFY(id.sexCode().isEmpty());
    QVERIFY(!id.birthDate().isValid());
}

void TestIdNumber::invalidKeepsCleanedInput() {
    const IdNumber id = IdNumber::parse(QStringLiteral("５００１１０-2015 0315 002x"), kToday);
    QCOMPARE(id.problem(), IdNumber::Problem::WrongCheckCharacter);
    QCOMPARE(id.normalized(), QStringLiteral("50011020150315002X"));
    QVERIFY(!id.wasConverted());
    // An old number that fails keeps its 15 characters: that is what the user typed.
    QCOMPARE(IdNumber::parse(QStringLiteral("510223851301001"), kToday).normalized(),
             QStringLiteral("510223851301001"));
}

void TestIdNumber::everyProblemHasItsOwnMessage() {
    using P = IdNumber::Problem;
    const QList<P> problems{P::Empty,
                            P::InvalidCharacter,
                            P::MisplacedX,
                            P::WrongLength,
                            P::ImpossibleBirthDate,
                            P::BirthDateTooEarly,
                            P::BirthDateInFuture,
                            P::UnknownAreaCode,
                            P::WrongCheckCharacter};
    QSet<QString> messages;
    for (P problem : problems) {
        const QString message = IdNumber::problemMessage(problem);
        QVERIFY(!message.isEmpty());
        messages.insert(message);
    }
    QCOMPARE(messages.size(), problems.size());
    QVERIFY(IdNumber::problemMessage(P::None).isEmpty());
    QCOMPARE(IdNumber::problemMessage(P::WrongCheckCharacter),
             QStringLiteral("The check character is wrong; please check the last character."));
}

void TestIdNumber::statusCarriesTheMessage() {
    QVERIFY(IdNumber::parse(QStringLiteral("360426199101010071"), kToday).status().ok());
    const IdNumber wrong = IdNumber::parse(QStringLiteral("360426199101010072"), kToday);
    QVERIFY(!wrong.status().ok());
    QCOMPARE(wrong.status().message(), wrong.problemMessage());

    const IdNumber unset;
    QVERIFY(!unset.isValid());
    QCOMPARE(unset.problem(), IdNumber::Problem::Empty);
}

void TestIdNumber::defaultTodayComesFromTheClock() {
    const QString bornNewYear2025 = QStringLiteral("500110202501010023");
    FixedClock clock(QDateTime(QDate(2024, 12, 31), QTime(23, 59)));
    Clock::setCurrent(&clock);
    const IdNumber early = IdNumber::parse(bornNewYear2025);
    clock.advanceSeconds(60);
    const IdNumber onTheDay = IdNumber::parse(bornNewYear2025);
    Clock::setCurrent(nullptr);

    QCOMPARE(early.problem(), IdNumber::Problem::BirthDateInFuture);
    QVERIFY(onTheDay.isValid());
}

void TestIdNumber::checkCharacter_data() {
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("check");
    QTest::newRow("1") << QStringLiteral("36042619910101007") << QChar(u'1');
    QTest::newRow("X") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("5") << QStringLiteral("50011020150315002") << QChar(u'5');
    QTest::newRow("0") << QStringLiteral("51020019850101001") << QChar(u'0');
    QTest::newRow("all zeros") << QStringLiteral("00000000000000000") << QChar(u'1');
}

void TestIdNumber::checkCharacter() {
    QFETCH(QString, first17);
    QFETCH(QChar, check);
    QCOMPARE(IdNumber::checkCharacter(first17), check);
}

void TestIdNumber::normalize_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("ascii") << QStringLiteral("123") << QStringLiteral("123");
    QTest::newRow("full-width digits")
        << QStringLiteral("０１２３４５６７８９") << QStringLiteral("0123456789");
    QTest::newRow("x") << QStringLiteral("12x") << QStringLiteral("12X");
    QTest::newRow("full-width x") << QStringLiteral("12ｘ") << QStringLiteral("12X");
    QTest::newRow("separators") << QStringLiteral(" 1-2\t3　4－5\n") << QStringLiteral("12345");
    QTest::newRow("dashes from word processors")
        << QStringLiteral("1‐2–3—4−5") << QStringLiteral("12345");
    QTest::newRow("other characters stay") << QStringLiteral("1。2") << QStringLiteral("1。2");
}

void TestIdNumber::normalize() {
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(IdNumber::normalize(input), normalized);
}

void TestIdNumber::mask_data() {
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18") << QStringLiteral("500110201503151234")
                        << QStringLiteral("500110********1234");
    QTest::newRow("X") << QStringLiteral("11010519491231002X")
                       << QStringLiteral("110105********002X");
    QTest::newRow("certificate") << QStringLiteral("50011020150315002542")
                                 << QStringLiteral("500110**********2542");
    QTest::newRow("15") << QStringLiteral("510223850101001") << QStringLiteral("510223*****1001");
    QTest::newRow("too short") << QStringLiteral("1234567890") << QStringLiteral("**********");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdNumber::mask() {
    QFETCH(QString, normalized);
    QFETCH(QString, masked);
    QCOMPARE(IdNumber::mask(normalized), masked);
}

void TestIdNumber::certificates_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<DisabilityCategory>("category");
    QTest::addColumn<QString>("categoryCode");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("severe");

    using C = DisabilityCategory;
    QTest::newRow("visual 1") << QStringLiteral("50011020150315002511") << C::Visual
                              << QStringLiteral("visual") << 1 << true;
    QTest::newRow("hearing 3") << QStringLiteral("50011020150315002523") << C::Hearing
                               << QStringLiteral("hearing") << 3 << false;
    QTest::newRow("speech 2") << QStringLiteral("50011020150315002532") << C::Speech
                              << QStringLiteral("speech") << 2 << true;
    QTest::newRow("physical 4") << QStringLiteral("50011020150315002544") << C::Physical
                                << QStringLiteral("physical") << 4 << false;
    QTest::newRow("intellectual 4") << QStringLiteral("50011020150315002554") << C::Intellectual
                                    << QStringLiteral("intellectual") << 4 << true;
    QTest::newRow("mental 3") << QStringLiteral("50011020150315002563") << C::Mental
                              << QStringLiteral("mental") << 3 << true;
    QTest::newRow("multiple 3") << QStringLiteral("50011020150315002573") << C::Multiple
                                << QStringLiteral("multiple") << 3 << false;
    QTest::newRow("X, lower case, spaces") << QStringLiteral("110105 19491231 002x 6 1")
                                           << C::Mental << QStringLiteral("mental") << 1 << true;
    QTest::newRow("full-width") << QStringLiteral("５００１１０２０１５０３１５００２５４２")
                                << C::Physical << QStringLiteral("physical") << 2 << true;
}

void TestIdNumber::certificates() {
    QFETCH(QString, input);
    QFETCH(DisabilityCategory, category);
    QFETCH(QString, categoryCode);
    QFETCH(int, level);
    QFETCH(bool, severe);

    const DisabilityCertificate certificate = DisabilityCertificate::parse(input, kToday);
    QVERIFY2(certificate.isValid(), qPrintable(certificate.problemMessage()));
    QCOMPARE(certificate.problem(), DisabilityCertificate::Problem::None);
    QVERIFY(certificate.status().ok());
    QCOMPARE(certificate.normalized().size(), 20);
    QCOMPARE(certificate.normalized().left(18), certificate.idNumber().normalized());
    QVERIFY(certificate.idNumber().isValid());
    QCOMPARE(certificate.category(), category);
    QCOMPARE(certificate.categoryCode(), categoryCode);
    QCOMPARE(certificate.level(), level);
    QCOMPARE(certificate.isSevere(), severe);
}

void TestIdNumber::severity_data() {
    QTest::addColumn<DisabilityCategory>("category");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("severe");

    // 重残: levels 1 and 2 of every category, levels 3 and 4 of intellectual and mental only.
    for (int digit = 1; digit <= 7; ++digit) {
        const auto category = DisabilityCategory(digit);
        const bool mind =
            category == DisabilityCategory::Intellectual || category == DisabilityCategory::Mental;
        for (int level = 1; level <= 4; ++level) {
            const QByteArray name = DisabilityCertificate::categoryCode(category).toLatin1() + ' ' +
                                    QByteArray::number(level);
            QTest::newRow(name.constData()) << category << level << (level <= 2 || mind);
        }
    }
}

void TestIdNumber::severity() {
    QFETCH(DisabilityCategory, category);
    QFETCH(int, level);
    QFETCH(bool, severe);
    QCOMPARE(DisabilityCertificate::isSevere(category, level), severe);
}

void TestIdNumber::invalidCertificates_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<DisabilityCertificate::Problem>("problem");

    using P = DisabilityCertificate::Problem;
    QTest::newRow("empty") << QStringLiteral(" ") << P::Empty;
    QTest::newRow("letter") << QStringLiteral("5001102015031500254A") << P::InvalidCharacter;
    QTest::newRow("X as category") << QStringLiteral("5001102015031500252X") << P::InvalidCharacter;
    QTest::newRow("X inside the ID")
        << QStringLiteral("50011020150315X02542") << P::InvalidCharacter;
    QTest::newRow("ID number alone") << QStringLiteral("500110201503150025") << P::WrongLength;
    QTest::newRow("level missing") << QStringLiteral("5001102015031500254") << P::WrongLength;
    QTest::newRow("one digit too many")
        << QStringLiteral("500110201503150025421") << P::WrongLength;
    QTest::newRow("old ID number") << QStringLiteral("51022385010100142") << P::WrongLength;
    QTest::newRow("wrong check character")
        << QStringLiteral("50011020150315002642") << P::InvalidIdNumber;
    QTest::newRow("unknown area") << QStringLiteral("99999919900101001642") << P::InvalidIdNumber;
    QTest::newRow("category 0") << QStringLiteral("50011020150315002502") << P::UnknownCategory;
    QTest::newRow("category 8") << QStringLiteral("50011020150315002582") << P::UnknownCategory;
    QTest::newRow("category 9") << QStringLiteral("50011020150315002592") << P::UnknownCategory;
    QTest::newRow("level 0") << QStringLiteral("50011020150315002540") << P::UnknownLevel;
    QTest::newRow("level 5") << QStringLiteral("50011020150315002545") << P::UnknownLevel;
    QTest::newRow("level 9") << QStringLiteral("50011020150315002579") << P::UnknownLevel;
}

void TestIdNumber::invalidCertificates() {
    QFETCH(QString, input);
    QFETCH(DisabilityCertificate::Problem, problem);

    const DisabilityCertificate certificate = DisabilityCertificate::parse(input, kToday);
    QVERIFY(!certificate.isValid());
    QCOMPARE(certificate.problem(), problem);
    QVERIFY(!certificate.problemMessage().isEmpty());
    QVERIFY(!certificate.status().ok());
    QVERIFY(!certificate.isSevere());
    QCOMPARE(certificate.level(), 0);
}

void TestIdNumber::certificateNamesTheIdProblem() {
    const DisabilityCertificate certificate =
        DisabilityCertificate::parse(QStringLiteral("50011020150315002642"), kToday);
    QCOMPARE(certificate.idNumber().problem(), IdNumber::Problem::WrongCheckCharacter);
    QVERIFY(certificate.problemMessage().contains(
        IdNumber::problemMessage(IdNumber::Problem::WrongCheckCharacter)));

    using P = DisabilityCertificate::Problem;
    QSet<QString> messages;
    for (P problem : {P::Empty, P::InvalidCharacter, P::WrongLength, P::InvalidIdNumber,
                      P::UnknownCategory, P::UnknownLevel})
        messages.insert(DisabilityCertificate::problemMessage(problem));
    QCOMPARE(messages.size(), 6);
    QVERIFY(!messages.contains(QString()));
}

void TestIdNumber::categoryCodesRoundTrip() {
    QSet<QString> codes;
    for (int digit = 1; digit <= 7; ++digit) {
        const auto category = DisabilityCategory(digit);
        const QString code = DisabilityCertificate::categoryCode(category);
        codes.insert(code);
        QCOMPARE(DisabilityCertificate::categoryFromCode(code), std::optional(category));
    }
    QCOMPARE(codes.size(), 7);
    QCOMPARE(DisabilityCertificate::categoryFromCode(u"Visual"), std::nullopt);
    QCOMPARE(DisabilityCertificate::categoryFromCode(u""), std::nullopt);
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
