#include "reports/CaseSheetActions.h"

#include "common/Dialogs.h"
#include "reports/ReportOutput.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace tongbao {

namespace {

// Keeps the menu's words in the current language.
class Retranslator : public QObject {
public:
    Retranslator(QMenu* menu, QAction* print, QAction* save)
        : QObject(menu)
        , m_menu(menu)
        , m_print(print)
        , m_save(save) {
        retranslate();
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate() {
        m_menu->setTitle(CaseSheetActions::tr("&Print"));
        m_print->setText(CaseSheetActions::tr("&Print case sheet…"));
        m_save->setText(CaseSheetActions::tr("&Save case sheet as PDF…"));
        m_print->setToolTip(CaseSheetActions::tr("Prints the file as last saved"));
    }

    QMenu* m_menu;
    QAction* m_print;
    QAction* m_save;
};

// The saved child, or a message when the file has not been saved yet.
bool savedChild(QMainWindow* window, Ledger& ledger, const QString& id, QString& name) {
    const Result<Child> child =
        id.isEmpty() ? Result<Child>::failure(QString()) : ledger.children().load(id);
    if (!child) {
        Dialogs::information(window, CaseSheetActions::tr("Case sheet"),
                             CaseSheetActions::tr("Save the child's file first: the case sheet "
                                                  "shows what is saved."));
        return false;
    }
    name = child->name;
    return true;
}

}  // namespace

void CaseSheetActions::install(QMainWindow* window,
                               Ledger& ledger,
                               std::function<QString()> childId) {
    QMenu* menu = window->menuBar()->addMenu(QString());
    menu->setObjectName(QStringLiteral("caseSheetMenu"));
    QAction* print = menu->addAction(QString());
    print->setObjectName(QStringLiteral("printCaseSheetAction"));
    print->setShortcut(QKeySequence::Print);
    QAction* save = menu->addAction(QString());
    save->setObjectName(QStringLiteral("saveCaseSheetAction"));
    window->installEventFilter(new Retranslator(menu, print, save));
    QObject::connect(print, &QAction::triggered, window, [window, &ledger, childId] {
        const QString id = childId();
        QString name;
        if (savedChild(window, ledger, id, name))
            ReportOutput::printCaseSheets(window, ledger, {id});
    });
    QObject::connect(save, &QAction::triggered, window, [window, &ledger, childId] {
        const QString id = childId();
        QString name;
        if (!savedChild(window, ledger, id, name))
            return;
        const QString path = ReportOutput::saveCaseSheets(window, ledger, {id}, name);
        if (!path.isEmpty())
            window->statusBar()->showMessage(tr("Saved as %1.").arg(path), 8000);
    });
}

}  // namespace tongbao
