#include "exchange/ExchangePage.h"

#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "exchange/ExchangeOverview.h"
#include "exchange/ExchangeTask.h"
#include "exchange/KeyPassword.h"
#include "exchange/KeySheetOutput.h"
#include "exchange/TownExchangePanel.h"
#include "exchange/VillageExchangePanel.h"
#include "security/KeyStore.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"
#include "visits/FormParts.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tongbao {

namespace {

using Tone = exchangeparts::MessageStrip::Tone;

QStringList droppedFiles(const QMimeData* mime) {
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

}  // namespace

ExchangePage::ExchangePage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("exchangePage"));
    setAcceptDrops(true);
    buildUi();
    retranslateUi();
}

ExchangePage::~ExchangePage() = default;

void ExchangePage::buildUi() {
    m_title = formparts::heading(this, QStringLiteral("exchangeTitle"), 1.45);
    m_title->setStyleSheet(QString());
    m_subtitle = exchangeparts::hint(this, QStringLiteral("exchangeSubtitle"));
    m_subtitle->setWordWrap(false);
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(18);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_subtitle, 1, Qt::AlignBottom);
    m_message = new exchangeparts::MessageStrip(this);

    m_keyCard = new exchangeparts::Card(QStringLiteral("ownKeyCard"), this);
    m_fingerprint = exchangeparts::fingerprintLabel(m_keyCard, QStringLiteral("ownFingerprint"));
    m_keyFacts = exchangeparts::hint(m_keyCard, QStringLiteral("ownKeyFacts"));
    m_keyHint = exchangeparts::hint(m_keyCard, QStringLiteral("ownKeyHint"));
    m_makeKeysButton = new QPushButton(m_keyCard);
    m_makeKeysButton->setObjectName(QStringLiteral("makeKeysButton"));
    connect(m_makeKeysButton, &QPushButton::clicked, this, &ExchangePage::makeKeys);
    m_savePublicKeyButton = new QPushButton(m_keyCard);
    m_savePublicKeyButton->setObjectName(QStringLiteral("savePublicKeyButton"));
    connect(m_savePublicKeyButton, &QPushButton::clicked, this, &ExchangePage::savePublicKey);
    m_sheetButton = new QPushButton(m_keyCard);
    m_sheetButton->setObjectName(QStringLiteral("keySheetButton"));
    m_sheetMenu = new QMenu(m_sheetButton);
    m_saveSheetAction = m_sheetMenu->addAction(QString(), this, &ExchangePage::saveKeySheet);
    m_saveSheetAction->setObjectName(QStringLiteral("saveKeySheetAction"));
    m_printSheetAction = m_sheetMenu->addAction(QString(), this, &ExchangePage::printKeySheet);
    m_printSheetAction->setObjectName(QStringLiteral("printKeySheetAction"));
    m_sheetButton->setMenu(m_sheetMenu);
    auto* keyButtons = new QHBoxLayout;
    keyButtons->setSpacing(8);
    keyButtons->addWidget(m_makeKeysButton);
    keyButtons->addWidget(m_savePublicKeyButton);
    keyButtons->addWidget(m_sheetButton);
    keyButtons->addStretch();
    m_keyCard->body()->addWidget(m_fingerprint);
    m_keyCard->body()->addWidget(m_keyFacts);
    m_keyCard->body()->addWidget(m_keyHint);
    m_keyCard->body()->addStretch();
    m_keyCard->body()->addLayout(keyButtons);

    m_village = new VillageExchangePanel(this);
    m_town = new TownExchangePanel(this);
    connect(m_village, &VillageExchangePanel::message, this, &ExchangePage::showMessage);
    connect(m_town, &TownExchangePanel::message, this, &ExchangePage::showMessage);
    connect(m_village, &VillageExchangePanel::changed, this, &ExchangePage::exchangeChanged);
    connect(m_town, &TownExchangePanel::changed, this, &ExchangePage::exchangeChanged);

    // Beside the key: the town's key at a village, the import of batches at a town.
    m_sides = new QStackedWidget(this);
    m_sides->addWidget(m_village->townCard());
    m_sides->addWidget(m_town->importCard());
    m_panels = new QStackedWidget(this);
    m_panels->addWidget(m_village);
    m_panels->addWidget(m_town);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(14);
    cards->addWidget(m_keyCard, 1);
    cards->addWidget(m_sides, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 14);
    layout->setSpacing(12);
    layout->addLayout(titleRow);
    layout->addWidget(m_message);
    layout->addLayout(cards);
    layout->addWidget(m_panels, 1);
}

void ExchangePage::retranslateUi() {
    m_title->setText(tr("Data exchange"));
    m_keyCard->heading()->setText(tr("This ledger's key"));
    m_makeKeysButton->setText(tr("Make keys…"));
    m_savePublicKeyButton->setText(tr("Save public key file…"));
    m_sheetButton->setText(tr("Key registration sheet"));
    m_saveSheetAction->setText(tr("Save as PDF…"));
    m_printSheetAction->setText(tr("Print key registration sheet…"));
    m_village->retranslateUi();
    m_town->retranslateUi();
    refresh();
}

void ExchangePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExchangePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();  // other pages (and the CLI) change what the next batch holds
}

void ExchangePage::setLedger(Ledger* ledger) {
    m_ledger = ledger;
    m_message->clear();
    m_village->setLedger(nullptr);
    m_town->setLedger(nullptr);
    const bool town = ledger && KeyStore::receivesBatches(ledger->identity().kind);
    if (town)
        m_town->setLedger(ledger);
    else
        m_village->setLedger(ledger);
    m_panels->setCurrentWidget(town ? static_cast<QWidget*>(m_town) : m_village);
    m_sides->setCurrentIndex(town ? 1 : 0);
    refresh();
}

void ExchangePage::refresh() {
    // Counting what the next batch holds reads the history since the last export: seconds on a
    // district's ledger. Opening the window must not wait for a page nobody looks at; showing
    // the page refreshes it.
    if (!isVisible())
        return;
    refreshKeyCard();
    if (!m_ledger) {
        m_subtitle->clear();
        return;
    }
    const LedgerIdentity& identity = m_ledger->identity();
    m_subtitle->setText(tr("%1 · %2 · area code %3")
                            .arg(identity.name, Vocabulary::label(vocab::LedgerKind, identity.kind),
                                 identity.areaCode));
    if (m_panels->currentWidget() == m_town)
        m_town->refresh();
    else
        m_village->refresh();
}

void ExchangePage::refreshKeyCard() {
    const bool hasKeys = m_ledger && KeyStore(*m_ledger).hasKeys();
    const bool manage =
        m_ledger && m_ledger->writer().context().access.allows(Permission::ManageKeys);
    const bool town = m_ledger && KeyStore::receivesBatches(m_ledger->identity().kind);
    m_fingerprint->setVisible(hasKeys);
    m_keyFacts->setVisible(hasKeys);
    m_makeKeysButton->setVisible(!hasKeys);
    m_makeKeysButton->setEnabled(manage);
    m_makeKeysButton->setToolTip(manage ? QString()
                                        : tr("Only the ledger's administrator makes the keys."));
    m_savePublicKeyButton->setEnabled(hasKeys);
    m_sheetButton->setEnabled(hasKeys);
    if (!hasKeys) {
        m_keyHint->setText(
            town ? tr("This ledger has no keys yet. The town needs them to open the batches "
                      "villages send and to sign its receipts.")
                 : tr("This ledger has no keys yet. They sign the batches sent to the town, so "
                      "that the town knows they come from this village."));
        return;
    }
    const Result<PublicKeyCard> card = KeyStore(*m_ledger).card();
    m_fingerprint->setText(card ? exchangeparts::spaced(card->fingerprint()) : QString());
    const QDateTime made = ExchangeOverview::keysMadeAt(*m_ledger);
    m_keyFacts->setText(tr("Fingerprint of the public key, made %1.")
                            .arg(made.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    m_keyHint->setText(
        town ? tr("Give each village the public key file and the signed, stamped registration "
                  "sheet; the village compares this fingerprint before installing the key.")
             : tr("Give the town the public key file and the registration sheet, signed and "
                  "stamped; the town compares this fingerprint before registering the key."));
}

bool ExchangePage::messageIsError() const {
    return m_message->isVisibleTo(this) && m_message->tone() == Tone::Error;
}

void ExchangePage::showMessage(const QString& text, Tone tone) {
    m_message->show(text, tone);
}

bool ExchangePage::makeKeys() {
    if (!m_ledger)
        return false;
    KeyStore store(*m_ledger);
    if (store.hasKeys())
        return true;
    const std::optional<QString> password = KeyPassword::ask(
        this,
        tr("Choose the password that will protect this ledger's keys. It is asked each time a "
           "batch or a receipt is made or opened."),
        true);
    if (!password)
        return false;
    Status made = Status::success();
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        made = store.initialize(*password);
        QApplication::restoreOverrideCursor();
    }
    if (!made) {
        showMessage(made.message(), Tone::Error);
        return false;
    }
    showMessage(tr("The keys were made. Save the public key file and print the registration "
                   "sheet for the other office."),
                Tone::Confirmation);
    refresh();
    emit exchangeChanged();
    return true;
}

QString ExchangePage::savePublicKey() {
    if (!m_ledger)
        return {};
    const Result<PublicKeyCard> card = KeyStore(*m_ledger).card();
    if (!card) {
        showMessage(card.message(), Tone::Error);
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("tongbao-%1.pub").arg(m_ledger->identity().areaCode);
    QString path =
        Dialogs::saveFileName(this, tr("Save the public key file"),
                              QDir(folder).filePath(suggested), tr("Tongbao public keys (*.pub)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pub");
    QFile file(path);
    const QByteArray bytes = card->toFile();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size() || !file.flush()) {
        showMessage(tr("The file %1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    Tone::Error);
        return {};
    }
    file.close();
    showMessage(tr("The public key was saved as %1 (fingerprint %2). It holds no secret and no "
                   "child's data.")
                    .arg(QDir::toNativeSeparators(path), card->fingerprint()),
                Tone::Confirmation);
    return path;
}

QString ExchangePage::saveKeySheet() {
    if (!m_ledger)
        return {};
    QString problem;
    const QString path = KeySheetOutput::save(this, *m_ledger, &problem);
    if (!problem.isEmpty())
        showMessage(problem, Tone::Error);
    else if (!path.isEmpty())
        showMessage(tr("The key registration sheet was saved as %1. Print it, sign it and stamp "
                       "it.")
                        .arg(QDir::toNativeSeparators(path)),
                    Tone::Confirmation);
    return path;
}

void ExchangePage::printKeySheet() {
    if (m_ledger)
        KeySheetOutput::print(this, *m_ledger);
}

void ExchangePage::dragEnterEvent(QDragEnterEvent* event) {
    // One exchange at a time: batches dropped while one is imported are refused.
    if (m_ledger && m_panels->currentWidget() == m_town && !ExchangeTask::isRunning() &&
        !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ExchangePage::dropEvent(QDropEvent* event) {
    const QStringList files = droppedFiles(event->mimeData());
    if (!m_ledger || m_panels->currentWidget() != m_town || files.isEmpty() ||
        ExchangeTask::isRunning())
        return;
    event->acceptProposedAction();
    m_town->importBatches(files);
}

}  // namespace tongbao
