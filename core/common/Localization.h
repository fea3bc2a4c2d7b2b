#pragma once

#include <QLocale>
#include <QString>

namespace tongbao {

// Which language the program speaks. Chinese is the first language; English is the fallback
// for non-Chinese systems. The choice drives the Qt translators and the labels of the domain's
// vocabulary (see domain/Vocabulary.h), so it is made in this one place.
class Localization {
public:
    enum class Language { Chinese, English };

    // Chinese when the system locale is Chinese, English otherwise.
    static Language languageForLocale(const QLocale& locale);

    // Installs the translators for the language (replacing earlier ones) on the running
    // QCoreApplication. Returns false if the embedded translation could not be loaded.
    static bool install(Language language);
    static bool installForSystemLocale();

    static Language current();
    static QString code(Language language);  // "zh_CN" or "en"
    static Language fromCode(const QString& code, Language fallback);
};

}  // namespace tongbao
