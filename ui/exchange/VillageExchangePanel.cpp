#include "exchange/VillageExchangePanel.h"

#include "common/Dialogs.h"
#include "exchange/BatchExporter.h"
#include "exchange/ExchangeOverview.h"
#include "exchange/ExchangeTask.h"
#include "exchange/KeyPassword.h"
#include "exchange/PendingBatch.h"
#include "exchange/Receipts.h"
#include "security/KeyStore.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"
#include "visits/FormParts.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongbao {

namespace {

using Tone = exchangeparts::MessageStrip::Tone;

}  // namespace

VillageExchangePanel::VillageExchangePanel(QWidget* parent)
    : ExchangePanel(QStringLiteral("villageExchange"), parent) {
    buildUi();
    retranslateUi();
}

void VillageExchangePanel::buildUi() {
    // The town card is placed by the page, beside the ledger's own key, which takes it over.
    m_townCard = new exchangeparts::Card(QStringLiteral("townKeyCard"), nullptr);
    m_townHint = exchangeparts::hint(m_townCard, QStringLiteral("townKeyHint"));
    m_townName = new QLabel(m_townCard);
    m_townName->setObjectName(QStringLiteral("townName"));
    m_townName->setTextFormat(Qt::PlainText);
    QFont nameFont = m_townName->font();
    nameFont.setWeight(QFont::DemiBold);
    m_townName->setFont(nameFont);
    m_townFingerprint =
        exchangeparts::fingerprintLabel(m_townCard, QStringLiteral("townFingerprint"), 1.25);
    m_installButton = new QPushButton(m_townCard);
    m_installButton->setObjectName(QStringLiteral("installTownKeyButton"));
    connect(m_installButton, &QPushButton::clicked, this, &VillageExchangePanel::installTownKey);
    m_townCard->body()->addWidget(m_townName);
    m_townCard->body()->addWidget(m_townFingerprint);
    m_townCard->body()->addWidget(m_townHint);
    m_townCard->body()->addStretch();
    auto* townButtons = new QHBoxLayout;
    townButtons->addWidget(m_installButton);
    townButtons->addStretch();
    m_townCard->body()->addLayout(townButtons);

    m_batchCard = new exchangeparts::Card(QStringLiteral("batchesCard"), this);
    m_nextHeading = new QLabel(m_batchCard);
    m_nextHeading->setObjectName(QStringLiteral("nextBatchHeading"));
    QFont bold = m_nextHeading->font();
    bold.setWeight(QFont::DemiBold);
    m_nextHeading->setFont(bold);
    m_pending = new QLabel(m_batchCard);
    m_pending->setObjectName(QStringLiteral("pendingBatch"));
    m_pending->setWordWrap(true);
    m_pending->setTextFormat(Qt::PlainText);
    m_exportButton = new QPushButton(m_batchCard);
    m_exportButton->setObjectName(QStringLiteral("exportBatchButton"));
    m_exportButton->setDefault(true);
    m_exportButton->setMinimumHeight(m_exportButton->sizeHint().height() + 8);
    exchangeparts::makePrimary(m_exportButton);
    connect(m_exportButton, &QPushButton::clicked, this, &VillageExchangePanel::exportBatch);
    auto* pendingText = new QVBoxLayout;
    pendingText->setSpacing(2);
    pendingText->addWidget(m_nextHeading);
    pendingText->addWidget(m_pending);
    auto* pendingRow = new QHBoxLayout;
    pendingRow->setSpacing(16);
    pendingRow->addLayout(pendingText, 1);
    pendingRow->addWidget(m_exportButton, 0, Qt::AlignVCenter);

    m_receiptStatus = new QLabel(m_batchCard);
    m_receiptStatus->setObjectName(QStringLiteral("receiptStatus"));
    m_receiptStatus->setWordWrap(true);
    m_receiptStatus->setTextFormat(Qt::PlainText);
    m_receiptButton = new QPushButton(m_batchCard);
    m_receiptButton->setObjectName(QStringLiteral("importReceiptButton"));
    connect(m_receiptButton, &QPushButton::clicked, this, &VillageExchangePanel::importReceipt);
    auto* receiptRow = new QHBoxLayout;
    receiptRow->setSpacing(16);
    receiptRow->addWidget(m_receiptStatus, 1);
    receiptRow->addWidget(m_receiptButton, 0, Qt::AlignVCenter);

    m_historyHeading = formparts::heading(m_batchCard, QStringLiteral("historyHeading"), 1.0);
    m_history = exchangeparts::table(m_batchCard, QStringLiteral("exportHistory"), 5);
    m_emptyHistory = exchangeparts::hint(m_batchCard, QStringLiteral("emptyHistory"));

    auto* separator = new QFrame(m_batchCard);
    separator->setFrameShape(QFrame::HLine);
    separator->setStyleSheet(QStringLiteral("color: #e1e6ec;"));
    m_batchCard->body()->addLayout(pendingRow);
    m_batchCard->body()->addWidget(separator);
    m_batchCard->body()->addLayout(receiptRow);
    m_batchCard->body()->addSpacing(4);
    m_batchCard->body()->addWidget(m_historyHeading);
    m_batchCard->body()->addWidget(m_history, 1);
    m_batchCard->body()->addWidget(m_emptyHistory);

    setContent(m_batchCard);
}

void VillageExchangePanel::retranslateUi() {
    m_townCard->heading()->setText(tr("The town's key"));
    m_batchCard->heading()->setText(tr("Batches to the town"));
    m_exportButton->setText(tr("Export batch…"));
    m_receiptButton->setText(tr("Import receipt…"));
    m_historyHeading->setText(tr("Batches sent"));
    m_history->setHorizontalHeaderLabels(
        {tr("Batch"), tr("Exported on"), tr("Changes"), tr("Records"), tr("At the town")});
    refresh();
}

void VillageExchangePanel::refresh() {
    refreshTown();
    refreshPending();
    refreshHistory();
}

void VillageExchangePanel::refreshTown() {
    const auto upstream = m_ledger ? ExchangeOverview::upstream(*m_ledger) : std::nullopt;
    const bool mayManage =
        m_ledger && m_ledger->writer().context().access.allows(Permission::ManageKeys);
    m_townName->setVisible(upstream.has_value());
    m_townFingerprint->setVisible(upstream.has_value());
    if (upstream) {
        m_townName->setText(tr("%1 · area code %2").arg(upstream->name, upstream->areaCode));
        m_townFingerprint->setText(exchangeparts::spaced(upstream->fingerprint));
        m_townHint->setText(tr("Installed %1. Batches are locked so that only this town can open "
                               "them.")
                                .arg(exchangeparts::localTime(upstream->registeredAt)));
        m_installButton->setText(tr("Install another town key…"));
    } else {
        m_townHint->setText(
            tr("No town key is installed yet. Ask the town for its public key "
               "file and its signed registration sheet, then install the key "
               "here; only then can batches be exported."));
        m_installButton->setText(tr("Install the town's key…"));
    }
    m_installButton->setEnabled(mayManage && !upstream);
    m_installButton->setVisible(!upstream);
    if (!mayManage)
        m_installButton->setToolTip(tr("Only the ledger's administrator installs keys."));
}

void VillageExchangePanel::refreshPending() {
    const bool ready = m_ledger && KeyStore(*m_ledger).hasKeys() &&
                       ExchangeOverview::upstream(*m_ledger).has_value();
    const Result<PendingBatch> pending =
        m_ledger ? PendingBatch::of(*m_ledger) : Result<PendingBatch>::failure({});
    if (!pending) {
        m_nextHeading->setText(tr("Next batch"));
        m_pending->setText(pending.message());
        m_exportButton->setEnabled(false);
        return;
    }
    m_nextHeading->setText(tr("Next batch: number %1").arg(pending->sequence));
    const QString since = pending->sequence == 1
                              ? tr("Everything in the ledger so far:")
                              : tr("Changes since batch %1 of %2:")
                                    .arg(pending->sequence - 1)
                                    .arg(exchangeparts::localTime(pending->lastExportedAt));
    QString counts =
        tr("%1 children, %2 visits, %3 safety reports, %4 other records, %5 history entries.")
            .arg(pending->count(QStringLiteral("child")))
            .arg(pending->count(QStringLiteral("visit")))
            .arg(pending->count(QStringLiteral("safety_report")))
            .arg(pending->otherRecords())
            .arg(pending->count(QStringLiteral("audit")));
    QString text = since + QLatin1Char(' ') + counts;
    if (pending->revTo > pending->revFrom)
        text +=
            QLatin1Char(' ') + tr("(changes %1–%2)").arg(pending->revFrom + 1).arg(pending->revTo);
    if (!KeyStore(*m_ledger).hasKeys())
        text += QLatin1Char('\n') + tr("Make this ledger's keys before the first export.");
    else if (!ready)
        text += QLatin1Char('\n') + tr("Install the town's key before the first export.");
    m_pending->setText(text);
    m_exportButton->setEnabled(
        ready && m_ledger->writer().context().access.allows(Permission::ExchangeBatches));
}

void VillageExchangePanel::refreshHistory() {
    const QVector<ExportRecord> exports =
        m_ledger ? ExchangeOverview::exports(*m_ledger) : QVector<ExportRecord>();
    const ExchangeStatus status = m_ledger ? Receipts(*m_ledger).status() : ExchangeStatus();
    m_history->setRowCount(int(exports.size()));
    // Newest first: the last batch is the one asked about.
    for (int i = 0; i < exports.size(); ++i) {
        const ExportRecord& record = exports[exports.size() - 1 - i];
        QString state = tr("Not confirmed yet");
        QColor colour(0x5f, 0x6b, 0x7a);
        if (status.received.contains(record.sequence)) {
            state = tr("Received");
            colour = QColor(0x2e, 0x7d, 0x32);
        } else if (status.different.contains(record.sequence)) {
            state = tr("A different batch is at the town");
            colour = QColor(0xc6, 0x28, 0x28);
        } else if (status.hasReceipt) {
            state = tr("Not received — send again");
            colour = QColor(0xa1, 0x5c, 0x00);
        }
        exchangeparts::setRow(
            m_history, i,
            {QString::number(record.sequence), exchangeparts::localTime(record.exportedAt),
             record.revTo > record.revFrom
                 ? QStringLiteral("%1–%2").arg(record.revFrom + 1).arg(record.revTo)
                 : exchangeparts::Texts::none(),
             QString::number(record.records), state});
        m_history->item(i, 4)->setForeground(colour);
        m_history->item(i, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_history->setColumnWidth(0, 70);
    m_history->setColumnWidth(1, 150);
    m_history->setColumnWidth(2, 130);
    m_history->setColumnWidth(3, 90);
    m_history->setVisible(!exports.isEmpty());
    m_emptyHistory->setText(tr("No batch has been exported from this ledger yet."));
    m_emptyHistory->setVisible(exports.isEmpty());

    m_receiptStatus->setText(receiptStatusText());
    m_receiptStatus->setStyleSheet(status.different.isEmpty()
                                       ? QString()
                                       : QStringLiteral("color: %1;").arg(formparts::kErrorColour));
    m_receiptButton->setEnabled(m_ledger && ExchangeOverview::upstream(*m_ledger).has_value());
}

QString VillageExchangePanel::receiptStatusText() const {
    if (!m_ledger)
        return {};
    const ExchangeStatus status = Receipts(*m_ledger).status();
    if (status.exported.isEmpty())
        return tr(
            "Once batches are sent, import the receipts the town gives back to see which "
            "of them arrived.");
    if (!status.hasReceipt)
        return tr("No receipt from the town yet: the town has not confirmed batches %1.")
            .arg(exchangeparts::sequences(status.exported));
    QString text;
    if (status.received.isEmpty())
        text = tr("The town's receipt of %1 confirms none of the batches sent.")
                   .arg(exchangeparts::localTime(status.receiptIssuedAt));
    else
        text = tr("The town has received up to batch %1 (receipt of %2).")
                   .arg(status.received.last())
                   .arg(exchangeparts::localTime(status.receiptIssuedAt));
    if (!status.notReceived.isEmpty())
        text += QLatin1Char(' ') + (status.notReceived.size() == 1
                                        ? tr("Batch %1 has not reached the town yet.")
                                        : tr("Batches %1 have not reached the town yet."))
                                       .arg(exchangeparts::sequences(status.notReceived));
    else if (status.different.isEmpty())
        text += QLatin1Char(' ') + tr("Every batch sent has arrived.");
    if (!status.different.isEmpty())
        text += QLatin1Char(' ') +
                tr("The town holds different batches under number(s) %1: another copy of this "
                   "ledger may be sending batches. Tell the town at once.")
                    .arg(exchangeparts::sequences(status.different));
    return text;
}

QString VillageExchangePanel::pendingText() const {
    return m_nextHeading->text() + QLatin1Char('\n') + m_pending->text();
}

bool VillageExchangePanel::installTownKey() {
    const std::optional<TrustedKey> installed =
        registerKeyFile(tr("Choose the town's public key file"),
                        tr("Tongbao public keys (*.pub *.txt);;All files (*)"));
    if (!installed)
        return false;
    emit message(
        tr("The key of %1 was installed. Batches can now be exported to it.").arg(installed->name),
        Tone::Confirmation);
    refresh();
    emit changed();
    return true;
}

QString VillageExchangePanel::exportBatch() {
    if (!m_ledger)
        return {};
    KeyStore store(*m_ledger);
    if (!store.hasKeys()) {
        emit message(tr("This ledger has no keys yet: make them first (above)."), Tone::Error);
        return {};
    }
    BatchExporter exporter(*m_ledger);
    QString path = Dialogs::saveFileName(
        this, tr("Export batch"),
        QDir(exchangeparts::lastFolder()).filePath(exporter.suggestedFileName()),
        tr("Tongbao batches (*.tar);;All files (*)"));
    if (path.isEmpty())
        return {};
    const std::optional<QString> password = KeyPassword::ask(
        this,
        tr("The batch is signed with this ledger's key. Type the password that protects "
           "the keys."),
        false);
    if (!password)
        return {};
    Result<UnlockedKeys> keys = Status::failure({});
    {
        exchangeparts::WaitCursor wait;
        keys = store.unlock(*password);
    }
    if (!keys) {
        emit message(keys.message(), Tone::Error);
        return {};
    }

    ExchangeProgressDialog::Texts texts;
    texts.title = tr("Exporting a batch");
    texts.subject = QDir::toNativeSeparators(path);
    texts.safeToCancel =
        tr("If you cancel, no batch file is left behind and the next export "
           "starts from the same changes.");
    Result<ExportSummary> summary = Status::failure({});
    bool cancelled = false;
    const UnlockedKeys& unlocked = *keys;
    const Status ran = ExchangeTask::run(
        this, *m_ledger, texts, [&](Ledger& ledger, const ExchangeProgressListener& listener) {
            BatchExporter worker(ledger, listener);
            summary = worker.exportTo(path, unlocked);
            cancelled = worker.wasCancelled();
        });
    if (!ran) {
        emit message(ran.message(), Tone::Error);
        return {};
    }
    if (!summary) {
        emit message(summary.message(), cancelled ? Tone::Warning : Tone::Error);
        refresh();
        return {};
    }
    exchangeparts::rememberFolder(path);
    emit message(tr("Batch %1 was saved as %2: %3 children, %4 visits, %5 safety reports, %6 "
                    "records in all. Only %7 can open it. Take it to the town or send it, then "
                    "import the town's receipt.")
                     .arg(summary->sequence)
                     .arg(QDir::toNativeSeparators(path))
                     .arg(summary->counts.value(QStringLiteral("child")))
                     .arg(summary->counts.value(QStringLiteral("visit")))
                     .arg(summary->counts.value(QStringLiteral("safety_report")))
                     .arg(summary->records)
                     .arg(summary->recipientName),
                 Tone::Confirmation);
    refresh();
    emit changed();
    return path;
}

bool VillageExchangePanel::importReceipt() {
    if (!m_ledger)
        return false;
    const QString path =
        Dialogs::openFileName(this, tr("Choose the town's receipt"), exchangeparts::lastFolder(),
                              tr("Tongbao receipts (*.tar);;All files (*)"));
    if (path.isEmpty())
        return false;
    bool repeated = false;
    const Result<ReceiptContent> receipt = Receipts(*m_ledger).import(path, &repeated);
    if (!receipt) {
        emit message(receipt.message(), Tone::Error);
        return false;
    }
    exchangeparts::rememberFolder(path);
    if (repeated)
        emit message(tr("This receipt was imported before; nothing changed."), Tone::Confirmation);
    else
        emit message(
            tr("The receipt of %1 from %2 was imported.")
                    .arg(exchangeparts::localTime(receipt->issuedAt), receipt->issuerName) +
                QLatin1Char(' ') + receiptStatusText(),
            Tone::Confirmation);
    refresh();
    emit changed();
    return true;
}

}  // namespace tongbao
