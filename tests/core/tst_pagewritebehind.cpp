// PageWriteBehind: the pages of a ledger being built, sealed and written on a thread of their
// own, reach the file sealed under the ledger's key and bound to their page, each one's newest
// image last; a page not yet written reads back as it was handed over; runs of neighbouring
// pages go out in one write each, short enough for SQLite's file; and a page that cannot be
// written fails every later write and the drain instead of being lost.
#include "crypt/EncryptedVfs.h"
#include "crypt/PageSeal.h"
#include "crypt/PageWriteBehind.h"
#include "security/Sodium.h"

#include <QTest>

#include <sqlite3.h>

#include <map>
#include <mutex>
#include <vector>

using namespace tongbao;
using namespace tongbao::pageseal;

namespace {

// The file as the writing thread leaves it: sealed bytes by physical offset, and each call.
struct FakeFile {
    std::mutex mutex;
    std::map<qint64, std::vector<unsigned char>> pages;
    std::vector<int> writeSizes;
    int failAtWrite = -1;  // the call (0-based) that reports a full disk

    PageWriteBehind::WriteRun writer() {
        return [this](const unsigned char* sealed, int bytes, qint64 offset) {
            std::lock_guard<std::mutex> lock(mutex);
            if (int(writeSizes.size()) == failAtWrite) {
                writeSizes.push_back(bytes);
                return SQLITE_FULL;
            }
            writeSizes.push_back(bytes);
            for (int at = 0; at < bytes; at += kPage)
                pages[offset + at].assign(sealed + at, sealed + at + kPage);
            return SQLITE_OK;
        };
    }
    // The page as stored, opened with the key, without the reserve (where its nonce and tag
    // are); empty if absent or not sound.
    std::vector<unsigned char> opened(quint32 page, const Key& key) {
        std::lock_guard<std::mutex> lock(mutex);
        const auto found = pages.find(EncryptedVfs::physicalOffset(page));
        if (found == pages.end())
            return {};
        std::vector<unsigned char> plain(kPage);
        if (unseal(found->second.data(), plain.data(), pageAd(page), key) != Unsealed::Sound)
            return {};
        plain.resize(kSealed);
        return plain;
    }
};

std::vector<unsigned char> pageOf(quint32 page, unsigned char version = 0) {
    std::vector<unsigned char> plain(kPage);
    for (int i = 0; i < kPage; ++i)
        plain[size_t(i)] = static_cast<unsigned char>((page * 31 + i + version * 7) & 0xFF);
    return plain;
}

// What of a page is kept through sealing: all but the reserve.
std::vector<unsigned char> kept(std::vector<unsigned char> plain) {
    plain.resize(kSealed);
    return plain;
}

Key newKey() {
    return std::make_shared<KeyHolder>(SecretBytes::random(32));
}

}  // namespace

class TestPageWriteBehind : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { ensureSodium(); }

    void everyPageReachesTheFileSealedToItsPlace() {
        FakeFile file;
        const Key key = newKey();
        {
            PageWriteBehind behind(key, file.writer());
            // Out of order, with gaps, more than the queue holds.
            for (quint32 page = 3000; page >= 2; page -= (page % 7 == 0 ? 2 : 1))
                QCOMPARE(behind.put(page, pageOf(page).data()), SQLITE_OK);
            QCOMPARE(behind.drain(), SQLITE_OK);
        }
        int checked = 0;
        for (quint32 page = 3000; page >= 2; page -= (page % 7 == 0 ? 2 : 1)) {
            QCOMPARE(file.opened(page, key), kept(pageOf(page)));
            ++checked;
        }
        QVERIFY(checked > 2000);
        // Sealed: no page is in clear, and a page moved elsewhere does not open.
        const std::vector<unsigned char> sealed = file.pages[EncryptedVfs::physicalOffset(10)];
        QVERIFY(sealed != pageOf(10));
        std::vector<unsigned char> plain(kPage);
        QCOMPARE(unseal(sealed.data(), plain.data(), pageAd(11), key), Unsealed::Damaged);
    }

    void theNewestImageIsWrittenLastAndReadBackMeanwhile() {
        FakeFile file;
        const Key key = newKey();
        PageWriteBehind behind(key, file.writer());
        std::vector<unsigned char> found(kPage);
        QVERIFY(!behind.find(5, found.data()));
        for (unsigned char version = 0; version < 50; ++version) {
            QCOMPARE(behind.put(5, pageOf(5, version).data()), SQLITE_OK);
            // Read back whether still waiting, being written or written: never an older image.
            if (behind.find(5, found.data()))
                QCOMPARE(found, pageOf(5, version));
            for (quint32 other = 100; other < 140; ++other)  // keep the thread busy
                QCOMPARE(behind.put(other, pageOf(other, version).data()), SQLITE_OK);
        }
        QCOMPARE(behind.drain(), SQLITE_OK);
        QVERIFY(!behind.find(5, found.data()));  // in the file now
        QCOMPARE(file.opened(5, key), kept(pageOf(5, 49)));
        QCOMPARE(file.opened(139, key), kept(pageOf(139, 49)));
    }

    void neighbouringPagesGoOutTogetherInWritesSqliteAccepts() {
        FakeFile file;
        const Key key = newKey();
        PageWriteBehind behind(key, file.writer());
        for (quint32 page = 1; page <= 100; ++page)
            QCOMPARE(behind.put(page, pageOf(page).data()), SQLITE_OK);
        QCOMPARE(behind.drain(), SQLITE_OK);
        // 100 neighbouring pages: a few writes, none of 128 KiB or more (the unix file masks
        // the length of a write with 0x1ffff).
        QVERIFY(file.writeSizes.size() < 20);
        for (const int bytes : file.writeSizes)
            QVERIFY2(bytes < 0x20000 && bytes % kPage == 0, qPrintable(QString::number(bytes)));
        for (quint32 page = 1; page <= 100; ++page)
            QCOMPARE(file.opened(page, key), kept(pageOf(page)));
    }

    void aFailedWriteFailsWhatComesAfter() {
        FakeFile file;
        file.failAtWrite = 0;
        const Key key = newKey();
        PageWriteBehind behind(key, file.writer());
        // Accepted until the thread has met the failure, refused from then on.
        bool refused = false;
        for (quint32 page = 1; page <= 80; ++page) {
            const int result = behind.put(page, pageOf(page).data());
            QVERIFY(result == (refused ? SQLITE_FULL : result));
            QVERIFY(result == SQLITE_OK || result == SQLITE_FULL);
            refused = refused || result == SQLITE_FULL;
        }
        QCOMPARE(behind.drain(), SQLITE_FULL);
        QCOMPARE(behind.put(81, pageOf(81).data()), SQLITE_FULL);
        QCOMPARE(behind.drain(), SQLITE_FULL);
    }

    void aWipedKeyWritesNothing() {
        FakeFile file;
        const Key key = newKey();
        PageWriteBehind behind(key, file.writer());
        key->wipe();  // the window locked while pages waited
        QCOMPARE(behind.put(1, pageOf(1).data()), SQLITE_OK);
        QCOMPARE(behind.drain(), SQLITE_AUTH);
        QVERIFY(file.pages.empty());
    }
};

QTEST_GUILESS_MAIN(TestPageWriteBehind)
#include "tst_pagewritebehind.moc"
