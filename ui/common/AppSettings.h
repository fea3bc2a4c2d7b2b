#pragma once

#include "common/Localization.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace tongbao {

// What the GUI remembers between runs on this computer (QSettings, per user): the language
// chosen from the menu, the ledgers opened lately and the window's place. Ledger-specific choices
// live in the ledger itself (Ledger::setting), not here, so that they travel with the file.
class AppSettings {
public:
    static constexpr int MaxRecentLedgers = 8;

    // Empty until the user picks a language from the menu; the system language applies then.
    static std::optional<Localization::Language> language();
    static void setLanguage(Localization::Language language);

    // Most recent first, as absolute paths.
    static QStringList recentLedgers();
    static void addRecentLedger(const QString& path);
    static void clearRecentLedgers();

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
};

}  // namespace tongbao
