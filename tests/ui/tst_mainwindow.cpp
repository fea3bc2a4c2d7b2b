// The main window driven as a user would: a ledger file opened in it, the register list, the
// search box with its pause, the status bar, the language switch, and files that cannot be opened.
#include "TempLedger.h"
#include "app/Application.h"
#include "app/MainWindow.h"
#include "common/AppSettings.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "domain/IdNumber.h"
#include "register/ChildListModel.h"
#include "register/RegisterPage.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace tongbao;

namespace {

constexpr int kChildren = 30;

// Stands in for the Chinese translation, which may not have the window's words yet: in Chinese
// it marks every text, so the test sees whether the window reads its texts again.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override {
        if (Localization::current() != Localization::Language::Chinese)
            return {};
        return QStringLiteral("〔中〕") + QString::fromUtf8(source);
    }
};

QString idNumber(const QDate& birth, int sequence) {
    const QString first17 = QStringLiteral("500110") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// Children born on different days, so that a birth date in the ID number finds exactly one.
bool addChildren(Ledger& ledger, int count) {
    static const QStringList names = {QStringLiteral("王子涵"), QStringLiteral("李浩然"),
                                      QStringLiteral("张雨桐"), QStringLiteral("刘俊杰"),
                                      QStringLiteral("陈梓萱")};
    Transaction transaction(ledger.database());
    for (int i = 0; i < count; ++i) {
        Child child;
        child.name = names[i % names.size()];
        child.birthDate = QDate(2013, 3, 1).addDays(i * 40);
        child.idNumber = idNumber(child.birthDate, 100 + i);
        child.sex = i % 2 ? QStringLiteral("M") : QStringLiteral("F");
        child.villageGroup = QStringLiteral("%1组").arg(i % 4 + 1);
        child.categories = {QStringLiteral("left_behind")};
        child.riskLevel = i == 0 ? QStringLiteral("high") : QStringLiteral("low");
        if (!ledger.children().save(child))
            return false;
    }
    return transaction.commit();
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void showsTheChildrenOfTheLedger();
    void statusBarNamesLedgerAndUser();
    void navigationShowsOnlyBuiltSections();
    void searchNarrowsTheListAfterAPause();
    void searchWithoutMatchSaysSo();
    void ctrlFFocusesTheSearchBox();
    void emptyLedgerSaysHowChildrenComeIn();
    void switchesLanguageLive();
    void foreignFileIsExplainedAndCurrentLedgerStays();
    void openingAnotherLedgerReplacesTheCurrentOne();
    void startupOffersAnotherFileWhenOneCannotBeOpened();
    void remembersTheWindowGeometry();

private:
    std::unique_ptr<MainWindow> openWindow(test::TempLedger& fixture);
    template <typename T>
    T* child(const char* name) const {
        T* found = m_window->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no %s in the window", name);
        return found;
    }

    MarkingTranslator m_translator;
    std::unique_ptr<test::TempLedger> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_firstIdNumber;
};

void TestMainWindow::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QCoreApplication::installTranslator(&m_translator);
}

void TestMainWindow::init() {
    QSettings().clear();
    Dialogs::reset();
    Localization::install(Localization::Language::English);
    m_fixture = std::make_unique<test::TempLedger>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    QVERIFY(addChildren(m_fixture->ledger(), kChildren));
    m_firstIdNumber = idNumber(QDate(2013, 3, 1), 100);
    m_window = openWindow(*m_fixture);
    QVERIFY(m_window);
}

void TestMainWindow::cleanup() {
    m_window.reset();
    m_fixture.reset();
}

void TestMainWindow::cleanupTestCase() {
    QCoreApplication::removeTranslator(&m_translator);
    Localization::install(Localization::Language::English);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(test::TempLedger& fixture) {
    fixture.close();
    auto opened = Ledger::open(fixture.path(), QStringLiteral("tester"), fixture.clock());
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>(std::move(*opened));
    // The workbench opens first; these tests are about the register.
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->data(Qt::UserRole).toString() == QLatin1String("register"))
            navigation->setCurrentRow(row);
    }
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestMainWindow::showsTheChildrenOfTheLedger() {
    auto* table = child<QTableView>("childTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), kChildren);
    QCOMPARE(child<QStackedWidget>("registerStates")->currentWidget(), table);
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Showing 30 of 30"));
    // Masked, never the full number.
    const QString shown = table->model()->index(0, ChildListModel::IdNumber).data().toString();
    QVERIFY(shown.contains(QLatin1Char('*')));
}

void TestMainWindow::statusBarNamesLedgerAndUser() {
    auto* ledgerLabel = child<QLabel>("ledgerLabel");
    QVERIFY(ledgerLabel->text().contains(QStringLiteral("测试台账")));
    QVERIFY(ledgerLabel->text().contains(QStringLiteral("Village")));
    QVERIFY(ledgerLabel->toolTip().contains(QDir::toNativeSeparators(m_fixture->path())));
    QVERIFY(child<QLabel>("userLabel")->text().contains(QStringLiteral("tester")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("测试台账")));
}

void TestMainWindow::navigationShowsOnlyBuiltSections() {
    auto* navigation = child<QListWidget>("navigation");
    QCOMPARE(navigation->count(), 4);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Workbench"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Children"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Reports"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Data exchange"));
    QCOMPARE(navigation->currentRow(), 1);  // chosen by openWindow
    for (int row = 0; row < navigation->count(); ++row)
        QVERIFY(navigation->item(row)->flags().testFlag(Qt::ItemIsEnabled));
}

void TestMainWindow::searchNarrowsTheListAfterAPause() {
    auto* search = child<QLineEdit>("searchBox");
    auto* table = child<QTableView>("childTable");
    QTest::keyClicks(search, m_firstIdNumber.mid(6, 8));
    // Nothing happens while the user may still be typing.
    QCOMPARE(table->model()->rowCount(), kChildren);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ChildListModel::Name).data().toString(),
             QStringLiteral("王子涵"));
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Showing 1 of 30"));

    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), kChildren);
}

void TestMainWindow::searchWithoutMatchSaysSo() {
    auto* search = child<QLineEdit>("searchBox");
    auto* states = child<QStackedWidget>("registerStates");
    QTest::keyClicks(search, QStringLiteral("nobody"));
    QTRY_COMPARE(states->currentWidget()->objectName(), QStringLiteral("noMatchState"));
    QVERIFY(child<QLabel>("noMatchTitle")->text().contains(QStringLiteral("nobody")));
    QTest::mouseClick(child<QPushButton>("clearSearchButton"), Qt::LeftButton);
    QCOMPARE(states->currentWidget()->objectName(), QStringLiteral("childTable"));
    QVERIFY(search->text().isEmpty());
}

void TestMainWindow::ctrlFFocusesTheSearchBox() {
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* table = child<QTableView>("childTable");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("searchBox")->hasFocus());
}

void TestMainWindow::emptyLedgerSaysHowChildrenComeIn() {
    test::TempLedger empty;
    QVERIFY(empty.ok());
    m_window = openWindow(empty);
    QVERIFY(m_window);
    QCOMPARE(child<QStackedWidget>("registerStates")->currentWidget()->objectName(),
             QStringLiteral("emptyState"));
    QVERIFY(child<QLabel>("emptyText")->text().contains(QStringLiteral("New child")));
    QVERIFY(!child<QLineEdit>("searchBox")->isVisible());
    // One button, and it leads to the first child's file.
    const QList<QPushButton*> buttons = child<QWidget>("emptyState")->findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.first()->objectName(), QStringLiteral("emptyNewChildButton"));
    m_window.reset();
}

void TestMainWindow::switchesLanguageLive() {
    auto* navigation = child<QListWidget>("navigation");
    auto* table = child<QTableView>("childTable");
    const QString english = navigation->item(0)->text();
    const QModelIndexList high = table->model()->match(
        table->model()->index(0, ChildListModel::Risk), ChildListModel::RiskLevelRole,
        QStringLiteral("high"), 1, Qt::MatchExactly);
    QCOMPARE(high.size(), 1);
    const QModelIndex risk = high.first();
    QCOMPARE(risk.data().toString(), QStringLiteral("High"));

    child<QAction>("languageChinese")->trigger();
    QCOMPARE(Localization::current(), Localization::Language::Chinese);
    QTRY_VERIFY(navigation->item(0)->text() != english);
    QVERIFY(!navigation->item(0)->text().isEmpty());
    QCOMPARE(risk.data().toString(), QStringLiteral("高"));
    QVERIFY(child<QLabel>("ledgerLabel")->text().contains(QStringLiteral("村/居委会")));
    QVERIFY(child<QAction>("languageChinese")->isChecked());
    QCOMPARE(AppSettings::language(), Localization::Language::Chinese);

    child<QAction>("languageEnglish")->trigger();
    QTRY_COMPARE(navigation->item(0)->text(), english);
    QCOMPARE(risk.data().toString(), QStringLiteral("High"));
    QCOMPARE(AppSettings::language(), Localization::Language::English);
}

void TestMainWindow::foreignFileIsExplainedAndCurrentLedgerStays() {
    const QString foreign = QDir(m_fixture->dir()).filePath(QStringLiteral("notes.tongbao"));
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();

    Dialogs::setNextFileName(foreign);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    child<QAction>("openLedgerAction")->trigger();
    QCOMPARE(Dialogs::messageCount(), 1);
    QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("notes.tongbao")),
             qPrintable(Dialogs::lastMessage()));
    QCOMPARE(m_window->ledger().path(), m_fixture->path());
    QCOMPARE(child<QTableView>("childTable")->model()->rowCount(), kChildren);
}

void TestMainWindow::openingAnotherLedgerReplacesTheCurrentOne() {
    test::TempLedger other(QStringLiteral("town"));
    QVERIFY(other.ok());
    other.close();
    Dialogs::setNextFileName(other.path());
    child<QAction>("openLedgerAction")->trigger();
    QCOMPARE(Dialogs::messageCount(), 0);
    QCOMPARE(m_window->ledger().path(), other.path());
    QCOMPARE(child<QTableView>("childTable")->model()->rowCount(), 0);
    QVERIFY(child<QLabel>("ledgerLabel")->text().contains(QStringLiteral("Town")));
    QCOMPARE(AppSettings::recentLedgers().value(0), QFileInfo(other.path()).absoluteFilePath());
    m_window.reset();
}

void TestMainWindow::startupOffersAnotherFileWhenOneCannotBeOpened() {
    m_window.reset();
    const QString missing = QDir(m_fixture->dir()).filePath(QStringLiteral("gone.tongbao"));

    Dialogs::setNextAnswer(QMessageBox::Close);
    QVERIFY(!Application::obtainLedger(missing));
    QCOMPARE(Dialogs::messageCount(), 1);
    QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("gone.tongbao")));

    Dialogs::setNextAnswer(QMessageBox::Open);
    Dialogs::setNextFileName(m_fixture->path());
    std::unique_ptr<Ledger> opened = Application::obtainLedger(missing);
    QVERIFY(opened);
    QCOMPARE(opened->path(), m_fixture->path());
    QCOMPARE(AppSettings::recentLedgers().value(0),
             QFileInfo(m_fixture->path()).absoluteFilePath());

    // Without a file named, the one opened last is opened again.
    opened.reset();
    std::unique_ptr<Ledger> remembered = Application::obtainLedger(QString());
    QVERIFY(remembered);
    QCOMPARE(remembered->path(), m_fixture->path());
}

void TestMainWindow::remembersTheWindowGeometry() {
    QVERIFY(AppSettings::windowGeometry().isEmpty());
    m_window->resize(1000, 640);
    m_window->close();
    QVERIFY(!AppSettings::windowGeometry().isEmpty());
    m_window = openWindow(*m_fixture);
    QCOMPARE(m_window->size(), QSize(1000, 640));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
