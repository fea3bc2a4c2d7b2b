#include "exchange/ExchangeTask.h"

#include "login/IdleLock.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QMutex>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tongbao {

namespace {

// ui.md: work that may take more than half a second shows its progress. Shorter work shows no
// dialog at all, only the busy cursor, so a small batch does not flash one on screen.
constexpr int kDialogDelayMs = 500;
// How often the dialog shows the newest report: smooth to the eye, nothing for the worker.
constexpr int kRefreshMs = 100;

int g_dialogDelay = -1;
bool g_running = false;

std::function<void(const ExchangeProgressReport&)>& workerHook() {
    static std::function<void(const ExchangeProgressReport&)> hook;
    return hook;
}

// What the worker reports and the window reads, and the window's request to stop.
struct Shared {
    QMutex mutex;
    ExchangeProgressReport latest;
    bool fresh = false;
    std::atomic<bool> cancel{false};
};

// Keeps the window open while work runs on its ledger: closing it would close the ledger.
class CloseGuard : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

bool ExchangeTask::isRunning() {
    return g_running;
}

void ExchangeTask::setDialogDelay(int milliseconds) {
    g_dialogDelay = milliseconds;
}

void ExchangeTask::setWorkerHook(std::function<void(const ExchangeProgressReport&)> hook) {
    workerHook() = std::move(hook);
}

Status ExchangeTask::run(QWidget* parent,
                         Ledger& ledger,
                         const ExchangeProgressDialog::Texts& texts,
                         const Work& work) {
    if (g_running)
        return Status::failure(
            tr("An export or import is still running. Wait until it has finished."));
    g_running = true;
    const auto notRunning = qScopeGuard([] { g_running = false; });
    const IdleLock::KeyInUse keyInUse;  // the work decrypts pages until it ends

    auto shared = std::make_shared<Shared>();
    const auto hook = workerHook();
    const ExchangeProgressListener listener = [shared, hook](const ExchangeProgressReport& report) {
        {
            const QMutexLocker lock(&shared->mutex);
            shared->latest = report;
            shared->fresh = true;
        }
        if (hook)
            hook(report);
        return !shared->cancel.load();
    };

    // The worker's own connection: same file, same user, same permissions, same clock.
    const QString path = ledger.path();
    const QString actor = ledger.actor();
    const Access access = ledger.writer().context().access;
    const Clock& clock = ledger.clock();
    QString openError;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto opened = Ledger::open(path, actor, clock);
        if (!opened) {
            openError = opened.message();
            return;
        }
        (*opened)->writer().setAccess(access);
        work(**opened, listener);
    }));

    ExchangeProgressDialog dialog(texts, parent);
    QObject::connect(&dialog, &ExchangeProgressDialog::cancelled, &dialog,
                     [shared] { shared->cancel = true; });
    const auto showLatest = [&] {
        ExchangeProgressReport report;
        {
            const QMutexLocker lock(&shared->mutex);
            if (!shared->fresh)
                return;
            report = shared->latest;
            shared->fresh = false;
        }
        dialog.showReport(report);
    };
    CloseGuard keepOpen;
    if (parent)
        parent->window()->installEventFilter(&keepOpen);

    QEventLoop loop;
    bool finished = false;
    QObject::connect(thread.get(), &QThread::finished, &loop, [&] {
        finished = true;
        dialog.setFinished();
        loop.quit();
    });
    QTimer refresh;
    refresh.setInterval(kRefreshMs);
    QObject::connect(&refresh, &QTimer::timeout, &dialog, showLatest);
    QTimer delay;
    delay.setSingleShot(true);
    QObject::connect(&delay, &QTimer::timeout, &loop, &QEventLoop::quit);

    thread->start();
    delay.start(g_dialogDelay >= 0 ? g_dialogDelay : kDialogDelayMs);
    // First without input (a click now would reach the window, not a dialog), then with the
    // dialog, which takes the input while the window waits.
    QApplication::setOverrideCursor(Qt::BusyCursor);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
    if (!finished) {
        showLatest();
        dialog.show();
        refresh.start();
        loop.exec();
    }
    thread->wait();
    if (!openError.isEmpty())
        return Status::failure(openError);
    return Status::success();
}

}  // namespace tongbao
