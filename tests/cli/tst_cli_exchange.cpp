// The exchange verbs end to end, as a village and its town use them: keys, trust, export,
// verify, import (and its refusals, which change nothing), receipts, revocation; and the steps of
// docs/batch-format.md with the stock tar, minisign and age tools.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    bool oneLineReason(const QString& verb) const {
        return err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1 &&
               err.startsWith(QStringLiteral("tongbao-cli ") + verb + QStringLiteral(": "));
    }
};

const QString kVillagePassword = QStringLiteral("village password");
const QString kTownPassword = QStringLiteral("town password");

Run runProgram(const QString& program,
               const QStringList& arguments,
               const QString& password = {},
               const QString& workingDirectory = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TONGBAO_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("TONGBAO_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run cli(const QStringList& arguments, const QString& password = {}) {
    return runProgram(qEnvironmentVariable("TONGBAO_CLI"), arguments, password);
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

#define CHECK_RUN(run, expected)                                                           \
    do {                                                                                   \
        const Run& r_ = (run);                                                             \
        if (r_.exitCode != (expected))                                                     \
            QFAIL(qPrintable(QStringLiteral("exit %1, expected %2; stdout: %3 stderr: %4") \
                                 .arg(r_.exitCode)                                         \
                                 .arg(expected)                                            \
                                 .arg(r_.out, r_.err)));                                   \
    } while (false)

}  // namespace

class TestCliExchange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void villageToTownAndBack();
    void refusalsChangeNothing();
    void stockToolsCheckABatchAsDocumented();
    void usageErrors();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString townList() const {
        return cli({QStringLiteral("list"), path(QStringLiteral("town.tongbao")),
                    QStringLiteral("--status"), QStringLiteral("all")})
            .out;
    }

    QTemporaryDir m_dir;
    QString m_firstBatch;
};

void TestCliExchange::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString village = path(QStringLiteral("village.tongbao"));
    const QString town = path(QStringLiteral("town.tongbao"));
    CHECK_RUN(cli({QStringLiteral("init"), village, QStringLiteral("--kind"),
                   QStringLiteral("village"), QStringLiteral("--name"), QStringLiteral("桥河社区"),
                   QStringLiteral("--area"), QStringLiteral("500110001001")}),
              0);
    CHECK_RUN(cli({QStringLiteral("init"), town, QStringLiteral("--kind"), QStringLiteral("town"),
                   QStringLiteral("--name"), QStringLiteral("古南街道"), QStringLiteral("--area"),
                   QStringLiteral("500110001000")}),
              0);
    CHECK_RUN(cli({QStringLiteral("demo"), village, QStringLiteral("--children"),
                   QStringLiteral("8"), QStringLiteral("--seed"), QStringLiteral("3")}),
              0);

    // Keys: made on demand, shown as a fingerprint, exported as a public key file.
    const Run noPassword = cli({QStringLiteral("keys"), village, QStringLiteral("show")});
    QCOMPARE(noPassword.exitCode, 1);
    QVERIFY(noPassword.oneLineReason(QStringLiteral("keys")));
    CHECK_RUN(cli({QStringLiteral("keys"), village, QStringLiteral("init")}, kVillagePassword), 0);
    CHECK_RUN(cli({QStringLiteral("keys"), town, QStringLiteral("init")}, kTownPassword), 0);
    const Run shown = cli({QStringLiteral("keys"), town, QStringLiteral("show")});
    CHECK_RUN(shown, 0);
    QVERIFY(shown.out.contains(QLatin1String("Fingerprint:")));
    QVERIFY(shown.out.contains(QLatin1String("age1")));
    CHECK_RUN(cli({QStringLiteral("keys"), village, QStringLiteral("export"),
                   QStringLiteral("--out"), path(QStringLiteral("village.pub"))}),
              0);
    CHECK_RUN(cli({QStringLiteral("keys"), town, QStringLiteral("export"), QStringLiteral("--out"),
                   path(QStringLiteral("town.pub"))}),
              0);

    // Trust both ways: the town registers the village, the village its town.
    const Run wrongArea =
        cli({QStringLiteral("trust"), town, QStringLiteral("--add"),
             path(QStringLiteral("village.pub")), QStringLiteral("--name"),
             QStringLiteral("桥河社区"), QStringLiteral("--area"), QStringLiteral("500110001002")});
    QCOMPARE(wrongArea.exitCode, 1);
    const Run added =
        cli({QStringLiteral("trust"), town, QStringLiteral("--add"),
             path(QStringLiteral("village.pub")), QStringLiteral("--name"),
             QStringLiteral("桥河社区"), QStringLiteral("--area"), QStringLiteral("500110001001")});
    CHECK_RUN(added, 0);
    QVERIFY(added.out.contains(QLatin1String("number 1")));
    CHECK_RUN(
        cli({QStringLiteral("trust"), village, QStringLiteral("--add"),
             path(QStringLiteral("town.pub")), QStringLiteral("--name"), QStringLiteral("古南街道"),
             QStringLiteral("--area"), QStringLiteral("500110001000")}),
        0);
    const Run listed = cli({QStringLiteral("trust"), town, QStringLiteral("--list")});
    CHECK_RUN(listed, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("1\tsource\tvillage\t桥河社区\t500110001001\t")),
             qPrintable(listed.out));
}

void TestCliExchange::villageToTownAndBack() {
    const QString village = path(QStringLiteral("village.tongbao"));
    const QString town = path(QStringLiteral("town.tongbao"));
    const Run exported =
        cli({QStringLiteral("export"), village, QStringLiteral("--out"), m_dir.path()},
            kVillagePassword);
    CHECK_RUN(exported, 0);
    m_firstBatch = path(QStringLiteral("tongbao-500110001001-000001.batch.tar"));
    QVERIFY(QFile::exists(m_firstBatch));
    QVERIFY(exported.out.contains(QLatin1String("Batch 1 written")));

    const Run signatureOnly = cli({QStringLiteral("verify"), town, m_firstBatch});
    CHECK_RUN(signatureOnly, 0);
    QVERIFY(signatureOnly.out.contains(QLatin1String("signature of batch 1")));
    const Run checked = cli({QStringLiteral("verify"), town, m_firstBatch}, kTownPassword);
    CHECK_RUN(checked, 0);
    QVERIFY(checked.out.contains(QLatin1String("child: 8 received, 8 new")));
    QVERIFY(townList().count(QLatin1Char('\n')) == 1);  // verify wrote nothing

    const Run wrongPassword = cli({QStringLiteral("import"), town, m_firstBatch}, kVillagePassword);
    QCOMPARE(wrongPassword.exitCode, 1);
    QVERIFY(wrongPassword.oneLineReason(QStringLiteral("import")));
    const Run imported = cli({QStringLiteral("import"), town, m_firstBatch}, kTownPassword);
    CHECK_RUN(imported, 0);
    QVERIFY(imported.out.contains(QLatin1String("was imported")));
    const QString list = townList();
    QCOMPARE(list.count(QLatin1Char('\n')), 9);  // header and 8 children
    const Run again = cli({QStringLiteral("import"), town, m_firstBatch}, kTownPassword);
    CHECK_RUN(again, 0);
    QVERIFY(again.out.contains(QLatin1String("already imported")));
    QCOMPARE(townList(), list);

    // A second batch with more children; the town receives only the first for now.
    CHECK_RUN(cli({QStringLiteral("demo"), village, QStringLiteral("--children"),
                   QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("4")}),
              0);
    const QString second = path(QStringLiteral("second.tar"));
    CHECK_RUN(
        cli({QStringLiteral("export"), village, QStringLiteral("--out"), second}, kVillagePassword),
        0);

    // The receipt goes back to the village, which sees batch 2 has not arrived.
    const QString receipt = path(QStringLiteral("receipt.tar"));
    CHECK_RUN(cli({QStringLiteral("receipt"), town, QStringLiteral("--for"),
                   QStringLiteral("500110001001"), QStringLiteral("--out"), receipt},
                  kTownPassword),
              0);
    const Run receiptImported = cli({QStringLiteral("receipt-import"), village, receipt});
    CHECK_RUN(receiptImported, 0);
    QVERIFY(receiptImported.out.contains(QLatin1String("Received by the town: 1")));
    QVERIFY(receiptImported.out.contains(QLatin1String("Not received: 2")));
    const Run status = cli({QStringLiteral("receipt"), village, QStringLiteral("--status")});
    CHECK_RUN(status, 0);
    QVERIFY(status.out.contains(QLatin1String("Batches sent: 1-2")));

    // --progress tells on stderr how far the import has got, step by step, up to 100 %.
    const Run withProgress =
        cli({QStringLiteral("import"), town, second, QStringLiteral("--progress")}, kTownPassword);
    CHECK_RUN(withProgress, 0);
    QVERIFY2(withProgress.err.contains(QLatin1String("tongbao-cli import:")),
             qPrintable(withProgress.err));
    QVERIFY2(withProgress.err.contains(QLatin1String("100%")), qPrintable(withProgress.err));
    QVERIFY(!withProgress.out.contains(QLatin1String("%")));
    QCOMPARE(townList().count(QLatin1Char('\n')), 11);
}

void TestCliExchange::refusalsChangeNothing() {
    const QString village = path(QStringLiteral("village.tongbao"));
    const QString town = path(QStringLiteral("town.tongbao"));
    CHECK_RUN(cli({QStringLiteral("demo"), village, QStringLiteral("--children"),
                   QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5")}),
              0);
    const QString third = path(QStringLiteral("third.tar"));
    CHECK_RUN(
        cli({QStringLiteral("export"), village, QStringLiteral("--out"), third}, kVillagePassword),
        0);
    const QString before = townList();

    // A changed byte in the middle of the encrypted part.
    QByteArray bytes = fileBytes(third);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    const QString tampered = path(QStringLiteral("tampered.tar"));
    QVERIFY(writeBytes(tampered, bytes));
    const Run refused = cli({QStringLiteral("import"), town, tampered}, kTownPassword);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.oneLineReason(QStringLiteral("import")));
    QVERIFY(refused.err.contains(QLatin1String("altered")));
    QCOMPARE(cli({QStringLiteral("verify"), town, tampered}).exitCode, 1);
    QCOMPARE(townList(), before);

    // Batch 3 is signed after the town revoked the village's key after batch 2.
    CHECK_RUN(cli({QStringLiteral("trust"), town, QStringLiteral("--revoke"), QStringLiteral("1"),
                   QStringLiteral("--after-seq"), QStringLiteral("2")}),
              0);
    const Run revoked = cli({QStringLiteral("import"), town, third}, kTownPassword);
    QCOMPARE(revoked.exitCode, 1);
    QVERIFY(revoked.err.contains(QLatin1String("revoked")));
    QCOMPARE(townList(), before);
    // Batch 1 is still recognised as the one already imported.
    const Run old = cli({QStringLiteral("import"), town, m_firstBatch}, kTownPassword);
    CHECK_RUN(old, 0);
    QVERIFY(old.out.contains(QLatin1String("already imported")));
}

void TestCliExchange::stockToolsCheckABatchAsDocumented() {
    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
    if (tar.isEmpty() || minisign.isEmpty() || age.isEmpty())
        QSKIP(
            "tar, minisign or age is not installed (apt install minisign age); the documented "
            "check with the stock tools was not run.");
    QVERIFY(!m_firstBatch.isEmpty());
    const QString work = path(QStringLiteral("check"));
    QVERIFY(QDir().mkpath(work));

    // 1. Unpack: the signature and the encrypted batch.
    CHECK_RUN(runProgram(tar, {QStringLiteral("-xf"), m_firstBatch}, {}, work), 0);
    QVERIFY(QFile::exists(work + QStringLiteral("/batch.age")));
    QVERIFY(QFile::exists(work + QStringLiteral("/batch.age.minisig")));
    // 2. The village's signature, with its public key file as registered.
    const Run verified = runProgram(minisign,
                                    {QStringLiteral("-Vm"), QStringLiteral("batch.age"),
                                     QStringLiteral("-p"), path(QStringLiteral("village.pub"))},
                                    {}, work);
    CHECK_RUN(verified, 0);
    QVERIFY(verified.out.contains(QLatin1String("Trusted comment: tongbao-batch 1 source=")));
    QVERIFY(verified.out.contains(QLatin1String(" seq=1 ")));
    // 3. The content, with the town's secret key exported for the purpose.
    const QString identity = path(QStringLiteral("town-identity.txt"));
    CHECK_RUN(cli({QStringLiteral("keys"), path(QStringLiteral("town.tongbao")),
                   QStringLiteral("export-identity"), QStringLiteral("--out"), identity},
                  kTownPassword),
              0);
    QCOMPARE(QFile::permissions(identity) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const Run decrypted = runProgram(
        age, {QStringLiteral("-d"), QStringLiteral("-i"), identity, QStringLiteral("batch.age")},
        {}, work);
    CHECK_RUN(decrypted, 0);
    QVERIFY(decrypted.out.startsWith(QLatin1String("{")));
    QVERIFY(decrypted.out.contains(QLatin1String("\"format\":\"tongbao-batch\"")));
    QVERIFY(decrypted.out.trimmed().endsWith(QLatin1String("]")));
    QVERIFY(decrypted.out.contains(QLatin1String("[\"end\",")));
}

void TestCliExchange::usageErrors() {
    const QString town = path(QStringLiteral("town.tongbao"));
    QCOMPARE(cli({QStringLiteral("keys"), town}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("keys"), town, QStringLiteral("export")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("trust"), town}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("trust"), town, QStringLiteral("--revoke"), QStringLiteral("1")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("export"), town}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import"), town}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("receipt"), town}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("receipt-import"), town}).exitCode, 2);
    const Run help = cli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("Usage: tongbao-cli import")));
    // A town has no upstream to export to.
    const Run noUpstream = cli({QStringLiteral("export"), town, QStringLiteral("--out"),
                                path(QStringLiteral("town-batch.tar"))},
                               kTownPassword);
    QCOMPARE(noUpstream.exitCode, 1);
    QVERIFY(noUpstream.oneLineReason(QStringLiteral("export")));
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
