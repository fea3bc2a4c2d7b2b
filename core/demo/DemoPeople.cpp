#include "demo/DemoPeople.h"

#include "demo/ChineseNames.h"
#include "demo/DemoRandom.h"
#include "domain/Child.h"
#include "domain/IdNumber.h"

#include <QVector>

namespace tongbao {

namespace {

// Where people from the Chongqing hills work away from home.
const char* const kWorkPlaces[] = {
    "广东省东莞市", "广东省深圳市",   "广东省广州市",
    "广东省佛山市", "浙江省宁波市",   "浙江省温州市",
    "浙江省杭州市", "福建省厦门市",   "福建省泉州市",
    "江苏省苏州市", "上海市",         "北京市",
    "重庆市渝北区", "重庆市九龙坡区", "重庆市江北区",
    "重庆市巴南区", "四川省成都市",   "新疆维吾尔自治区乌鲁木齐市",
    "贵州省贵阳市", "云南省昆明市",
};

// Mobile number prefixes of the three carriers.
const char* const kMobilePrefixes[] = {"139", "138", "137", "136", "135", "134", "150", "151",
                                       "152", "157", "158", "159", "182", "183", "187", "188",
                                       "130", "131", "132", "155", "156", "185", "186", "133",
                                       "153", "180", "181", "189", "177", "199", "173", "191"};

const QDate kQijiangCountyFrom(1997, 6, 18);     // 四川省 510223 became 重庆市 500222
const QDate kQijiangDistrictFrom(2011, 10, 27);  // 綦江县 500222 became 綦江区 500110

}  // namespace

DemoPeople::DemoPeople(DemoRandom& random, QDate today)
    : m_random(random)
    , m_today(today) {}

const QVector<QijiangTown>& DemoPeople::towns() {
    static const QVector<QijiangTown> all = [] {
        const char* const table[][2] = {
            {"001", "古南街道"}, {"002", "文龙街道"}, {"003", "三江街道"}, {"004", "万盛街道"},
            {"005", "东林街道"}, {"006", "新盛街道"}, {"007", "通惠街道"}, {"100", "万东镇"},
            {"101", "南桐镇"},   {"102", "青年镇"},   {"103", "关坝镇"},   {"104", "丛林镇"},
            {"105", "石林镇"},   {"106", "金桥镇"},   {"107", "黑山镇"},   {"108", "石角镇"},
            {"109", "东溪镇"},   {"110", "赶水镇"},   {"111", "打通镇"},   {"112", "石壕镇"},
            {"113", "永新镇"},   {"114", "三角镇"},   {"115", "隆盛镇"},   {"116", "郭扶镇"},
            {"117", "篆塘镇"},   {"118", "丁山镇"},   {"119", "安稳镇"},   {"120", "扶欢镇"},
            {"121", "永城镇"},   {"123", "中峰镇"},   {"124", "横山镇"},
        };
        QVector<QijiangTown> result;
        for (const auto& row : table)
            result.append(
                {QStringLiteral("500110") + QLatin1String(row[0]), QString::fromUtf8(row[1])});
        return result;
    }();
    return all;
}

QString DemoPeople::townName(const QString& areaCode) {
    const QString code = areaCode.left(9);
    for (const QijiangTown& town : towns()) {
        if (town.code == code)
            return town.name;
    }
    return {};
}

QString DemoPeople::qijiangAreaFor(const QDate& birthDate) {
    // A few people of each era were registered in 万盛, whose code 500110 綦江 took over.
    if (birthDate >= kQijiangDistrictFrom)
        return QStringLiteral("500110");
    if (birthDate >= kQijiangCountyFrom)
        return m_random.percent(6) ? QStringLiteral("500110") : QStringLiteral("500222");
    return QStringLiteral("510223");
}

QString DemoPeople::neighbouringAreaCode() {
    static const char* const codes[] = {"520322", "520330", "520381"};
    return QLatin1String(m_random.pick(codes));
}

QString DemoPeople::neighbouringAreaName(const QString& areaCode) const {
    if (areaCode.startsWith(QLatin1String("520330")))
        return QStringLiteral("贵州省遵义市习水县");
    if (areaCode.startsWith(QLatin1String("520381")))
        return QStringLiteral("贵州省遵义市赤水市");
    return QStringLiteral("贵州省遵义市桐梓县");
}

QString DemoPeople::idNumber(const QString& areaCode, const QDate& birthDate, bool male) {
    const QString prefix = areaCode.left(6) + birthDate.toString(QStringLiteral("yyyyMMdd"));
    // 3-digit sequence: odd for men, even for women; 000 is never issued.
    for (int attempt = 0; attempt < 2000; ++attempt) {
        int sequence = m_random.between(0, 499) * 2 + (male ? 1 : 0);
        if (sequence == 0)
            sequence = 2;
        const QString first17 =
            prefix + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        const quint64 key = first17.toULongLong();
        if (m_usedIdNumbers.contains(key))
            continue;
        const QString number = first17 + IdNumber::checkCharacter(first17);
        if (m_alreadyTaken && m_alreadyTaken(number))
            continue;
        m_usedIdNumbers.insert(key);
        return number;
    }
    return {};  // 500 numbers of one sex born on one day in one county: never in practice
}

DemoAdult DemoPeople::adult(const QString& surname, bool male, const QDate& birthDate) {
    DemoAdult person;
    person.male = male;
    person.birthDate = birthDate;
    person.name = surname + ChineseNames::givenName(m_random, male,
                                                    ChineseNames::generationOf(birthDate.year()));
    person.idNumber = idNumber(qijiangAreaFor(birthDate), birthDate, male);
    person.phone = mobile();
    return person;
}

QString DemoPeople::mobile() {
    return QLatin1String(m_random.pick(kMobilePrefixes)) + m_random.digits(8);
}

QString DemoPeople::workPlace() {
    return QString::fromUtf8(m_random.pick(kWorkPlaces));
}

QDate DemoPeople::birthDateForAge(int years) {
    // Between the day after the (years+1)th birthday would fall and the (years)th birthday.
    const QDate latest = m_today.addYears(-years);
    const QDate earliest = m_today.addYears(-years - 1).addDays(1);
    return m_random.dateBetween(earliest, latest);
}

int DemoPeople::ageOn(const QDate& birthDate, const QDate& day) {
    Child person;
    person.birthDate = birthDate;
    return person.ageOn(day);
}

}  // namespace tongbao
