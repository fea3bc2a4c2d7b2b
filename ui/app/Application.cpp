#include "app/Application.h"

#include "app/MainWindow.h"
#include "backup/StartupCheck.h"
#include "childfile/ChildFileWindow.h"
#include "childfile/ChildFileWindows.h"
#include "common/AppSettings.h"
#include "common/Appearance.h"
#include "common/Dialogs.h"
#include "common/LedgerFiles.h"
#include "crypt/EncryptedVfs.h"
#include "crypt/LedgerEncryption.h"
#include "domain/IdNumber.h"
#include "login/IdleLock.h"
#include "login/LoginDialog.h"
#include "recovery/RecoveryPrompt.h"
#include "register/RegisterPage.h"
#include "security/Accounts.h"
#include "security/PasswordHash.h"
#include "setup/NewLedgerWizard.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTextStream>

#include <atomic>

namespace tongbao {

namespace {

QSize parseSize(const QString& text) {
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    return {parts[0].toInt(), parts[1].toInt()};
}

void printError(const QString& message) {
    QTextStream(stderr) << message << Qt::endl;
}

}  // namespace

Application::Options Application::parseArguments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tongbao: the ledger of children in difficult "
           "circumstances."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The ledger file to open."),
                                 QStringLiteral("[FILE]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a picture of the window and quit."),
                                  QStringLiteral("PNG"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption size(QStringLiteral("window-size"),
                            QStringLiteral("Window size for --screenshot."),
                            QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1366x768"));
    size.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption language(QStringLiteral("language"),
                                QStringLiteral("zh_CN or en, for this run only."),
                                QStringLiteral("CODE"));
    language.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption openChild(QStringLiteral("open-child"),
                                 QStringLiteral("With --screenshot: the child's file to photograph "
                                                "(record id or ID number)."),
                                 QStringLiteral("ID"));
    openChild.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption childSection(QStringLiteral("child-section"),
                                    QStringLiteral("With --open-child: the section to show."),
                                    QStringLiteral("KEY"), QStringLiteral("basic"));
    childSection.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption section(QStringLiteral("section"),
                               QStringLiteral("With --screenshot: the section to show."),
                               QStringLiteral("KEY"));
    section.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption visitForm(QStringLiteral("open-visit-form"),
                                 QStringLiteral("Open the visit form for this child."),
                                 QStringLiteral("CHILD"));
    QCommandLineOption typeText(QStringLiteral("type"),
                                QStringLiteral("With --open-visit-form: type this text."),
                                QStringLiteral("TEXT"));
    QCommandLineOption resumed(QStringLiteral("print-resumed-visit"),
                               QStringLiteral("Resume the unfinished visits, print one, quit."));
    QCommandLineOption safetyReport(QStringLiteral("open-safety-report"),
                                    QStringLiteral("Open this safety report, or start one for "
                                                   "this child."),
                                    QStringLiteral("ID"));
    for (QCommandLineOption* option : {&visitForm, &typeText, &resumed, &safetyReport})
        option->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({visitForm, typeText, resumed, safetyReport});
    parser.addOptions({screenshot, size, language, openChild, childSection, section});
    parser.process(arguments);

    Options options;
    options.ledgerPath = parser.positionalArguments().value(0);
    options.screenshotPath = parser.value(screenshot);
    options.windowSize = parseSize(parser.value(size));
    options.forms.visitChildId = parser.value(visitForm);
    options.forms.typeText = parser.value(typeText);
    options.forms.printResumedVisit = parser.isSet(resumed);
    options.forms.safetyReportId = parser.value(safetyReport);
    options.openChild = parser.value(openChild);
    options.childSection = parser.value(childSection);
    options.section = parser.value(section);
    if (parser.isSet(language))
        options.language =
            Localization::fromCode(parser.value(language), Localization::Language::Chinese);
    return options;
}

namespace {

// A page of the encrypted ledger that fails its seal while the window is open (issue 8): the
// person is told at once, in words, and the next start checks the whole file and offers the
// latest good backup. Reads happen on background threads too; the message waits for the
// window's thread, and comes once.
class DamageWatch {
public:
    explicit DamageWatch(QWidget* window) {
        EncryptedVfs::setDamageHandler([window](const EncryptedVfs::Damage& damage) {
            static std::atomic<bool> told{false};
            StartupCheck::noteDamage(damage.path);
            if (told.exchange(true))
                return;
            QMetaObject::invokeMethod(
                window,
                [window, damage] {
                    QMessageBox::critical(
                        window, Application::tr("The ledger is damaged"),
                        (damage.page > 0
                             ? Application::tr("Page %1 of the ledger is damaged: its contents no "
                                               "longer match their seal, so they are not shown.")
                                   .arg(damage.page)
                             : Application::tr("A recent change in the ledger's log is damaged "
                                               "and is not shown.")) +
                            QStringLiteral("\n\n") +
                            Application::tr("Tongbao will close now. At the next start it checks "
                                            "the whole file and offers the latest good backup."));
                    QCoreApplication::exit(3);
                },
                Qt::QueuedConnection);
        });
    }
    ~DamageWatch() { EncryptedVfs::setDamageHandler({}); }
    DamageWatch(const DamageWatch&) = delete;
    DamageWatch& operator=(const DamageWatch&) = delete;
};

}  // namespace

int Application::run(QApplication& app) {
    const Options options = parseArguments(QCoreApplication::arguments());
    if (options.language)
        Localization::install(*options.language);
    else if (const auto chosen = AppSettings::language())
        Localization::install(*chosen);
    else
        Localization::installForSystemLocale();
    appearance::apply(app);

    if (!options.screenshotPath.isEmpty())
        return takeScreenshot(options);

    std::unique_ptr<Ledger> ledger = obtainLedger(options.ledgerPath);
    if (!ledger)
        return 0;
    MainWindow window(std::move(ledger));
    window.show();
    IdleLock idleLock([&window] { return &window.ledger(); });  // issue 7
    const DamageWatch damageWatch(&window);                     // issue 8
    FormScript::afterStart(&window, window.ledger(), options.forms);
    const int code = QApplication::exec();
    EncryptedVfs::forgetKeys();
    return code;
}

namespace {

// Shows the conversion of a ledger made before encryption (LedgerEncryption::encrypt, started by
// an administrator's login) while this object lives.
class ConversionProgress {
public:
    ConversionProgress() {
        LedgerEncryption::setConversionProgress([this](int percent) { show(percent); });
    }
    ~ConversionProgress() { LedgerEncryption::setConversionProgress({}); }
    ConversionProgress(const ConversionProgress&) = delete;
    ConversionProgress& operator=(const ConversionProgress&) = delete;

private:
    void show(int percent) {
        if (!m_dialog) {
            m_dialog = std::make_unique<QProgressDialog>(
                Application::tr("Encrypting the ledger, so that a copied or lost file reveals "
                                "nothing without a password…"),
                QString(), 0, 100);
            m_dialog->setWindowTitle(Application::tr("Encrypting the ledger"));
            m_dialog->setMinimumDuration(0);
            m_dialog->setWindowModality(Qt::ApplicationModal);
        }
        m_dialog->setValue(percent);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    std::unique_ptr<QProgressDialog> m_dialog;
};

}  // namespace

std::unique_ptr<Ledger> Application::obtainLedger(const QString& requestedPath) {
    QString candidate =
        requestedPath.isEmpty() ? AppSettings::recentLedgers().value(0) : requestedPath;
    for (;;) {
        if (candidate.isEmpty()) {
            NewLedgerWizard wizard;
            wizard.setFirstStart(true);
            const int outcome = wizard.exec();
            if (outcome == QDialog::Accepted) {
                std::unique_ptr<Ledger> created = wizard.takeLedger();
                AppSettings::addRecentLedger(created->path());
                return created;
            }
            if (outcome != NewLedgerWizard::OpenExisting)
                return nullptr;
            candidate =
                Dialogs::openFileName(nullptr, tr("Open ledger"), LedgerFiles::defaultDirectory(),
                                      LedgerFiles::fileFilter());
            continue;
        }

        // An encrypted ledger (issue 8) is unlocked by the user's password before anything can
        // read it; the same name and password then log in.
        LedgerEncryption::finishInterruptedConversion(candidate);
        std::optional<Credentials> unlockedBy;
        if (LedgerEncryption::head(candidate).locked) {
            unlockedBy = LoginDialog::unlockFile(nullptr, candidate);
            if (!unlockedBy)
                return nullptr;
        }
        // A damaged, cut-short, foreign or newer file, or one a crash left open, is checked and
        // the latest good backup offered before anything opens it (issue 7).
        const Status vetted = RecoveryPrompt::vet(nullptr, candidate);
        auto opened = vetted ? Ledger::open(candidate, LedgerFiles::actor())
                             : Result<std::unique_ptr<Ledger>>(vetted);
        if (opened) {
            // A ledger with accounts asks who is at the keyboard; giving up quits (issue 7). A
            // ledger made before encryption is encrypted at its administrator's login, with
            // the progress shown.
            const ConversionProgress progress;
            const bool signedIn =
                unlockedBy ? LoginDialog::signInWith(nullptr, **opened, std::move(*unlockedBy))
                           : LoginDialog::signIn(nullptr, **opened);
            if (!signedIn)
                return nullptr;
            AppSettings::addRecentLedger(candidate);
            return std::move(*opened);
        }
        const QMessageBox::StandardButton answer =
            Dialogs::choose(nullptr, QMessageBox::Warning, tr("The ledger cannot be opened"),
                            opened.message() + QStringLiteral("\n\n") +
                                tr("You can open another ledger file or create a new ledger."),
                            {{QMessageBox::Open, tr("Open another ledger…")},
                             {QMessageBox::Apply, tr("Create a new ledger…")},
                             {QMessageBox::Close, tr("Quit")}},
                            QMessageBox::Open);
        if (answer == QMessageBox::Open) {
            const QString other =
                Dialogs::openFileName(nullptr, tr("Open ledger"), LedgerFiles::defaultDirectory(),
                                      LedgerFiles::fileFilter());
            // Cancelling the file dialog comes back to the same question.
            if (!other.isEmpty())
                candidate = other;
        } else if (answer == QMessageBox::Apply) {
            candidate.clear();
        } else {
            return nullptr;
        }
    }
}

namespace {

// Lets a window lay itself out and paint before it is photographed.
bool saveSettledPicture(QWidget& window, const QString& path) {
    window.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return window.grab().save(path);
}

}  // namespace

int Application::takeScreenshot(const Options& options) {
    bool saved = false;
    if (options.ledgerPath.isEmpty()) {
        // Without a ledger: what a first start shows.
        NewLedgerWizard wizard;
        wizard.setFirstStart(true);
        saved = saveSettledPicture(wizard, options.screenshotPath);
    } else {
        // The first thing a person sees of an encrypted ledger: the login before it opens.
        if (options.section == QLatin1String("login") &&
            LedgerEncryption::head(options.ledgerPath).locked) {
            LoginDialog dialog(options.ledgerPath);
            if (saveSettledPicture(dialog, options.screenshotPath))
                return 0;
            printError(tr("The picture could not be saved to %1.").arg(options.screenshotPath));
            return 1;
        }
        // Pictures for the documentation are taken unattended: an encrypted demo ledger is
        // unlocked with the login the script gives (scripts/screenshots.sh).
        if (LedgerEncryption::head(options.ledgerPath).locked) {
            QString password = qEnvironmentVariable("TONGBAO_PASSWORD");
            LedgerEncryption::unlock(options.ledgerPath, qEnvironmentVariable("TONGBAO_USER"),
                                     passwordBytes(password));
        }
        auto opened = Ledger::open(options.ledgerPath, LedgerFiles::actor());
        if (!opened) {
            printError(opened.message());
            return 1;
        }
        if (options.section == QLatin1String("login")) {  // the login dialog (issue 7)
            LoginDialog dialog(**opened);
            if (saveSettledPicture(dialog, options.screenshotPath))
                return 0;
            printError(tr("The picture could not be saved to %1.").arg(options.screenshotPath));
            return 1;
        }
        MainWindow window(std::move(*opened));
        window.setRemembersGeometry(false);
        const QSize size = options.windowSize.isValid() ? options.windowSize : QSize(1366, 768);
        window.resize(size);
        if (!options.section.isEmpty() && !window.showSection(options.section)) {
            printError(tr("No section %1 in the window.").arg(options.section));
            return 1;
        }
        if (options.openChild.isEmpty()) {
            saved = FormScript::screenshot(&window, window.workbenchPage(), window.ledger(),
                                           options.forms, options.screenshotPath);
        } else {
            // The child named by its record id, or by its ID number as a user would.
            QString childId = options.openChild;
            const IdNumber number = IdNumber::parse(childId);
            if (number.isValid()) {
                const QVector<Child> found =
                    window.ledger().children().withIdNumber(number.normalized());
                if (!found.isEmpty())
                    childId = found.first().meta.id;
            }
            ChildFileWindow* file = window.registerPage()->childFiles()->open(childId);
            if (!file) {
                printError(tr("No child %1 in this ledger.").arg(options.openChild));
                return 1;
            }
            file->showSection(options.childSection);
            file->resize(size);
            saved = saveSettledPicture(*file, options.screenshotPath);
        }
    }
    if (!saved) {
        printError(tr("The picture could not be saved to %1.").arg(options.screenshotPath));
        return 1;
    }
    return 0;
}

}  // namespace tongbao
