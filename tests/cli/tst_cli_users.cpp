// tongbao-cli with accounts (issue 7): init makes the administrator when TONGBAO_PASSWORD is
// set, `users` adds and manages accounts, every verb logs in with --user and TONGBAO_PASSWORD,
// a reviewer's change is refused in core, and prints and exports leave access-log entries that
// `check` verifies in the hash chain.
#include "CliLogin.h"
#include "storage/AccessLog.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kAdminPassword = QStringLiteral("admin password 1");
const QString kReviewerPassword = QStringLiteral("reviewer password 1");
const QString kArea = QStringLiteral("500110001001");

// Runs the CLI as `user` with `password` (none when empty) and an optional new password.
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

#define CHECK_RUN(run, code)                                                             \
    do {                                                                                 \
        const Run r_ = (run);                                                            \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.err + QLatin1Char('|') + r_.out)); \
    } while (false)

int accessRows(const QString& path, const QString& action) {
    unlockLedger(path, QStringLiteral("boss"), kAdminPassword);
    auto opened = Ledger::open(path, QStringLiteral("check"));
    if (!opened)
        return -1;  // the test process has no credential source: opens signed out
    AuditFilter filter;
    filter.action = action;
    return int(AccessLog::search((*opened)->database(), filter).size());
}

}  // namespace

class TestCliUsers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ledger;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ledger = m_dir.filePath(QStringLiteral("accounts.tongbao"));
        CHECK_RUN(
            cli({QStringLiteral("init"), m_ledger, QStringLiteral("--kind"),
                 QStringLiteral("village"), QStringLiteral("--name"), QStringLiteral("桥河社区"),
                 QStringLiteral("--area"), kArea, QStringLiteral("--user"), QStringLiteral("boss")},
                {}, kAdminPassword),
            0);
        CHECK_RUN(cli({QStringLiteral("demo"), m_ledger, QStringLiteral("--children"),
                       QStringLiteral("5"), QStringLiteral("--user"), QStringLiteral("boss")},
                      {}, kAdminPassword),
                  0);
        CHECK_RUN(cli({QStringLiteral("users"), m_ledger, QStringLiteral("--add"),
                       QStringLiteral("lin"), QStringLiteral("--role"), QStringLiteral("reviewer")},
                      QStringLiteral("boss"), kAdminPassword, kReviewerPassword),
                  0);
    }

    void theAdministratorListsTheAccounts() {
        const Run listed = cli({QStringLiteral("users"), m_ledger, QStringLiteral("--list")},
                               QStringLiteral("boss"), kAdminPassword);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out,
                 QStringLiteral("boss\tadministrator\tactive\nlin\treviewer\tactive\n"));
    }

    void aLedgerWithAccountsNeedsALogin() {
        const Run none = cli({QStringLiteral("list"), m_ledger});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QLatin1String("TONGBAO_PASSWORD")), qPrintable(none.err));
        const Run wrong = cli(
            {QStringLiteral("list"), m_ledger, QStringLiteral("--user"), QStringLiteral("boss")},
            {}, QStringLiteral("wrong password"));
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.err, QStringLiteral("tongbao-cli list: The user name or the password is "
                                           "not right.\n"));
        const Run unknown =
            cli({QStringLiteral("list"), m_ledger}, QStringLiteral("nobody"), kAdminPassword);
        QCOMPARE(unknown.err, QStringLiteral("tongbao-cli list: The user name or the password is "
                                             "not right.\n"));
        QVERIFY(wrong.out.isEmpty() && unknown.out.isEmpty());
    }

    void aReviewerReadsButChangesNothing() {
        const Run listed =
            cli({QStringLiteral("list"), m_ledger}, QStringLiteral("lin"), kReviewerPassword);
        QCOMPARE(listed.exitCode, 0);
        const Run byAdmin =
            cli({QStringLiteral("list"), m_ledger}, QStringLiteral("boss"), kAdminPassword);
        QCOMPARE(listed.out, byAdmin.out);
        QVERIFY(listed.out.count(QLatin1Char('\n')) > 1);
        const Run demo = cli(
            {QStringLiteral("demo"), m_ledger, QStringLiteral("--children"), QStringLiteral("1")},
            QStringLiteral("lin"), kReviewerPassword);
        QCOMPARE(demo.exitCode, 1);
        QVERIFY2(demo.err.contains(QLatin1String("may read and print the register but not "
                                                 "change it")),
                 qPrintable(demo.err));
        const Run users =
            cli({QStringLiteral("users"), m_ledger, QStringLiteral("--add"), QStringLiteral("x"),
                 QStringLiteral("--role"), QStringLiteral("administrator")},
                QStringLiteral("lin"), kReviewerPassword, kReviewerPassword);
        QCOMPARE(users.exitCode, 1);
        QVERIFY(users.err.contains(QLatin1String("Only an administrator")));
        const Run again =
            cli({QStringLiteral("list"), m_ledger}, QStringLiteral("lin"), kReviewerPassword);
        QCOMPARE(again.out, listed.out);
    }

    void printsAndExportsAreLoggedAndChecked() {
        const int printsBefore = accessRows(m_ledger, AccessLog::Print);
        const int exportsBefore = accessRows(m_ledger, AccessLog::Export);
        CHECK_RUN(cli({QStringLiteral("case-sheet"), m_ledger, QStringLiteral("--all"),
                       QStringLiteral("--out"), m_dir.filePath(QStringLiteral("cases.pdf"))},
                      QStringLiteral("lin"), kReviewerPassword),
                  0);
        CHECK_RUN(cli({QStringLiteral("ledger-sheet"), m_ledger, QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("ledger.xlsx"))},
                      QStringLiteral("lin"), kReviewerPassword),
                  0);
        QVERIFY(accessRows(m_ledger, AccessLog::Print) > printsBefore);  // one per child
        QCOMPARE(accessRows(m_ledger, AccessLog::Export), exportsBefore + 1);
        // The monthly report as a spreadsheet is an export, as a PDF a print.
        const int printsBeforeReport = accessRows(m_ledger, AccessLog::Print);
        CHECK_RUN(cli({QStringLiteral("report"), m_ledger, QStringLiteral("monthly"),
                       QStringLiteral("--month"), QStringLiteral("2026-10"),
                       QStringLiteral("--out"), m_dir.filePath(QStringLiteral("report.xlsx"))},
                      QStringLiteral("lin"), kReviewerPassword),
                  0);
        CHECK_RUN(cli({QStringLiteral("report"), m_ledger, QStringLiteral("monthly"),
                       QStringLiteral("--month"), QStringLiteral("2026-10"),
                       QStringLiteral("--out"), m_dir.filePath(QStringLiteral("report.pdf"))},
                      QStringLiteral("lin"), kReviewerPassword),
                  0);
        QCOMPARE(accessRows(m_ledger, AccessLog::Export), exportsBefore + 2);
        QCOMPARE(accessRows(m_ledger, AccessLog::Print), printsBeforeReport + 1);
        const Run checked =
            cli({QStringLiteral("check"), m_ledger}, QStringLiteral("boss"), kAdminPassword);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err + checked.out));
    }

    void passwordsAreChangedAndReset() {
        const QString changed = QStringLiteral("changed password 2");
        CHECK_RUN(cli({QStringLiteral("users"), m_ledger, QStringLiteral("--passwd")},
                      QStringLiteral("lin"), kReviewerPassword, changed),
                  0);
        CHECK_RUN(cli({QStringLiteral("list"), m_ledger}, QStringLiteral("lin"), kReviewerPassword),
                  1);
        CHECK_RUN(cli({QStringLiteral("list"), m_ledger}, QStringLiteral("lin"), changed), 0);
        CHECK_RUN(cli({QStringLiteral("users"), m_ledger, QStringLiteral("--reset"),
                       QStringLiteral("lin")},
                      QStringLiteral("boss"), kAdminPassword, kReviewerPassword),
                  0);
        const Run listed = cli({QStringLiteral("users"), m_ledger, QStringLiteral("--list")},
                               QStringLiteral("boss"), kAdminPassword);
        QVERIFY(listed.out.contains(QLatin1String("lin\treviewer\tactive\tmust-change-password")));
        CHECK_RUN(cli({QStringLiteral("list"), m_ledger}, QStringLiteral("lin"), kReviewerPassword),
                  0);
    }

    void initWithoutAPasswordMakesALedgerWithoutAccounts() {
        const QString open = m_dir.filePath(QStringLiteral("open.tongbao"));
        CHECK_RUN(
            cli({QStringLiteral("init"), open, QStringLiteral("--kind"), QStringLiteral("village"),
                 QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--area"), kArea}),
            0);
        CHECK_RUN(cli({QStringLiteral("list"), open}), 0);
        const Run tooShort =
            cli({QStringLiteral("init"), m_dir.filePath(QStringLiteral("s.tongbao")),
                 QStringLiteral("--kind"), QStringLiteral("village"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--area"), kArea},
                {}, QStringLiteral("short"));
        QCOMPARE(tooShort.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("s.tongbao"))));
    }

    void demoLedgersHaveTheDocumentedAccounts() {
        const QString demo = m_dir.filePath(QStringLiteral("demo.tongbao"));
        CHECK_RUN(
            cli({QStringLiteral("demo"), demo, QStringLiteral("--children"), QStringLiteral("3")}),
            0);
        for (const char* user : {"admin", "supervisor", "reviewer"})
            CHECK_RUN(cli({QStringLiteral("list"), demo}, QString::fromLatin1(user),
                          QStringLiteral("tongbao-demo")),
                      0);
    }
};

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cli_users.moc"
