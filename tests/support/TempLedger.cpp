#include "TempLedger.h"

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

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

}  // namespace tongbao::test
