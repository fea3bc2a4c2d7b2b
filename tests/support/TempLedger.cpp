#include "TempLedger.h"

#include "security/Accounts.h"
#include "security/PasswordHash.h"

#include <QFile>
#include <QTimeZone>

namespace tongbao::test {

QDateTime TempLedger::defaultStart() {
    return QDateTime(QDate(2026, 11, 29), QTime(9, 0), QTimeZone(8 * 3600));
}

TempLedger::TempLedger(const QString& kind, const QDateTime& start)
    : m_clock(start) {
    m_path = m_dir.filePath(QStringLiteral("test.tongbao"));
    const QString area = kind == QLatin1String("district")
                             ? QStringLiteral("500110000000")
                             : (kind == QLatin1String("town") ? QStringLiteral("500110001000")
                                                              : QStringLiteral("500110001001"));
    auto created = Ledger::create(m_path, {kind, QStringLiteral("测试台账"), area},
                                  QStringLiteral("tester"), m_clock);
    if (created)
        m_ledger = std::move(*created);
    else
        m_error = created.message();
}

TempLedger::~TempLedger() = default;

void TempLedger::close() {
    m_ledger.reset();
}

bool TempLedger::reopen() {
    m_ledger.reset();
    auto opened = Ledger::open(m_path, QStringLiteral("tester"), m_clock);
    if (!opened) {
        m_error = opened.message();
        return false;
    }
    m_ledger = std::move(*opened);
    return true;
}

QString testPassword() {
    return QStringLiteral("test password 1");
}

Result<Credentials> testCredentials(const QString& actor) {
    QString password = testPassword();
    return Credentials{actor, passwordBytes(password)};
}

void useFastPasswordHashing() {
    PasswordHash::setCurrent(PasswordHash::minimum());
}

QString addAccount(Ledger& ledger, const QString& name, Role role) {
    QString password = testPassword();
    const Status added = Accounts(ledger).add(name, role, passwordBytes(password));
    return added.message();
}

QString logIn(Ledger& ledger, const QString& name, const QString& password) {
    QString typed = password.isEmpty() ? testPassword() : password;
    return Accounts(ledger).login(name, passwordBytes(typed)).message();
}

QString logInAs(Ledger& ledger, const QString& name, Role role) {
    Accounts accounts(ledger);
    if (!accounts.exist()) {
        const QString added = addAccount(ledger, QStringLiteral("admin"), Role::Administrator);
        if (!added.isEmpty())
            return added;
    }
    if (!accounts.find(name)) {
        if (!accounts.current() || accounts.current()->role != Role::Administrator) {
            const QString admin = logIn(ledger, QStringLiteral("admin"));
            if (!admin.isEmpty())
                return admin;
        }
        const QString added = addAccount(ledger, name, role);
        if (!added.isEmpty())
            return added;
    }
    return logIn(ledger, name);
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

}  // namespace tongbao::test
