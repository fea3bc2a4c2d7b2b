// The architecture's one hard rule, checked: core never uses QtWidgets, so the headless CLI
// runs where no window system exists.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestBoundary : public QObject {
    Q_OBJECT

private slots:
    void coreIncludesNoWidgetsHeader() {
        const QString source = qEnvironmentVariable("TONGBAO_SOURCE_DIR");
        QVERIFY(!source.isEmpty());
        const QRegularExpression widgets(QStringLiteral(
            "#\\s*include\\s*[<\"](QtWidgets|QWidget|QDialog|QMessageBox|QMainWindow|"
            "QApplication|QAbstractButton|QLineEdit|QTableView)"));
        QDirIterator files(source + QStringLiteral("/core"),
                           {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                           QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(!widgets.match(text).hasMatch(), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    void cliDoesNotLinkWidgets() {
        QFile cli(qEnvironmentVariable("TONGBAO_CLI"));
        QVERIFY(cli.open(QIODevice::ReadOnly));
        const QByteArray binary = cli.readAll();
        QVERIFY(binary.contains("libQt6Core.so"));  // the check can see dynamic dependencies
        QVERIFY(!binary.contains("libQt6Widgets.so"));
    }
};

QTEST_GUILESS_MAIN(TestBoundary)
#include "tst_boundary.moc"
