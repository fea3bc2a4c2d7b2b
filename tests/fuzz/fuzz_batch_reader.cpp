// libFuzzer target for the town's batch reader (issue 6): whatever bytes arrive as a batch file
// — cut short, altered, forged, hostile — the import's checks must refuse or report them
// without crashing, hanging, reading out of bounds or writing. Build with
//   cmake -DTONGBAO_FUZZ=ON -DTONGBAO_GUI=OFF -DCMAKE_CXX_COMPILER=clang++ ...
// and run  fuzz_batch_reader tests/fuzz/corpus  (the seeds are real batches and their parts).
//
// Each input goes through the whole reader as the town's `verify` (container, key, signature,
// age, payload) and also through the layers one by one, so that mutations that break the
// signature still reach the age and minisign parsers behind it.
#include "exchange/Age.h"
#include "exchange/BatchExporter.h"
#include "exchange/BatchFormat.h"
#include "exchange/BatchImporter.h"
#include "exchange/Minisign.h"
#include "exchange/SignedContainer.h"
#include "exchange/TrustRegistry.h"
#include "security/KeyStore.h"
#include "storage/Ledger.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace tongbao;

namespace {

const QString kPassword = QStringLiteral("fuzzing password");

// A town with its keys, a village it trusts, and the town's unlocked keys: made once.
struct Setting {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> town;
    std::unique_ptr<Ledger> village;
    std::optional<UnlockedKeys> townKeys;
};

Setting* g_setting = nullptr;

[[noreturn]] void die(const QString& what) {
    std::fprintf(stderr, "fuzz_batch_reader: %s\n", qPrintable(what));
    std::exit(1);
}

std::unique_ptr<Ledger> makeLedger(const QString& path, const Ledger::NewLedger& spec) {
    auto made = Ledger::create(path, spec, QStringLiteral("fuzz"));
    if (!made)
        die(made.message());
    if (const Status keys = KeyStore(**made).initialize(kPassword, KdfLimits::fastForTests());
        !keys)
        die(keys.message());
    return std::move(*made);
}

void setUp() {
    g_setting = new Setting;
    Setting& s = *g_setting;
    s.town = makeLedger(
        s.dir.filePath(QStringLiteral("town.tongbao")),
        {QStringLiteral("town"), QStringLiteral("古南街道"), QStringLiteral("500110001000")});
    s.village = makeLedger(
        s.dir.filePath(QStringLiteral("village.tongbao")),
        {QStringLiteral("village"), QStringLiteral("桥河社区"), QStringLiteral("500110001001")});
    const auto villageCard = KeyStore(*s.village).card();
    const auto townCard = KeyStore(*s.town).card();
    if (!villageCard || !townCard)
        die(QStringLiteral("no key cards"));
    if (!TrustRegistry(*s.town).add(villageCard->toFile(), QStringLiteral("桥河社区"),
                                    QStringLiteral("500110001001")) ||
        !TrustRegistry(*s.village)
             .add(townCard->toFile(), QStringLiteral("古南街道"), QStringLiteral("500110001000")))
        die(QStringLiteral("trust could not be set up"));
    Result<UnlockedKeys> keys = KeyStore(*s.town).unlock(kPassword);
    if (!keys)
        die(keys.message());
    s.townKeys = std::move(*keys);
}

// `fuzz_batch_reader --make-seeds DIR`: writes a real batch of the fuzzing village (and its
// signature alone) as seeds; the ones in tests/fuzz/corpus were made so.
int makeSeeds(const QString& folder) {
    Setting& s = *g_setting;
    Result<UnlockedKeys> villageKeys = KeyStore(*s.village).unlock(kPassword);
    if (!villageKeys)
        die(villageKeys.message());
    const QString batch = QDir(folder).filePath(QStringLiteral("batch-1.seed"));
    QFile::remove(batch);
    const auto exported = BatchExporter(*s.village).exportTo(batch, *villageKeys);
    if (!exported)
        die(exported.message());
    std::printf("wrote %s\n", qPrintable(batch));
    return 0;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    setUp();
    for (int i = 1; i + 1 < *argc; ++i)
        if (qstrcmp((*argv)[i], "--make-seeds") == 0)
            std::exit(makeSeeds(QString::fromLocal8Bit((*argv)[i + 1])));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), int(size));
    {
        QBuffer whole(&bytes);
        whole.open(QIODevice::ReadOnly);
        BatchImporter(*g_setting->town).verify(whole, &*g_setting->townKeys);
    }
    {
        QBuffer container(&bytes);
        container.open(QIODevice::ReadOnly);
        SignedContainer::read(container, batchformat::batchMember());
    }
    minisign::Signature::parse(bytes);
    {
        QBuffer encrypted(&bytes);
        encrypted.open(QIODevice::ReadOnly);
        age::Decryptor decryptor(encrypted);
        if (g_setting->townKeys->encryption && decryptor.begin(*g_setting->townKeys->encryption)) {
            while (!decryptor.atEnd())
                if (!decryptor.next())
                    break;
        }
    }
    return 0;
}
