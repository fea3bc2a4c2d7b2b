#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

namespace tongbao {

// Finds the Song/Ming style font printed documents are set in (shared/docs/ui.md: print in a
// 宋体 or 仿宋 style font). The font must be TrueType: Qt's PDF writer embeds a TrueType font as
// a CID font whose text can be searched and copied, while Noto Serif CJK (CFF) comes out with
// some characters mapped to Kangxi radicals (儿 as ⼉), which breaks searching; so AR PL UMing
// (Debian fonts-arphic-uming) and SimSun (Windows) come first and Noto Serif CJK is the last
// resort. Fonts are looked up by family through QFontDatabase, which needs a QGuiApplication;
// a known file is registered explicitly when fontconfig does not list it.
class PrintFonts {
    Q_DECLARE_TR_FUNCTIONS(PrintFonts)
public:
    // The family to print with, or a message naming what to install.
    static Result<QString> songFamily();

    static QFont font(const QString& family, double pointSize, bool bold = false);

    // A monospaced TrueType face for keys and fingerprints, so that every character of a group
    // stands in the same column, 0/O and 1/I can be told apart, and the PDF embeds it; the print
    // family `fallback` (whose Latin letters are monospaced too) is the last resort.
    static QString monospaceFamily(const QString& fallback);
};

}  // namespace tongbao
