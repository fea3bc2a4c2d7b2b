// The embedded area-code table: current, changed and retired codes, the levels ID numbers carry,
// display names, and the way from an old code to today's.
#include "domain/AreaCodes.h"

#include <QTest>
#include <QThread>

using namespace tongbao;

Q_DECLARE_METATYPE(AreaCodeInfo::Status)
Q_DECLARE_METATYPE(AreaCodeInfo::Level)

class TestAreaCodes : public QObject {
    Q_OBJECT

private slots:
    void concurrentFirstUse();  // first, so that it really is the first use
    void tableIsLoaded();
    void lookup_data();
    void lookup();
    void unknownCodes_data();
    void unknownCodes();
    void displayNames_data();
    void displayNames();
    void currentCodes_data();
    void currentCodes();
};

void TestAreaCodes::tableIsLoaded() {
    // About 6,700 codes since 1980; a broken resource would leave far fewer.
    QVERIFY2(AreaCodes::count() > 6000, qPrintable(QString::number(AreaCodes::count())));
}

void TestAreaCodes::lookup_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<AreaCodeInfo::Status>("status");
    QTest::addColumn<AreaCodeInfo::Level>("level");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::addColumn<QStringList>("replacements");

    using S = AreaCodeInfo::Status;
    using L = AreaCodeInfo::Level;
    QTest::newRow("綦江区 today") << QStringLiteral("500110") << QStringLiteral("重庆市綦江区")
                                  << S::InUse << L::County << 1997 << 0 << QStringList();
    QTest::newRow("綦江县 in Chongqing")
        << QStringLiteral("500222") << QStringLiteral("重庆市綦江县") << S::Changed << L::County
        << 1997 << 2011 << QStringList{QStringLiteral("500110")};
    QTest::newRow("綦江县 in Sichuan")
        << QStringLiteral("510223") << QStringLiteral("四川省重庆市綦江县") << S::Changed
        << L::County << 1981 << 1997 << QStringList{QStringLiteral("500222")};
    QTest::newRow("split among two codes")
        << QStringLiteral("130103") << QStringLiteral("河北省石家庄市桥东区") << S::Retired
        << L::County << 1983 << 2014
        << QStringList{QStringLiteral("130102"), QStringLiteral("130104")};
    QTest::newRow("prefecture in use")
        << QStringLiteral("422800") << QStringLiteral("湖北省恩施土家族苗族自治州") << S::InUse
        << L::Prefecture << 1981 << 0 << QStringList();
    QTest::newRow("prefecture retired")
        << QStringLiteral("510200") << QStringLiteral("四川省重庆市") << S::Retired << L::Prefecture
        << 1981 << 1997 << QStringList();
    QTest::newRow("city districts line")
        << QStringLiteral("130101") << QStringLiteral("河北省石家庄市市辖区") << S::InUse
        << L::CityDistricts << 1981 << 0 << QStringList();
    QTest::newRow("city districts line of a former city")
        << QStringLiteral("510201") << QStringLiteral("四川省重庆市市辖区") << S::Retired
        << L::CityDistricts << 1981 << 1997 << QStringList();
    // The code kept its number when 东郊区 was renamed: the latest name wins.
    QTest::newRow("renamed") << QStringLiteral("120110") << QStringLiteral("天津市东丽区")
                             << S::InUse << L::County << 1981 << 0 << QStringList();
}

void TestAreaCodes::lookup() {
    QFETCH(QString, code);
    QFETCH(QString, fullName);
    QFETCH(AreaCodeInfo::Status, status);
    QFETCH(AreaCodeInfo::Level, level);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    QFETCH(QStringList, replacements);

    QVERIFY(AreaCodes::isKnown(code));
    const auto info = AreaCodes::lookup(code);
    QVERIFY(info.has_value());
    QCOMPARE(info->code, code);
    QCOMPARE(info->fullName, fullName);
    QCOMPARE(info->status, status);
    QCOMPARE(info->level, level);
    QCOMPARE(info->fromYear, fromYear);
    QCOMPARE(info->toYear, toYear);
    QCOMPARE(info->replacementCodes, replacements);
}

void TestAreaCodes::unknownCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::newRow("never used") << QStringLiteral("999999");
    QTest::newRow("zeros") << QStringLiteral("000000");
    // Provinces never open an ID number, so the table leaves them out.
    QTest::newRow("province") << QStringLiteral("500000");
    QTest::newRow("municipality summary") << QStringLiteral("110100");
    QTest::newRow("too short") << QStringLiteral("50011");
    QTest::newRow("too long") << QStringLiteral("5001100");
    QTest::newRow("empty") << QString();
    QTest::newRow("full-width digits") << QStringLiteral("５００１１０");
}

void TestAreaCodes::unknownCodes() {
    QFETCH(QString, code);
    QVERIFY(!AreaCodes::isKnown(code));
    QVERIFY(!AreaCodes::lookup(code).has_value());
    QVERIFY(AreaCodes::displayName(code).isEmpty());
    QVERIFY(AreaCodes::currentCodes(code).isEmpty());
}

void TestAreaCodes::displayNames_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("in use") << QStringLiteral("500110") << QStringLiteral("重庆市綦江区");
    QTest::newRow("changed") << QStringLiteral("510223")
                             << QStringLiteral("四川省重庆市綦江县 (code retired in 1997)");
    QTest::newRow("retired") << QStringLiteral("130103")
                             << QStringLiteral("河北省石家庄市桥东区 (code retired in 2014)");
}

void TestAreaCodes::displayNames() {
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(AreaCodes::displayName(code), name);
}

void TestAreaCodes::currentCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("current");
    QTest::newRow("in use") << QStringLiteral("500110") << QStringList{QStringLiteral("500110")};
    QTest::newRow("two renumberings")
        << QStringLiteral("510223") << QStringList{QStringLiteral("500110")};
    QTest::newRow("split") << QStringLiteral("130103")
                           << QStringList{QStringLiteral("130102"), QStringLiteral("130104")};
    QTest::newRow("no successor recorded") << QStringLiteral("510200") << QStringList();
}

void TestAreaCodes::currentCodes() {
    QFETCH(QString, code);
    QFETCH(QStringList, current);
    QCOMPARE(AreaCodes::currentCodes(code), current);
}

// Several threads reach the lazily loaded table at once and must all see it whole.
void TestAreaCodes::concurrentFirstUse() {
    QList<QThread*> threads;
    QAtomicInt failures;
    for (int i = 0; i < 4; ++i) {
        threads.append(QThread::create([&failures] {
            if (!AreaCodes::isKnown(u"500110") || AreaCodes::count() < 6000)
                failures.ref();
        }));
    }
    for (QThread* thread : threads)
        thread->start();
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(10000));
        delete thread;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
}

QTEST_GUILESS_MAIN(TestAreaCodes)
#include "tst_areacodes.moc"
