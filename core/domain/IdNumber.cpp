#include "domain/IdNumber.h"

#include "domain/AreaCodes.h"

#include <array>

namespace tongbao {

namespace {

constexpr int kLength = 18;
constexpr int kOldLength = 15;
constexpr int kCertificateLength = 20;
constexpr int kCheckPosition = 17;  // the 18th character, the only place an X may stand

// Full-width forms U+FF01..U+FF5E mirror ASCII U+0021..U+007E at a fixed distance.
constexpr char16_t kFirstFullWidth = 0xFF01;
constexpr char16_t kLastFullWidth = 0xFF5E;
constexpr char16_t kFullWidthOffset = 0xFEE0;

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Spaces and the dashes that word processors and spreadsheets substitute for a hyphen.
bool isSeparator(QChar c) {
    constexpr char16_t firstDash = 0x2010;  // hyphen .. horizontal bar, en and em dash among them
    constexpr char16_t lastDash = 0x2015;
    constexpr char16_t minusSign = 0x2212;
    return c.isSpace() || c == QLatin1Char('-') || c == QChar(minusSign) ||
           (c.unicode() >= firstDash && c.unicode() <= lastDash);
}

// Only the birth-date slice of a number with the right characters gets here.
QDate dateFromDigits(QStringView yyyymmdd) {
    const int year = yyyymmdd.mid(0, 4).toInt();
    const int month = yyyymmdd.mid(4, 2).toInt();
    const int day = yyyymmdd.mid(6, 2).toInt();
    if (!QDate::isValid(year, month, day))
        return QDate();
    return QDate(year, month, day);
}

}  // namespace

QString IdNumber::normalize(const QString& input) {
    QString result;
    result.reserve(input.size());
    for (QChar c : input) {
        if (c.unicode() >= kFirstFullWidth && c.unicode() <= kLastFullWidth)
            c = QChar(char16_t(c.unicode() - kFullWidthOffset));
        if (isSeparator(c))
            continue;
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            c = c.toUpper();
        result.append(c);
    }
    return result;
}

QChar IdNumber::checkCharacter(QStringView first17Digits) {
    // ISO 7064 MOD 11-2: the weight of position i is 2^(17 - i) mod 11.
    static constexpr std::array<int, 17> weights = {
        7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2,
    };
    static constexpr std::array<char, 11> characterForRemainder = {
        '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2',
    };
    int sum = 0;
    for (int i = 0; i < int(weights.size()) && i < first17Digits.size(); ++i)
        sum += first17Digits[i].digitValue() * weights[i];
    return QLatin1Char(characterForRemainder[sum % 11]);
}

QString IdNumber::mask(const QString& normalized) {
    constexpr int shownAtStart = 6;
    constexpr int shownAtEnd = 4;
    const int hidden = int(normalized.size()) - shownAtStart - shownAtEnd;
    if (hidden <= 0)
        return QString(normalized.size(), QLatin1Char('*'));
    return normalized.left(shownAtStart) + QString(hidden, QLatin1Char('*')) +
           normalized.right(shownAtEnd);
}

QDate IdNumber::earliestBirthDate() {
    return QDate(1900, 1, 1);
}

IdNumber IdNumber::invalid(QString normalized, Problem problem) {
    IdNumber id;
    id.m_normalized = std::move(normalized);
    id.m_problem = problem;
    return id;
}

IdNumber IdNumber::parse(const QString& input, QDate today) {
    const QString cleaned = normalize(input);
    if (cleaned.isEmpty())
        return invalid(cleaned, Problem::Empty);
    for (QChar c : cleaned) {
        if (!isAsciiDigit(c) && c != QLatin1Char('X'))
            return invalid(cleaned, Problem::InvalidCharacter);
    }
    if (cleaned.size() != kLength && cleaned.size() != kOldLength)
        return invalid(cleaned, Problem::WrongLength);
    const qsizetype x = cleaned.indexOf(QLatin1Char('X'));
    if (x >= 0 && (x != kCheckPosition || cleaned.size() != kLength))
        return invalid(cleaned, Problem::MisplacedX);

    // An old number is a new one without the century and the check character; those of the
    // 1980s and 1990s all belong to people born in the 1900s.
    const bool converted = cleaned.size() == kOldLength;
    QString number = cleaned;
    if (converted) {
        number.insert(6, QStringLiteral("19"));
        number.append(checkCharacter(number));
    }

    // Most specific first: a typing error in the date or the area is named where it is, and the
    // check character catches what is left.
    const QDate birthDate = dateFromDigits(QStringView(number).mid(6, 8));
    if (!birthDate.isValid())
        return invalid(cleaned, Problem::ImpossibleBirthDate);
    if (birthDate < earliestBirthDate())
        return invalid(cleaned, Problem::BirthDateTooEarly);
    if (today.isValid() && birthDate > today)
        return invalid(cleaned, Problem::BirthDateInFuture);
    if (!AreaCodes::isKnown(QStringView(number).left(6)))
        return invalid(cleaned, Problem::UnknownAreaCode);
    if (number[kCheckPosition] != checkCharacter(QStringView(number).left(kCheckPosition)))
        return invalid(cleaned, Problem::WrongCheckCharacter);

    IdNumber id;
    id.m_normalized = number;
    id.m_problem = Problem::None;
    id.m_birthDate = birthDate;
    id.m_converted = converted;
    return id;
}

QString IdNumber::problemMessage(Problem problem) {
    switch (problem) {
        case Problem::None:
            return QString();
        case Problem::Empty:
            return tr("Please enter the ID number.");
        case Problem::InvalidCharacter:
            return tr(
                "An ID number has only digits, and perhaps an X at the end; please check for "
                "other characters.");
        case Problem::MisplacedX:
            return tr(
                "An X can only be the last character of an 18-digit ID number; please check "
                "where it is.");
        case Problem::WrongLength:
            return tr(
                "An ID number has 18 characters (old ones have 15); please check for missing or "
                "extra digits.");
        case Problem::ImpossibleBirthDate:
            return tr(
                "The birth date in the ID number is not a real date; please check characters 7 "
                "to 14.");
        case Problem::BirthDateTooEarly:
            return tr("The birth date in the ID number is before 1900; please check the year.");
        case Problem::BirthDateInFuture:
            return tr("The birth date in the ID number is in the future; please check the year.");
        case Problem::UnknownAreaCode:
            return tr("The first six digits are not the code of any county; please check them.");
        case Problem::WrongCheckCharacter:
            return tr("The check character is wrong; please check the last character.");
    }
    return QString();
}

Status IdNumber::status() const {
    return isValid() ? Status::success() : Status::failure(problemMessage());
}

QString IdNumber::areaCode() const {
    return isValid() ? m_normalized.left(6) : QString();
}

QString IdNumber::sexCode() const {
    if (!isValid())
        return QString();
    const bool odd = m_normalized[16].digitValue() % 2 == 1;
    return odd ? QStringLiteral("M") : QStringLiteral("F");
}

DisabilityCertificate DisabilityCertificate::parse(const QString& input, QDate today) {
    DisabilityCertificate certificate;
    certificate.m_normalized = IdNumber::normalize(input);
    const QString& number = certificate.m_normalized;
    auto fail = [&certificate](Problem problem) {
        certificate.m_problem = problem;
        return certificate;
    };

    if (number.isEmpty())
        return fail(Problem::Empty);
    for (qsizetype i = 0; i < number.size(); ++i) {
        const bool allowedX = i == kCheckPosition && number[i] == QLatin1Char('X');
        if (!isAsciiDigit(number[i]) && !allowedX)
            return fail(Problem::InvalidCharacter);
    }
    if (number.size() != kCertificateLength)
        return fail(Problem::WrongLength);

    certificate.m_idNumber = IdNumber::parse(number.left(kLength), today);
    if (!certificate.m_idNumber.isValid())
        return fail(Problem::InvalidIdNumber);
    const int categoryDigit = number[kLength].digitValue();
    if (categoryDigit < int(DisabilityCategory::Visual) ||
        categoryDigit > int(DisabilityCategory::Multiple))
        return fail(Problem::UnknownCategory);
    const int level = number[kLength + 1].digitValue();
    if (level < 1 || level > 4)
        return fail(Problem::UnknownLevel);

    certificate.m_category = DisabilityCategory(categoryDigit);
    certificate.m_level = level;
    certificate.m_problem = Problem::None;
    return certificate;
}

QString DisabilityCertificate::categoryCode(DisabilityCategory category) {
    switch (category) {
        case DisabilityCategory::Visual:
            return QStringLiteral("visual");
        case DisabilityCategory::Hearing:
            return QStringLiteral("hearing");
        case DisabilityCategory::Speech:
            return QStringLiteral("speech");
        case DisabilityCategory::Physical:
            return QStringLiteral("physical");
        case DisabilityCategory::Intellectual:
            return QStringLiteral("intellectual");
        case DisabilityCategory::Mental:
            return QStringLiteral("mental");
        case DisabilityCategory::Multiple:
            return QStringLiteral("multiple");
    }
    return QString();
}

std::optional<DisabilityCategory> DisabilityCertificate::categoryFromCode(QStringView code) {
    for (int digit = int(DisabilityCategory::Visual); digit <= int(DisabilityCategory::Multiple);
         ++digit) {
        if (categoryCode(DisabilityCategory(digit)) == code)
            return DisabilityCategory(digit);
    }
    return std::nullopt;
}

bool DisabilityCertificate::isSevere(DisabilityCategory category, int level) {
    if (level == 1 || level == 2)
        return true;
    const bool mindAffected =
        category == DisabilityCategory::Intellectual || category == DisabilityCategory::Mental;
    return mindAffected && (level == 3 || level == 4);
}

bool DisabilityCertificate::isSevere() const {
    return isValid() && isSevere(m_category, m_level);
}

QString DisabilityCertificate::problemMessage(Problem problem) {
    switch (problem) {
        case Problem::None:
            return QString();
        case Problem::Empty:
            return tr("Please enter the disability certificate number.");
        case Problem::InvalidCharacter:
            return tr(
                "A disability certificate number has only digits, and perhaps an X as the 18th "
                "character; please check for other characters.");
        case Problem::WrongLength:
            return tr(
                "A disability certificate number has 20 characters: the 18-character ID number, "
                "then the category and the level; please check for missing or extra digits.");
        case Problem::InvalidIdNumber:
            return tr("The ID number at the start of the disability certificate number is wrong.");
        case Problem::UnknownCategory:
            return tr(
                "The 19th character is the category of disability and must be 1 to 7; please "
                "check it.");
        case Problem::UnknownLevel:
            return tr(
                "The 20th character is the level of disability and must be 1 to 4; please "
                "check it.");
    }
    return QString();
}

QString DisabilityCertificate::problemMessage() const {
    if (m_problem == Problem::InvalidIdNumber)
        return tr("In the ID number at the start of the disability certificate number: %1")
            .arg(m_idNumber.problemMessage());
    return problemMessage(m_problem);
}

Status DisabilityCertificate::status() const {
    return isValid() ? Status::success() : Status::failure(problemMessage());
}

}  // namespace tongbao
