#include "demo/DemoRandom.h"

#include <limits>

namespace tongbao {

DemoRandom::DemoRandom(quint64 seed)
    : m_engine(seed) {}

quint64 DemoRandom::below(quint64 bound) {
    if (bound <= 1)
        return 0;
    // Reject the top slice of the engine's range that would make low values more likely.
    const quint64 limit = std::numeric_limits<quint64>::max() -
                          (std::numeric_limits<quint64>::max() % bound + 1) % bound;
    quint64 value = m_engine();
    while (value > limit)
        value = m_engine();
    return value % bound;
}

int DemoRandom::between(int low, int high) {
    if (high <= low)
        return low;
    return low + int(below(quint64(qint64(high) - qint64(low) + 1)));
}

int DemoRandom::weighted(const int* weights, int count) {
    quint64 total = 0;
    for (int i = 0; i < count; ++i)
        total += quint64(qMax(0, weights[i]));
    if (total == 0)
        return 0;
    quint64 draw = below(total);
    for (int i = 0; i < count; ++i) {
        const quint64 weight = quint64(qMax(0, weights[i]));
        if (draw < weight)
            return i;
        draw -= weight;
    }
    return count - 1;
}

int DemoRandom::weighted(std::initializer_list<int> weights) {
    return weighted(weights.begin(), int(weights.size()));
}

QDate DemoRandom::dateBetween(const QDate& first, const QDate& last) {
    if (!first.isValid() || !last.isValid() || last <= first)
        return first;
    return first.addDays(qint64(below(quint64(first.daysTo(last) + 1))));
}

QString DemoRandom::digits(int count) {
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QLatin1Char(char('0' + below(10))));
    return text;
}

QString DemoIds::next() {
    const quint64 counter = m_counter++;
    const quint64 tail = m_random.next();
    // tag(8) - counter(4) - 8 counter(3) - 8 counter(3) - random(12): version 8, variant 10.
    static const char hex[] = "0123456789abcdef";
    char text[36];
    auto put = [&text](int at, quint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value >>= 4)
            text[at + i] = hex[value & 0xF];
    };
    put(0, m_tag, 8);
    text[8] = '-';
    put(9, (counter >> 24) & 0xFFFF, 4);
    text[13] = '-';
    text[14] = '8';
    put(15, (counter >> 12) & 0xFFF, 3);
    text[18] = '-';
    text[19] = '8';
    put(20, counter & 0xFFF, 3);
    text[23] = '-';
    put(24, tail & 0xFFFFFFFFFFFFULL, 12);
    return QString::fromLatin1(text, 36);
}

}  // namespace tongbao
