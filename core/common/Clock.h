#pragma once

#include <QDate>
#include <QDateTime>

namespace tongbao {

// The one source of "now". Visit schedules, report periods and audit times all depend on the
// date, so everything asks a Clock and tests substitute a FixedClock. SystemClock::now() is the
// only place in the program that reads the real time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;  // local time
    QDateTime nowUtc() const { return now().toUTC(); }
    QDate today() const { return now().date(); }

    // The process-wide clock used where no other was injected (the real one, unless a test or
    // the CLI's --on option replaced it).
    static const Clock& current();
    static void setCurrent(const Clock* clock);  // nullptr restores the system clock
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

// A clock that stands still until told otherwise.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSeconds(qint64 seconds) { m_at = m_at.addSecs(seconds); }
    void advanceDays(qint64 days) { m_at = m_at.addDays(days); }

private:
    QDateTime m_at;
};

}  // namespace tongbao
