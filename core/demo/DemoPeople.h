#pragma once

#include <QDate>
#include <QSet>
#include <QString>

#include <functional>

namespace tongbao {

class DemoRandom;

// One adult of a demo family: a parent, grandparent or other caregiver.
struct DemoAdult {
    QString name;
    QString idNumber;
    QDate birthDate;
    bool male = true;
    QString phone;
    QString health = QStringLiteral("healthy");  // vocabulary caregiver_health
    bool exists() const { return !name.isEmpty(); }
};

// A town or subdistrict of Qijiang District (domain.md), for addresses and for spreading the
// households of a town or district ledger over its villages.
struct QijiangTown {
    QString code;  // 9 digits
    QString name;
};

// The identity facts of demo people: resident ID numbers that pass every check of IdNumber and
// carry the area code a person of that age really holds (綦江 was 510223 until 1997, 500222
// until 2011, 500110 since), mobile numbers, and where people work away from home. ID numbers
// are unique within a run; `alreadyTaken` lets the caller rule out numbers already in the
// ledger when it adds to one.
class DemoPeople {
public:
    DemoPeople(DemoRandom& random, QDate today);

    void setAlreadyTaken(std::function<bool(const QString&)> alreadyTaken) {
        m_alreadyTaken = std::move(alreadyTaken);
    }

    // The Qijiang area code a person born on that day was registered under.
    QString qijiangAreaFor(const QDate& birthDate);
    // An area code of a county next to Qijiang in Guizhou, for migrant families.
    QString neighbouringAreaCode();
    QString neighbouringAreaName(const QString& areaCode) const;

    QString idNumber(const QString& areaCode, const QDate& birthDate, bool male);
    DemoAdult adult(const QString& surname, bool male, const QDate& birthDate);
    QString mobile();
    QString workPlace();  // where a parent works away, to city level

    // A birth date giving an age of whole `years` today.
    QDate birthDateForAge(int years);
    // Age in whole years, by the same rule as Child::ageOn.
    static int ageOn(const QDate& birthDate, const QDate& day);

    static const QVector<QijiangTown>& towns();
    static QString townName(const QString& areaCode);  // from the first 9 digits; may be empty

private:
    DemoRandom& m_random;
    QDate m_today;
    QSet<quint64> m_usedIdNumbers;  // the first 17 digits as a number
    std::function<bool(const QString&)> m_alreadyTaken;
};

}  // namespace tongbao
