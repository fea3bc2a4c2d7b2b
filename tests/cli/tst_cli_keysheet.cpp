// tongbao-cli keys FILE sheet --out PATH.pdf: the key registration sheet (公钥登记表) of a
// village and of a town, read back by poppler's pdfinfo, pdftotext and pdffonts: one A4
// portrait page, the ledger's name, kind and area code, the fingerprint as `keys show` prints
// it (in groups), the keys' date, the boxes to sign and stamp, and every font embedded.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

const QString kPassword = QStringLiteral("sheet password");

Run cli(const QStringList& arguments, const QString& password = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TONGBAO_PASSWORD"));
    // As in a desktop session: the display part the sheet needs wants a runtime folder.
    static QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    if (!password.isEmpty())
        environment.insert(QStringLiteral("TONGBAO_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString tool(const QString& name, const QStringList& arguments) {
    QProcess process;
    process.start(QStandardPaths::findExecutable(name), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString str(const char* text) {
    return QString::fromUtf8(text);
}

#define REQUIRE_TOOL(name)                                              \
    if (QStandardPaths::findExecutable(QStringLiteral(name)).isEmpty()) \
    QSKIP(name " is not installed (Debian package poppler-utils); this check needs it")

}  // namespace

class TestCliKeySheet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void villageSheetNamesTheLedgerAndItsFingerprint();
    void townSheetAlsoCarriesTheReceivingKey();
    void usageMistakesAreExplained();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // The fingerprint `keys show` prints.
    QString fingerprintOf(const QString& ledger);
    QString checkSheet(const QString& ledger, const QString& pdf);

    QTemporaryDir m_dir;
};

void TestCliKeySheet::initTestCase() {
    QVERIFY(m_dir.isValid());
    for (const auto& [file, kind, name, area] :
         {std::tuple{"village.tongbao", "village", "桥河社区居民委员会", "500110001001"},
          std::tuple{"town.tongbao", "town", "古南街道办事处", "500110001000"}}) {
        const Run init =
            cli({QStringLiteral("init"), path(QLatin1String(file)), QStringLiteral("--kind"),
                 QLatin1String(kind), QStringLiteral("--name"), str(name), QStringLiteral("--area"),
                 QLatin1String(area)});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const Run keys = cli(
            {QStringLiteral("keys"), path(QLatin1String(file)), QStringLiteral("init")}, kPassword);
        QVERIFY2(keys.code == 0, qPrintable(keys.err));
    }
}

QString TestCliKeySheet::fingerprintOf(const QString& ledger) {
    const Run show = cli({QStringLiteral("keys"), ledger, QStringLiteral("show")});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Fingerprint:\\s+([A-Z2-7-]+)")).match(show.out);
    return match.captured(1);
}

QString TestCliKeySheet::checkSheet(const QString& ledger, const QString& pdf) {
    const Run run = cli(
        {QStringLiteral("keys"), ledger, QStringLiteral("sheet"), QStringLiteral("--out"), pdf});
    if (run.code != 0)
        return QStringLiteral("exit %1: %2").arg(run.code).arg(run.err);
    if (!QFile(pdf).open(QIODevice::ReadOnly))
        return QStringLiteral("no file");
    return {};
}

void TestCliKeySheet::villageSheetNamesTheLedgerAndItsFingerprint() {
    const QString ledger = path(QStringLiteral("village.tongbao"));
    const QString pdf = path(QStringLiteral("village-sheet.pdf"));
    // No password is needed: the sheet carries only public keys.
    const QString problem = checkSheet(ledger, pdf);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString fingerprint = fingerprintOf(ledger);
    QCOMPARE(fingerprint.size(), 29);
    REQUIRE_TOOL("pdftotext");

    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QLatin1String("(A4)")), qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
    QVERIFY(size.captured(1).toDouble() < size.captured(2).toDouble());  // portrait

    const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const char* expected : {"公钥登记表", "桥河社区居民委员会", "村/居委会", "500110001001",
                                 "公钥指纹", "密钥生成日期", "经办人签字", "单位盖章", "日期"})
        QVERIFY2(text.contains(str(expected)), expected);
    // The fingerprint is printed group by group, as it is read aloud.
    QString simplified = text;
    simplified.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(simplified.contains(QString(fingerprint).remove(QLatin1Char('-'))),
             qPrintable(fingerprint));
    for (const QString& group : fingerprint.split(QLatin1Char('-')))
        QVERIFY(text.contains(group));
    QVERIFY(!text.contains(str("接收公钥")));  // a village receives no batches

    const QStringList fonts = tool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    QVERIFY(fonts.size() > 3);  // the print font and the monospaced face
    for (const QString& line : fonts.mid(2)) {
        if (!line.trimmed().isEmpty())
            QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line));
    }
}

void TestCliKeySheet::townSheetAlsoCarriesTheReceivingKey() {
    const QString ledger = path(QStringLiteral("town.tongbao"));
    const QString pdf = path(QStringLiteral("town-sheet.pdf"));
    const QString problem = checkSheet(ledger, pdf);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    REQUIRE_TOOL("pdftotext");
    const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.contains(str("古南街道办事处")));
    QVERIFY(text.contains(str("街道/镇")));
    QVERIFY(text.contains(str("接收公钥")));
    QVERIFY(text.contains(QStringLiteral("age1")));
    for (const QString& group : fingerprintOf(ledger).split(QLatin1Char('-')))
        QVERIFY(text.contains(group));
}

void TestCliKeySheet::usageMistakesAreExplained() {
    const QString ledger = path(QStringLiteral("village.tongbao"));
    Run run = cli({QStringLiteral("keys"), ledger, QStringLiteral("sheet")});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.startsWith(QStringLiteral("tongbao-cli keys: ")));
    // An existing file is never replaced.
    const QString existing = path(QStringLiteral("village-sheet.pdf"));
    run = cli({QStringLiteral("keys"), ledger, QStringLiteral("sheet"), QStringLiteral("--out"),
               existing});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    // A ledger without keys has no sheet, and says how to make the keys.
    const QString bare = path(QStringLiteral("bare.tongbao"));
    QCOMPARE(cli({QStringLiteral("init"), bare, QStringLiteral("--kind"), QStringLiteral("village"),
                  QStringLiteral("--name"), str("新村"), QStringLiteral("--area"),
                  QStringLiteral("500110001003")})
                 .code,
             0);
    run = cli({QStringLiteral("keys"), bare, QStringLiteral("sheet"), QStringLiteral("--out"),
               path(QStringLiteral("bare.pdf"))});
    QCOMPARE(run.code, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("bare.pdf"))));
}

QTEST_GUILESS_MAIN(TestCliKeySheet)
#include "tst_cli_keysheet.moc"
