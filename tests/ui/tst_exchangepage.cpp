// The data exchange section driven through its real widgets, offscreen: a village makes its
// keys, saves its public key file and registration sheet, installs the town's key and exports a
// batch; the town registers the village's key (comparing the fingerprint the dialog shows),
// previews the batch, cancels (nothing written), imports it, sees a repeated batch as already
// imported, refuses a batch from an unregistered village before asking for any password, and
// writes a receipt that the village imports. TONGBAO_SCREENSHOT_DIR=/dir keeps pictures.
#include "TempLedger.h"
#include "app/MainWindow.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "domain/Child.h"
#include "domain/Household.h"
#include "exchange/BatchExporter.h"
#include "exchange/ExchangePage.h"
#include "exchange/ImportPreviewDialog.h"
#include "exchange/KeyPassword.h"
#include "exchange/RegisterKeyDialog.h"
#include "exchange/TownExchangePanel.h"
#include "exchange/TrustRegistry.h"
#include "exchange/VillageExchangePanel.h"
#include "security/KeyStore.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"

#include <QApplication>
#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace tongbao;

namespace {

const QString kVillagePassword = QStringLiteral("village password");
const QString kTownPassword = QStringLiteral("town password");

// Runs `act` on the next modal dialog once it is shown (dialogs run their own event loop).
void whenModal(std::function<void(QDialog*)> act) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

// Everything the ledger holds, as sorted lines: a refusal or a cancel must leave it unchanged.
QStringList dump(Ledger& ledger) {
    QStringList lines;
    QStringList tables;
    {
        SqlQuery query(ledger.database(),
                       QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                      "name NOT LIKE 'sqlite%' ORDER BY name"));
        if (query.exec()) {
            while (query.next())
                tables.append(query.value(0).toString());
        }
    }
    for (const QString& table : tables) {
        SqlQuery query(ledger.database(), QStringLiteral("SELECT * FROM %1").arg(table));
        if (!query.exec())
            continue;
        while (query.next()) {
            QStringList fields;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                fields.append(record.value(i).toString());
            lines.append(table + QLatin1Char('|') + fields.join(QLatin1Char('|')));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

qint64 count(Ledger& ledger, const char* table) {
    return ledger.database()
        .scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)))
        .toLongLong();
}

bool addChildren(Ledger& ledger, int howMany, const QString& prefix) {
    Transaction transaction(ledger.database());
    for (int i = 0; i < howMany; ++i) {
        Household household;
        household.headName = prefix + QStringLiteral("户主%1").arg(i);
        household.areaCode = ledger.identity().areaCode;
        household.villageGroup = QStringLiteral("2组");
        if (!ledger.households().save(household))
            return false;
        Child child;
        child.householdId = household.meta.id;
        child.name = prefix + QStringLiteral("小%1").arg(i);
        child.sex = i % 2 ? QStringLiteral("M") : QStringLiteral("F");
        child.birthDate = QDate(2014, 5, 1).addDays(40 * i);
        child.categories = {QStringLiteral("left_behind")};
        child.riskLevel = QStringLiteral("low");
        if (!ledger.children().save(child))
            return false;
        Visit visit;
        visit.childId = child.meta.id;
        visit.visitDate = QDate(2026, 11, 20);
        visit.mode = QStringLiteral("home");
        visit.childSeenInPerson = true;
        if (!ledger.visits().save(visit))
            return false;
    }
    return transaction.commit();
}

}  // namespace

class TestExchangePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void villageMakesKeysAndExportsABatch();
    void townRegistersTheVillageAfterComparingTheFingerprint();
    void townPreviewsCancelsThenImports();
    void droppedRepeatIsAlreadyImported();
    void unregisteredVillageIsRefusedAndNothingIsWritten();
    void receiptTellsTheVillageWhatArrived();
    void keySheetIsSavedAsPdf();
    void mainWindowShowsTheSection();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    std::unique_ptr<Ledger> makeLedger(const QString& kind,
                                       const QString& name,
                                       const QString& area);
    template <typename T>
    T* child(QWidget* root, const char* name) {
        auto* found = root->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0), QTimeZone(8 * 3600))};
    std::unique_ptr<Ledger> m_village;
    std::unique_ptr<Ledger> m_town;
    std::unique_ptr<ExchangePage> m_villagePage;
    std::unique_ptr<ExchangePage> m_townPage;
    QString m_batch;
};

std::unique_ptr<Ledger> TestExchangePage::makeLedger(const QString& kind,
                                                     const QString& name,
                                                     const QString& area) {
    auto created = Ledger::create(path(area + QStringLiteral(".tongbao")), {kind, name, area},
                                  QStringLiteral("tester"), m_clock);
    if (!created) {
        qWarning("%s", qPrintable(created.message()));
        return nullptr;
    }
    return std::move(*created);
}

void TestExchangePage::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TongbaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exchangepage"));
    Localization::install(Localization::Language::English);
    QVERIFY(m_dir.isValid());
    Dialogs::reset();
    m_village = makeLedger(QStringLiteral("village"), QStringLiteral("桥河社区"),
                           QStringLiteral("500110001001"));
    m_town = makeLedger(QStringLiteral("town"), QStringLiteral("古南街道"),
                        QStringLiteral("500110001000"));
    QVERIFY(m_village && m_town);
    // The town made its keys earlier (quickly, for the test); the village makes them on screen.
    QVERIFY(KeyStore(*m_town).initialize(kTownPassword, KdfLimits::fastForTests()).ok());
    QFile townKey(path(QStringLiteral("town.pub")));
    QVERIFY(townKey.open(QIODevice::WriteOnly));
    townKey.write(KeyStore(*m_town).card()->toFile());
    townKey.close();
    QVERIFY(addChildren(*m_village, 3, QStringLiteral("王")));

    m_villagePage = std::make_unique<ExchangePage>();
    m_villagePage->resize(1176, 720);
    m_villagePage->setLedger(m_village.get());
    m_villagePage->show();
    m_townPage = std::make_unique<ExchangePage>();
    m_townPage->resize(1176, 720);
    m_townPage->setLedger(m_town.get());
    m_townPage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_townPage.get()));
}

void TestExchangePage::cleanupTestCase() {
    m_villagePage.reset();
    m_townPage.reset();
    m_village.reset();
    m_town.reset();
}

void TestExchangePage::villageMakesKeysAndExportsABatch() {
    ExchangePage* page = m_villagePage.get();
    auto* make = child<QPushButton>(page, "makeKeysButton");
    auto* exportButton = child<QPushButton>(page, "exportBatchButton");
    QVERIFY(make->isVisible());
    QVERIFY(!child<QPushButton>(page, "savePublicKeyButton")->isEnabled());
    QVERIFY(!exportButton->isEnabled());  // no keys, no town yet

    KeyPassword::setNextAnswer(kVillagePassword);
    QTest::mouseClick(make, Qt::LeftButton);
    QVERIFY2(KeyStore(*m_village).hasKeys(), qPrintable(page->messageText()));
    QVERIFY(!make->isVisible());
    const QString fingerprint = KeyStore(*m_village).card()->fingerprint();
    QCOMPARE(child<QLabel>(page, "ownFingerprint")->text(),
             QString(fingerprint).replace(QLatin1Char('-'), QStringLiteral("  ")));

    // The public key file the town will register.
    Dialogs::setNextFileName(path(QStringLiteral("village.pub")));
    QTest::mouseClick(child<QPushButton>(page, "savePublicKeyButton"), Qt::LeftButton);
    QVERIFY(PublicKeyCard::parse(test::fileBytes(path(QStringLiteral("village.pub")))).ok());
    QVERIFY(page->messageText().contains(fingerprint));

    // The town's key: the dialog shows its fingerprint and wants the area code from the sheet.
    Dialogs::setNextFileName(path(QStringLiteral("town.pub")));
    bool dialogSeen = false;
    whenModal([&](QDialog* dialog) {
        dialogSeen = qobject_cast<RegisterKeyDialog*>(dialog) != nullptr;
        QCOMPARE(child<QLineEdit>(dialog, "keyUnitName")->text(), QStringLiteral("古南街道"));
        auto* ok = child<QPushButton>(dialog, "registerKeyButton");
        child<QLineEdit>(dialog, "keyAreaCode")->setText(QStringLiteral("500110001000"));
        QVERIFY(!ok->isEnabled());  // not before the fingerprint was compared
        child<QCheckBox>(dialog, "fingerprintCompared")->setChecked(true);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, "installTownKeyButton"), Qt::LeftButton);
    QVERIFY(dialogSeen);
    QVERIFY(child<QLabel>(page, "townName")->text().contains(QStringLiteral("古南街道")));
    QVERIFY(page->villagePanel()->pendingText().contains(
        QStringLiteral("3 children, 3 visits, 0 safety reports")));
    QVERIFY(exportButton->isEnabled());

    m_batch = path(QStringLiteral("tongbao-500110001001-000001.batch.tar"));
    Dialogs::setNextFileName(m_batch);
    KeyPassword::setNextAnswer(kVillagePassword);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY2(QFile::exists(m_batch), qPrintable(page->messageText()));
    QVERIFY(!page->messageIsError());
    QVERIFY(page->messageText().contains(QStringLiteral("Batch 1")));
    auto* history = child<QTableWidget>(page, "exportHistory");
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 0)->text(), QStringLiteral("1"));
    QCOMPARE(history->item(0, 4)->text(), QStringLiteral("Not confirmed yet"));
    QVERIFY(page->villagePanel()->pendingText().contains(QStringLiteral("number 2")));

    // A wrong password exports nothing and says so next to the work.
    Dialogs::setNextFileName(path(QStringLiteral("second.tar")));
    KeyPassword::setNextAnswer(QStringLiteral("not the password"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(page->messageIsError());
    QVERIFY(!QFile::exists(path(QStringLiteral("second.tar"))));
    QCOMPARE(history->rowCount(), 1);
}

void TestExchangePage::townRegistersTheVillageAfterComparingTheFingerprint() {
    ExchangePage* page = m_townPage.get();
    auto* table = child<QTableWidget>(page, "villageTable");
    QVERIFY(!table->isVisible());
    QVERIFY(child<QLabel>(page, "emptyVillages")->isVisible());
    const QString fingerprint = KeyStore(*m_village).card()->fingerprint();

    Dialogs::setNextFileName(path(QStringLiteral("village.pub")));
    QString shown;
    QString wrongAreaError;
    whenModal([&](QDialog* dialog) {
        shown = child<QLabel>(dialog, "keyFingerprint")->text();
        child<QLineEdit>(dialog, "keyAreaCode")->setText(QStringLiteral("500110001002"));
        child<QCheckBox>(dialog, "fingerprintCompared")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "registerKeyButton"), Qt::LeftButton);
        // Refused inline (a different area code than the file's): the dialog stays open.
        auto* error = child<QLabel>(dialog, "registerError");
        wrongAreaError = error->isVisibleTo(dialog) ? error->text() : QString();
        child<QLineEdit>(dialog, "keyUnitName")->setText(QStringLiteral("桥河社区居委会"));
        child<QLineEdit>(dialog, "keyAreaCode")->setText(QStringLiteral("500110001001"));
        QTest::mouseClick(child<QPushButton>(dialog, "registerKeyButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, "registerVillageButton"), Qt::LeftButton);
    QCOMPARE(shown, QString(fingerprint).replace(QLatin1Char('-'), QStringLiteral("  ")));
    QVERIFY2(wrongAreaError.contains(QStringLiteral("500110001002")), qPrintable(wrongAreaError));
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("桥河社区居委会"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("500110001001"));
    QCOMPARE(table->item(0, 2)->text(), fingerprint);
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("Active"));
}

void TestExchangePage::townPreviewsCancelsThenImports() {
    ExchangePage* page = m_townPage.get();
    const QStringList before = dump(*m_town);

    // Cancel: the preview shows the batch, and nothing is written.
    KeyPassword::setNextAnswer(kTownPassword);
    QStringList seen;
    whenModal([&](QDialog* dialog) {
        auto* preview = qobject_cast<ImportPreviewDialog*>(dialog);
        QVERIFY(preview && preview->offersImport());
        seen << child<QLabel>(dialog, "previewSource")->text()
             << child<QLabel>(dialog, "previewSequence")->text();
        auto* counts = child<QTableWidget>(dialog, "previewCounts");
        seen << counts->item(0, 0)->text() << counts->item(0, 1)->text()
             << counts->item(1, 0)->text() << counts->item(1, 1)->text()
             << counts->item(2, 1)->text();
        QTest::mouseClick(child<QPushButton>(dialog, "previewCancelButton"), Qt::LeftButton);
    });
    QVERIFY(!page->townPanel()->importBatch(m_batch));
    QCOMPARE(seen,
             (QStringList{QStringLiteral("桥河社区居委会 (area code 500110001001)"),
                          QStringLiteral("1"), QStringLiteral("Children"), QStringLiteral("3"),
                          QStringLiteral("Visits"), QStringLiteral("3"), QStringLiteral("0")}));
    QCOMPARE(dump(*m_town), before);
    QVERIFY(page->messageText().contains(QStringLiteral("not imported")));

    // Import, chosen with the button: the same preview, then the town holds the children.
    KeyPassword::setNextAnswer(kTownPassword);
    Dialogs::setNextFileName(m_batch);
    whenModal([&](QDialog* dialog) {
        QTest::mouseClick(child<QPushButton>(dialog, "previewImportButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, "importBatchButton"), Qt::LeftButton);
    QCOMPARE(count(*m_town, "child"), qint64(3));
    QCOMPARE(count(*m_town, "visit"), qint64(3));
    QVERIFY2(!page->messageIsError(), qPrintable(page->messageText()));
    QVERIFY(page->messageText().contains(QStringLiteral("was imported")));
    auto* table = child<QTableWidget>(page, "villageTable");
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));
}

void TestExchangePage::droppedRepeatIsAlreadyImported() {
    ExchangePage* page = m_townPage.get();
    const QStringList before = dump(*m_town);
    QString heading;
    bool offersImport = true;
    whenModal([&](QDialog* dialog) {
        heading = child<QLabel>(dialog, "previewHeading")->text();
        offersImport = static_cast<ImportPreviewDialog*>(dialog)->offersImport();
        QTest::mouseClick(child<QPushButton>(dialog, "previewCloseButton"), Qt::LeftButton);
    });
    // Dropping a batch file on the page imports it (after the preview).
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_batch)});
    QDragEnterEvent enter(QPoint(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    QCOMPARE(heading, QStringLiteral("This batch is already in the ledger"));
    QVERIFY(!offersImport);
    QVERIFY(page->messageText().contains(QStringLiteral("already imported")));
    QCOMPARE(dump(*m_town), before);
}

void TestExchangePage::unregisteredVillageIsRefusedAndNothingIsWritten() {
    // A village the town never registered, which does know the town's key.
    auto stranger = makeLedger(QStringLiteral("village"), QStringLiteral("陌生村"),
                               QStringLiteral("500110001009"));
    QVERIFY(stranger);
    QVERIFY(KeyStore(*stranger).initialize(kVillagePassword, KdfLimits::fastForTests()).ok());
    QVERIFY(TrustRegistry(*stranger)
                .add(test::fileBytes(path(QStringLiteral("town.pub"))), QStringLiteral("古南街道"),
                     QStringLiteral("500110001000"))
                .ok());
    QVERIFY(addChildren(*stranger, 2, QStringLiteral("李")));
    const QString batch = path(QStringLiteral("stranger.tar"));
    QVERIFY(
        BatchExporter(*stranger).exportTo(batch, *KeyStore(*stranger).unlock(kVillagePassword)));

    ExchangePage* page = m_townPage.get();
    const QStringList before = dump(*m_town);
    QString message;
    bool offersImport = true;
    whenModal([&](QDialog* dialog) {
        auto* preview = qobject_cast<ImportPreviewDialog*>(dialog);
        QVERIFY(preview);
        message = preview->messageText();
        offersImport = preview->offersImport();
        QVERIFY(child<QLabel>(dialog, "previewMessage")->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "previewCloseButton"), Qt::LeftButton);
    });
    // No password is queued: a refused batch must not ask for one.
    QVERIFY(!page->townPanel()->importBatch(batch));
    QVERIFY2(message.contains(QStringLiteral("does not know")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Nothing was imported")));
    QVERIFY(!offersImport);
    QVERIFY(page->messageIsError());
    QCOMPARE(dump(*m_town), before);
    QCOMPARE(count(*m_town, "child"), qint64(3));
}

void TestExchangePage::receiptTellsTheVillageWhatArrived() {
    ExchangePage* town = m_townPage.get();
    auto* table = child<QTableWidget>(town, "villageTable");
    table->selectRow(0);
    auto* makeReceipt = child<QPushButton>(town, "makeReceiptButton");
    QVERIFY(makeReceipt->isEnabled());
    const QString receipt = path(QStringLiteral("receipt-1.tar"));
    Dialogs::setNextFileName(receipt);
    KeyPassword::setNextAnswer(kTownPassword);
    QTest::mouseClick(makeReceipt, Qt::LeftButton);
    QVERIFY2(QFile::exists(receipt), qPrintable(town->messageText()));

    ExchangePage* village = m_villagePage.get();
    QVERIFY(village->villagePanel()->receiptStatusText().contains(
        QStringLiteral("No receipt from the town yet")));
    Dialogs::setNextFileName(receipt);
    QTest::mouseClick(child<QPushButton>(village, "importReceiptButton"), Qt::LeftButton);
    QVERIFY2(!village->messageIsError(), qPrintable(village->messageText()));
    const QString status = child<QLabel>(village, "receiptStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("The town has received up to batch 1")),
             qPrintable(status));
    QCOMPARE(child<QTableWidget>(village, "exportHistory")->item(0, 4)->text(),
             QStringLiteral("Received"));

    // A second batch, not yet at the town, is shown as such.
    QVERIFY(addChildren(*m_village, 1, QStringLiteral("赵")));
    village->refresh();
    Dialogs::setNextFileName(path(QStringLiteral("tongbao-500110001001-000002.batch.tar")));
    KeyPassword::setNextAnswer(kVillagePassword);
    QTest::mouseClick(child<QPushButton>(village, "exportBatchButton"), Qt::LeftButton);
    QVERIFY(village->villagePanel()->receiptStatusText().contains(
        QStringLiteral("Batch 2 has not reached the town yet")));
    QCOMPARE(child<QTableWidget>(village, "exportHistory")->item(0, 4)->text(),
             QStringLiteral("Not received — send again"));
}

void TestExchangePage::keySheetIsSavedAsPdf() {
    const QString pdf = path(QStringLiteral("sheet.pdf"));
    Dialogs::setNextFileName(pdf);
    m_villagePage->saveKeySheet();
    QVERIFY2(!m_villagePage->messageIsError(), qPrintable(m_villagePage->messageText()));
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
}

void TestExchangePage::mainWindowShowsTheSection() {
    // The section sits in the navigation like the others, and the window opens it.
    auto opened = Ledger::open(m_town->path(), QStringLiteral("tester"), m_clock);
    QVERIFY(opened);
    MainWindow window(std::move(*opened));
    window.setRemembersGeometry(false);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QStringList entries;
    for (int row = 0; row < navigation->count(); ++row)
        entries.append(navigation->item(row)->text());
    QVERIFY(entries.contains(QStringLiteral("Data exchange")));
    QVERIFY(window.showSection(QStringLiteral("exchange")));
    QVERIFY(window.exchangePage()->isVisible());
    QCOMPARE(
        window.exchangePage()->findChild<QTableWidget*>(QStringLiteral("villageTable"))->rowCount(),
        1);

    // For review by eye: TONGBAO_SCREENSHOT_DIR=/some/dir keeps pictures of the section.
    const QString shots = qEnvironmentVariable("TONGBAO_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    // A town has several villages: two more, one of them revoked.
    for (const auto& [name, area] :
         {std::pair{"石林村", "500110001002"}, std::pair{"东溪社区", "500110001003"}}) {
        auto other =
            makeLedger(QStringLiteral("village"), QString::fromUtf8(name), QLatin1String(area));
        QVERIFY(KeyStore(*other).initialize(kVillagePassword, KdfLimits::fastForTests()).ok());
        QVERIFY(TrustRegistry(window.ledger())
                    .add(KeyStore(*other).card()->toFile(), QString::fromUtf8(name),
                         QLatin1String(area))
                    .ok());
    }
    const auto revoked = TrustRegistry(window.ledger()).findSource(QStringLiteral("500110001003"));
    QVERIFY(revoked && TrustRegistry(window.ledger()).revoke(revoked->id, 0).ok());
    window.exchangePage()->refresh();
    QTest::qWait(100);
    window.grab().save(shots + QStringLiteral("/exchange-town.png"));
    auto villageOpened = Ledger::open(m_village->path(), QStringLiteral("tester"), m_clock);
    QVERIFY(villageOpened);
    MainWindow villageWindow(std::move(*villageOpened));
    villageWindow.setRemembersGeometry(false);
    villageWindow.resize(1366, 768);
    villageWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&villageWindow));
    villageWindow.showSection(QStringLiteral("exchange"));
    QTest::qWait(100);
    villageWindow.grab().save(shots + QStringLiteral("/exchange-village.png"));

    // The preview of a batch, as the town sees it before importing.
    KeyPassword::setNextAnswer(kTownPassword);
    whenModal([&](QDialog* dialog) {
        QTest::qWait(50);
        dialog->grab().save(shots + QStringLiteral("/exchange-preview.png"));
        dialog->reject();
    });
    window.exchangePage()->townPanel()->importBatch(
        path(QStringLiteral("tongbao-500110001001-000002.batch.tar")));
    whenModal([&](QDialog* dialog) {
        QTest::qWait(50);
        dialog->grab().save(shots + QStringLiteral("/exchange-refused.png"));
        dialog->reject();
    });
    window.exchangePage()->townPanel()->importBatch(path(QStringLiteral("stranger.tar")));
    Dialogs::setNextFileName(path(QStringLiteral("village.pub")));
    whenModal([&](QDialog* dialog) {
        child<QLineEdit>(dialog, "keyAreaCode")->setText(QStringLiteral("500110001001"));
        QTest::qWait(50);
        dialog->grab().save(shots + QStringLiteral("/exchange-register.png"));
        dialog->reject();
    });
    window.exchangePage()->townPanel()->registerVillageKey();
}

QTEST_MAIN(TestExchangePage)
#include "tst_exchangepage.moc"
