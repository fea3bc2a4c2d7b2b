#include "report/VillageGroupOrder.h"

#include <QHash>

namespace tongbao {

namespace {

int chineseDigit(QChar c) {
    static const QHash<QChar, int> digits{
        {QChar(0x96F6), 0}, {QChar(0x3007), 0}, {QChar(0x4E00), 1}, {QChar(0x4E8C), 2},
        {QChar(0x4E24), 2}, {QChar(0x4E09), 3}, {QChar(0x56DB), 4}, {QChar(0x4E94), 5},
        {QChar(0x516D), 6}, {QChar(0x4E03), 7}, {QChar(0x516B), 8}, {QChar(0x4E5D), 9},
    };
    return digits.value(c, -1);
}

// Reads a number written in Chinese numerals up to the hundreds (十一, 二十三, 一百零五).
int chineseNumber(const QString& text, int& length) {
    const QChar ten(0x5341), hundred(0x767E);
    int value = 0, pending = -1;
    length = 0;
    for (; length < text.size(); ++length) {
        const QChar c = text.at(length);
        const int digit = chineseDigit(c);
        if (digit >= 0) {
            pending = digit;
        } else if (c == ten) {
            value += (pending < 0 ? 1 : pending) * 10;
            pending = -1;
        } else if (c == hundred) {
            value += (pending < 0 ? 1 : pending) * 100;
            pending = -1;
        } else {
            break;
        }
    }
    if (length == 0)
        return -1;
    return value + (pending < 0 ? 0 : pending);
}

}  // namespace

int VillageGroupOrder::number(const QString& group) {
    QString text = group.trimmed();
    if (text.startsWith(QChar(0x7B2C)))  // 第
        text.remove(0, 1);
    int value = -1;
    for (const QChar c : text) {
        const int digit = c.digitValue();  // ASCII and full-width digits
        if (digit < 0)
            break;
        value = (value < 0 ? 0 : value * 10) + digit;
    }
    if (value >= 0)
        return value;
    int length = 0;
    return chineseNumber(text, length);
}

bool VillageGroupOrder::less(const QString& a, const QString& b) {
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    const int na = number(a), nb = number(b);
    if ((na >= 0) != (nb >= 0))
        return na >= 0;
    if (na != nb)
        return na < nb;
    return a < b;
}

}  // namespace tongbao
