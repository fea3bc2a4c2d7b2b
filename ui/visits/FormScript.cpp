#include "visits/FormScript.h"

#include "common/Dialogs.h"
#include "safety/SafetyReportForm.h"
#include "safety/SafetyReports.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "storage/SafetyReportRepository.h"
#include "visits/VisitDraftStore.h"
#include "visits/VisitEntryForm.h"
#include "visits/VisitForms.h"
#include "workbench/WorkbenchPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace tongbao {

namespace {

constexpr int kKeyIntervalMs = 40;

void settle(int milliseconds) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// Types the text into the widget one character at a time, as a keyboard (or an input method
// committing a character) would.
void typeInto(QWidget* target, const QString& text) {
    auto position = std::make_shared<int>(0);
    auto* timer = new QTimer(target);
    timer->setInterval(kKeyIntervalMs);
    QObject::connect(timer, &QTimer::timeout, target, [target, text, position, timer] {
        if (*position >= text.size()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        const QString character = text.mid(*position, 1);
        ++*position;
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, character);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, character);
        QCoreApplication::sendEvent(target, &release);
    });
    timer->start();
}

VisitEntryForm* openVisit(QWidget* window, Ledger& ledger, const FormScript::Options& options) {
    VisitEntryForm* form = VisitForms::open(window, ledger, options.visitChildId);
    if (form && !options.typeText.isEmpty()) {
        auto* problems = qobject_cast<QPlainTextEdit*>(form->field(QStringLiteral("problems")));
        problems->setFocus(Qt::OtherFocusReason);
        problems->moveCursor(QTextCursor::End);
        typeInto(problems, options.typeText);
    }
    return form;
}

// A report id opens that report; a child's id starts a new one.
SafetyReportForm* openReport(QWidget* window, Ledger& ledger, const QString& id) {
    if (ledger.safetyReports().load(id))
        return SafetyReports::openExisting(window, ledger, id);
    return SafetyReports::open(window, ledger, id);
}

void printResumed(QWidget* window, Ledger& ledger) {
    QTextStream out(stdout);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    const int before = Dialogs::messageCount();
    VisitForms::offerDrafts(window, ledger);
    QJsonObject printed;
    printed.insert(QStringLiteral("offered"), Dialogs::messageCount() > before);
    printed.insert(QStringLiteral("message"), Dialogs::lastMessage());
    VisitEntryForm* form = window->findChild<VisitEntryForm*>();
    if (form) {
        printed.insert(QStringLiteral("childId"), form->childId());
        printed.insert(QStringLiteral("draftId"), form->draftId());
        printed.insert(QStringLiteral("visit"), VisitDraftStore::payloadOf(form->visit()));
    }
    out << QString::fromUtf8(QJsonDocument(printed).toJson(QJsonDocument::Compact)) << Qt::endl;
    // Leave the draft where it is: this run only looks.
    QCoreApplication::exit(form ? 0 : 3);
}

// The window with a dialog over it, as a person sees them: the dialog's frame is drawn (the
// offscreen platform has no window decorations) with a soft shadow.
QImage composite(QWidget* window, QWidget* dialog, const QPoint& at) {
    QImage picture = window->grab().toImage();
    const QImage front = dialog->grab().toImage();
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    const int titleHeight = 30;
    const QRect frame(at.x(), at.y(), front.width(), front.height() + titleHeight);
    for (int i = 1; i <= 10; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 7));
        painter.drawRoundedRect(frame.adjusted(-i, -i + 3, i, i + 3), 8 + i, 8 + i);
    }
    painter.setBrush(QColor(0xf3, 0xf4, 0xf6));
    painter.setPen(QColor(0xc5, 0xcb, 0xd3));
    painter.drawRect(QRect(frame.topLeft(), QSize(frame.width() - 1, titleHeight)));
    painter.setPen(QColor(0x1f, 0x2d, 0x3d));
    QFont font = dialog->font();
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.drawText(QRect(frame.left(), frame.top(), frame.width(), titleHeight), Qt::AlignCenter,
                     dialog->windowTitle());
    painter.drawImage(QPoint(frame.left(), frame.top() + titleHeight), front);
    painter.setPen(QColor(0xc5, 0xcb, 0xd3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(0, 0, -1, -1));
    return picture;
}

}  // namespace

void FormScript::afterStart(QWidget* window, Ledger& ledger, const Options& options) {
    if (options.printResumedVisit) {
        QTimer::singleShot(0, window, [window, &ledger] { printResumed(window, ledger); });
        return;
    }
    if (!options.visitChildId.isEmpty()) {
        QTimer::singleShot(0, window, [window, &ledger, options] {
            if (!openVisit(window, ledger, options))
                QCoreApplication::exit(3);
        });
        return;
    }
    if (!options.safetyReportId.isEmpty()) {
        QTimer::singleShot(0, window, [window, &ledger, options] {
            openReport(window, ledger, options.safetyReportId);
        });
        return;
    }
    QTimer::singleShot(0, window, [window, &ledger] { VisitForms::offerDrafts(window, ledger); });
}

bool FormScript::screenshot(QWidget* window,
                            WorkbenchPage* workbench,
                            Ledger& ledger,
                            const Options& options,
                            const QString& path) {
    window->show();
    settle(300);
    QElapsedTimer waited;
    waited.start();
    while (workbench && workbench->isComputing() && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    settle(200);
    QDialog* dialog = nullptr;
    QPoint at;
    if (!options.visitChildId.isEmpty()) {
        dialog = openVisit(window, ledger, options);
        if (dialog) {
            dialog->resize(qMin(1140, window->width() - 60), qMin(700, window->height() - 64));
            at = QPoint((window->width() - dialog->width()) / 2,
                        (window->height() - dialog->height() - 30) / 2);
        }
        if (!options.typeText.isEmpty())
            settle(kKeyIntervalMs * int(options.typeText.size() + 2));
    } else if (!options.safetyReportId.isEmpty()) {
        dialog = openReport(window, ledger, options.safetyReportId);
        if (dialog) {
            // Below the window's banner, which must stay in view.
            int top = 64;
            if (const QWidget* banner = window->findChild<QWidget*>(QStringLiteral("safetyBanner"));
                banner && banner->isVisible())
                top = banner->mapTo(window, QPoint(0, banner->height())).y() + 6;
            dialog->resize(qMin(1300, window->width() - 50), window->height() - top - 30 - 8);
            at = QPoint((window->width() - dialog->width()) / 2, top);
        }
    }
    if (!dialog)
        return window->grab().save(path);
    settle(400);
    return composite(window, dialog, at).save(path);
}

}  // namespace tongbao
