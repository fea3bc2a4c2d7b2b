#include "app/MainWindow.h"

#include "backup/BackupActions.h"
#include "childfile/ChildFileWindows.h"
#include "common/AppSettings.h"
#include "common/Appearance.h"
#include "common/Dialogs.h"
#include "common/LedgerFiles.h"
#include "domain/Vocabulary.h"
#include "exchange/ExchangePage.h"
#include "login/LoginDialog.h"
#include "register/RegisterPage.h"
#include "reports/ReportsPage.h"
#include "safety/SafetyBanner.h"
#include "setup/NewLedgerWizard.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "users/AccountActions.h"
#include "users/RecoveryKeyActions.h"
#include "workbench/WorkbenchPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tongbao {

namespace {

// What SQLite may hold in the window's process (see the constructor).
constexpr qint64 kSqliteMemoryBytes = 28 * 1024 * 1024;

const QString kWorkbenchSection = QStringLiteral("workbench");
const QString kRegisterSection = QStringLiteral("register");
const QString kReportsSection = QStringLiteral("reports");
const QString kExchangeSection = QStringLiteral("exchange");

// Light enough to read dark text on, distinct enough to tell the column from the page.
const QString kNavigationStyle = QStringLiteral(
    "#navigationColumn { background: #eef2f6; border-right: 1px solid #d5dce4; }"
    "#navigation { background: transparent; border: none; outline: 0; }"
    "#navigation::item { color: #1f2d3d; padding: 9px 10px; margin: 2px 0px; border-radius: 6px; }"
    "#navigation::item:hover:!selected { background: #e2e8ef; }"
    "#navigation::item:selected { background: #d3e2f4; color: #0b3d75; }");

}  // namespace

MainWindow::MainWindow(std::unique_ptr<Ledger> ledger, QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    // The program's budget is 150 MB at 100,000 children (design.md §6); Qt, the fonts and the
    // list take about 100 MB. SQLite's page caches (the window's 16 MiB, a background read's
    // 4 MiB) and the sorters of background reads otherwise add up to 45 MB at moments.
    Database::limitProcessMemory(kSqliteMemoryBytes);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    buildNavigation();
    buildMenus();
    buildStatusBar();

    // The workbench opens first (shared/docs/ui.md, "Shape of the window").
    m_workbenchPage = new WorkbenchPage(this);
    addSection(kWorkbenchSection, QStringLiteral("workbench"), m_workbenchPage);
    m_registerPage = new RegisterPage(this);
    addSection(kRegisterSection, QStringLiteral("register"), m_registerPage);
    m_reportsPage = new ReportsPage(this);
    addSection(kReportsSection, QStringLiteral("reports"), m_reportsPage);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_reportsPage->menu());
    m_exchangePage = new ExchangePage(this);
    addSection(kExchangeSection, QStringLiteral("exchange"), m_exchangePage);
    m_navigation->setCurrentRow(0);

    retranslateUi();
    setLedger(std::move(ledger));
    placeWindow();
}

MainWindow::~MainWindow() {
    // The pages hold plain pointers to the ledger: let them go before it closes.
    m_registerPage->setLedger(nullptr);
    m_workbenchPage->setLedger(nullptr);
    m_reportsPage->setLedger(nullptr);
    m_exchangePage->setLedger(nullptr);
    m_safetyBanner->setLedger(nullptr);
}

void MainWindow::buildNavigation() {
    auto* column = new QWidget(this);
    column->setObjectName(QStringLiteral("navigationColumn"));
    column->setAttribute(Qt::WA_StyledBackground);
    column->setStyleSheet(kNavigationStyle);

    auto* logo = new QLabel(column);
    logo->setPixmap(appearance::icon(QStringLiteral("tongbao")).pixmap(36, 36));
    m_programName = new QLabel(column);
    m_programName->setObjectName(QStringLiteral("programName"));
    QFont nameFont = m_programName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setWeight(QFont::DemiBold);
    m_programName->setFont(nameFont);
    auto* brand = new QHBoxLayout;
    brand->setContentsMargins(10, 4, 4, 10);
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addWidget(m_programName, 1);

    m_navigation = new QListWidget(column);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(10, 16, 10, 10);
    columnLayout->setSpacing(4);
    columnLayout->addLayout(brand);
    columnLayout->addWidget(m_navigation, 1);
    column->setFixedWidth(qMax(
        190, QFontMetrics(navigationFont).horizontalAdvance(QStringLiteral("Data exchange")) + 90));

    auto* central = new QWidget(this);
    // The red banner of an unreported safety report spans the window above everything else.
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_safetyBanner = new SafetyBanner(central);
    outer->addWidget(m_safetyBanner);
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(column);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::addSection(const QString& key, const QString& iconName, QWidget* page) {
    auto* item = new QListWidgetItem(appearance::icon(iconName), sectionTitle(key), m_navigation);
    item->setData(Qt::UserRole, key);
    m_pages->addWidget(page);
}

bool MainWindow::showSection(const QString& key) {
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == key) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::sectionTitle(const QString& key) const {
    if (key == kWorkbenchSection)
        //: Navigation entry: 工作台
        return tr("Workbench");
    if (key == kRegisterSection)
        //: Navigation entry: 儿童台账
        return tr("Children");
    if (key == kReportsSection)
        //: Navigation entry: 统计报表
        return tr("Reports");
    if (key == kExchangeSection)
        //: Navigation entry: 数据交换
        return tr("Data exchange");
    return key;
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    // Ctrl+N is for the everyday step, a new child; a new ledger is made once in a while.
    m_newChildAction =
        m_fileMenu->addAction(QString(), this, [this] { m_registerPage->newChild(); });
    m_newChildAction->setObjectName(QStringLiteral("newChildAction"));
    m_newChildAction->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::createLedger);
    m_newAction->setObjectName(QStringLiteral("newLedgerAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseLedgerToOpen);
    m_openAction->setObjectName(QStringLiteral("openLedgerAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    // Backup now…, Backup to folder…, Restore…, and the daily backup (issue 7).
    (new BackupActions(this))->addTo(m_fileMenu);
    // Change my password…, Users…, History and access log… (issue 7).
    (new AccountActions(this))->addTo(m_fileMenu);
    // Print recovery key sheet… (issue 8), for the administrator of an encrypted ledger.
    (new RecoveryKeyActions(this))->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_hideNamesAction = m_viewMenu->addAction(QString());
    m_hideNamesAction->setObjectName(QStringLiteral("hideNamesAction"));
    m_hideNamesAction->setCheckable(true);
    m_hideNamesAction->setChecked(RegisterPage::namesHiddenSetting());
    connect(m_hideNamesAction, &QAction::toggled, this,
            [this](bool hidden) { m_registerPage->setNamesHidden(hidden); });
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    // Each language is named in itself, so that someone who cannot read the current one still
    // finds their own.
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("中文"));
    m_chineseAction->setObjectName(QStringLiteral("languageChinese"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_englishAction->setObjectName(QStringLiteral("languageEnglish"));
    for (QAction* action : {m_chineseAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    connect(m_chineseAction, &QAction::triggered, this,
            [this] { setLanguage(Localization::Language::Chinese); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { setLanguage(Localization::Language::English); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar() {
    m_ledgerLabel = new QLabel(this);
    m_ledgerLabel->setObjectName(QStringLiteral("ledgerLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    for (QLabel* label : {m_ledgerLabel, m_userLabel})
        label->setContentsMargins(8, 2, 8, 2);
    statusBar()->addPermanentWidget(m_ledgerLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::setLedger(std::unique_ptr<Ledger> ledger) {
    Q_ASSERT(ledger);
    m_registerPage->setLedger(nullptr);
    m_workbenchPage->setLedger(nullptr);
    m_reportsPage->setLedger(nullptr);
    m_exchangePage->setLedger(nullptr);
    m_safetyBanner->setLedger(nullptr);
    m_ledger = std::move(ledger);
    m_registerPage->setLedger(m_ledger.get());
    m_workbenchPage->setLedger(m_ledger.get());
    m_reportsPage->setLedger(m_ledger.get());
    m_exchangePage->setLedger(m_ledger.get());
    m_safetyBanner->setLedger(m_ledger.get());
    showLedgerIdentity();
}

bool MainWindow::openLedgerFile(const QString& path) {
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_ledger->path()).canonicalFilePath())
        return true;
    auto opened = Ledger::open(path, LedgerFiles::actor());
    if (!opened) {
        Dialogs::warning(this, tr("The ledger cannot be opened"), opened.message());
        return false;
    }
    if (!LoginDialog::signIn(this, **opened))  // a ledger with accounts asks who is there
        return false;
    setLedger(std::move(*opened));
    AppSettings::addRecentLedger(m_ledger->path());
    statusBar()->showMessage(tr("Opened %1.").arg(m_ledger->identity().name), 5000);
    return true;
}

void MainWindow::createLedger() {
    NewLedgerWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    setLedger(wizard.takeLedger());
    AppSettings::addRecentLedger(m_ledger->path());
    statusBar()->showMessage(tr("The ledger %1 was created.").arg(m_ledger->identity().name), 5000);
}

void MainWindow::chooseLedgerToOpen() {
    const QString directory = QFileInfo(m_ledger->path()).absolutePath();
    const QString path =
        Dialogs::openFileName(this, tr("Open ledger"), directory, LedgerFiles::fileFilter());
    if (!path.isEmpty())
        openLedgerFile(path);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QString current = QFileInfo(m_ledger->path()).absoluteFilePath();
    const QStringList recent = AppSettings::recentLedgers();
    int number = 0;
    for (const QString& path : recent) {
        const QFileInfo file(path);
        QString text = QStringLiteral("&%1  %2").arg(++number).arg(file.fileName());
        if (!file.exists())
            text += QStringLiteral("  ") + tr("(not found)");
        QAction* action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setCheckable(path == current);
        action->setChecked(path == current);
        action->setEnabled(file.exists() && path != current);
        connect(action, &QAction::triggered, this, [this, path] { openLedgerFile(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No ledgers opened yet"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear this list"), this, [] { AppSettings::clearRecentLedgers(); });
}

void MainWindow::setLanguage(Localization::Language language) {
    Localization::install(language);
    AppSettings::setLanguage(language);
    // Installing an empty translation sends no LanguageChange, yet the vocabulary labels follow
    // the language: ask every window to retranslate regardless.
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    m_programName->setText(tr("Tongbao"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        item->setText(sectionTitle(item->data(Qt::UserRole).toString()));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_newChildAction->setText(tr("New &child…"));
    m_newAction->setText(tr("&New ledger…"));
    m_openAction->setText(tr("&Open ledger…"));
    m_recentMenu->setTitle(tr("&Recent ledgers"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_hideNamesAction->setText(tr("&Hide names in lists (for screen sharing)"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Tongbao"));
    const bool chinese = Localization::current() == Localization::Language::Chinese;
    m_chineseAction->setChecked(chinese);
    m_englishAction->setChecked(!chinese);
    if (m_ledger)
        showLedgerIdentity();
}

void MainWindow::showLedgerIdentity() {
    const LedgerIdentity& identity = m_ledger->identity();
    const QString kind = Vocabulary::label(vocab::LedgerKind, identity.kind);
    setWindowTitle(tr("%1 — Tongbao").arg(identity.name));
    m_ledgerLabel->setText(tr("Ledger: %1 (%2)").arg(identity.name, kind));
    m_ledgerLabel->setToolTip(
        tr("Ledger file: %1").arg(QDir::toNativeSeparators(m_ledger->path())));
    m_userLabel->setText(tr("User: %1").arg(m_ledger->actor()));
}

void MainWindow::showAbout() {
    Dialogs::information(
        this, tr("About Tongbao"),
        tr("Tongbao %1\n\nThe ledger of children in difficult circumstances, kept by the village "
           "or community on this computer, without an internet connection.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::placeWindow() {
    setMinimumSize(900, 560);
    const QByteArray geometry = AppSettings::windowGeometry();
    if (!geometry.isEmpty() && restoreGeometry(geometry))
        return;
    // First run: most of a small laptop screen, not all of a large one.
    const QRect available = screen()->availableGeometry();
    resize(qMin(1280, int(available.width() * 0.94)), qMin(800, int(available.height() * 0.94)));
    move(available.center() - rect().center());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Children's files with unsaved changes ask first; one kept open keeps the program open.
    if (!m_registerPage->childFiles()->closeAll()) {
        event->ignore();
        return;
    }
    if (m_remembersGeometry)
        AppSettings::setWindowGeometry(saveGeometry());
    if (auto* backups = findChild<BackupActions*>(QString(), Qt::FindDirectChildrenOnly))
        backups->backupOnClose();
    QMainWindow::closeEvent(event);
}

}  // namespace tongbao
