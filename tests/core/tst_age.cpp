// The age v1 format: its building blocks against published vectors (Bech32 from BIP 173, HKDF
// from RFC 5869), our own round trips at the chunk boundaries, tampering and truncation, and
// interoperability with the stock `age` and `age-keygen` tools in both directions.
#include "exchange/Age.h"
#include "exchange/Encoding.h"
#include "security/Hkdf.h"
#include "security/SecretBytes.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tongbao;

namespace {

QByteArray pattern(qint64 size) {
    QByteArray data(int(size), Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char((i * 131 + 7) & 0xff);
    return data;
}

QByteArray encrypt(const QByteArray& plain, const age::Recipient& recipient, qint64 step = 1000) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    age::Encryptor encryptor(out);
    if (!encryptor.begin({recipient}))
        return {};
    for (qint64 at = 0; at < plain.size(); at += step) {
        if (!encryptor.write(plain.mid(at, step)))
            return {};
    }
    if (!encryptor.finish())
        return {};
    return out.data();
}

Result<QByteArray> decrypt(const QByteArray& file, const age::Identity& identity) {
    QBuffer in;
    in.setData(file);
    in.open(QIODevice::ReadOnly);
    age::Decryptor decryptor(in);
    const Status begun = decryptor.begin(identity);
    if (!begun)
        return Result<QByteArray>(begun);
    QByteArray plain;
    while (!decryptor.atEnd()) {
        const Result<QByteArray> chunk = decryptor.next();
        if (!chunk)
            return chunk;
        plain += *chunk;
    }
    return plain;
}

QByteArray fileBytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fromHex(const char* hex) {
    return QByteArray::fromHex(QByteArray(hex));
}

int run(const QString& program,
        const QStringList& arguments,
        QByteArray* output = nullptr,
        const QByteArray& input = {}) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning().noquote() << program << "said:" << process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

}  // namespace

class TestAge : public QObject {
    Q_OBJECT

private slots:
    void bech32Vectors_data();
    void bech32Vectors();
    void bech32RefusesBadStrings_data();
    void bech32RefusesBadStrings();
    void strictBase64();
    void hkdfVectors();
    void keyTextRoundTrip();
    void roundTrip_data();
    void roundTrip();
    void wrongIdentityRefused();
    void everyByteChangeRefused();
    void truncationRefused();
    void extensionRefused();
    void stockAgeDecryptsOurs();
    void oursDecryptsStockAge();
};

void TestAge::bech32Vectors_data() {
    QTest::addColumn<QString>("text");
    // Valid Bech32 strings of BIP 173 (original checksum constant).
    QTest::newRow("A12UEL5L") << QStringLiteral("A12UEL5L");
    QTest::newRow("a12uel5l") << QStringLiteral("a12uel5l");
    QTest::newRow("long hrp") << QStringLiteral(
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5"
        "tgs");
    QTest::newRow("abcdef") << QStringLiteral("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw");
    QTest::newRow("split") << QStringLiteral(
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w");
}

void TestAge::bech32Vectors() {
    QFETCH(QString, text);
    const auto decoded = encoding::fromBech32(text);
    QVERIFY(decoded);
    QCOMPARE(encoding::bech32(decoded->hrp, decoded->data).toLower(), text.toLower());
}

void TestAge::bech32RefusesBadStrings_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("no separator") << QStringLiteral("pzry9x0s0muk");
    QTest::newRow("empty hrp") << QStringLiteral("1pzry9x0s0muk");
    QTest::newRow("bad character") << QStringLiteral("x1b4n0q5v");
    QTest::newRow("short checksum") << QStringLiteral("li1dgmt3");
    QTest::newRow("mixed case") << QStringLiteral("A12uEL5L");
    QTest::newRow("checksum") << QStringLiteral("a12uel5m");
    QTest::newRow("space") << QStringLiteral("a1 2uel5l");
}

void TestAge::bech32RefusesBadStrings() {
    QFETCH(QString, text);
    QVERIFY(!encoding::fromBech32(text));
}

void TestAge::strictBase64() {
    QCOMPARE(encoding::fromBase64("Zm9vYg", false).value(), QByteArray("foob"));
    QVERIFY(!encoding::fromBase64("Zm9vYg==", false));  // age: no padding
    QVERIFY(!encoding::fromBase64("Zm9vYh", false));    // non-zero padding bits
    QVERIFY(!encoding::fromBase64("Zm9v\nYg", false));
    QCOMPARE(encoding::fromBase64("Zm9vYg==", true).value(), QByteArray("foob"));
    QVERIFY(!encoding::fromBase64("Zm9vYg", true));  // minisign: padded
    QCOMPARE(encoding::base32(QByteArray("foobar")), QStringLiteral("MZXW6YTBOI"));
}

void TestAge::hkdfVectors() {
    // RFC 5869 appendix A, test cases 1 and 3.
    const QByteArray ikm = fromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    SecretBytes okm = hkdf::sha256(reinterpret_cast<const unsigned char*>(ikm.constData()),
                                   std::size_t(ikm.size()), fromHex("000102030405060708090a0b0c"),
                                   fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(okm.data()), int(okm.size())).toHex(),
             QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208"
                        "d5b887185865"));
    okm = hkdf::sha256(reinterpret_cast<const unsigned char*>(ikm.constData()),
                       std::size_t(ikm.size()), {}, {}, 42);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(okm.data()), int(okm.size())).toHex(),
             QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395"
                        "faa4b61a96c8"));
    // RFC 4231 test case 2 for the HMAC itself.
    const QByteArray key("Jefe");
    QCOMPARE(hkdf::hmacSha256(reinterpret_cast<const unsigned char*>(key.constData()), 4,
                              QByteArray("what do ya want for nothing?"))
                 .toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestAge::keyTextRoundTrip() {
    const age::Identity identity = age::Identity::generate();
    const QByteArray text = identity.toText();
    QVERIFY(text.startsWith("AGE-SECRET-KEY-1"));
    const auto parsed = age::Identity::parse(QString::fromLatin1(text));
    QVERIFY(parsed);
    QCOMPARE(parsed->recipient().publicKey, identity.recipient().publicKey);
    const QString recipient = identity.recipient().toString();
    QVERIFY(recipient.startsWith(QLatin1String("age1")));
    QCOMPARE(age::Recipient::parse(recipient)->publicKey, identity.recipient().publicKey);
    QVERIFY(!age::Recipient::parse(QString::fromLatin1(text)));  // a secret is not a recipient
    QVERIFY(!age::Identity::parse(recipient));
}

void TestAge::roundTrip_data() {
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("step");
    QTest::newRow("empty") << qint64(0) << qint64(1);
    QTest::newRow("one byte") << qint64(1) << qint64(1);
    QTest::newRow("chunk - 1") << age::ChunkSize - 1 << qint64(4096);
    QTest::newRow("one chunk") << age::ChunkSize << qint64(5000);
    QTest::newRow("chunk + 1") << age::ChunkSize + 1 << qint64(age::ChunkSize + 1);
    QTest::newRow("two chunks") << 2 * age::ChunkSize << qint64(777);
    QTest::newRow("3.5 chunks") << 7 * age::ChunkSize / 2 << qint64(100000);
}

void TestAge::roundTrip() {
    QFETCH(qint64, size);
    QFETCH(qint64, step);
    const age::Identity identity = age::Identity::generate();
    const QByteArray plain = pattern(size);
    const QByteArray file = encrypt(plain, identity.recipient(), step);
    QVERIFY(file.startsWith("age-encryption.org/v1\n-> X25519 "));
    const qint64 chunks = qMax<qint64>(1, (size + age::ChunkSize - 1) / age::ChunkSize);
    QVERIFY(file.size() > size + 16 * chunks + 16);
    const Result<QByteArray> back = decrypt(file, identity);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(*back, plain);
}

void TestAge::wrongIdentityRefused() {
    const age::Identity identity = age::Identity::generate();
    const QByteArray file = encrypt("hello", identity.recipient());
    const Result<QByteArray> other = decrypt(file, age::Identity::generate());
    QVERIFY(!other.ok());
    QVERIFY(other.message().contains(QLatin1String("not encrypted to this")));
}

void TestAge::everyByteChangeRefused() {
    const age::Identity identity = age::Identity::generate();
    const QByteArray file = encrypt(pattern(300), identity.recipient());
    for (int i = 0; i < file.size(); ++i) {
        for (const char mask : {char(0x01), char(0x80)}) {
            QByteArray changed = file;
            changed[i] = char(changed[i] ^ mask);
            QVERIFY2(!decrypt(changed, identity).ok(), qPrintable(QString::number(i)));
        }
    }
}

void TestAge::truncationRefused() {
    const age::Identity identity = age::Identity::generate();
    const QByteArray file = encrypt(pattern(age::ChunkSize + 200), identity.recipient());
    for (int length = 0; length < file.size(); length += (length < 400 ? 1 : 997))
        QVERIFY2(!decrypt(file.left(length), identity).ok(), qPrintable(QString::number(length)));
    // Cut exactly at a chunk boundary: the remaining chunk is not marked last.
    const int header = file.indexOf("\n---") + 1;
    const int payloadStart = file.indexOf('\n', header) + 1 + 16;
    QVERIFY(!decrypt(file.left(payloadStart + int(age::ChunkSize) + 16), identity).ok());
}

void TestAge::extensionRefused() {
    const age::Identity identity = age::Identity::generate();
    const QByteArray file = encrypt(pattern(100), identity.recipient());
    QVERIFY(decrypt(file, identity).ok());
    QVERIFY(!decrypt(file + '\0', identity).ok());
    QVERIFY(!decrypt(file + file.right(116), identity).ok());
}

void TestAge::stockAgeDecryptsOurs() {
    const QString ageTool = QStandardPaths::findExecutable(QStringLiteral("age"));
    if (ageTool.isEmpty())
        QSKIP("The stock age tool is not installed (apt install age); interop not checked.");
    QTemporaryDir dir;
    const age::Identity identity = age::Identity::generate();
    const QString identityFile = dir.filePath(QStringLiteral("key.txt"));
    {
        QFile file(identityFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = identity.toText();
        file.write("# created by tst_age\n" + text + '\n');
        wipe(text);
    }
    for (const qint64 size : {qint64(0), qint64(10), age::ChunkSize, 3 * age::ChunkSize + 5}) {
        const QByteArray plain = pattern(size);
        const QString encrypted = dir.filePath(QStringLiteral("ours.age"));
        QFile file(encrypted);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(encrypt(plain, identity.recipient(), 3000));
        file.close();
        QByteArray output;
        QCOMPARE(run(ageTool, {QStringLiteral("-d"), QStringLiteral("-i"), identityFile, encrypted},
                     &output),
                 0);
        QCOMPARE(output, plain);
    }
}

void TestAge::oursDecryptsStockAge() {
    const QString ageTool = QStandardPaths::findExecutable(QStringLiteral("age"));
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
    if (ageTool.isEmpty() || keygen.isEmpty())
        QSKIP("The stock age and age-keygen tools are not installed (apt install age).");
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("stock-key.txt"));
    QCOMPARE(run(keygen, {QStringLiteral("-o"), keyFile}), 0);
    QString secretLine;
    QString recipientLine;
    for (const QByteArray& line : fileBytesOf(keyFile).split('\n')) {
        if (line.startsWith("AGE-SECRET-KEY-1"))
            secretLine = QString::fromLatin1(line);
        if (line.startsWith("# public key: "))
            recipientLine = QString::fromLatin1(line.mid(14));
    }
    const auto identity = age::Identity::parse(secretLine);
    QVERIFY(identity);
    QCOMPARE(identity->recipient().toString(), recipientLine);  // same Bech32, same X25519

    for (const qint64 size : {qint64(0), qint64(1), age::ChunkSize, 2 * age::ChunkSize + 1}) {
        const QByteArray plain = pattern(size);
        QByteArray encrypted;
        QCOMPARE(run(ageTool, {QStringLiteral("-e"), QStringLiteral("-r"), recipientLine},
                     &encrypted, plain),
                 0);
        const Result<QByteArray> back = decrypt(encrypted, *identity);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(*back, plain);
    }
    // Encrypted by age to two recipients, ours among them (stanza order either way).
    const age::Identity other = age::Identity::generate();
    QByteArray encrypted;
    QCOMPARE(run(ageTool,
                 {QStringLiteral("-e"), QStringLiteral("-r"), other.recipient().toString(),
                  QStringLiteral("-r"), recipientLine},
                 &encrypted, "two recipients"),
             0);
    QCOMPARE(decrypt(encrypted, *identity).value(), QByteArray("two recipients"));
}

QTEST_GUILESS_MAIN(TestAge)
#include "tst_age.moc"
