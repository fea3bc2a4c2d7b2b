// Print recovery key sheet… (issue 8), answered through the Dialogs seam: cancelling the
// confirmation or the file dialog makes no key and leaves the previous one working; going
// through saves a sheet whose letters (read back with pdftotext) open the ledger; a plain
// ledger is refused with a message and no file.
#include "TempLedger.h"

#include "common/Dialogs.h"
#include "common/Localization.h"
#include "crypt/LedgerEncryption.h"
#include "users/RecoveryKeyActions.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

// The key's groups on the sheet: the rows of four groups below the key's heading.
QString lettersOnSheet(const QString& pdf) {
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const int from = text.indexOf(QString::fromUtf8("二、恢复密钥"));
    const int to = text.indexOf(QString::fromUtf8("密钥只含"), from);
    if (from < 0 || to < 0)
        return {};
    static const QRegularExpression row(
        QStringLiteral("^\\s*([A-Z2-7]{4}(\\s+[A-Z2-7]{4}){3})\\s*$"));
    QStringList rows;
    for (const QString& line : text.mid(from, to - from).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            rows.append(match.captured(1).simplified());
    }
    return rows.join(QLatin1Char(' '));
}

}  // namespace

class TestRecoveryKeyGui : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLedger> m_fixture;

private slots:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils)");
        useFastPasswordHashing();
        Localization::install(Localization::Language::English);
        m_fixture = std::make_unique<TempLedger>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        const QString added =
            addAccount(m_fixture->ledger(), QStringLiteral("admin"), Role::Administrator);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        const QString login = logIn(m_fixture->ledger(), QStringLiteral("admin"));
        QVERIFY2(login.isEmpty(), qPrintable(login));
        QVERIFY(LedgerEncryption::isEncrypted(m_fixture->ledger()));
    }

    void init() { Dialogs::reset(); }

    void savesASheetThatOpensTheLedger() {
        const QString chosen = m_fixture->dir() + QStringLiteral("/sheet");
        Dialogs::setNextAnswer(QMessageBox::Yes);  // make a new key
        Dialogs::setNextFileName(chosen);
        Dialogs::setNextAnswer(QMessageBox::Close);  // do not print now
        const QString path = RecoveryKeyActions::printSheet(nullptr, m_fixture->ledger());
        QCOMPARE(path, chosen + QStringLiteral(".pdf"));
        QVERIFY(QFile::exists(path));
        QCOMPARE(Dialogs::messageCount(), 2);
        QVERIFY2(Dialogs::lastMessage().contains(path), qPrintable(Dialogs::lastMessage()));
        const QString letters = lettersOnSheet(path);
        QCOMPARE(letters.size(), 8 * 4 + 7);
        QVERIFY(!Dialogs::lastMessage().contains(letters.left(4)));
        const Status opened = LedgerEncryption::unlockWithRecoveryKey(m_fixture->path(), letters);
        QVERIFY2(opened, qPrintable(opened.message()));
        m_letters = letters;
    }

    void cancellingMakesNoKey() {
        QVERIFY(!m_letters.isEmpty());
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(RecoveryKeyActions::printSheet(nullptr, m_fixture->ledger()).isEmpty());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextFileName({});  // the file dialog cancelled
        QVERIFY(RecoveryKeyActions::printSheet(nullptr, m_fixture->ledger()).isEmpty());
        QCOMPARE(Dialogs::messageCount(), 2);
        QVERIFY(LedgerEncryption::unlockWithRecoveryKey(m_fixture->path(), m_letters));
    }

    void aPlainLedgerIsRefused() {
        TempLedger plain;
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        // Told at once, before any question or file dialog.
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(RecoveryKeyActions::printSheet(nullptr, plain.ledger()).isEmpty());
        QCOMPARE(Dialogs::messageCount(), 1);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("not encrypted")),
                 qPrintable(Dialogs::lastMessage()));
    }

private:
    QString m_letters;
};

QTEST_MAIN(TestRecoveryKeyGui)
#include "tst_recoverykey_gui.moc"
