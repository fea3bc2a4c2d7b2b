#include "setup/NewLedgerWizard.h"

#include "backup/BackupKeyAdmin.h"
#include "common/Dialogs.h"
#include "common/LedgerFiles.h"
#include "domain/AreaCodes.h"
#include "domain/Vocabulary.h"
#include "safety/SessionRole.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"

#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtDebug>

namespace tongbao {

namespace {

constexpr int kAreaCodeLength = 12;
constexpr int kCountyLength = 6;

enum class Tone { Hint, Error, Confirmation };

// A line under a field. The "error" property lets tests (and style sheets) tell the tones apart.
void showMessage(QLabel* label, const QString& text, Tone tone) {
    static const QString hint = QStringLiteral("color: #5f6b7a;");
    static const QString error = QStringLiteral("color: #c62828;");
    static const QString confirmation = QStringLiteral("color: #2e7d32;");
    label->setText(text);
    label->setStyleSheet(tone == Tone::Error ? error : (tone == Tone::Hint ? hint : confirmation));
    label->setProperty("error", tone == Tone::Error);
    label->setVisible(!text.isEmpty());
}

QLabel* makeMessage(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

// A Chinese input method in full-width mode types ０-９; the code is plain digits.
QString digitsOnly(const QString& typed) {
    QString digits;
    for (const QChar c : typed) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            digits.append(QChar(u'0' + (c.unicode() - 0xFF10)));
    }
    return digits.left(kAreaCodeLength);
}

QWidget* fieldWithMessage(QWidget* parent, QWidget* field, QLabel* message) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

}  // namespace

NewLedgerWizard::NewLedgerWizard(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("newLedgerWizard"));
    buildUi();
    retranslateUi();
    followNameInLocation();
    updateCreateButton();
}

NewLedgerWizard::~NewLedgerWizard() = default;

void NewLedgerWizard::buildUi() {
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_introduction = new QLabel(this);
    m_introduction->setWordWrap(true);

    m_kinds = new QButtonGroup(this);
    m_village = new QRadioButton(this);
    m_village->setObjectName(QStringLiteral("kindVillage"));
    m_town = new QRadioButton(this);
    m_town->setObjectName(QStringLiteral("kindTown"));
    m_district = new QRadioButton(this);
    m_district->setObjectName(QStringLiteral("kindDistrict"));
    m_kinds->addButton(m_village);
    m_kinds->addButton(m_town);
    m_kinds->addButton(m_district);
    m_village->setChecked(true);
    auto* kindRow = new QWidget(this);
    auto* kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->setSpacing(20);
    kindLayout->addWidget(m_village);
    kindLayout->addWidget(m_town);
    kindLayout->addWidget(m_district);
    kindLayout->addStretch();
    m_kindHint = makeMessage(this, QStringLiteral("kindHint"));

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameMessage = makeMessage(this, QStringLiteral("nameMessage"));

    m_areaCodeEdit = new QLineEdit(this);
    m_areaCodeEdit->setObjectName(QStringLiteral("areaCodeEdit"));
    m_areaCodeEdit->setMaximumWidth(
        m_areaCodeEdit->fontMetrics().horizontalAdvance(QStringLiteral("00000000000000000000000")) +
        24);
    m_areaCodeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_areaCodeMessage = makeMessage(this, QStringLiteral("areaCodeMessage"));

    m_locationEdit = new QLineEdit(this);
    m_locationEdit->setObjectName(QStringLiteral("locationEdit"));
    m_chooseButton = new QPushButton(this);
    m_chooseButton->setObjectName(QStringLiteral("chooseLocationButton"));
    // Enter in a field must never pick a file or leave: only "Create ledger" is a default.
    m_chooseButton->setAutoDefault(false);
    auto* locationRow = new QWidget(this);
    auto* locationLayout = new QHBoxLayout(locationRow);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    locationLayout->addWidget(m_locationEdit, 1);
    locationLayout->addWidget(m_chooseButton);
    m_locationMessage = makeMessage(this, QStringLiteral("locationMessage"));

    m_adminEdit = new QLineEdit(LedgerFiles::actor(), this);
    m_adminEdit->setObjectName(QStringLiteral("adminEdit"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit = new QLineEdit(this);
    m_repeatEdit->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_passwordMessage = makeMessage(this, QStringLiteral("passwordMessage"));
    m_adminLabel = new QLabel(this);
    m_adminLabel->setBuddy(m_adminEdit);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeatEdit);

    m_kindLabel = new QLabel(this);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_nameEdit);
    m_areaCodeLabel = new QLabel(this);
    m_areaCodeLabel->setBuddy(m_areaCodeEdit);
    m_locationLabel = new QLabel(this);
    m_locationLabel->setBuddy(m_locationEdit);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(14);
    form->setHorizontalSpacing(16);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_kindLabel, fieldWithMessage(this, kindRow, m_kindHint));
    form->addRow(m_nameLabel, fieldWithMessage(this, m_nameEdit, m_nameMessage));
    form->addRow(m_areaCodeLabel, fieldWithMessage(this, m_areaCodeEdit, m_areaCodeMessage));
    form->addRow(m_locationLabel, fieldWithMessage(this, locationRow, m_locationMessage));
    form->addRow(m_adminLabel, m_adminEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_repeatLabel, fieldWithMessage(this, m_repeatEdit, m_passwordMessage));

    m_permanenceNote = makeMessage(this, QStringLiteral("permanenceNote"));
    m_createError = makeMessage(this, QStringLiteral("createError"));

    m_openExistingButton = new QPushButton(this);
    m_openExistingButton->setObjectName(QStringLiteral("openExistingButton"));
    m_openExistingButton->setAutoDefault(false);
    m_openExistingButton->setVisible(false);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openExistingButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_createButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_introduction);
    layout->addSpacing(10);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_permanenceNote);
    layout->addWidget(m_createError);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_kinds, &QButtonGroup::buttonToggled, this, [this] {
        updateAreaCodeMessage();
        updateCreateButton();
    });
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        followNameInLocation();
        updateNameMessage();
        updateCreateButton();
    });
    connect(m_nameEdit, &QLineEdit::editingFinished, this, [this] {
        m_nameTouched = true;
        updateNameMessage();
    });
    connect(m_areaCodeEdit, &QLineEdit::textEdited, this, &NewLedgerWizard::normalizeAreaCode);
    connect(m_areaCodeEdit, &QLineEdit::textChanged, this, [this] {
        updateAreaCodeMessage();
        updateCreateButton();
    });
    connect(m_areaCodeEdit, &QLineEdit::editingFinished, this, [this] {
        m_areaCodeFinished = true;
        updateAreaCodeMessage();
    });
    connect(m_locationEdit, &QLineEdit::textEdited, this, [this] { m_locationChosen = true; });
    connect(m_locationEdit, &QLineEdit::textChanged, this, [this] {
        updateLocationMessage();
        updateCreateButton();
    });
    for (QLineEdit* edit : {m_adminEdit, m_passwordEdit, m_repeatEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updatePasswordMessage();
            updateCreateButton();
        });
    }
    connect(m_chooseButton, &QPushButton::clicked, this, &NewLedgerWizard::chooseLocation);
    connect(m_openExistingButton, &QPushButton::clicked, this, [this] { done(OpenExisting); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &NewLedgerWizard::create);

    setMinimumWidth(720);
}

void NewLedgerWizard::setFirstStart(bool firstStart) {
    m_firstStart = firstStart;
    m_openExistingButton->setVisible(firstStart);
    retranslateUi();
}

std::unique_ptr<Ledger> NewLedgerWizard::takeLedger() {
    return std::move(m_ledger);
}

void NewLedgerWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewLedgerWizard::retranslateUi() {
    setWindowTitle(tr("New ledger"));
    m_heading->setText(m_firstStart ? tr("Welcome to Tongbao") : tr("Create a new ledger"));
    m_introduction->setText(
        m_firstStart
            ? tr("A ledger keeps the files of the children your unit looks after, in one file on "
                 "this computer. Create the ledger of your unit to begin. If you already have a "
                 "ledger file, for example copied from another computer, open it instead.")
            : tr("A ledger keeps the files of the children your unit looks after, in one file on "
                 "this computer."));
    m_kindLabel->setText(tr("Kind of unit:"));
    m_village->setText(Vocabulary::label(vocab::LedgerKind, QStringLiteral("village")));
    m_town->setText(Vocabulary::label(vocab::LedgerKind, QStringLiteral("town")));
    m_district->setText(Vocabulary::label(vocab::LedgerKind, QStringLiteral("district")));
    showMessage(m_kindHint,
                tr("Villages and communities keep the children's files; towns and districts "
                   "receive them from the villages."),
                Tone::Hint);
    m_nameLabel->setText(tr("&Name of the unit:"));
    m_nameEdit->setPlaceholderText(tr("for example %1").arg(QStringLiteral("桥河社区居委会")));
    m_areaCodeLabel->setText(tr("&Area code:"));
    m_areaCodeEdit->setPlaceholderText(tr("for example %1").arg(QStringLiteral("500110001001")));
    m_locationLabel->setText(tr("&File:"));
    m_chooseButton->setText(tr("Choose…"));
    m_adminLabel->setText(tr("&Administrator:"));
    m_adminEdit->setPlaceholderText(tr("your user name for this ledger"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat password:"));
    updatePasswordMessage();
    showMessage(m_permanenceNote,
                tr("The kind of unit and the area code cannot be changed once the ledger is "
                   "created."),
                Tone::Hint);
    m_openExistingButton->setText(tr("Open an existing ledger…"));
    m_cancelButton->setText(m_firstStart ? tr("Quit") : tr("Cancel"));
    m_createButton->setText(tr("Create ledger"));
    updateNameMessage();
    updateAreaCodeMessage();
    updateLocationMessage();
}

QString NewLedgerWizard::kind() const {
    if (m_town->isChecked())
        return QStringLiteral("town");
    if (m_district->isChecked())
        return QStringLiteral("district");
    return QStringLiteral("village");
}

void NewLedgerWizard::normalizeAreaCode(const QString& typed) {
    const QString digits = digitsOnly(typed);
    if (digits == typed)
        return;
    const int cursor = m_areaCodeEdit->cursorPosition();
    const int removedBeforeCursor = int(digitsOnly(typed.left(cursor)).size()) - cursor;
    m_areaCodeEdit->setText(digits);
    m_areaCodeEdit->setCursorPosition(qBound(0, cursor + removedBeforeCursor, int(digits.size())));
}

void NewLedgerWizard::updateNameMessage() {
    // Ledger::validate names the first problem it finds, and the name is checked before the area
    // code: if a stand-in name fails differently from the typed one, the typed name is the problem.
    const Status typed = Ledger::validate({kind(), m_nameEdit->text(), QString()});
    const Status standIn = Ledger::validate({kind(), QStringLiteral("-"), QString()});
    const bool nameProblem = typed.message() != standIn.message();
    if (m_nameTouched && nameProblem)
        showMessage(m_nameMessage, typed.message(), Tone::Error);
    else
        showMessage(m_nameMessage, tr("The full name, as on the unit's official seal."),
                    Tone::Hint);
}

void NewLedgerWizard::updateAreaCodeMessage() {
    const QString code = m_areaCodeEdit->text();
    const QString county = code.left(kCountyLength);
    const auto problemWith = [this](const QString& areaCode) {
        return Ledger::validate({kind(), QStringLiteral("-"), areaCode});
    };
    if (code.isEmpty()) {
        showMessage(m_areaCodeMessage,
                    tr("The 12-digit statistical code of your village, community or town."),
                    Tone::Hint);
        return;
    }
    if (code.size() >= kCountyLength) {
        // Padding to 12 digits asks only whether the county part names a real place.
        const Status countyKnown = problemWith(county + QString(6, QLatin1Char('0')));
        if (!countyKnown) {
            showMessage(m_areaCodeMessage, countyKnown.message(), Tone::Error);
            return;
        }
    }
    if (code.size() < kAreaCodeLength) {
        if (m_areaCodeFinished) {
            showMessage(m_areaCodeMessage, problemWith(code).message(), Tone::Error);
            return;
        }
        const int missing = kAreaCodeLength - int(code.size());
        const QString place =
            code.size() >= kCountyLength ? AreaCodes::displayName(county) : QString();
        const QString remaining = tr("%n more digit(s) to type.", nullptr, missing);
        showMessage(m_areaCodeMessage,
                    place.isEmpty() ? remaining : place + QStringLiteral(" · ") + remaining,
                    Tone::Hint);
        return;
    }
    const Status valid = problemWith(code);
    if (!valid)
        showMessage(m_areaCodeMessage, valid.message(), Tone::Error);
    else
        showMessage(m_areaCodeMessage, QStringLiteral("✓ ") + AreaCodes::displayName(county),
                    Tone::Confirmation);
}

void NewLedgerWizard::updateLocationMessage() {
    const QString path = m_locationEdit->text().trimmed();
    if (path.isEmpty())
        showMessage(m_locationMessage, tr("Choose where to keep the ledger file."), Tone::Error);
    else if (QFileInfo::exists(LedgerFiles::withSuffix(path)))
        showMessage(m_locationMessage,
                    tr("A file with this name already exists. Choose another name or place; "
                       "an existing ledger is opened with File → Open ledger."),
                    Tone::Error);
    else
        showMessage(m_locationMessage, tr("Keep a copy of this file on a USB stick as a backup."),
                    Tone::Hint);
}

bool NewLedgerWizard::passwordReady() const {
    return !m_adminEdit->text().trimmed().isEmpty() &&
           m_passwordEdit->text().size() >= Accounts::MinimumPasswordLength &&
           m_passwordEdit->text() == m_repeatEdit->text();
}

void NewLedgerWizard::updatePasswordMessage() {
    const QString password = m_passwordEdit->text();
    if (!password.isEmpty() && password.size() < Accounts::MinimumPasswordLength)
        showMessage(
            m_passwordMessage,
            tr("A password needs at least %1 characters.").arg(Accounts::MinimumPasswordLength),
            Tone::Error);
    else if (!m_repeatEdit->text().isEmpty() && m_repeatEdit->text() != password)
        showMessage(m_passwordMessage, tr("The two passwords differ; type the same twice."),
                    Tone::Error);
    else
        showMessage(m_passwordMessage,
                    tr("You log in with this name and password; you can add other users later. "
                       "Without the password the ledger cannot be opened: keep it safe."),
                    Tone::Hint);
}

void NewLedgerWizard::followNameInLocation() {
    // The suggested file name follows the unit's name until the user picks a place.
    if (m_locationChosen)
        return;
    m_locationEdit->setText(QDir::toNativeSeparators(LedgerFiles::defaultPath(m_nameEdit->text())));
}

void NewLedgerWizard::updateCreateButton() {
    const QString path = m_locationEdit->text().trimmed();
    const bool ready =
        Ledger::validate({kind(), m_nameEdit->text(), m_areaCodeEdit->text()}).ok() &&
        !path.isEmpty() && !QFileInfo::exists(LedgerFiles::withSuffix(path)) && passwordReady();
    m_createButton->setEnabled(ready);
}

void NewLedgerWizard::chooseLocation() {
    const QString chosen = Dialogs::saveFileName(this, tr("Where to keep the new ledger"),
                                                 m_locationEdit->text(), LedgerFiles::fileFilter());
    if (chosen.isEmpty())
        return;
    m_locationChosen = true;
    m_locationEdit->setText(QDir::toNativeSeparators(LedgerFiles::withSuffix(chosen)));
}

void NewLedgerWizard::create() {
    updateCreateButton();
    if (!m_createButton->isEnabled())
        return;
    const QString path =
        QDir::fromNativeSeparators(LedgerFiles::withSuffix(m_locationEdit->text().trimmed()));
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showMessage(m_createError,
                    tr("The folder %1 cannot be created. Choose another place for the file.")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                    Tone::Error);
        return;
    }
    auto created = Ledger::create(
        path, {kind(), m_nameEdit->text().trimmed(), m_areaCodeEdit->text()}, LedgerFiles::actor());
    if (!created) {
        showMessage(m_createError, created.message(), Tone::Error);
        return;
    }
    // The person creating the ledger becomes its administrator and stays logged in.
    QString password = m_passwordEdit->text();
    SecretBytes typed = passwordBytes(password);
    // The administrator's password also seals the ledger's backup key (issue 7).
    const SecretBytes forBackupKey = SecretBytes::copyOf(typed.data(), typed.size());
    const Status added =
        Accounts(**created).add(m_adminEdit->text(), Role::Administrator, std::move(typed));
    m_passwordEdit->clear();
    m_repeatEdit->clear();
    if (!added) {
        created->reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        showMessage(m_createError, added.message(), Tone::Error);
        return;
    }
    if (const Status keyed = BackupKeyAdmin::setUpIfMissing(**created, forBackupKey); !keyed)
        qWarning().noquote() << "backup key:" << keyed.message();  // made at the next login
    setSessionRole(Role::Administrator);
    m_ledger = std::move(*created);
    accept();
}

}  // namespace tongbao
