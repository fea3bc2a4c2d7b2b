#pragma once

#include "exchange/ExchangeParts.h"
#include "storage/ExchangeStore.h"

#include <QWidget>

#include <optional>

namespace tongbao {

class Ledger;

// What the village's and the town's parts of the exchange page have in common: the ledger they
// show (none while no ledger is open), the two signals the page listens to, and registering
// another office's public key file. The page shows one panel or the other, by the ledger's kind.
class ExchangePanel : public QWidget {
    Q_OBJECT

public:
    void setLedger(Ledger* ledger);
    virtual void refresh() = 0;
    virtual void retranslateUi() = 0;

signals:
    void message(const QString& text, exchangeparts::MessageStrip::Tone tone);
    void changed();

protected:
    ExchangePanel(const QString& objectName, QWidget* parent);
    // The panel's own card fills the panel (the other card is placed by the page).
    void setContent(exchangeparts::Card* card);

    // Asks for a public key file (`caption`, `filter`) in the last folder and registers it once
    // the user has compared it with the signed sheet (RegisterKeyDialog). The key registered, or
    // nothing when cancelled; `chosenPath` receives the file chosen.
    std::optional<TrustedKey> registerKeyFile(const QString& caption,
                                              const QString& filter,
                                              QString* chosenPath = nullptr);

    Ledger* m_ledger = nullptr;
};

}  // namespace tongbao
