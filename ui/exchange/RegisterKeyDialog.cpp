#include "exchange/RegisterKeyDialog.h"

#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "exchange/ExchangeParts.h"
#include "exchange/TrustRegistry.h"
#include "security/KeyStore.h"
#include "security/PublicKeyCard.h"
#include "storage/Ledger.h"
#include "visits/FormParts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tongbao {

namespace {

constexpr qint64 kMaxKeyFile = 64 * 1024;

}  // namespace

RegisterKeyDialog::RegisterKeyDialog(Ledger& ledger, const QString& keyFile, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_atTown(KeyStore::receivesBatches(ledger.identity().kind)) {
    setObjectName(QStringLiteral("registerKeyDialog"));
    setWindowTitle(m_atTown ? tr("Register a village's key") : tr("Install the town's key"));

    auto* intro = exchangeparts::hint(this);
    intro->setText(
        m_atTown ? tr("Register a village only with the key file and the registration sheet it "
                      "signed and stamped. Compare the fingerprint below with the sheet, group by "
                      "group; if one character differs, do not register the file.")
                 : tr("Install the town's key from the file the town gave you, and compare its "
                      "fingerprint with the town's signed registration sheet. Batches will be "
                      "locked so that only the town can open them."));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("keyFilePath"));
    m_file->setReadOnly(true);
    auto* choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseKeyFile"));
    connect(choose, &QPushButton::clicked, this, &RegisterKeyDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    m_fileError = formparts::message(this, QStringLiteral("keyFileError"));

    m_fingerprint = exchangeparts::fingerprintLabel(this, QStringLiteral("keyFingerprint"), 1.7);
    m_fingerprint->setVisible(false);
    m_fileFacts = exchangeparts::hint(this, QStringLiteral("keyFileFacts"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keyUnitName"));
    m_area = new QLineEdit(this);
    m_area->setObjectName(QStringLiteral("keyAreaCode"));
    m_area->setMaxLength(12);
    m_area->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), this));
    m_area->setPlaceholderText(tr("12 digits, as on the sheet"));
    m_compared = new QCheckBox(tr("I have compared the fingerprint with the signed sheet, and "
                                  "every group is the same."),
                               this);
    m_compared->setObjectName(QStringLiteral("fingerprintCompared"));
    m_error = formparts::message(this, QStringLiteral("registerError"));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(tr("Key file:"), fileRow);
    form->addRow(QString(), m_fileError);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(QString(), m_fileFacts);
    form->addRow(m_atTown ? tr("Village name:") : tr("Town name:"), m_name);
    form->addRow(tr("Area code:"), m_area);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_register = buttons->button(QDialogButtonBox::Ok);
    m_register->setObjectName(QStringLiteral("registerKeyButton"));
    m_register->setText(m_atTown ? tr("Register village") : tr("Install key"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_area})
        connect(edit, &QLineEdit::textChanged, this, &RegisterKeyDialog::updateButton);
    connect(m_compared, &QCheckBox::toggled, this, &RegisterKeyDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_compared);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(620);

    if (!keyFile.isEmpty())
        readFile(keyFile);
    updateButton();
}

void RegisterKeyDialog::chooseFile() {
    const QString path = Dialogs::openFileName(
        this, tr("Choose the public key file"), QFileInfo(m_file->text()).absolutePath(),
        tr("Tongbao public keys (*.pub *.txt);;All files (*)"));
    if (!path.isEmpty())
        readFile(path);
}

void RegisterKeyDialog::readFile(const QString& path) {
    m_file->setText(QDir::toNativeSeparators(path));
    m_keyBytes.clear();
    m_fingerprint->setVisible(false);
    m_fileFacts->clear();
    m_compared->setChecked(false);
    formparts::show(m_error, {}, formparts::Tone::Error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxKeyFile) {
        formparts::show(m_fileError,
                        tr("This file cannot be read, or it is too large to be a key."),
                        formparts::Tone::Error);
        updateButton();
        return;
    }
    const QByteArray bytes = file.readAll();
    const Result<PublicKeyCard> card = PublicKeyCard::parse(bytes);
    if (!card) {
        formparts::show(m_fileError, card.message(), formparts::Tone::Error);
        updateButton();
        return;
    }
    formparts::show(m_fileError, {}, formparts::Tone::Error);
    m_keyBytes = bytes;
    m_fingerprint->setText(exchangeparts::spaced(card->fingerprint()));
    m_fingerprint->setVisible(true);
    m_fileFacts->setText(
        tr("The file says: %1, %2, area code %3.")
            .arg(card->name, Vocabulary::label(vocab::LedgerKind, card->kind), card->areaCode));
    if (m_name->text().isEmpty())
        m_name->setText(card->name);
    updateButton();
}

void RegisterKeyDialog::updateButton() {
    m_register->setEnabled(!m_keyBytes.isEmpty() && !m_name->text().trimmed().isEmpty() &&
                           m_area->text().size() == 12 && m_compared->isChecked());
}

void RegisterKeyDialog::accept() {
    if (!m_register->isEnabled())
        return;
    const Result<TrustedKey> added =
        TrustRegistry(m_ledger).add(m_keyBytes, m_name->text(), m_area->text());
    if (!added) {
        formparts::show(m_error, added.message(), formparts::Tone::Error);
        return;
    }
    m_registered = *added;
    QDialog::accept();
}

}  // namespace tongbao
