// The minisign format: our signatures against our verifier, every altered byte refused, and
// interoperability with the stock `minisign` tool in both directions (ours signed → minisign -V
// accepts; minisign -S signed → ours verifies).
#include "exchange/Minisign.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tongbao;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

int run(const QString& program, const QStringList& arguments, QByteArray* output = nullptr) {
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(30000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray sample() {
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data.append(char(i % 251));
    return data;
}

}  // namespace

class TestMinisign : public QObject {
    Q_OBJECT

private slots:
    void signAndVerify();
    void streamedPrehashMatches();
    void publicKeyRoundTrip();
    void everySignatureByteMatters();
    void wrongKeyOrContentRefused();
    void stockMinisignAcceptsOurs();
    void oursAcceptsStockMinisign();
};

void TestMinisign::signAndVerify() {
    const minisign::KeyPair keys = minisign::KeyPair::generate();
    const QByteArray hash = minisign::prehash(sample());
    const minisign::Signature signature =
        minisign::sign(hash, keys, QStringLiteral("tongbao-batch 1 seq=3"), QStringLiteral("u"));
    QVERIFY(minisign::verify(signature, hash, keys.publicKey));
    const auto parsed = minisign::Signature::parse(signature.toText());
    QVERIFY(parsed);
    QCOMPARE(parsed->toText(), signature.toText());
    QVERIFY(minisign::verify(*parsed, hash, keys.publicKey));
    // The secret key alone gives back the same pair.
    const auto again = minisign::KeyPair::fromSecret(keys.publicKey.keyId, keys.secretKey);
    QVERIFY(again);
    QCOMPARE(again->publicKey.key, keys.publicKey.key);
}

void TestMinisign::streamedPrehashMatches() {
    QBuffer buffer;
    buffer.setData(sample());
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(minisign::prehash(buffer).value(), minisign::prehash(sample()));
}

void TestMinisign::publicKeyRoundTrip() {
    const minisign::KeyPair keys = minisign::KeyPair::generate();
    const QByteArray file = keys.publicKey.toFile(QStringLiteral("桥河社区 public key"));
    QVERIFY(file.split('\n')[1].startsWith("RW"));
    const auto parsed = minisign::PublicKey::fromFile(file + "# more lines are ours\n");
    QVERIFY(parsed);
    QCOMPARE(parsed->keyId, keys.publicKey.keyId);
    QCOMPARE(parsed->key, keys.publicKey.key);
    QCOMPARE(parsed->keyIdText().size(), 16);
    QVERIFY(!minisign::PublicKey::fromFile(file.mid(1)));
}

void TestMinisign::everySignatureByteMatters() {
    const minisign::KeyPair keys = minisign::KeyPair::generate();
    const QByteArray hash = minisign::prehash(QByteArray("content"));
    const QByteArray text =
        minisign::sign(hash, keys, QStringLiteral("trusted"), QStringLiteral("untrusted")).toText();
    const int untrustedEnd = text.indexOf('\n');
    for (int i = untrustedEnd; i < text.size(); ++i) {
        QByteArray changed = text;
        changed[i] = char(changed[i] ^ 0x01);
        const auto parsed = minisign::Signature::parse(changed);
        QVERIFY2(!parsed || !minisign::verify(*parsed, hash, keys.publicKey),
                 qPrintable(QString::number(i)));
    }
    for (int length = 0; length < text.size(); ++length) {
        const auto parsed = minisign::Signature::parse(text.left(length));
        QVERIFY(!parsed || !minisign::verify(*parsed, hash, keys.publicKey));
    }
}

void TestMinisign::wrongKeyOrContentRefused() {
    const minisign::KeyPair keys = minisign::KeyPair::generate();
    const minisign::KeyPair other = minisign::KeyPair::generate();
    const QByteArray hash = minisign::prehash(QByteArray("content"));
    const minisign::Signature signature =
        minisign::sign(hash, keys, QStringLiteral("t"), QStringLiteral("u"));
    QVERIFY(!minisign::verify(signature, hash, other.publicKey));
    minisign::PublicKey sameIdOtherKey = other.publicKey;
    sameIdOtherKey.keyId = keys.publicKey.keyId;
    QVERIFY(!minisign::verify(signature, hash, sameIdOtherKey));
    QVERIFY(!minisign::verify(signature, minisign::prehash(QByteArray("contenT")), keys.publicKey));
    minisign::Signature changedComment = signature;
    changedComment.trustedComment = QStringLiteral("T");
    QVERIFY(!minisign::verify(changedComment, hash, keys.publicKey));
}

void TestMinisign::stockMinisignAcceptsOurs() {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    if (tool.isEmpty())
        QSKIP("The stock minisign tool is not installed (apt install minisign); not checked.");
    QTemporaryDir dir;
    const minisign::KeyPair keys = minisign::KeyPair::generate();
    const QString data = dir.filePath(QStringLiteral("data.bin"));
    const QString key = dir.filePath(QStringLiteral("key.pub"));
    QVERIFY(writeAll(data, sample()));
    QVERIFY(writeAll(key, keys.publicKey.toFile(QStringLiteral("测试 public key")) +
                              "# tongbao lines after the key\nage1xyz\n"));
    const QString trusted = QStringLiteral("tongbao-batch 1 source=abc seq=7 revs=1-99");
    QVERIFY(writeAll(data + QStringLiteral(".minisig"),
                     minisign::sign(minisign::prehash(sample()), keys, trusted,
                                    QStringLiteral("signature from tongbao"))
                         .toText()));
    QByteArray output;
    QCOMPARE(
        run(tool, {QStringLiteral("-V"), QStringLiteral("-m"), data, QStringLiteral("-p"), key},
            &output),
        0);
    QVERIFY(output.contains(trusted.toUtf8()));
    // With the key given on the command line, as the documentation shows it too.
    QCOMPARE(run(tool, {QStringLiteral("-V"), QStringLiteral("-m"), data, QStringLiteral("-P"),
                        QString::fromLatin1(keys.publicKey.toLine())}),
             0);
    // And minisign refuses what we must refuse.
    QByteArray changed = sample();
    changed[1000] = 'x';
    QVERIFY(writeAll(data, changed));
    QVERIFY(run(tool, {QStringLiteral("-V"), QStringLiteral("-m"), data, QStringLiteral("-p"),
                       key}) != 0);
}

void TestMinisign::oursAcceptsStockMinisign() {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    if (tool.isEmpty())
        QSKIP("The stock minisign tool is not installed (apt install minisign); not checked.");
    QTemporaryDir dir;
    const QString pub = dir.filePath(QStringLiteral("stock.pub"));
    const QString sec = dir.filePath(QStringLiteral("stock.key"));
    QCOMPARE(run(tool, {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub,
                        QStringLiteral("-s"), sec}),
             0);
    const QString data = dir.filePath(QStringLiteral("data.bin"));
    QVERIFY(writeAll(data, sample()));
    QCOMPARE(run(tool, {QStringLiteral("-S"), QStringLiteral("-s"), sec, QStringLiteral("-m"), data,
                        QStringLiteral("-t"), QStringLiteral("signed by the stock tool")}),
             0);
    const auto key = minisign::PublicKey::fromFile(readAll(pub));
    QVERIFY(key);
    QVERIFY(readAll(pub).contains(key->keyIdText().toLatin1()));  // "minisign public key <ID>"
    const auto signature = minisign::Signature::parse(readAll(data + QStringLiteral(".minisig")));
    QVERIFY(signature);
    QCOMPARE(signature->trustedComment, QStringLiteral("signed by the stock tool"));
    QFile file(data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto hash = minisign::prehash(file);
    QVERIFY(hash);
    QVERIFY(minisign::verify(*signature, *hash, *key));
    QVERIFY(!minisign::verify(*signature, minisign::prehash(QByteArray("other")), *key));
}

QTEST_GUILESS_MAIN(TestMinisign)
#include "tst_minisign.moc"
