// tongbao: the desktop program. Everything beyond naming the application is in tongbao_ui.
#include "app/Application.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tongbao"));
    QCoreApplication::setApplicationName(QStringLiteral("tongbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGBAO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("tongbao"));
    // Language (remembered choice, else the system's), font and the first ledger.
    return tongbao::Application::run(app);
}
