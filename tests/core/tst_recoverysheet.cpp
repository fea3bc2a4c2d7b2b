// The recovery key sheet (恢复密钥单, issue 8): written for fixed letters and read back with
// poppler's pdftotext, pdfinfo and pdffonts (one A4 page; every group of the key, the unit, its
// area code and ledger id, the Chinese title and the keeper's boxes; an embedded CJK font), and
// the print noted in the access log without the letters.
#include "TempLedger.h"

#include "report/PrintFonts.h"
#include "report/RecoverySheet.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

const QString kLetters = QStringLiteral("K7QX-3MZD-ABCD-EFGH-JKLM-NOPQ-RSTU-VW23");

QString tool(const QString& name, const QStringList& arguments) {
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        return {};
    QProcess process;
    process.start(path, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace

class TestRecoverySheet : public QObject {
    Q_OBJECT
private slots:
    void groupsOfFour();
    void suggestedFileName();
    void writesTheSheet();
    void refusesWithoutLetters();
    void notesThePrintWithoutTheLetters();
};

void TestRecoverySheet::groupsOfFour() {
    const QStringList groups = RecoverySheet::groups(kLetters);
    QCOMPARE(groups.size(), 8);
    QCOMPARE(groups.first(), QStringLiteral("K7QX"));
    QCOMPARE(groups.last(), QStringLiteral("VW23"));
    // How the letters were written down does not matter.
    QCOMPARE(RecoverySheet::groups(QStringLiteral("k7qx 3mzd abcd efgh jklm nopq rstu vw23")),
             groups);
    QVERIFY(RecoverySheet::groups(QStringLiteral("K7QX-3MZ")).isEmpty());
    QVERIFY(RecoverySheet::groups({}).isEmpty());
}

void TestRecoverySheet::suggestedFileName() {
    QCOMPARE(RecoverySheet::suggestedFileName(QString::fromUtf8("桥河社区"), QDate(2026, 11, 29)),
             QString::fromUtf8("桥河社区_恢复密钥单_2026-11-29.pdf"));
}

void TestRecoverySheet::writesTheSheet() {
    if (!PrintFonts::songFamily())
        QSKIP("no Song-style print font is installed");
    TempLedger temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
    const QString pdf = temp.dir() + QStringLiteral("/recovery.pdf");
    const Status written = RecoverySheet::write(temp.ledger(), kLetters, pdf);
    QVERIFY2(written, qPrintable(written.message()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (Debian package poppler-utils)");
    const QString text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const LedgerIdentity& unit = temp->identity();
    QVERIFY2(text.contains(QString::fromUtf8("恢复密钥单")), qPrintable(text));
    QVERIFY2(text.contains(unit.name), qPrintable(text));
    QVERIFY2(text.contains(unit.areaCode), qPrintable(text));
    QVERIFY2(text.contains(unit.id), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("2026年11月29日")), qPrintable(text));
    for (const QString& group : RecoverySheet::groups(kLetters))
        QVERIFY2(text.contains(group), qPrintable(group));
    for (const char* expected : {"保管人签字", "日期", "存放地点", "第1组", "第8组",
                                 "tongbao-cli recover", "以前的密钥立即作废"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);

    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("(A4)")));
    // Every font is embedded, among them the CJK print face.
    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!rows.isEmpty(), qPrintable(fonts));
    bool cjk = false;
    for (const QString& row : rows) {
        QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(fonts));
        if (row.contains(QStringLiteral("UMing"), Qt::CaseInsensitive) ||
            row.contains(QStringLiteral("CJK"), Qt::CaseInsensitive) ||
            row.contains(QStringLiteral("SimSun"), Qt::CaseInsensitive) ||
            row.contains(QStringLiteral("Song"), Qt::CaseInsensitive))
            cjk = true;
    }
    QVERIFY2(cjk, qPrintable(fonts));
}

void TestRecoverySheet::refusesWithoutLetters() {
    QTemporaryDir dir;
    RecoverySheet::Facts facts;
    facts.unit.name = QStringLiteral("x");
    const QString pdf = dir.filePath(QStringLiteral("none.pdf"));
    QVERIFY(!RecoverySheet::write(facts, pdf));
    QVERIFY(!QFile::exists(pdf));
}

void TestRecoverySheet::notesThePrintWithoutTheLetters() {
    if (!PrintFonts::songFamily())
        QSKIP("no Song-style print font is installed");
    useFastPasswordHashing();
    TempLedger temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
    const QString problem = addAccount(temp.ledger(), QStringLiteral("admin"), Role::Administrator);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString login = logIn(temp.ledger(), QStringLiteral("admin"));
    QVERIFY2(login.isEmpty(), qPrintable(login));
    const Status written =
        RecoverySheet::write(temp.ledger(), kLetters, temp.dir() + QStringLiteral("/r.pdf"));
    QVERIFY2(written, qPrintable(written.message()));

    AuditFilter filter;
    filter.action = AccessLog::Print;
    const QVector<AuditEntry> prints = AccessLog::search(temp->database(), filter);
    QCOMPARE(prints.size(), 1);
    QCOMPARE(AccessLog::whatOf(prints.first()), RecoverySheet::accessLogText());
    // Not one group of the key is anywhere in the ledger's history.
    const QString history = temp->database()
                                .scalar(QStringLiteral("SELECT group_concat(actor || ' ' || "
                                                       "entity || ' ' || changes, '|') FROM audit"))
                                .toString();
    QVERIFY(history.contains(RecoverySheet::accessLogText()));
    for (const QString& group : RecoverySheet::groups(kLetters))
        QVERIFY2(!history.contains(group), qPrintable(group));
}

// Laying out pages needs fonts, which Qt provides only under a QGuiApplication.
QTEST_MAIN(TestRecoverySheet)
#include "tst_recoverysheet.moc"
