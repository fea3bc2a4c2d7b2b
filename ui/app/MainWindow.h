#pragma once

#include "common/Localization.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tongbao {

class ExchangePage;
class Ledger;
class RegisterPage;
class ReportsPage;
class SafetyBanner;
class WorkbenchPage;

// The one window of the program, showing one open ledger: the navigation column on the left, the
// chosen section on the right, and a status bar that always says which ledger is open and who is
// working in it. The window owns the ledger; opening another one replaces it.
//
// Sections appear in the navigation only once they are built: an entry that leads nowhere, even
// a disabled one, makes a careful user doubt the rest of the program.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Ledger> ledger, QWidget* parent = nullptr);
    ~MainWindow() override;

    Ledger& ledger() const { return *m_ledger; }
    RegisterPage* registerPage() const { return m_registerPage; }
    WorkbenchPage* workbenchPage() const { return m_workbenchPage; }
    SafetyBanner* safetyBanner() const { return m_safetyBanner; }
    ExchangePage* exchangePage() const { return m_exchangePage; }

    // Replaces the open ledger.
    void setLedger(std::unique_ptr<Ledger> ledger);
    // Opens the ledger file in this window; a file that cannot be opened is explained in a
    // message and the current ledger stays open.
    bool openLedgerFile(const QString& path);

    void setLanguage(Localization::Language language);

    // Shows the section of the navigation with this key ("register", ...); false if none.
    bool showSection(const QString& key);

    // Off for scripted runs (screenshots), which must not change what the user's window remembers.
    void setRemembersGeometry(bool remember) { m_remembersGeometry = remember; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildNavigation();
    void buildMenus();
    void buildStatusBar();
    void addSection(const QString& key, const QString& iconName, QWidget* page);
    QString sectionTitle(const QString& key) const;
    void retranslateUi();
    void showLedgerIdentity();
    void fillRecentMenu();
    void createLedger();
    void chooseLedgerToOpen();
    void showAbout();
    void placeWindow();

    std::unique_ptr<Ledger> m_ledger;
    bool m_remembersGeometry = true;

    QListWidget* m_navigation = nullptr;
    QLabel* m_programName = nullptr;
    QStackedWidget* m_pages = nullptr;
    RegisterPage* m_registerPage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    ExchangePage* m_exchangePage = nullptr;
    WorkbenchPage* m_workbenchPage = nullptr;
    SafetyBanner* m_safetyBanner = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_newChildAction = nullptr;
    QAction* m_hideNamesAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;

    QLabel* m_ledgerLabel = nullptr;
    QLabel* m_userLabel = nullptr;
};

}  // namespace tongbao
