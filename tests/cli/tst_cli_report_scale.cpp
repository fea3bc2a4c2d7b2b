// The "done when" for the monthly report, end to end and with outside readers only: the
// .xlsx that tongbao-cli writes, converted to CSV by LibreOffice (soffice --headless
// --convert-to csv), carries the same numbers, row by row, as the PDF shows (pdftotext -layout).
// Nothing here asks core what the numbers should be: the two files must agree with each other.
//
// On a demo ledger of 10,000 children, as the issue asks (about 20 s, most of it LibreOffice);
// TONGBAO_REPORT_CHILDREN makes another size, and TONGBAO_REPORT_LEDGER names an existing
// ledger to copy and report on instead.
#include "CsvText.h"
#include "security/Accounts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

QString str(const char* text) {
    return QString::fromUtf8(text);
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, int timeoutMs = 600000) {
    QProcess process;
    // A new demo ledger has accounts: the documented demo administrator logs in.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TONGBAO_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("TONGBAO_PASSWORD"), tongbao::Accounts::demoPassword());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run cli(const QStringList& arguments) {
    return run(qEnvironmentVariable("TONGBAO_CLI"), arguments);
}

// A printed or exported figure as a number: "¥1,250.00" and "1250" alike; NaN for "none"
// (an empty cell, or the dash the PDF prints).
double number(QString text) {
    text.remove(QChar(0xA5))
        .remove(QChar(0xFFE5))
        .remove(QLatin1Char(','))
        .remove(QLatin1Char(' '));
    if (text.isEmpty() || text == QString(QChar(0x2014)) || text == QLatin1String("-"))
        return qQNaN();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : std::nan("");
}

bool same(double a, double b) {
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) < 0.051;  // hours are printed to one decimal
}

}  // namespace

class TestCliReportScale : public QObject {
    Q_OBJECT

private slots:
    void libreOfficeCsvOfTheXlsxShowsWhatThePdfShows();
};

void TestCliReportScale::libreOfficeCsvOfTheXlsxShowsWhatThePdfShows() {
    for (const char* name : {"soffice", "pdftotext"})
        if (QStandardPaths::findExecutable(QLatin1String(name)).isEmpty())
            QSKIP("soffice (libreoffice-calc-nogui) and pdftotext (poppler-utils) are needed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ledger = dir.filePath(QStringLiteral("scale.tongbao"));
    const QString given = qEnvironmentVariable("TONGBAO_REPORT_LEDGER");
    if (!given.isEmpty()) {
        QVERIFY2(QFile::copy(given, ledger), qPrintable(given));
    } else {
        const QString children =
            qEnvironmentVariable("TONGBAO_REPORT_CHILDREN", QStringLiteral("10000"));
        const Run demo = cli({QStringLiteral("demo"), ledger, QStringLiteral("--children"),
                              children, QStringLiteral("--seed"), QStringLiteral("11"),
                              QStringLiteral("--on"), QStringLiteral("2026-11-29")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }
    const auto report = [&](const QString& out) {
        QElapsedTimer timer;
        timer.start();
        const Run made =
            cli({QStringLiteral("report"), ledger, QStringLiteral("monthly"),
                 QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--on"),
                 QStringLiteral("2026-11-29"), QStringLiteral("--out"), out});
        qInfo("%s: %lld ms", qPrintable(QFileInfo(out).fileName()), timer.elapsed());
        return made;
    };
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    for (const QString& out : {xlsx, pdf}) {
        const Run made = report(out);
        QVERIFY2(made.code == 0, qPrintable(made.err));
    }

    // LibreOffice writes one CSV per sheet (the trailing -1), UTF-8 (76), as shown.
    const QString converted = dir.filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(converted));
    const Run office = run(
        QStandardPaths::findExecutable(QStringLiteral("soffice")),
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"),
         QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
                        "false,-1"),
         QStringLiteral("--outdir"), converted, xlsx});
    QVERIFY2(office.code == 0, qPrintable(office.err));
    const QStringList sheets =
        QDir(converted).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY(sheets.size() >= 4);

    const QString text = run(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                             {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                             .out;
    QVERIFY(!text.isEmpty());

    // Each sheet: its caption (row 4, "表1 …"), its data rows from row 6 until the foot; the same
    // caption in the PDF starts the part of the text where the same rows must be printed.
    QVector<QVector<QStringList>> tables;
    QStringList captions;
    for (const QString& sheet : sheets) {
        QFile file(QDir(converted).filePath(sheet));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QVector<QStringList> rows =
            tongbao::test::parseCsv(QString::fromUtf8(file.readAll()));
        QString caption;
        int first = -1;
        for (int r = 0; r < rows.size() && first < 0; ++r) {
            if (rows[r].value(0).startsWith(str("表")))
                caption = rows[r].value(0);
            if (!caption.isEmpty() && rows[r].value(0) == str("村民小组"))
                first = r + 2;  // two header rows
        }
        QVERIFY2(first > 0, qPrintable(sheet));
        QVector<QStringList> data;
        for (int r = first; r < rows.size() && !rows[r].value(0).endsWith(str("：")) &&
                            !rows[r].value(0).isEmpty();
             ++r)
            data.append(rows[r]);
        QVERIFY(data.size() >= 2);
        QCOMPARE(data.last().value(0), str("合计"));
        captions.append(caption.section(str("（"), 0, 0).trimmed());
        tables.append(data);
    }

    int cellsCompared = 0;
    // Every table, 表4 included: the PDF sizes each column to its widest figure, so no figure
    // wraps or touches its neighbour and pdftotext reads each row as one line.
    for (int t = 0; t < tables.size(); ++t) {
        const int start = text.indexOf(captions[t]);
        QVERIFY2(start >= 0, qPrintable(captions[t]));
        const int end = t + 1 < captions.size() ? text.indexOf(captions[t + 1], start) : -1;
        const QStringList lines =
            text.mid(start, end < 0 ? -1 : end - start).split(QLatin1Char('\n'));
        for (const QStringList& row : tables[t]) {
            // The last line that starts with the row's label: "合计" also heads columns.
            QStringList printed;
            for (const QString& line : lines) {
                const QStringList tokens = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (!tokens.isEmpty() && tokens.first() == row.value(0))
                    printed = tokens.mid(1);
            }
            QVERIFY2(!printed.isEmpty(), qPrintable(captions[t] + QLatin1Char(' ') + row.value(0)));
            QStringList exported = row.mid(1);
            while (!exported.isEmpty() && exported.last().isEmpty() &&
                   exported.size() > printed.size())
                exported.removeLast();
            QCOMPARE(printed.size(), exported.size());
            for (int c = 0; c < printed.size(); ++c) {
                QVERIFY2(same(number(printed[c]), number(exported[c])),
                         qPrintable(QStringLiteral("%1 %2 column %3: PDF %4, xlsx %5")
                                        .arg(captions[t], row.value(0))
                                        .arg(c + 1)
                                        .arg(printed[c], exported[c])));
                ++cellsCompared;
            }
        }
    }
    qInfo("%d figures agree between the PDF and LibreOffice's reading of the xlsx", cellsCompared);
    QVERIFY(cellsCompared > 100);
}

QTEST_GUILESS_MAIN(TestCliReportScale)
#include "tst_cli_report_scale.moc"
