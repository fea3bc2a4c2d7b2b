#include "common/Appearance.h"

#include <QApplication>
#include <QFontDatabase>

namespace tongbao::appearance {

namespace {

// In order of preference: the fonts each system ships for simplified Chinese interfaces.
const QStringList kCjkInterfaceFonts = {
    QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"),
    QStringLiteral("PingFang SC"),        QStringLiteral("Noto Sans CJK SC"),
    QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
};

// Below this the strokes of common characters (餐, 疆) run together on a laptop screen.
constexpr qreal kMinimumPointSize = 10.0;

}  // namespace

void apply(QApplication& app) {
    QFont font = QApplication::font();
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : kCjkInterfaceFonts) {
        if (installed.contains(family)) {
            font.setFamilies({family});
            break;
        }
    }
    if (font.pointSizeF() > 0 && font.pointSizeF() < kMinimumPointSize)
        font.setPointSizeF(kMinimumPointSize);
    // Chinese has no italic; a synthesised slant only makes characters harder to read.
    font.setStyle(QFont::StyleNormal);
    app.setFont(font);
    app.setWindowIcon(icon(QStringLiteral("tongbao")));
}

QIcon icon(const QString& name) {
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

RiskColours riskColours(const QString& riskLevel) {
    // Text colours are chosen for contrast with their pill (WCAG AA at list text size).
    if (riskLevel == QLatin1String("high"))
        return {QColor(0xc6, 0x28, 0x28), Qt::white};
    if (riskLevel == QLatin1String("medium"))
        return {QColor(0xf5, 0xb0, 0x1a), QColor(0x3a, 0x2a, 0x00)};
    if (riskLevel == QLatin1String("low"))
        return {QColor(0x2e, 0x7d, 0x32), Qt::white};
    return {QColor(0xe0, 0xe0, 0xe0), QColor(0x42, 0x42, 0x42)};
}

}  // namespace tongbao::appearance
