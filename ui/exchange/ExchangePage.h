#pragma once

#include "exchange/ExchangeParts.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace tongbao {

class Ledger;
class TownExchangePanel;
class VillageExchangePanel;

// The data exchange section (数据交换, issue 6): how the register travels from village to town.
// At the top, this ledger's own key: its fingerprint, the public key file and the key
// registration sheet to print, sign and stamp (or the button that makes the keys). Below, by the
// kind of ledger: a village sees the town it sends to, what the next batch would hold, the
// batches it sent and which of them the town has acknowledged (VillageExchangePanel); a town
// sees the villages registered with it and imports their batches, dropped on the page or
// chosen, after a preview (TownExchangePanel). Everything is done by core with the permissions
// of whoever is logged in; the page shows outcomes in a strip under its title, not in boxes to
// dismiss.
class ExchangePage : public QWidget {
    Q_OBJECT

public:
    explicit ExchangePage(QWidget* parent = nullptr);
    ~ExchangePage() override;

    // The ledger stays owned by the caller; nullptr empties the page.
    void setLedger(Ledger* ledger);
    void refresh();

    VillageExchangePanel* villagePanel() const { return m_village; }
    TownExchangePanel* townPanel() const { return m_town; }
    // The outcome shown under the title (for tests and screen readers).
    QString messageText() const { return m_message->text(); }
    bool messageIsError() const;

    // The key card's actions (also for tests); paths and passwords are asked for.
    bool makeKeys();
    QString savePublicKey();
    QString saveKeySheet();
    void printKeySheet();

    // Shows an outcome under the title.
    void showMessage(const QString& text, exchangeparts::MessageStrip::Tone tone);

signals:
    // After keys, trust, an export, an import or a receipt changed what the page shows.
    void exchangeChanged();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void refreshKeyCard();

    Ledger* m_ledger = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    exchangeparts::MessageStrip* m_message = nullptr;

    exchangeparts::Card* m_keyCard = nullptr;
    QLabel* m_keyHint = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_keyFacts = nullptr;
    QPushButton* m_makeKeysButton = nullptr;
    QPushButton* m_savePublicKeyButton = nullptr;
    QPushButton* m_sheetButton = nullptr;
    QMenu* m_sheetMenu = nullptr;
    QAction* m_saveSheetAction = nullptr;
    QAction* m_printSheetAction = nullptr;

    QStackedWidget* m_sides = nullptr;
    QStackedWidget* m_panels = nullptr;
    VillageExchangePanel* m_village = nullptr;
    TownExchangePanel* m_town = nullptr;
};

}  // namespace tongbao
