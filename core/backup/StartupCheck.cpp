#include "backup/StartupCheck.h"

#include "backup/BackupRestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <signal.h>
#include <cerrno>
#endif

namespace tongbao {

namespace {

bool processRunning(qint64 pid) {
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

}  // namespace

SessionMarker::SessionMarker(QString ledgerPath)
    : m_path(markerPath(ledgerPath)) {
    QFile file(m_path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
        m_written = file.flush();
    }
}

SessionMarker::~SessionMarker() {
    if (!m_written)
        return;
    // Another program may have taken the ledger over since; its marker stays.
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly) &&
        file.readLine().trimmed().toLongLong() == QCoreApplication::applicationPid()) {
        file.close();
        QFile::remove(m_path);
    }
}

QString SessionMarker::markerPath(const QString& ledgerPath) {
    return ledgerPath + QStringLiteral(".open");
}

bool SessionMarker::leftBehind(const QString& ledgerPath) {
    QFile file(markerPath(ledgerPath));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 pid = file.readLine().trimmed().toLongLong();
    return !processRunning(pid);
}

QString StartupCheck::damageNotePath(const QString& ledgerPath) {
    return ledgerPath + QStringLiteral(".damage-seen");
}

void StartupCheck::noteDamage(const QString& ledgerPath) {
    QFile note(damageNotePath(ledgerPath));
    if (note.open(QIODevice::WriteOnly))
        note.write("A damaged page was read; check the whole file at the next start.\n");
}

StartupCheck::Decision StartupCheck::examine(const QString& ledgerPath) {
    Decision decision;
    decision.uncleanEnd = SessionMarker::leftBehind(ledgerPath);
    // A damaged page seen while the ledger was open (issue 8) also calls for the whole check.
    const bool damageSeen = QFileInfo::exists(damageNotePath(ledgerPath));
    decision.finding = decision.uncleanEnd || damageSeen ? LedgerProbe::thorough(ledgerPath)
                                                         : LedgerProbe::header(ledgerPath);
    if (decision.finding.ok())
        QFile::remove(damageNotePath(ledgerPath));
    if (!decision.finding.ok())
        decision.backup = BackupRestore::latestGood(ledgerPath);
    return decision;
}

}  // namespace tongbao
