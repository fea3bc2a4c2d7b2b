// The data exchange section driven through its real widgets, offscreen: a village makes its
// keys, saves its public key file and registration sheet, installs the town's key and exports a
// batch; the town registers the village's key (comparing the fingerprint the dialog shows),
// previews the batch, cancels (nothing written), imports it, sees a repeated batch as already
// imported, refuses a batch from an unregistered village before asking for any password, and
// writes a receipt that the village imports. Long work shows its progress and can be cancelled:
// an export cancelled half-way leaves no file and no mark, an import cancelled half-way changes
// nothing, and while one runs no second one starts and the window does not close.
// TONGBAO_SCREENSHOT_DIR=/dir keeps pictures.
#include "TempLedger.h"
#include "app/MainWindow.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/Localization.h"
#include "domain/Child.h"
#include "domain/Household.h"
#include "exchange/BatchExporter.h"
#include "exchange/ExchangePage.h"
#include "exchange/ExchangeProgressDialog.h"
#include "exchange/ExchangeTask.h"
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
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSemaphore>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include <atomic>
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

// Calls `act` with each modal dialog shown (polling), until it returns true.
void untilDone(std::function<bool(QDialog*)> act) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || !act(dialog))
            return;
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

// Holds the worker of an export or import at the first report of `step` after some records,
// until the test has looked at the progress dialog and acted on it.
class WorkerHold {
public:
    explicit WorkerHold(ExchangeStep step) {
        ExchangeTask::setDialogDelay(0);
        ExchangeTask::setWorkerHook([this, step](const ExchangeProgressReport& report) {
            if (report.step != step || report.done == 0 || m_heldOnce.exchange(true))
                return;
            m_held.release();
            m_release.tryAcquire(1, 20000);  // never forever, even when the test goes wrong
        });
    }
    ~WorkerHold() {
        ExchangeTask::setWorkerHook({});
        ExchangeTask::setDialogDelay(-1);
    }
    // Whether the worker waits now (true once).
    bool held() { return m_held.tryAcquire(); }
    void release() { m_release.release(); }

private:
    std::atomic<bool> m_heldOnce{false};
    QSemaphore m_held;
    QSemaphore m_release;
};

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
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
    void villageCancelsAnExportThenExports();
    void townCancelsAnImportThenImports();
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

void TestExchangePage::villageCancelsAnExportThenExports() {
    ExchangePage* page = m_villagePage.get();
    QVERIFY(addChildren(*m_village, 300, QStringLiteral("陈")));
    page->refresh();
    auto* history = child<QTableWidget>(page, "exportHistory");
    const int exported = history->rowCount();
    const QStringList before = dump(*m_village);
    QTemporaryDir stick;
    const QString batch = stick.filePath(QStringLiteral("tongbao-500110001001-000003.batch.tar"));

    // Cancelled half-way: no file (nor a temporary one), no mark, the same next batch.
    QString step;
    int bar = -1;
    bool cancelOffered = false;
    {
        WorkerHold hold(ExchangeStep::ExportingRecords);
        untilDone([&](QDialog* dialog) {
            auto* progress = qobject_cast<ExchangeProgressDialog*>(dialog);
            if (!progress || !hold.held())
                return false;
            QTest::qWait(150);  // the dialog shows the newest report
            step = progress->stepText();
            bar = progress->barValue();
            cancelOffered = progress->cancelButton()->isEnabled();
            QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
            hold.release();
            return true;
        });
        Dialogs::setNextFileName(batch);
        KeyPassword::setNextAnswer(kVillagePassword);
        QTest::mouseClick(child<QPushButton>(page, "exportBatchButton"), Qt::LeftButton);
    }
    QVERIFY2(step.startsWith(QStringLiteral("Encrypting households into the batch file")),
             qPrintable(step));
    QVERIFY(bar >= 0 && bar < 100);
    QVERIFY(cancelOffered);
    QCOMPARE(
        page->messageText(),
        QStringLiteral("Export cancelled; no batch file was written and nothing was changed."));
    QVERIFY(!page->messageIsError());
    QCOMPARE(filesIn(stick.path()), QStringList());
    QCOMPARE(history->rowCount(), exported);
    QCOMPARE(dump(*m_village), before);
    QVERIFY(page->villagePanel()->pendingText().contains(QStringLiteral("number 3")));

    // Then exported in full, the dialog showing throughout.
    ExchangeTask::setDialogDelay(0);
    Dialogs::setNextFileName(batch);
    KeyPassword::setNextAnswer(kVillagePassword);
    QTest::mouseClick(child<QPushButton>(page, "exportBatchButton"), Qt::LeftButton);
    ExchangeTask::setDialogDelay(-1);
    QVERIFY2(!page->messageIsError(), qPrintable(page->messageText()));
    QVERIFY(page->messageText().contains(QStringLiteral("Batch 3")));
    QCOMPARE(filesIn(stick.path()), QStringList{QFileInfo(batch).fileName()});
    QCOMPARE(history->rowCount(), exported + 1);
    QVERIFY(QFile::copy(batch, path(QStringLiteral("tongbao-500110001001-000003.batch.tar"))));
}

void TestExchangePage::townCancelsAnImportThenImports() {
    ExchangePage* page = m_townPage.get();
    const QString batch = path(QStringLiteral("tongbao-500110001001-000003.batch.tar"));
    const QStringList before = dump(*m_town);
    auto* table = child<QTableWidget>(page, "villageTable");
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));

    // The batch is checked (its progress shown), previewed, then imported and cancelled while
    // children are being written: the town is as it was.
    QString subject;
    QString step;
    QString counted;
    bool secondRefused = false;
    bool dropRefused = false;
    bool stayedOpen = false;
    {
        WorkerHold hold(ExchangeStep::WritingRecords);
        untilDone([&](QDialog* dialog) {
            if (auto* preview = qobject_cast<ImportPreviewDialog*>(dialog)) {
                QTest::mouseClick(child<QPushButton>(preview, "previewImportButton"),
                                  Qt::LeftButton);
                return false;
            }
            auto* progress = qobject_cast<ExchangeProgressDialog*>(dialog);
            if (!progress || !hold.held())
                return false;
            QTest::qWait(150);
            subject = child<QLabel>(progress, "progressSubject")->text();
            step = progress->stepText();
            counted = child<QLabel>(progress, "progressCount")->text();
            // While it runs: no second exchange, no dropped batch, and the window stays open.
            secondRefused = !page->townPanel()->importBatch(m_batch);
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(m_batch)});
            QDragEnterEvent enter(QPoint(40, 40), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(page, &enter);
            dropRefused = !enter.isAccepted();
            page->close();
            stayedOpen = page->isVisible();
            const QString shots = qEnvironmentVariable("TONGBAO_SCREENSHOT_DIR");
            if (!shots.isEmpty())
                progress->grab().save(shots + QStringLiteral("/exchange-progress.png"));
            // Cancel asks first; the answer is "Stop the import".
            Dialogs::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
            hold.release();
            return true;
        });
        KeyPassword::setNextAnswer(kTownPassword);
        QVERIFY(!page->townPanel()->importBatch(batch));
    }
    QVERIFY2(subject.startsWith(QStringLiteral("Batch 3 from 桥河社区居委会")),
             qPrintable(subject));
    QVERIFY2(step.startsWith(QStringLiteral("Writing households into the ledger")),
             qPrintable(step));
    QVERIFY2(counted.contains(QStringLiteral(" records")), qPrintable(counted));
    QVERIFY(secondRefused);
    QVERIFY(dropRefused);
    QVERIFY(stayedOpen);
    QCOMPARE(Dialogs::lastMessage(),
             QStringLiteral("Stop importing this batch? Nothing will be changed, and what was done "
                            "so far is undone. You can import the batch again later."));
    QCOMPARE(page->messageText(), QStringLiteral("Import cancelled; nothing was changed."));
    QVERIFY(!page->messageIsError());
    QCOMPARE(dump(*m_town), before);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));

    // Imported in full (batch 2 has not come: a gap, imported and reported).
    ExchangeTask::setDialogDelay(0);
    KeyPassword::setNextAnswer(kTownPassword);
    untilDone([&](QDialog* dialog) {
        if (!qobject_cast<ImportPreviewDialog*>(dialog))
            return false;
        QTest::mouseClick(child<QPushButton>(dialog, "previewImportButton"), Qt::LeftButton);
        return true;
    });
    QVERIFY(page->townPanel()->importBatch(batch));
    ExchangeTask::setDialogDelay(-1);
    QCOMPARE(count(*m_town, "child"), qint64(303));
    QVERIFY2(page->messageText().contains(QStringLiteral("was imported")),
             qPrintable(page->messageText()));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("2"));
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
