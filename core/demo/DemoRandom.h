#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <initializer_list>
#include <random>

namespace tongbao {

// The random source of the demo data. The same seed must give the same ledger on every
// platform, so it uses only what the C++ standard defines bit for bit (the mt19937_64 engine)
// and draws bounded numbers, weighted choices and chances with its own integer arithmetic:
// std::uniform_int_distribution and friends are free to differ between standard libraries.
// No floating point is involved in any draw.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed);

    quint64 next() { return m_engine(); }

    // A number in [0, bound) without modulo bias; 0 when bound <= 1.
    quint64 below(quint64 bound);
    // A number in [low, high], both included; low when high < low.
    int between(int low, int high);
    // True with the given chance in percent (0..100) or per mille (0..1000).
    bool percent(int chance) { return int(below(100)) < chance; }
    bool permille(int chance) { return int(below(1000)) < chance; }

    // An index into weights, each chosen in proportion to its (non-negative) weight.
    int weighted(const int* weights, int count);
    int weighted(std::initializer_list<int> weights);

    template <typename T>
    const T& pick(const QVector<T>& items) {
        return items[int(below(quint64(items.size())))];
    }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N]) {
        return items[below(N)];
    }

    QDate dateBetween(const QDate& first, const QDate& last);  // both included
    QString digits(int count);                                 // decimal digits, leading zeros

private:
    std::mt19937_64 m_engine;
};

// Ids for demo rows that are the same on every run with the same seed, so that two demo
// ledgers can be compared row by row. They are RFC 9562 version-8 (custom) UUIDs: a tag of
// the run, then a counter, then random bits. The counter keeps a run's ids in ascending order,
// which lets SQLite append to its indexes instead of touching a random page per row.
class DemoIds {
public:
    DemoIds(quint64 runTag, DemoRandom& random)
        : m_tag(quint32(runTag ^ (runTag >> 32)))
        , m_random(random) {}
    QString next();
    quint64 issued() const { return m_counter; }

private:
    quint32 m_tag;
    quint64 m_counter = 0;
    DemoRandom& m_random;
};

}  // namespace tongbao
