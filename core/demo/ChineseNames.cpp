#include "demo/ChineseNames.h"

#include "demo/DemoRandom.h"

#include <QVector>

namespace tongbao {

namespace {

struct Surname {
    const char* name;  // UTF-8
    int weight;        // per ten thousand, roughly
};

// Common surnames first; the rare and polyphonic ones at the end, each about 1 in 5,000.
const Surname kSurnames[] = {
    {"王", 710}, {"李", 700}, {"张", 680}, {"陈", 560}, {"刘", 540}, {"杨", 330}, {"黄", 250},
    {"赵", 230}, {"吴", 200}, {"周", 200}, {"徐", 140}, {"孙", 130}, {"何", 130}, {"罗", 130},
    {"马", 120}, {"朱", 120}, {"胡", 120}, {"郭", 110}, {"林", 90},  {"高", 90},  {"郑", 80},
    {"谢", 80},  {"唐", 80},  {"梁", 70},  {"邓", 70},  {"宋", 60},  {"许", 60},  {"彭", 60},
    {"曾", 55},  {"肖", 55},  {"韩", 50},  {"冯", 50},  {"曹", 50},  {"田", 50},  {"蒋", 50},
    {"袁", 45},  {"谭", 45},  {"董", 40},  {"余", 40},  {"杜", 35},  {"潘", 30},  {"于", 30},
    {"蔡", 30},  {"叶", 30},  {"程", 30},  {"苏", 30},  {"魏", 30},  {"任", 30},  {"廖", 30},
    {"吕", 25},  {"丁", 25},  {"钟", 25},  {"付", 25},  {"熊", 25},  {"沈", 20},  {"姚", 20},
    {"卢", 20},  {"姜", 20},  {"范", 20},  {"石", 20},  {"邹", 20},  {"邱", 20},  {"向", 20},
    {"崔", 15},  {"陆", 15},  {"汪", 15},  {"贾", 15},  {"夏", 15},  {"方", 15},  {"白", 15},
    {"秦", 15},  {"江", 15},  {"雷", 15},  {"龚", 15},  {"冉", 15},  {"段", 12},  {"龙", 12},
    {"陶", 12},  {"毛", 12},  {"金", 10},  {"韦", 10},  {"孟", 10},  {"尹", 10},  {"薛", 10},
    {"侯", 10},  {"黎", 10},  {"贺", 10},  {"万", 10},  {"代", 10},  {"闫", 8},   {"史", 8},
    {"邵", 8},   {"严", 8},   {"戴", 8},   {"汤", 8},   {"牟", 8},   {"伍", 8},   {"顾", 6},
    {"覃", 6},   {"武", 6},   {"莫", 6},   {"聂", 6},   {"郝", 5},   {"钱", 5},   {"孔", 5},
    {"敖", 5},   {"穆", 4},   {"简", 4},   {"母", 3},   {"滕", 3},   {"幸", 2},   {"单", 3},
    {"区", 2},   {"仇", 2},   {"解", 2},   {"查", 2},   {"盖", 1},   {"朴", 1},   {"乐", 2},
    {"欧阳", 3}, {"司马", 1}, {"诸葛", 1}, {"上官", 1},
};

// Characters of given names by generation and sex (UTF-8, one character each).
const char* const kChildMale =
    "子梓宇浩轩睿泽俊铭晨博文一诺宸皓然奕昊航逸嘉煜锦瑞烨乐森阳天佑辰霖哲亦恒宏鑫杰凯豪思雨翔"
    "伟楷骏涛鹏峻程彬";
const char* const kChildFemale =
    "子梓欣涵怡雨诗萱可馨佳琪悦思语彤若依梦妍婉雅钰琳晴月瑶汐沫芊安一诺希甜婷雪静蕊璐艺淑晨"
    "柠茜嫣颖菲";
const char* const kParentMale =
    "伟强军勇杰涛斌超明刚平辉鹏华飞波林云峰建国兵东海小德俊亮江川松成洪红文利彬龙春";
const char* const kParentFemale =
    "丽艳敏静燕芳娟霞玲梅英红琴莉萍慧小春秀桂晓雪婷琼莹兰丹娇容群洁凤倩";
const char* const kElderMale = "国建明德志学光华文永福清荣贵成全山发安兴和树忠绍世长云正家银金远仁";
const char* const kElderFemale = "秀英兰芳珍玉桂凤翠琼淑群菊素莲碧惠会明清泽容琴香春";

const char* const kPlaceCharacters =
    "石坪龙凤桥河新华沟湾岩坝林山水田塘光明兴隆平安高庙溪桂花柏杨松莲清双三金银堡坡";

QVector<QString> characters(const char* utf8) {
    QVector<QString> result;
    const QString text = QString::fromUtf8(utf8);
    for (const QChar c : text)
        result.append(QString(c));
    return result;
}

struct Tables {
    QVector<QString> surnames;
    QVector<int> surnameWeights;
    QVector<QString> pools[3][2];  // [generation][male]
    QVector<QString> places;

    Tables() {
        for (const Surname& s : kSurnames) {
            surnames.append(QString::fromUtf8(s.name));
            surnameWeights.append(s.weight);
        }
        pools[0][1] = characters(kElderMale);
        pools[0][0] = characters(kElderFemale);
        pools[1][1] = characters(kParentMale);
        pools[1][0] = characters(kParentFemale);
        pools[2][1] = characters(kChildMale);
        pools[2][0] = characters(kChildFemale);
        places = characters(kPlaceCharacters);
    }
};

const Tables& tables() {
    static const Tables instance;
    return instance;
}

}  // namespace

QString ChineseNames::surname(DemoRandom& random) {
    const Tables& t = tables();
    return t.surnames[random.weighted(t.surnameWeights.constData(), t.surnameWeights.size())];
}

QString ChineseNames::givenName(DemoRandom& random, bool male, Generation generation) {
    const int g = int(generation);
    const QVector<QString>& pool = tables().pools[g][male ? 1 : 0];
    // One-character given names were most common for people born in the 1970s to 1990s.
    static const int singleCharacterPercent[3] = {20, 30, 12};
    if (random.percent(singleCharacterPercent[g]))
        return random.pick(pool);
    const QString first = random.pick(pool);
    QString second = random.pick(pool);
    // A doubled character (婷婷, 欢欢) is a girl's name of the young; otherwise draw again.
    if (second == first && !(generation == Generation::Child && !male && random.percent(50)))
        second = random.pick(pool);
    return first + second;
}

QString ChineseNames::fullName(DemoRandom& random, bool male, Generation generation) {
    return surname(random) + givenName(random, male, generation);
}

ChineseNames::Generation ChineseNames::generationOf(int birthYear) {
    if (birthYear < 1970)
        return Generation::Elder;
    if (birthYear < 2000)
        return Generation::Parent;
    return Generation::Child;
}

QString ChineseNames::placeName(DemoRandom& random) {
    const QVector<QString>& places = tables().places;
    const QString first = random.pick(places);
    QString second = random.pick(places);
    while (second == first)
        second = random.pick(places);
    return first + second;
}

}  // namespace tongbao
