#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace tongbao {

// A resident ID number (居民身份证号码, GB 11643-1999) as read from a keyboard, a paper form or a
// spreadsheet. Every screen, import and report that takes an ID number goes through parse(), so
// there is one answer to "is this number right?" and one way of storing it: 18 upper-case ASCII
// characters, whatever the user typed (full-width digits, a lower-case x, spaces, an old 15-digit
// number). A number that is not right is still a value: it says which problem stops it, in words a
// village committee member can act on. Birth dates are judged against an injected "today" so that
// tests get the same answers on any day.
class IdNumber {
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    enum class Problem {
        None,
        Empty,
        InvalidCharacter,     // anything but digits and X
        MisplacedX,           // X anywhere but the 18th character
        WrongLength,          // neither 18 nor the old 15 characters
        ImpossibleBirthDate,  // not a calendar date, such as 19000229 or month 13
        BirthDateTooEarly,    // before earliestBirthDate()
        BirthDateInFuture,    // after "today"
        UnknownAreaCode,      // the first six digits name no area, past or present
        WrongCheckCharacter,  // the MOD 11-2 check character does not match
    };

    // An invalid number with Problem::Empty, for fields not filled in yet.
    IdNumber() = default;

    static IdNumber parse(const QString& input, QDate today = Clock::current().today());

    // Character clean-up only, no judgement: full-width characters (what a Chinese input method
    // types in full-width mode) become ASCII, letters become upper case, spaces and hyphens go.
    static QString normalize(const QString& input);

    // The ISO 7064 MOD 11-2 check character of the first 17 digits: '0'..'9' or 'X'.
    static QChar checkCharacter(QStringView first17Digits);

    // The form every list shows: the area code and the last four characters, the birth date and
    // the rest hidden (500110********1234). A string too short to hide anything is all stars.
    static QString mask(const QString& normalized);

    // Birth dates before this are taken for typing errors (1800 for 1980), not for real people:
    // the ledger records children and the adults who care for them, none of them 125 years old.
    static QDate earliestBirthDate();

    static QString problemMessage(Problem problem);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    QString problemMessage() const { return problemMessage(m_problem); }
    Status status() const;

    // The 18 characters when valid; otherwise the cleaned-up input, to show what was checked.
    const QString& normalized() const { return m_normalized; }
    QString masked() const { return mask(m_normalized); }

    // These describe a valid number; they are empty or invalid otherwise.
    QString areaCode() const;
    QDate birthDate() const { return m_birthDate; }
    QString sexCode() const;  // "M" or "F", from the parity of the 17th digit
    bool wasConverted() const { return m_converted; }  // given as an old 15-digit number

private:
    static IdNumber invalid(QString normalized, Problem problem);

    QString m_normalized;
    Problem m_problem = Problem::Empty;
    QDate m_birthDate;
    bool m_converted = false;
};

enum class DisabilityCategory {
    Visual = 1,    // 视力
    Hearing,       // 听力
    Speech,        // 言语
    Physical,      // 肢体
    Intellectual,  // 智力
    Mental,        // 精神
    Multiple,      // 多重
};

// The number of a second-generation disability certificate (第二代残疾人证): the holder's
// 18-character ID number, then the category digit (1..7) and the level digit (1 = 一级, most
// severe, .. 4). It lives beside IdNumber because it is an ID number with two digits added, read
// and normalised the same way. Whether a disability counts as severe (重残) drives allowances and
// visit frequency, so the rule is kept here, once.
class DisabilityCertificate {
    Q_DECLARE_TR_FUNCTIONS(DisabilityCertificate)

public:
    enum class Problem {
        None,
        Empty,
        InvalidCharacter,  // anything but digits, and X as the 18th character
        WrongLength,       // not 20 characters
        InvalidIdNumber,   // the first 18 characters: see idNumber().problem()
        UnknownCategory,   // the 19th character is not 1..7
        UnknownLevel,      // the 20th character is not 1..4
    };

    DisabilityCertificate() = default;

    static DisabilityCertificate parse(const QString& input,
                                       QDate today = Clock::current().today());

    // Stable ASCII codes for storage and exchange: visual, hearing, speech, physical,
    // intellectual, mental, multiple.
    static QString categoryCode(DisabilityCategory category);
    static std::optional<DisabilityCategory> categoryFromCode(QStringView code);

    // 重残: level 1 or 2 of any category, or level 3 or 4 of an intellectual or mental disability.
    static bool isSevere(DisabilityCategory category, int level);

    static QString problemMessage(Problem problem);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    QString problemMessage() const;  // includes the ID number's own problem
    Status status() const;

    const QString& normalized() const { return m_normalized; }
    QString masked() const { return IdNumber::mask(m_normalized); }

    const IdNumber& idNumber() const { return m_idNumber; }
    DisabilityCategory category() const { return m_category; }
    QString categoryCode() const { return categoryCode(m_category); }
    int level() const { return m_level; }  // 1..4 when valid, 0 otherwise
    bool isSevere() const;

private:
    QString m_normalized;
    Problem m_problem = Problem::Empty;
    IdNumber m_idNumber;
    DisabilityCategory m_category = DisabilityCategory::Visual;
    int m_level = 0;
};

}  // namespace tongbao
