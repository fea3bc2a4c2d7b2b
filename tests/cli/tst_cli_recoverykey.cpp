// tongbao-cli recovery-key (issue 8): the administrator of an encrypted ledger gets a new
// recovery key on a PDF sheet, read back with pdftotext; the letters on the paper open the
// ledger's key slot, a second sheet's letters replace the first's, and the letters never reach
// the terminal. Refused without a change: a reviewer, a plain ledger, a file already there, a
// call without --out.
#include "crypt/LedgerEncryption.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tongbao;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kAdminPassword = QStringLiteral("admin password 1");
const QString kReviewerPassword = QStringLiteral("reviewer password 1");
const QString kArea = QStringLiteral("500110001001");

Run cli(const QStringList& arguments,
        const QString& user = {},
        const QString& password = {},
        const QString& newPassword = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"TONGBAO_USER", "TONGBAO_PASSWORD", "TONGBAO_NEW_PASSWORD"})
        environment.remove(QString::fromLatin1(name));
    if (!user.isEmpty())
        environment.insert(QStringLiteral("TONGBAO_USER"), user);
    if (!password.isEmpty())
        environment.insert(QStringLiteral("TONGBAO_PASSWORD"), password);
    if (!newPassword.isEmpty())
        environment.insert(QStringLiteral("TONGBAO_NEW_PASSWORD"), newPassword);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish");
        process.kill();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The key's groups as the sheet prints them: the rows of four groups between the key's heading
// and the note below the key.
QStringList lettersOnSheet(const QString& pdf) {
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const int from = text.indexOf(QString::fromUtf8("二、恢复密钥"));
    const int to = text.indexOf(QString::fromUtf8("密钥只含"), from);
    if (from < 0 || to < 0)
        return {};
    static const QRegularExpression row(QStringLiteral(
        "^\\s*([A-Z2-7]{4})\\s+([A-Z2-7]{4})\\s+([A-Z2-7]{4})\\s+([A-Z2-7]{4})\\s*$"));
    QStringList groups;
    for (const QString& line : text.mid(from, to - from).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = row.match(line);
        for (int i = 1; match.hasMatch() && i <= 4; ++i)
            groups.append(match.captured(i));
    }
    return groups;
}

}  // namespace

class TestCliRecoveryKey : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ledger;
    QStringList m_firstKey;

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils)");
        m_ledger = file("encrypted.tongbao");
        const Run made =
            cli({QStringLiteral("init"), m_ledger, QStringLiteral("--kind"),
                 QStringLiteral("village"), QStringLiteral("--name"), QStringLiteral("桥河社区"),
                 QStringLiteral("--area"), kArea, QStringLiteral("--user"), QStringLiteral("boss")},
                {}, kAdminPassword);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const Run added =
            cli({QStringLiteral("users"), m_ledger, QStringLiteral("--add"), QStringLiteral("lin"),
                 QStringLiteral("--role"), QStringLiteral("reviewer")},
                QStringLiteral("boss"), kAdminPassword, kReviewerPassword);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(LedgerEncryption::isEncrypted(m_ledger), "a ledger with accounts is encrypted");
    }

    void theSheetHoldsALetterKeyThatOpensTheLedger() {
        const QString pdf = file("first.pdf");
        const Run run =
            cli({QStringLiteral("recovery-key"), m_ledger, QStringLiteral("--out"), pdf},
                QStringLiteral("boss"), kAdminPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(pdf), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("previous recovery key")), qPrintable(run.out));
        m_firstKey = lettersOnSheet(pdf);
        QCOMPARE(m_firstKey.size(), 8);
        for (const QString& group : m_firstKey)
            QVERIFY2(!run.out.contains(group) && !run.err.contains(group), "letters printed");
        const QString letters = m_firstKey.join(QLatin1Char('-'));
        const Status opened = LedgerEncryption::unlockWithRecoveryKey(m_ledger, letters);
        QVERIFY2(opened, qPrintable(opened.message()));
        // As a person types them: lower case, spaces.
        QVERIFY(LedgerEncryption::unlockWithRecoveryKey(
            m_ledger, m_firstKey.join(QLatin1Char(' ')).toLower()));
        QString wrong = letters;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!LedgerEncryption::unlockWithRecoveryKey(m_ledger, wrong));
    }

    void aNewSheetReplacesThePreviousKey() {
        QVERIFY(!m_firstKey.isEmpty());
        const QString pdf = file("second.pdf");
        const Run run =
            cli({QStringLiteral("recovery-key"), m_ledger, QStringLiteral("--out"), pdf},
                QStringLiteral("boss"), kAdminPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList second = lettersOnSheet(pdf);
        QCOMPARE(second.size(), 8);
        QVERIFY(second != m_firstKey);
        QVERIFY(LedgerEncryption::unlockWithRecoveryKey(m_ledger, second.join(QString())));
        QVERIFY(!LedgerEncryption::unlockWithRecoveryKey(m_ledger, m_firstKey.join(QString())));
        m_firstKey = second;
    }

    void refusedWithoutAChange() {
        // A file already there is never replaced, and no key is made for it.
        const Run exists = cli(
            {QStringLiteral("recovery-key"), m_ledger, QStringLiteral("--out"), file("first.pdf")},
            QStringLiteral("boss"), kAdminPassword);
        QCOMPARE(exists.exitCode, 1);
        QVERIFY2(exists.err.contains(QStringLiteral("already exists")), qPrintable(exists.err));
        QVERIFY(LedgerEncryption::unlockWithRecoveryKey(m_ledger, m_firstKey.join(QString())));

        // Only an administrator makes a recovery key.
        const QString byReviewer = file("reviewer.pdf");
        const Run reviewer =
            cli({QStringLiteral("recovery-key"), m_ledger, QStringLiteral("--out"), byReviewer},
                QStringLiteral("lin"), kReviewerPassword);
        QCOMPARE(reviewer.exitCode, 1);
        QVERIFY(!reviewer.err.isEmpty());
        QVERIFY(!QFile::exists(byReviewer));
        QVERIFY(LedgerEncryption::unlockWithRecoveryKey(m_ledger, m_firstKey.join(QString())));

        // A ledger without accounts is plain: it has no recovery key.
        const QString plain = file("plain.tongbao");
        const Run made = cli({QStringLiteral("init"), plain, QStringLiteral("--kind"),
                              QStringLiteral("village"), QStringLiteral("--name"),
                              QStringLiteral("平坝村"), QStringLiteral("--area"), kArea});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString plainSheet = file("plain.pdf");
        const Run refused =
            cli({QStringLiteral("recovery-key"), plain, QStringLiteral("--out"), plainSheet});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(
                     QStringLiteral("tongbao-cli recovery-key: this ledger is not encrypted")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(plainSheet));
    }

    void mistakesInTheCall() {
        Run run =
            cli({QStringLiteral("recovery-key"), m_ledger}, QStringLiteral("boss"), kAdminPassword);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--out")), qPrintable(run.err));
        run = cli({QStringLiteral("recovery-key"), m_ledger, m_ledger, QStringLiteral("--out"),
                   file("x.pdf")},
                  QStringLiteral("boss"), kAdminPassword);
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("recovery-key"), m_ledger, QStringLiteral("--out"),
                   file("no-such-folder/x.pdf")},
                  QStringLiteral("boss"), kAdminPassword);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
        QVERIFY(LedgerEncryption::unlockWithRecoveryKey(m_ledger, m_firstKey.join(QString())));
    }
};

QTEST_GUILESS_MAIN(TestCliRecoveryKey)
#include "tst_cli_recoverykey.moc"
