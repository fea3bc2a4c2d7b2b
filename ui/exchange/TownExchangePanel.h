#pragma once

#include "exchange/ExchangePanel.h"
#include "exchange/ImportPreview.h"
#include "security/KeyStore.h"

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tongbao {

struct SourceState;

// The town's part of the exchange page: the villages registered here (name, area code,
// fingerprint, the last batch received, batches missing, revoked or not), registering a
// village's key after comparing it with the signed sheet, revoking one, writing a signed receipt
// for a village, and importing batches, chosen or dropped on the page. Every import is shown
// first (ImportPreviewDialog): what core counted with writing switched off, or why the batch is
// refused; it is applied only when the user says Import. Checks and imports run on a connection
// of their own with their progress shown, and can be cancelled (ExchangeTask).
class TownExchangePanel : public ExchangePanel {
    Q_OBJECT

public:
    explicit TownExchangePanel(QWidget* parent = nullptr);

    void refresh() override;
    void retranslateUi() override;
    // The card that stands beside the ledger's own key: importing batches.
    exchangeparts::Card* importCard() const { return m_importCard; }
    QTableWidget* villageTable() const { return m_villages; }

    // The actions of the buttons (also for tests); files and passwords are asked for.
    bool registerVillageKey();
    // Chooses a batch file, then importBatch().
    bool chooseAndImport();
    // Checks the batch, shows the preview, and imports when the user accepts it; each step
    // shows its progress and can be cancelled (ExchangeTask).
    bool importBatch(const QString& path);
    // One after the other, in the order of their names, with the password asked once; stops at
    // the first that is refused, cancelled or not accepted.
    void importBatches(const QStringList& paths);
    bool revokeVillage(qint64 keyId, qint64 afterSequence);
    void revokeSelected();
    QString makeReceipt(qint64 keyId);
    // The registered key of the selected row, 0 for none.
    qint64 selectedKeyId() const;

private:
    void buildUi();
    void updateButtons();
    // `position` ("File 2 of 20") is shown with the progress; `keys` are asked for once.
    bool importOne(const QString& path, const QString& position, std::optional<UnlockedKeys>& keys);
    // The batch checked on a worker, with the progress shown; nothing when cancelled or when
    // the check could not run (the reason is shown).
    std::optional<ImportPreview> check(const QString& path,
                                       const QString& subject,
                                       const UnlockedKeys* keys);

    QVector<qint64> m_rowKeys;

    exchangeparts::Card* m_importCard = nullptr;
    QFrame* m_dropZone = nullptr;
    QLabel* m_dropText = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_importHint = nullptr;

    exchangeparts::Card* m_villageCard = nullptr;
    QTableWidget* m_villages = nullptr;
    QLabel* m_emptyVillages = nullptr;
    QPushButton* m_registerButton = nullptr;
    QPushButton* m_receiptButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
};

}  // namespace tongbao
