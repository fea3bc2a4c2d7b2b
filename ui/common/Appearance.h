#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;

namespace tongbao {

// The look shared by every screen: a CJK interface font from the system (Microsoft YaHei on
// Windows, Noto Sans CJK or WenQuanYi on Linux) at a size older eyes can read, the icon set
// embedded under :/icons, and the few colours that carry meaning (risk levels). Kept in one
// place so that the "larger text" setting of a later version has one thing to change.
namespace appearance {

// Chooses the interface font; call once after the QApplication exists.
void apply(QApplication& app);

// An icon from resources/icons, by file name without the extension ("register").
QIcon icon(const QString& name);

struct RiskColours {
    QColor background;
    QColor text;
};
// The pill colours of a risk level code (high / medium / low); grey for anything else.
RiskColours riskColours(const QString& riskLevel);

}  // namespace appearance

}  // namespace tongbao
