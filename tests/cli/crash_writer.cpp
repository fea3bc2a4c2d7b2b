// crash_writer LEDGER: the process that tst_crash kills with SIGKILL. It opens the ledger, says
// "ready", then changes it as fast as it can through the repositories, the way the program
// does: new children, edits, tombstones, several children in one transaction, households with
// members. Each change is printed as "TABLE ID REV" only after its commit has returned, so
// every printed line is a promise the ledger file must keep, however the process dies.
#include "domain/Child.h"
#include "domain/Household.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tongbao;

namespace {

// One write per line, flushed at once: a line is either wholly in the pipe or not at all.
void report(const QString& table, const SyncMeta& meta) {
    const QByteArray line =
        (table + QLatin1Char(' ') + meta.id + QLatin1Char(' ') + QString::number(meta.rev))
            .toUtf8() +
        '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& what) {
    std::fprintf(stderr, "crash_writer: %s\n", what.toUtf8().constData());
    std::fflush(stderr);
    std::exit(1);
}

Child newChild(quint64 step, int index) {
    Child child;
    child.name = QStringLiteral("崩溃测试%1-%2").arg(step).arg(index);
    child.riskLevel = QStringLiteral("low");
    child.categories = {QStringLiteral("left_behind")};
    child.notes = QString(200, QChar(0x6587));  // some bulk, so pages fill and split
    return child;
}

}  // namespace

// An encrypted ledger (issue 8) is opened with the login in TONGBAO_USER / TONGBAO_PASSWORD,
// as the CLI does; its administrator's login also encrypts a plain ledger with accounts.
void logInFromEnvironment() {
    if (!qEnvironmentVariableIsSet("TONGBAO_PASSWORD"))
        return;
    Accounts::setCredentialSource([](const QString& actor) -> Result<Credentials> {
        QString password = qEnvironmentVariable("TONGBAO_PASSWORD");
        return Credentials{actor, passwordBytes(password)};
    });
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // crash_writer --convert LEDGER: only the opening, which converts a plain ledger with
    // accounts; the test kills it at any moment of that.
    const bool convertOnly = argc == 3 && qstrcmp(argv[1], "--convert") == 0;
    if (argc != 2 && !convertOnly)
        die(QStringLiteral("usage: crash_writer [--convert] LEDGER"));
    logInFromEnvironment();
    const QString actor = qEnvironmentVariable("TONGBAO_USER", QStringLiteral("crash-writer"));
    auto opened = Ledger::open(QString::fromLocal8Bit(argv[argc - 1]), actor);
    if (convertOnly) {
        std::puts(opened ? "converted" : "failed");
        return opened ? 0 : 1;
    }
    if (!opened)
        die(opened.message());
    Ledger& ledger = **opened;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);

    for (quint64 step = 0;; ++step) {
        // A new child, then an edit of it.
        Child child = newChild(step, 0);
        if (!ledger.children().save(child))
            die(QStringLiteral("insert failed"));
        report(QStringLiteral("child"), child.meta);
        child.riskLevel = QStringLiteral("high");
        child.notes = QStringLiteral("edited in step %1").arg(step);
        if (!ledger.children().save(child))
            die(QStringLiteral("update failed"));
        report(QStringLiteral("child"), child.meta);

        if (step % 3 == 0) {
            // Three children in one unit of work: all of them or none.
            Transaction transaction(ledger.database());
            QVector<Child> batch;
            for (int i = 1; i <= 3; ++i) {
                batch.append(newChild(step, i));
                if (!ledger.children().save(batch.last()))
                    die(QStringLiteral("batch insert failed"));
            }
            if (!transaction.commit())
                die(QStringLiteral("batch commit failed"));
            for (const Child& saved : batch)
                report(QStringLiteral("child"), saved.meta);
        }
        if (step % 5 == 0) {
            Household household;
            household.headName = QStringLiteral("户主%1").arg(step);
            for (int i = 0; i < 2; ++i) {
                HouseholdMember member;
                member.name = QStringLiteral("成员%1-%2").arg(step).arg(i);
                household.members.append(member);
            }
            if (!ledger.households().save(household))
                die(QStringLiteral("household failed"));
            report(QStringLiteral("household"), household.meta);
            for (const HouseholdMember& member : household.members)
                report(QStringLiteral("household_member"), member.meta);
        }
        if (step % 7 == 6) {
            if (!ledger.children().remove(child.meta.id))
                die(QStringLiteral("remove failed"));
            const auto removed = ledger.children().load(child.meta.id);
            if (!removed)
                die(QStringLiteral("reload failed"));
            report(QStringLiteral("child"), removed->meta);
        }
    }
}
