#include "exchange/TownExchangePanel.h"

#include "common/Appearance.h"
#include "common/Dialogs.h"
#include "exchange/ExchangeOverview.h"
#include "exchange/ExchangeTask.h"
#include "exchange/ImportPreview.h"
#include "exchange/ImportPreviewDialog.h"
#include "exchange/KeyPassword.h"
#include "exchange/Receipts.h"
#include "exchange/TrustRegistry.h"
#include "security/KeyStore.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"
#include "workbench/LedgerEvents.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tongbao {

namespace {

using Tone = exchangeparts::MessageStrip::Tone;

enum Column { Name, Area, Fingerprint, LastBatch, ImportedOn, Missing, State, Columns };

}  // namespace

TownExchangePanel::TownExchangePanel(QWidget* parent)
    : ExchangePanel(QStringLiteral("townExchange"), parent) {
    buildUi();
    retranslateUi();
}

void TownExchangePanel::buildUi() {
    // The import card is placed by the page, beside the ledger's own key, which takes it over.
    m_importCard = new exchangeparts::Card(QStringLiteral("importCard"), nullptr);
    m_dropZone = new QFrame(m_importCard);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setAttribute(Qt::WA_StyledBackground);
    m_dropZone->setStyleSheet(QStringLiteral(
        "#dropZone { background: #f4f7fa; border: 2px dashed #9fb3c8; border-radius: 8px; }"));
    auto* dropIcon = new QLabel(m_dropZone);
    dropIcon->setPixmap(appearance::icon(QStringLiteral("exchange")).pixmap(28, 28));
    m_dropText = new QLabel(m_dropZone);
    m_dropText->setObjectName(QStringLiteral("dropText"));
    m_dropText->setWordWrap(true);
    m_dropText->setStyleSheet(QStringLiteral("color: #34495e; border: none;"));
    m_importButton = new QPushButton(m_dropZone);
    m_importButton->setObjectName(QStringLiteral("importBatchButton"));
    exchangeparts::makePrimary(m_importButton);
    connect(m_importButton, &QPushButton::clicked, this, &TownExchangePanel::chooseAndImport);
    auto* dropLayout = new QHBoxLayout(m_dropZone);
    dropLayout->setContentsMargins(14, 12, 14, 12);
    dropLayout->setSpacing(12);
    dropLayout->addWidget(dropIcon, 0, Qt::AlignVCenter);
    dropLayout->addWidget(m_dropText, 1);
    dropLayout->addWidget(m_importButton, 0, Qt::AlignVCenter);
    m_importHint = exchangeparts::hint(m_importCard, QStringLiteral("importHint"));
    m_importCard->body()->addWidget(m_dropZone);
    m_importCard->body()->addWidget(m_importHint);
    m_importCard->body()->addStretch();

    m_villageCard = new exchangeparts::Card(QStringLiteral("villagesCard"), this);
    m_villages = exchangeparts::table(m_villageCard, QStringLiteral("villageTable"), Columns);
    connect(m_villages, &QTableWidget::itemSelectionChanged, this,
            &TownExchangePanel::updateButtons);
    m_emptyVillages = exchangeparts::hint(m_villageCard, QStringLiteral("emptyVillages"));
    m_registerButton = new QPushButton(m_villageCard);
    m_registerButton->setObjectName(QStringLiteral("registerVillageButton"));
    connect(m_registerButton, &QPushButton::clicked, this, &TownExchangePanel::registerVillageKey);
    m_receiptButton = new QPushButton(m_villageCard);
    m_receiptButton->setObjectName(QStringLiteral("makeReceiptButton"));
    connect(m_receiptButton, &QPushButton::clicked, this, [this] { makeReceipt(selectedKeyId()); });
    m_revokeButton = new QPushButton(m_villageCard);
    m_revokeButton->setObjectName(QStringLiteral("revokeVillageButton"));
    connect(m_revokeButton, &QPushButton::clicked, this, &TownExchangePanel::revokeSelected);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_registerButton);
    buttons->addWidget(m_receiptButton);
    buttons->addStretch();
    buttons->addWidget(m_revokeButton);
    m_villageCard->body()->addWidget(m_villages, 1);
    m_villageCard->body()->addWidget(m_emptyVillages);
    m_villageCard->body()->addLayout(buttons);

    setContent(m_villageCard);
}

void TownExchangePanel::retranslateUi() {
    m_importCard->heading()->setText(tr("Import batches"));
    m_dropText->setText(tr("Drop batch files from the villages here, or choose them."));
    m_importButton->setText(tr("Import batch…"));
    m_importHint->setText(
        tr("Each batch is checked and shown before anything is written: who "
           "sent it, and what it adds or changes."));
    m_villageCard->heading()->setText(tr("Villages registered with this ledger"));
    m_villages->setHorizontalHeaderLabels({tr("Village"), tr("Area code"), tr("Fingerprint"),
                                           tr("Last batch"), tr("Imported on"), tr("Missing"),
                                           tr("Key")});
    m_emptyVillages->setText(
        tr("No village is registered yet. Register each village with its public key file and "
           "its signed, stamped registration sheet."));
    m_registerButton->setText(tr("Register village key…"));
    m_receiptButton->setText(tr("Make receipt…"));
    m_revokeButton->setText(tr("Revoke key…"));
    refresh();
}

void TownExchangePanel::refresh() {
    const qint64 selected = selectedKeyId();
    const QVector<SourceState> sources =
        m_ledger ? ExchangeOverview::sources(*m_ledger) : QVector<SourceState>();
    m_rowKeys.clear();
    m_villages->setRowCount(int(sources.size()));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(m_villages->font().pointSizeF());
    for (int row = 0; row < sources.size(); ++row) {
        const SourceState& s = sources[row];
        m_rowKeys.append(s.key.id);
        const bool revoked = s.key.revokedAfterSeq.has_value();
        const QString state =
            revoked ? tr("Revoked after batch %1").arg(*s.key.revokedAfterSeq) : tr("Active");
        exchangeparts::setRow(
            m_villages, row,
            {s.key.name, s.key.areaCode, s.key.fingerprint,
             s.lastSequence > 0 ? QString::number(s.lastSequence) : exchangeparts::Texts::none(),
             exchangeparts::localTime(s.lastImportedAt),
             s.missing.isEmpty() ? QString() : exchangeparts::sequences(s.missing), state});
        m_villages->item(row, Fingerprint)->setFont(mono);
        m_villages->item(row, LastBatch)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!s.missing.isEmpty())
            m_villages->item(row, Missing)->setForeground(QColor(0xa1, 0x5c, 0x00));
        m_villages->item(row, State)
            ->setForeground(revoked ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        if (s.key.id == selected)
            m_villages->selectRow(row);
    }
    // A receipt or a revocation is for one village: with only a few, start on the first.
    if (selected == 0 && !sources.isEmpty())
        m_villages->selectRow(0);
    m_villages->setColumnWidth(Name, 190);
    m_villages->setColumnWidth(Area, 120);
    m_villages->setColumnWidth(
        Fingerprint,
        QFontMetrics(mono).horizontalAdvance(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")) + 20);
    m_villages->setColumnWidth(LastBatch, 100);
    m_villages->setColumnWidth(ImportedOn, 140);
    m_villages->setColumnWidth(Missing, 80);
    m_villages->setVisible(!sources.isEmpty());
    m_emptyVillages->setVisible(sources.isEmpty());
    updateButtons();
}

void TownExchangePanel::updateButtons() {
    const bool open = m_ledger != nullptr;
    const bool manage = open && m_ledger->writer().context().access.allows(Permission::ManageKeys);
    const bool exchange =
        open && m_ledger->writer().context().access.allows(Permission::ExchangeBatches);
    const bool chosen = selectedKeyId() > 0;
    m_registerButton->setEnabled(manage);
    m_revokeButton->setEnabled(manage && chosen);
    m_receiptButton->setEnabled(exchange && chosen);
    m_importButton->setEnabled(exchange);
    const QString onlyAdmin =
        manage ? QString() : tr("Only the ledger's administrator manages keys.");
    m_registerButton->setToolTip(onlyAdmin);
    m_revokeButton->setToolTip(onlyAdmin);
}

qint64 TownExchangePanel::selectedKeyId() const {
    const QList<QTableWidgetItem*> items = m_villages->selectedItems();
    if (items.isEmpty())
        return 0;
    const int row = items.first()->row();
    return row >= 0 && row < m_rowKeys.size() ? m_rowKeys[row] : 0;
}

bool TownExchangePanel::registerVillageKey() {
    QString path;
    const std::optional<TrustedKey> registered =
        registerKeyFile(tr("Choose the village's public key file"),
                        tr("Tongbao public keys (*.pub *.txt);;All files (*)"), &path);
    if (!registered)
        return false;
    exchangeparts::rememberFolder(path);
    emit message(tr("%1 (%2) is registered. Its batches can now be imported.")
                     .arg(registered->name, registered->areaCode),
                 Tone::Confirmation);
    refresh();
    emit changed();
    return true;
}

bool TownExchangePanel::chooseAndImport() {
    const QString path =
        Dialogs::openFileName(this, tr("Choose a batch file"), exchangeparts::lastFolder(),
                              tr("Tongbao batches (*.tar);;All files (*)"));
    if (path.isEmpty())
        return false;
    exchangeparts::rememberFolder(path);
    return importBatch(path);
}

void TownExchangePanel::importBatches(const QStringList& paths) {
    // Sorted by name, a village's batches (…-000001, …-000002) arrive in their order. The
    // password is asked once for all of them; the keys are wiped when the last one is done.
    QStringList sorted = paths;
    std::sort(sorted.begin(), sorted.end());
    std::optional<UnlockedKeys> keys;
    for (int i = 0; i < sorted.size(); ++i) {
        const QString position =
            sorted.size() > 1 ? tr("File %1 of %2").arg(i + 1).arg(sorted.size()) : QString();
        if (!importOne(sorted[i], position, keys))
            break;
    }
}

bool TownExchangePanel::importBatch(const QString& path) {
    std::optional<UnlockedKeys> keys;
    return importOne(path, QString(), keys);
}

std::optional<ImportPreview> TownExchangePanel::check(const QString& path,
                                                      const QString& subject,
                                                      const UnlockedKeys* keys) {
    ExchangeProgressDialog::Texts texts;
    texts.title = tr("Checking a batch");
    texts.subject = subject;
    texts.safeToCancel = tr("Nothing is written while the batch is checked.");
    ImportResult result;
    const Status ran = ExchangeTask::run(
        this, *m_ledger, texts, [&](Ledger& ledger, const ExchangeProgressListener& listener) {
            result = BatchImporter(ledger, listener).verify(path, keys);
        });
    if (!ran) {
        emit message(ran.message(), Tone::Error);
        return std::nullopt;
    }
    if (result.cancelled()) {
        emit message(result.message, Tone::Warning);
        return std::nullopt;
    }
    return ImportPreview::fromResult(result);
}

bool TownExchangePanel::importOne(const QString& path,
                                  const QString& position,
                                  std::optional<UnlockedKeys>& keys) {
    if (!m_ledger)
        return false;
    const auto withPosition = [&](const QString& subject) {
        return position.isEmpty() ? subject : subject + QStringLiteral(" · ") + position;
    };
    // The sender and the signature are checked first, without the password: a batch from an
    // unknown or revoked key, or an altered one, is refused before anything is opened.
    const std::optional<ImportPreview> signature =
        check(path, withPosition(QFileInfo(path).fileName()), nullptr);
    if (!signature)
        return false;
    if (signature->refused() || signature->alreadyImported()) {
        ImportPreviewDialog dialog(*signature, path, this);
        dialog.exec();
        emit message(signature->result.message,
                     signature->refused() ? Tone::Error : Tone::Confirmation);
        return signature->alreadyImported();
    }
    if (!KeyStore(*m_ledger).hasKeys()) {
        emit message(tr("This ledger has no keys yet, so it cannot open batches: make them first "
                        "(above), and give the villages the new public key."),
                     Tone::Error);
        return false;
    }
    if (!keys) {
        const std::optional<QString> password = KeyPassword::ask(
            this,
            tr("The batch from %1 is locked to this ledger's key. Type the password that protects "
               "the keys to open it.")
                .arg(signature->report().sourceName),
            false);
        if (!password)
            return false;
        Result<UnlockedKeys> unlocked = Status::failure({});
        {
            exchangeparts::WaitCursor wait;
            unlocked = KeyStore(*m_ledger).unlock(*password);
        }
        if (!unlocked) {
            emit message(unlocked.message(), Tone::Error);
            return false;
        }
        keys.emplace(std::move(*unlocked));
    }
    const std::optional<ImportPreview> preview =
        check(path, withPosition(signature->title()), &*keys);
    if (!preview)
        return false;
    ImportPreviewDialog dialog(*preview, path, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!preview->canImport()) {
        emit message(preview->result.message, Tone::Error);
        return false;
    }
    if (!accepted) {
        emit message(tr("Batch %1 from %2 was not imported.")
                         .arg(preview->report().sequence)
                         .arg(preview->report().sourceName),
                     Tone::Warning);
        return false;
    }

    ExchangeProgressDialog::Texts texts;
    texts.title = tr("Importing a batch");
    texts.subject = withPosition(preview->title());
    texts.safeToCancel =
        tr("Until the import is complete nothing is changed: if you cancel, the "
           "ledger stays as it was and the batch can be imported later.");
    texts.confirmCancel =
        tr("Stop importing this batch? Nothing will be changed, and what was "
           "done so far is undone. You can import the batch again later.");
    texts.confirmStop = tr("Stop the import");
    texts.confirmGoOn = tr("Go on importing");
    ImportResult result;
    const UnlockedKeys& unlocked = *keys;
    const Status ran = ExchangeTask::run(
        this, *m_ledger, texts, [&](Ledger& ledger, const ExchangeProgressListener& listener) {
            result = BatchImporter(ledger, listener).import(path, unlocked);
        });
    if (!ran) {
        emit message(ran.message(), Tone::Error);
        return false;
    }
    if (!result.ok()) {
        emit message(result.message, result.cancelled() ? Tone::Warning : Tone::Error);
        refresh();
        return false;
    }
    const ImportPreview done = ImportPreview::fromResult(result);
    QString text = result.message + QLatin1Char(' ') +
                   tr("%1 new and %2 changed children, %3 visits, %4 safety reports.")
                       .arg(done.children.added)
                       .arg(done.children.changed + done.children.removed)
                       .arg(done.visits.total())
                       .arg(done.safetyReports.total());
    if (!done.gapText().isEmpty())
        text += QLatin1Char(' ') + done.gapText();
    emit message(text, done.gapText().isEmpty() ? Tone::Confirmation : Tone::Warning);
    LedgerEvents& events = LedgerEvents::instance();
    emit events.visitsChanged(QString());
    emit events.safetyReportsChanged(QString());
    refresh();
    emit changed();
    return true;
}

bool TownExchangePanel::revokeVillage(qint64 keyId, qint64 afterSequence) {
    if (!m_ledger)
        return false;
    const Status revoked = TrustRegistry(*m_ledger).revoke(keyId, afterSequence);
    if (!revoked) {
        emit message(revoked.message(), Tone::Error);
        return false;
    }
    emit message(tr("The key was revoked: batches after number %1 signed with it will be refused.")
                     .arg(afterSequence),
                 Tone::Confirmation);
    refresh();
    emit changed();
    return true;
}

void TownExchangePanel::revokeSelected() {
    const qint64 id = selectedKeyId();
    if (!m_ledger || id <= 0)
        return;
    SourceState state;
    for (const SourceState& s : ExchangeOverview::sources(*m_ledger)) {
        if (s.key.id == id)
            state = s;
    }
    bool ok = false;
    const int after = QInputDialog::getInt(
        this, tr("Revoke the key of %1").arg(state.key.name),
        tr("Revoke a key when the village's computer was lost or its keys were made anew. "
           "Batches signed with it up to this number are still accepted:"),
        int(state.lastSequence), 0, 1000000, 1, &ok);
    if (ok)
        revokeVillage(id, after);
}

QString TownExchangePanel::makeReceipt(qint64 keyId) {
    if (!m_ledger || keyId <= 0)
        return {};
    SourceState state;
    for (const SourceState& s : ExchangeOverview::sources(*m_ledger)) {
        if (s.key.id == keyId)
            state = s;
    }
    const QString name = QStringLiteral("tongbao-receipt-%1-%2.tar")
                             .arg(state.key.areaCode)
                             .arg(state.lastSequence, 6, 10, QLatin1Char('0'));
    const QString path =
        Dialogs::saveFileName(this, tr("Save the receipt for %1").arg(state.key.name),
                              QDir(exchangeparts::lastFolder()).filePath(name),
                              tr("Tongbao receipts (*.tar);;All files (*)"));
    if (path.isEmpty())
        return {};
    const std::optional<QString> password = KeyPassword::ask(
        this,
        tr("The receipt is signed with this ledger's key. Type the password that protects "
           "the keys."),
        false);
    if (!password)
        return {};
    exchangeparts::WaitCursor wait;
    const Result<UnlockedKeys> keys = KeyStore(*m_ledger).unlock(*password);
    if (!keys) {
        emit message(keys.message(), Tone::Error);
        return {};
    }
    const Result<ReceiptContent> receipt = Receipts(*m_ledger).write(keyId, *keys, path);
    if (!receipt) {
        emit message(receipt.message(), Tone::Error);
        return {};
    }
    exchangeparts::rememberFolder(path);
    emit message(receipt->lastSequence > 0
                     ? tr("The receipt for %1 was saved as %2: it confirms the batches received, "
                          "up to number %3. Give it to the village.")
                           .arg(state.key.name, QDir::toNativeSeparators(path))
                           .arg(receipt->lastSequence)
                     : tr("The receipt for %1 was saved as %2: no batch has been received from "
                          "it yet.")
                           .arg(state.key.name, QDir::toNativeSeparators(path)),
                 Tone::Confirmation);
    return path;
}

}  // namespace tongbao
