#include "common/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace tongbao {

namespace {
Localization::Language g_language = Localization::Language::English;
std::unique_ptr<QTranslator> g_appTranslator;
std::unique_ptr<QTranslator> g_qtTranslator;

void removeInstalled() {
    if (g_appTranslator)
        QCoreApplication::removeTranslator(g_appTranslator.get());
    if (g_qtTranslator)
        QCoreApplication::removeTranslator(g_qtTranslator.get());
    g_appTranslator.reset();
    g_qtTranslator.reset();
}
}  // namespace

Localization::Language Localization::languageForLocale(const QLocale& locale) {
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

bool Localization::install(Language language) {
    removeInstalled();
    g_language = language;
    const QString name = QStringLiteral("tongbao_") + code(language);
    auto app = std::make_unique<QTranslator>();
    const bool loaded = app->load(name, QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(app.get());
    g_appTranslator = std::move(app);
    if (language == Language::Chinese) {
        // Qt's own strings (standard buttons, print dialog), from Debian's qt6-translations-l10n.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt.get());
        g_qtTranslator = std::move(qt);
    }
    return loaded;
}

bool Localization::installForSystemLocale() {
    return install(languageForLocale(QLocale::system()));
}

Localization::Language Localization::current() {
    return g_language;
}

QString Localization::code(Language language) {
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

Localization::Language Localization::fromCode(const QString& code, Language fallback) {
    if (code.startsWith(QLatin1String("zh")))
        return Language::Chinese;
    if (code.startsWith(QLatin1String("en")))
        return Language::English;
    return fallback;
}

}  // namespace tongbao
