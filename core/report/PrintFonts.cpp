#include "report/PrintFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>

namespace tongbao {

namespace {

// In order of preference; see the class comment for why Noto Serif CJK is last.
const char* const kFamilies[] = {
    "AR PL UMing CN",
    "SimSun",
    "NSimSun",
    "\xE5\xAE\x8B\xE4\xBD\x93" /* 宋体 */,
    "AR PL UMing TW",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
};

// Where the preferred fonts live when fontconfig (or Windows) does not list them.
const char* const kFiles[] = {
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "C:/Windows/Fonts/simsun.ttc",
};

QString findFamily() {
    const QStringList installed = QFontDatabase::families();
    for (const char* family : kFamilies) {
        const QString name = QString::fromUtf8(family);
        if (installed.contains(name, Qt::CaseInsensitive))
            return name;
    }
    return {};
}

}  // namespace

Result<QString> PrintFonts::songFamily() {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Result<QString>::failure(
            tr("Printing needs the program's display part, which was not started."));
    static QString cached;
    if (!cached.isEmpty())
        return cached;
    QString family = findFamily();
    if (family.isEmpty()) {
        for (const char* file : kFiles) {
            const QString path = QString::fromUtf8(file);
            if (QFile::exists(path))
                QFontDatabase::addApplicationFont(path);
        }
        family = findFamily();
    }
    if (family.isEmpty())
        return Result<QString>::failure(
            tr("No Song-style Chinese font for printing was found. Install AR PL UMing "
               "(package fonts-arphic-uming) or SimSun, then try again."));
    cached = family;
    return family;
}

QFont PrintFonts::font(const QString& family, double pointSize, bool bold) {
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setKerning(false);
    // Glyph positions in the PDF should not depend on the screen's hinting.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QString PrintFonts::monospaceFamily(const QString& fallback) {
    const QStringList installed = QFontDatabase::families();
    for (const char* family :
         {"DejaVu Sans Mono", "Liberation Mono", "Consolas", "Courier New", "Noto Sans Mono"}) {
        const QString name = QString::fromLatin1(family);
        if (installed.contains(name, Qt::CaseInsensitive))
            return name;
    }
    return fallback;
}

}  // namespace tongbao
