#include "common/AppSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace tongbao {

namespace {
const QString kLanguage = QStringLiteral("language");
const QString kRecentLedgers = QStringLiteral("ledgers/recent");
const QString kWindowGeometry = QStringLiteral("window/geometry");
}  // namespace

std::optional<Localization::Language> AppSettings::language() {
    const QString code = QSettings().value(kLanguage).toString();
    if (code.isEmpty())
        return std::nullopt;
    return Localization::fromCode(code, Localization::Language::Chinese);
}

void AppSettings::setLanguage(Localization::Language language) {
    QSettings().setValue(kLanguage, Localization::code(language));
}

QStringList AppSettings::recentLedgers() {
    return QSettings().value(kRecentLedgers).toStringList();
}

void AppSettings::addRecentLedger(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentLedgers();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentLedgers)
        recent.removeLast();
    QSettings().setValue(kRecentLedgers, recent);
}

void AppSettings::clearRecentLedgers() {
    QSettings().remove(kRecentLedgers);
}

QByteArray AppSettings::windowGeometry() {
    return QSettings().value(kWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    QSettings().setValue(kWindowGeometry, geometry);
}

}  // namespace tongbao
