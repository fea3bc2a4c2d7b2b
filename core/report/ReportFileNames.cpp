#include "report/ReportFileNames.h"

namespace tongbao::ReportFileNames {

QString safe(const QString& name) {
    QString result = name.simplified();
    for (QChar& c : result) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    return result;
}

QString monthlyReport(const QString& unit, const QDate& month, const QString& suffix) {
    return safe(QString::fromUtf8("%1_困境儿童月报_%2年%3月.%4")
                    .arg(unit)
                    .arg(month.year())
                    .arg(month.month(), 2, 10, QLatin1Char('0'))
                    .arg(suffix));
}

QString ledgerSheet(const QString& unit, const QDate& day) {
    return safe(QString::fromUtf8("%1_困境儿童台账_%2.xlsx")
                    .arg(unit, day.toString(QStringLiteral("yyyy-MM-dd"))));
}

QString caseSheets(const QString& unit, const QString& who, const QDate& day) {
    return safe(QString::fromUtf8("%1_个案档案表_%2_%3.pdf")
                    .arg(unit, who.isEmpty() ? QString::fromUtf8("全部在册儿童") : who,
                         day.toString(QStringLiteral("yyyy-MM-dd"))));
}

QString visitForm(const QString& unit, const QString& who) {
    return safe(QString::fromUtf8("%1_走访记录表_%2.pdf")
                    .arg(unit, who.isEmpty() ? QString::fromUtf8("空白") : who));
}

}  // namespace tongbao::ReportFileNames
