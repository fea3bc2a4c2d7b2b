// Nothing typed is lost (issue 4): the real GUI program types into a visit form, the test waits
// until the draft is in the ledger file, kills the program (SIGKILL: no chance to save or clean
// up, as when the battery dies), starts it again and checks that the start offers the
// unfinished visit and that the form it resumes holds every typed character.
#include "TempLedger.h"
#include "common/LedgerFiles.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "visits/VisitDraftStore.h"
#include "visits/VisitService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace tongbao;

namespace {

// CJK, full-width and ASCII punctuation, digits, spaces and a quote: what a supervisor types.
const QString kTyped =
    QStringLiteral("奶奶腿脚不便，做饭困难 (2 meals/day)；孩子说\"想妈妈\"！12355");

QString guiProgram() {
    // The GUI is built next to the CLI, whose path the test runner provides.
    const QString cli = qEnvironmentVariable("TONGBAO_CLI");
    return QFileInfo(cli).dir().filePath(QStringLiteral("tongbao"));
}

}  // namespace

class TestVisitDraftRecovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidVisitOffersTheDraftOnNextStart();

private:
    QProcessEnvironment environment() const;
};

void TestVisitDraftRecovery::initTestCase() {
    if (!QFileInfo::exists(guiProgram()))
        QSKIP("the GUI program is not built next to tongbao-cli");
}

QProcessEnvironment TestVisitDraftRecovery::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void TestVisitDraftRecovery::killedMidVisitOffersTheDraftOnNextStart() {
    test::TempLedger fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    Child child;
    child.name = QStringLiteral("王小明");
    child.riskLevel = QStringLiteral("medium");
    QVERIFY(fixture.ledger().children().save(child));
    VisitDraftStore drafts(fixture.ledger());
    QCOMPARE(drafts.count(), 0);

    // The first run types into the form...
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(guiProgram(), {fixture.path(), QStringLiteral("--language"), QStringLiteral("en"),
                               QStringLiteral("--open-visit-form"), child.meta.id,
                               QStringLiteral("--type"), kTyped});
    QVERIFY2(first.waitForStarted(10000), qPrintable(first.errorString()));

    // ...and the draft appears in the file, whole, within a couple of seconds of the pause.
    const auto typedDraft = [&]() -> std::optional<VisitDraft> {
        for (const VisitDraft& draft : drafts.all()) {
            if (VisitDraftStore::visitOf(draft).problems == kTyped)
                return draft;
        }
        return std::nullopt;
    };
    QVERIFY2(QTest::qWaitFor([&] { return typedDraft().has_value(); }, 30000),
             qPrintable(QString::fromUtf8(first.readAllStandardError())));
    QCOMPARE(first.state(), QProcess::Running);

    // Killed, mid-visit: no chance to save anything more.
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const std::optional<VisitDraft> left = typedDraft();
    QVERIFY(left);
    QCOMPARE(drafts.count(), 1);

    // The next start offers it and resumes it exactly as it was.
    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(guiProgram(), {fixture.path(), QStringLiteral("--language"), QStringLiteral("en"),
                                QStringLiteral("--print-resumed-visit")});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    const QByteArray out = second.readAllStandardOutput();
    QVERIFY2(second.exitCode() == 0,
             qPrintable(QString::fromUtf8(out + second.readAllStandardError())));
    const QJsonObject printed = QJsonDocument::fromJson(out.trimmed()).object();
    QVERIFY2(printed.value(QStringLiteral("offered")).toBool(), out.constData());
    QVERIFY(printed.value(QStringLiteral("message")).toString().contains(QStringLiteral("王小明")));
    QCOMPARE(printed.value(QStringLiteral("childId")).toString(), child.meta.id);
    QCOMPARE(printed.value(QStringLiteral("draftId")).toString(), left->id);
    const QJsonObject visit = printed.value(QStringLiteral("visit")).toObject();
    QCOMPARE(visit.value(QStringLiteral("problems")).toString(), kTyped);

    // Every other field as the form had it when the program died: a new visit as it starts,
    // on the program's own clock and by its own user.
    const QDate today = SystemClock().today();
    Visit expected = *VisitService(fixture.ledger()).newVisit(child.meta.id);
    expected.visitDate = today;
    expected.nextVisitDate = today.addDays(30);  // medium risk
    expected.visitor = LedgerFiles::actor();
    expected.problems = kTyped;
    QJsonObject expectedPayload = VisitDraftStore::payloadOf(expected);
    QCOMPARE(visit, expectedPayload);
    // Only looked at: the draft is still there to be finished.
    QCOMPARE(drafts.count(), 1);
}

QTEST_GUILESS_MAIN(TestVisitDraftRecovery)
#include "tst_visitdraftrecovery.moc"
