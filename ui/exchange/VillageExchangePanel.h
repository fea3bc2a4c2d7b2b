#pragma once

#include "exchange/ExchangePanel.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace tongbao {

// The village's part of the exchange page: the town's key (installed from the town's public
// key file, its fingerprint compared with the town's sheet), what the next batch would hold,
// "Export batch…" to a file the supervisor chooses (a USB stick), the batches sent so far and,
// from the town's latest signed receipt, which of them the town has received and which not. The
// export runs on a connection of its own with its progress shown, and can be cancelled.
class VillageExchangePanel : public ExchangePanel {
    Q_OBJECT

public:
    explicit VillageExchangePanel(QWidget* parent = nullptr);

    void refresh() override;
    void retranslateUi() override;
    // The card that stands beside the ledger's own key: the town's key.
    exchangeparts::Card* townCard() const { return m_townCard; }

    // The actions of the buttons (also for tests); files and passwords are asked for.
    bool installTownKey();
    // Asks where and for the password, then exports with its progress shown (ExchangeTask);
    // the path written, or nothing when cancelled or refused.
    QString exportBatch();
    bool importReceipt();

    QString receiptStatusText() const;
    QString pendingText() const;

private:
    void buildUi();
    void refreshTown();
    void refreshPending();
    void refreshHistory();

    exchangeparts::Card* m_townCard = nullptr;
    QLabel* m_townHint = nullptr;
    QLabel* m_townName = nullptr;
    QLabel* m_townFingerprint = nullptr;
    QPushButton* m_installButton = nullptr;

    exchangeparts::Card* m_batchCard = nullptr;
    QLabel* m_nextHeading = nullptr;
    QLabel* m_pending = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_receiptStatus = nullptr;
    QPushButton* m_receiptButton = nullptr;
    QLabel* m_historyHeading = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_emptyHistory = nullptr;
};

}  // namespace tongbao
