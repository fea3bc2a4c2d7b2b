// Pinyin of names: customary readings, surnames in the first position (单 Shan, 曾 Zeng, 万俟
// Moqi) and not elsewhere, other readings offered for search, non-Han names passed through,
// and folding of what is typed.
#include "domain/Pinyin.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace tongbao;

class TestPinyin : public QObject {
    Q_OBJECT

private slots:
    // First, so that the tables are loaded here, by several threads at once.
    void loadsOnceWhenThreadsRace() {
        std::vector<QString> spellings(6);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < spellings.size(); ++i)
            threads.emplace_back(
                [&spellings, i] { spellings[i] = Pinyin::fullSpelling(QStringLiteral("欧阳修")); });
        for (std::thread& thread : threads)
            thread.join();
        for (const QString& spelling : spellings)
            QCOMPARE(spelling, QStringLiteral("ouyangxiu"));
    }

    void spellsNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");
        const auto row = [](const char* label, const char* name, const char* full,
                            const char* initials) {
            QTest::newRow(label) << QString::fromUtf8(name) << QString::fromUtf8(full)
                                 << QString::fromUtf8(initials);
        };
        // Common names.
        row("张三", "张三", "zhangsan", "zs");
        row("王小明", "王小明", "wangxiaoming", "wxm");
        row("陈梓涵", "陈梓涵", "chenzihan", "czh");
        row("刘德华", "刘德华", "liudehua", "ldh");
        // ü is written v, as input methods type it.
        row("吕 lv", "吕佳", "lvjia", "lj");
        // Polyphonic surnames in the first position read as surnames...
        row("单 shan", "单田芳", "shantianfang", "stf");
        row("曾 zeng", "曾国藩", "zengguofan", "zgf");
        row("区 ou", "区志强", "ouzhiqiang", "ozq");
        row("仇 qiu", "仇英", "qiuying", "qy");
        row("解 xie", "解缙", "xiejin", "xj");
        row("查 zha", "查良镛", "zhaliangyong", "zly");
        row("朴 piao", "朴成浩", "piaochenghao", "pch");
        row("盖 ge", "盖聂", "genie", "gn");
        row("翟 zhai", "翟志刚", "zhaizhigang", "zzg");
        row("乐 yue", "乐嘉", "yuejia", "yj");
        row("覃 qin", "覃小梅", "qinxiaomei", "qxm");
        row("尉 wei", "尉缭", "weiliao", "wl");
        // ...and elsewhere take their customary reading.
        row("单 dan inside", "李单", "lidan", "ld");
        row("曾 ceng inside", "王曾祥", "wangcengxiang", "wcx");
        row("乐 le inside", "张乐", "zhangle", "zl");
        // Compound surnames, longest first.
        row("万俟", "万俟卨", "moqixie", "mqx");
        row("尉迟", "尉迟恭", "yuchigong", "ycg");
        row("单于", "单于飞", "chanyufei", "cyf");
        row("长孙", "长孙无忌", "zhangsunwuji", "zswj");
        row("欧阳", "欧阳修", "ouyangxiu", "oyx");
        // Non-Han: letters pass through lower-cased as words; separators end a word.
        row("middle dot", "阿依古丽·买买提", "ayigulimaimaiti", "ayglmmt");
        row("Latin", "Anna Li", "annali", "al");
        row("mixed", "李Anna", "lianna", "la");
        row("full-width", "ＴＯＭ", "tom", "t");
        row("empty", "", "", "");
        row("punctuation only", "·-", "", "");
    }

    void spellsNames() {
        QFETCH(QString, name);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        QCOMPARE(Pinyin::fullSpelling(name), full);
        QCOMPARE(Pinyin::initials(name), initials);
    }

    void offersOtherReadingsOneCharacterAtATime() {
        const QVector<QStringList> readings = Pinyin::readings(QStringLiteral("李重阳"));
        QCOMPARE(readings.first(), (QStringList{QStringLiteral("li"), QStringLiteral("zhong"),
                                                QStringLiteral("yang")}));
        QVERIFY(readings.contains(
            QStringList{QStringLiteral("li"), QStringLiteral("chong"), QStringLiteral("yang")}));
        // The surname reading comes first, the customary one is still offered.
        const QVector<QStringList> shan = Pinyin::readings(QStringLiteral("单田芳"));
        QCOMPARE(shan.first().first(), QStringLiteral("shan"));
        QVERIFY(shan.contains(
            QStringList{QStringLiteral("dan"), QStringLiteral("tian"), QStringLiteral("fang")}));
        // lu for lv.
        QVERIFY(Pinyin::readings(QStringLiteral("吕佳"))
                    .contains(QStringList{QStringLiteral("lu"), QStringLiteral("jia")}));
        // At most `limit`, at least one.
        QVERIFY(Pinyin::readings(QStringLiteral("长乐和重行"), 3).size() == 3);
        QCOMPARE(Pinyin::readings(QStringLiteral("张三"), 0).size(), 1);
        QCOMPARE(Pinyin::readings(QString()).size(), 1);
    }

    void readsCharacters() {
        QCOMPARE(Pinyin::characterReadings(U'重'),
                 (QStringList{QStringLiteral("zhong"), QStringLiteral("chong")}));
        QCOMPARE(Pinyin::characterReadings(U'张'), QStringList{QStringLiteral("zhang")});
        QCOMPARE(Pinyin::characterReadings(U'女'), QStringList{QStringLiteral("nv")});
        QVERIFY(Pinyin::characterReadings(U'a').isEmpty());
        QVERIFY(Pinyin::characterReadings(U'·').isEmpty());
        // Beyond the basic plane (CJK extension B).
        QVERIFY(!Pinyin::characterReadings(U'\U00020000').isEmpty());
    }

    void foldsTypedText_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("folded");
        QTest::newRow("spaces") << QStringLiteral(" Zhang San ") << QStringLiteral("zhangsan");
        QTest::newRow("tone marks") << QStringLiteral("Lǚ Hǎo") << QStringLiteral("lvhao");
        QTest::newRow("u umlaut") << QStringLiteral("lü") << QStringLiteral("lv");
        QTest::newRow("full-width") << QStringLiteral("ＺＳ１２") << QStringLiteral("zs12");
        QTest::newRow("middle dot") << QStringLiteral("古丽·买") << QStringLiteral("古丽买");
        QTest::newRow("wildcards") << QStringLiteral("z*s?[x]") << QStringLiteral("zsx");
        QTest::newRow("ID") << QStringLiteral("50011020150317062X")
                            << QStringLiteral("50011020150317062x");
    }

    void foldsTypedText() {
        QFETCH(QString, typed);
        QFETCH(QString, folded);
        QCOMPARE(Pinyin::fold(typed), folded);
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
