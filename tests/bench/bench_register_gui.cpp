// bench_register_gui LEDGER: what the register costs the supervisor's laptop in the real window.
// `tongbao-cli bench` times the register's SQL against the sqlite3 program; this program opens
// the same ledger in the GUI's main window, types searches into the search box, sorts by every
// column, filters, scrolls the whole list into memory (the worst a user can do), opens a child's
// file, and prints the time each step blocks the window and the process's peak memory (VmHWM),
// which issue 3 bounds at 150 MB for 100,000 children. Run it under Xvfb so that the real
// window system, fonts and painting are part of the figure (`make bench` does).
#include "app/MainWindow.h"
#include "childfile/ChildFileWindow.h"
#include "childfile/ChildFileWindows.h"
#include "register/ChildListModel.h"
#include "register/RegisterPage.h"
#include "storage/Ledger.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tongbao;

namespace {

// The peak and current resident memory of this process in kB, from the kernel's own account.
qint64 statusKb(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The peak so far, and how much of the memory is SQLite's own (the page caches of every
// connection, the workbench's background ones included, and their statements): now and the most
// it has held at once.
QString peakSoFar() {
    return QStringLiteral("%1 kB; SQLite's own memory: %2 kB now, at most %3 kB")
        .arg(statusKb("VmHWM"))
        .arg(sqlite3_memory_used() / 1024)
        .arg(sqlite3_memory_highwater(0) / 1024);
}

// Lets the window handle everything queued (layout, fetches, painting) and paints it once more.
void settle(QWidget& window) {
    QCoreApplication::processEvents();
    window.repaint();
    QCoreApplication::processEvents();
}

struct Step {
    QString label;
    std::function<void()> action;
};

// Median milliseconds the window is blocked by one step, over `runs` runs of it.
double medianMs(const Step& step, QWidget& window, int runs) {
    QVector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        step.action();
        settle(window);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void print(const QString& line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs("usage: bench_register_gui LEDGER [RUNS]\n", stderr);
        return 2;
    }
    const int runs = std::max(1, arguments.value(2, QStringLiteral("9")).toInt());
    print(QStringLiteral("# memory at start: %1 kB").arg(statusKb("VmRSS")));

    QElapsedTimer opening;
    opening.start();
    auto opened = Ledger::open(arguments.at(1), QStringLiteral("bench"));
    if (!opened) {
        std::fputs(qPrintable(opened.message() + QLatin1Char('\n')), stderr);
        return 1;
    }
    MainWindow window(std::move(*opened));
    window.setRemembersGeometry(false);
    window.resize(1366, 768);
    window.show();
    window.showSection(QStringLiteral("register"));
    settle(window);
    const double openMs = double(opening.nsecsElapsed()) / 1e6;

    RegisterPage* page = window.registerPage();
    ChildListModel* model = page->model();
    auto* searchBox = page->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    auto* table = page->findChild<QTableView*>(QStringLiteral("childTable"));
    if (!searchBox || !table) {
        std::fputs("the register page has no search box or table\n", stderr);
        return 1;
    }
    const int total = model->totalCount();
    // A child from the middle of the register gives texts that find a typical number of others.
    model->sort(ChildListModel::Name);
    table->scrollTo(model->index(std::min(total, 150) - 1, 0));
    settle(window);
    const QString name =
        model->index(std::min(total, 150) - 1, ChildListModel::Name).data().toString();
    print(QStringLiteral("# peak memory with the window open (VmHWM): %1").arg(peakSoFar()));
    print(QStringLiteral("# %1 children; window opened with the register in %2 ms")
              .arg(total)
              .arg(openMs, 0, 'f', 1));
    print(
        QStringLiteral("# median of %1 runs: milliseconds the window is blocked, painting included")
            .arg(runs));

    // Each keystroke as the search box hands it to the list once typing pauses: without the
    // pause (the page waits RegisterPage::SearchDelayMs for the next key), which is idle time.
    for (QTimer* timer : page->findChildren<QTimer*>()) {
        if (timer->isSingleShot() && timer->interval() == RegisterPage::SearchDelayMs)
            timer->setInterval(0);
    }
    auto type = [searchBox](const QString& text) {
        return [searchBox, text] { searchBox->setText(text); };
    };
    QVector<Step> steps;
    steps.append(
        {QStringLiteral("search name part \"%1\"").arg(name.right(1)), type(name.right(1))});
    steps.append({QStringLiteral("search full name \"%1\"").arg(name), type(name)});
    steps.append({QStringLiteral("search one letter \"y\""), type(QStringLiteral("y"))});
    steps.append({QStringLiteral("search pinyin initials \"yt\""), type(QStringLiteral("yt"))});
    steps.append({QStringLiteral("search ID part \"0110\""), type(QStringLiteral("0110"))});
    steps.append({QStringLiteral("clear the search"), type(QString())});
    for (int column = 0; column < ChildListModel::ColumnCount; ++column) {
        if (!ChildListModel::isSortable(column))
            continue;
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        steps.append({QStringLiteral("sort by %1, both ways").arg(header), [table, column] {
                          table->sortByColumn(column, Qt::DescendingOrder);
                          table->sortByColumn(column, Qt::AscendingOrder);
                      }});
    }
    // BENCH_ONLY=search (say) runs only the steps whose label starts so, e.g. under a profiler.
    const QString only = qEnvironmentVariable("BENCH_ONLY");
    for (const Step& step : steps) {
        if (!step.label.startsWith(only))
            continue;
        print(QStringLiteral("%1 %2")
                  .arg(step.label, -40)
                  .arg(medianMs(step, window, runs), 8, 'f', 2));
    }
    print(QStringLiteral("# peak memory so far (VmHWM): %1").arg(peakSoFar()));
    if (!only.isEmpty())
        return 0;

    // The worst a user can do: drag the scroll bar through the whole register, a page of rows
    // at a time, so that every row is read once.
    table->sortByColumn(ChildListModel::Name, Qt::AscendingOrder);
    settle(window);
    QVector<double> pageTimes;
    for (int row = 0; row < model->rowCount(); row += ChildListModel::PageSize) {
        QElapsedTimer timer;
        timer.start();
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        settle(window);
        pageTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!pageTimes.isEmpty()) {
        const double last = pageTimes.last();
        std::sort(pageTimes.begin(), pageTimes.end());
        print(QStringLiteral("scroll through %1 rows, %2 screens: median %3 ms, slowest %4 ms, "
                             "last %5 ms; rows in memory after: %6")
                  .arg(model->rowCount())
                  .arg(pageTimes.size())
                  .arg(pageTimes.at(pageTimes.size() / 2), 0, 'f', 2)
                  .arg(pageTimes.last(), 0, 'f', 2)
                  .arg(last, 0, 'f', 2)
                  .arg(model->cachedRowCount()));
    }
    print(QStringLiteral("# peak memory so far (VmHWM): %1").arg(peakSoFar()));

    const QString childId = model->index(0, 0).data(ChildListModel::ChildIdRole).toString();
    QElapsedTimer openingFile;
    openingFile.start();
    QWidget* file = page->childFiles()->open(childId);
    if (file)
        settle(*file);
    print(QStringLiteral("open a child's file %1 ms")
              .arg(double(openingFile.nsecsElapsed()) / 1e6, 0, 'f', 2));

    // RssFile is mostly fonts and libraries mapped from disk, shared with other programs.
    print(QStringLiteral("# peak memory of the GUI (VmHWM): %1 kB; now (VmRSS): %2 kB, of which "
                         "heap and stacks (RssAnon) %3 kB, mapped files (RssFile) %4 kB")
              .arg(statusKb("VmHWM"))
              .arg(statusKb("VmRSS"))
              .arg(statusKb("RssAnon"))
              .arg(statusKb("RssFile")));
    return 0;
}
