// End to end: tongbao-cli report / ledger-sheet / case-sheet / visit-form on a demo ledger, with
// the files checked by outside readers: the .xlsx unzipped and its XML read cell by cell (and,
// where LibreOffice is installed, converted to CSV by it), the PDFs by poppler's pdfinfo,
// pdftotext and pdffonts. Every number must be the one the report computed in core.
#include "CliLogin.h"
#include "CsvText.h"
#include "TempLedger.h"

#include "report/MonthlyReport.h"
#include "report/MonthlyReportLayout.h"
#include "storage/Ledger.h"
#include "storage/ReportQueries.h"
#include "storage/SafetyReportRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <functional>
#include <optional>

#ifdef TONGBAO_HAVE_QUAZIP
#include <quazip.h>
#include <quazipfile.h>
#endif

using namespace tongbao;
using namespace tongbao::test;

namespace {

QString str(const char* text) {
    return QString::fromUtf8(text);
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, int timeoutMs = 120000) {
    QProcess process;
    process.setProcessEnvironment(tongbao::test::demoLogin());  // demo ledgers have accounts
    process.start(qEnvironmentVariable("TONGBAO_CLI"), arguments);
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs an outside tool; an empty string when it is not installed.
QString tool(const QString& name, const QStringList& arguments) {
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        return {};
    QProcess process;
    process.start(path, arguments);
    process.waitForFinished(180000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

#define REQUIRE_TOOL(name)                                                               \
    if (QStandardPaths::findExecutable(QStringLiteral(name)).isEmpty())                  \
    QSKIP(name                                                                           \
          " is not installed (Debian package poppler-utils or libreoffice-calc-nogui); " \
          "this check needs it")

// A worksheet read from the .xlsx: cell text by (row, column), whether it was stored as a
// string, and the sheet's XML for checks of panes, merges and filters.
struct Sheet {
    QHash<QPair<int, int>, QString> cells;
    QHash<QPair<int, int>, bool> isText;
    QString xml;

    QString at(int row, int column) const { return cells.value({row, column}); }
};

QPair<int, int> cellPosition(const QString& reference) {
    int column = 0, i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i)
        column = column * 26 + (reference[i].unicode() - 'A' + 1);
    return {reference.mid(i).toInt() - 1, column - 1};
}

#ifdef TONGBAO_HAVE_QUAZIP
QByteArray zipEntry(const QString& zipPath, const QString& entry) {
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QVector<Sheet> readXlsx(const QString& path) {
    QStringList shared;
    QXmlStreamReader strings(zipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == QLatin1String("si"))
            current.clear();
        else if (strings.isStartElement() && strings.name() == QLatin1String("t"))
            current += strings.readElementText();
        else if (strings.isEndElement() && strings.name() == QLatin1String("si"))
            shared.append(current);
    }
    QVector<Sheet> sheets;
    for (int n = 1;; ++n) {
        const QByteArray xml = zipEntry(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n));
        if (xml.isEmpty())
            break;
        Sheet sheet;
        sheet.xml = QString::fromUtf8(xml);
        QXmlStreamReader reader(xml);
        QPair<int, int> position;
        QString type;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (reader.name() == QLatin1String("c")) {
                position = cellPosition(reader.attributes().value(QLatin1String("r")).toString());
                type = reader.attributes().value(QLatin1String("t")).toString();
            } else if (reader.name() == QLatin1String("v")) {
                const QString value = reader.readElementText();
                sheet.cells[position] =
                    type == QLatin1String("s") ? shared.value(value.toInt()) : value;
                sheet.isText[position] = type == QLatin1String("s");
            } else if (reader.name() == QLatin1String("t") && type == QLatin1String("inlineStr")) {
                sheet.cells[position] = reader.readElementText();
                sheet.isText[position] = true;
            }
        }
        sheets.append(sheet);
    }
    return sheets;
}
#endif

// The number a report cell holds, as a spreadsheet stores it; NaN for "none".
double expectedNumber(const ReportCell& cell) {
    switch (cell.kind) {
        case ReportCell::Kind::Count:
            return double(cell.value);
        case ReportCell::Kind::Money:
            return double(cell.value) / 100.0;
        case ReportCell::Kind::Hours:
            return cell.hours ? std::round(*cell.hours * 10) / 10 : qQNaN();
    }
    return qQNaN();
}

bool sameNumber(const QString& text, double expected) {
    if (qIsNaN(expected))
        return text.isEmpty() || text == QString(QChar(0x2014));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::abs(value - expected) < 1e-6;
}

// Compares the data rows of one table (starting at `firstRow`, labels in the first
// `labelColumns` cells) with the computed report.
bool rowsMatch(const std::function<QString(int, int)>& cell,
               int firstRow,
               int labelColumns,
               const MonthlyReport& report,
               const ReportTable& table,
               QString& problem) {
    const QVector<ReportRow> rows = MonthlyReportLayout::rows(report);
    for (int r = 0; r < rows.size(); ++r) {
        if (cell(firstRow + r, labelColumns - 1) != rows[r].group) {
            problem = QStringLiteral("row %1 label %2").arg(r).arg(cell(firstRow + r, 0));
            return false;
        }
        for (int c = 0; c < table.columns.size(); ++c) {
            const double expected = expectedNumber(table.columns[c].cell(*rows[r].figures));
            const QString text = cell(firstRow + r, labelColumns + c);
            if (!sameNumber(text, expected)) {
                problem = QStringLiteral("%1 row %2 column %3: %4, expected %5")
                              .arg(table.number)
                              .arg(r)
                              .arg(c)
                              .arg(text)
                              .arg(expected);
                return false;
            }
        }
    }
    return true;
}

}  // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ledger;
    std::optional<MonthlyReport> m_report;
    QStringList m_activeIds;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList reportArgs(const QString& out) const {
        return {QStringLiteral("report"),
                m_ledger,
                QStringLiteral("monthly"),
                QStringLiteral("--month"),
                QStringLiteral("2026-10"),
                QStringLiteral("--on"),
                QStringLiteral("2026-11-29"),
                QStringLiteral("--out"),
                out};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ledger = path(QStringLiteral("demo.tongbao"));
        const Run demo = cli({QStringLiteral("demo"), m_ledger, QStringLiteral("--children"),
                              QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5"),
                              QStringLiteral("--on"), QStringLiteral("2026-11-29")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(23, 59, 59)));
        unlockDemo(m_ledger);
        auto opened = Ledger::open(m_ledger, QStringLiteral("tester"), clock);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        const Result<MonthlyReport> report = MonthlyReport::compute(**opened, QDate(2026, 10, 1));
        QVERIFY(report.ok());
        m_report = *report;
        QVERIFY(m_report->total.onFile > 100);
        m_activeIds = ReportQueries((*opened)->database()).activeChildIds();
    }

    void xlsxHoldsTheReportsNumbers() {
#ifndef TONGBAO_HAVE_QUAZIP
        QSKIP("QuaZip (libquazip1-qt6-dev) is not installed; the .xlsx cannot be read back");
#else
        const QString out = path(QStringLiteral("report.xlsx"));
        const Run run = cli(reportArgs(out));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), out);
        const QVector<Sheet> sheets = readXlsx(out);
        const QVector<ReportTable> tables = MonthlyReportLayout::tables(*m_report);
        QCOMPARE(sheets.size(), tables.size());
        for (int i = 0; i < tables.size(); ++i) {
            const Sheet& sheet = sheets[i];
            QCOMPARE(sheet.at(0, 0), MonthlyReportLayout::title(*m_report));
            QVERIFY(sheet.at(1, 0).contains(str("2026年10月")));
            QVERIFY(sheet.at(2, 0).startsWith(str("填报单位（盖章）：")));
            QVERIFY(sheet.xml.contains(QLatin1String("state=\"frozen\"")));
            QVERIFY(sheet.xml.contains(QLatin1String("<mergeCell ")));
            QString problem;
            const auto cell = [&sheet](int r, int c) { return sheet.at(r, c); };
            QVERIFY2(rowsMatch(cell, 5, 1, *m_report, tables[i], problem), qPrintable(problem));
            QVERIFY(!sheet.isText.value({5, 1}));  // numbers are numbers
            const int foot = 5 + int(MonthlyReportLayout::rows(*m_report).size()) + 1;
            QVERIFY(sheet.cells.values().contains(str("单位负责人：")));
            QVERIFY(sheet.cells.values().contains(str("填表人：")));
            QVERIFY(sheet.at(foot, 0) == str("单位负责人："));
        }
#endif
    }

    void libreOfficeReadsTheSameNumbers() {
        REQUIRE_TOOL("soffice");
        const QString out = path(QStringLiteral("lo.xlsx"));
        QCOMPARE(cli(reportArgs(out)).code, 0);
        const QString converted = path(QStringLiteral("lo"));
        QDir().mkpath(converted);
        tool(QStringLiteral("soffice"),
             {QStringLiteral("-env:UserInstallation=file://") + path(QStringLiteral("profile")),
              QStringLiteral("--headless"), QStringLiteral("--convert-to"),
              QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
                             "false,false,-1"),
              QStringLiteral("--outdir"), converted, out});
        const QVector<ReportTable> tables = MonthlyReportLayout::tables(*m_report);
        const QStringList files =
            QDir(converted).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), tables.size());  // LibreOffice opened every sheet
        for (int i = 0; i < tables.size(); ++i) {
            QFile file(QDir(converted).filePath(files[i]));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QVector<QStringList> rows = test::parseCsv(QString::fromUtf8(file.readAll()));
            QString problem;
            const auto cell = [&rows](int r, int c) { return rows.value(r).value(c); };
            QVERIFY2(rowsMatch(cell, 5, 1, *m_report, tables[i], problem), qPrintable(problem));
        }
    }

    void csvHoldsTheSameNumbers() {
        const QString out = path(QStringLiteral("report.csv"));
        QCOMPARE(cli(reportArgs(out)).code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const QVector<QStringList> rows = test::parseCsv(QString::fromUtf8(bytes));
        for (const ReportTable& table : MonthlyReportLayout::tables(*m_report)) {
            int caption = -1;
            for (int r = 0; r < rows.size() && caption < 0; ++r) {
                if (rows[r].value(0) == table.caption())
                    caption = r;
            }
            QVERIFY(caption >= 0);
            QString problem;
            const auto cell = [&rows](int r, int c) { return rows.value(r).value(c); };
            QVERIFY2(rowsMatch(cell, caption + 2, 1, *m_report, table, problem),
                     qPrintable(problem));
        }
    }

    void pdfIsAnA4LandscapeDocumentWithEmbeddedFonts() {
        REQUIRE_TOOL("pdfinfo");
        const QString out = path(QStringLiteral("report.pdf"));
        const Run run = cli(reportArgs(out));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString info = tool(QStringLiteral("pdfinfo"), {out});
        QVERIFY2(info.contains(QLatin1String("(A4)")), qPrintable(info));
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
        QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble());  // landscape
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\b"))));

        const QString text = tool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-layout"), out, QStringLiteral("-")});
        for (const char* label :
             {"困境儿童保障工作月报", "填报单位（盖章）", "填报日期：2026年11月29日",
              "单位负责人：", "复核人：", "填表人：", "按困境类别分(人)", "合计"})
            QVERIFY2(text.contains(str(label)), label);
        // The total row of 表1 shows the same numbers as the report.
        const QString firstPage = text.section(QChar(0x0C), 0, 0);
        QString totalLine;
        for (const QString& line : firstPage.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(str("合计")))
                totalLine = line;
        }
        QStringList numbers = totalLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        numbers.removeFirst();
        const ReportTable table = MonthlyReportLayout::tables(*m_report).first();
        QCOMPARE(numbers.size(), table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c)
            QCOMPARE(numbers[c].toLongLong(), table.columns[c].cell(m_report->total).value);

        const QStringList fonts = tool(QStringLiteral("pdffonts"), {out}).split(QLatin1Char('\n'));
        QVERIFY(fonts.size() > 2);
        for (const QString& line : fonts.mid(2)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line));
        }
    }

    void reportExplainsUsageMistakes() {
        Run run = cli({QStringLiteral("report"), m_ledger, QStringLiteral("monthly"),
                       QStringLiteral("--month"), QStringLiteral("2026-10")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(str("困境儿童月报_2026年10月.xlsx")), qPrintable(run.err));
        run = cli({QStringLiteral("report"), m_ledger, QStringLiteral("monthly"),
                   QStringLiteral("--month"), QStringLiteral("2026/10"), QStringLiteral("--out"),
                   path(QStringLiteral("x.xlsx"))});
        QCOMPARE(run.code, 2);
        run = cli({QStringLiteral("report"), m_ledger, QStringLiteral("monthly"),
                   QStringLiteral("--out"), path(QStringLiteral("x.doc"))});
        QCOMPARE(run.code, 2);
        run = cli({QStringLiteral("report"), m_ledger, QStringLiteral("yearly"),
                   QStringLiteral("--out"), path(QStringLiteral("x.xlsx"))});
        QCOMPARE(run.code, 2);
        run = cli({QStringLiteral("report"), path(QStringLiteral("missing.tongbao")),
                   QStringLiteral("monthly"), QStringLiteral("--out"),
                   path(QStringLiteral("x.xlsx"))});
        QCOMPARE(run.code, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.xlsx"))));
    }

    void ledgerSheetKeepsIdNumbersAsText() {
#ifndef TONGBAO_HAVE_QUAZIP
        QSKIP("QuaZip (libquazip1-qt6-dev) is not installed; the .xlsx cannot be read back");
#else
        const QString out = path(QStringLiteral("ledger.xlsx"));
        const Run run =
            cli({QStringLiteral("ledger-sheet"), m_ledger, QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const Run list = cli({QStringLiteral("list"), m_ledger, QStringLiteral("--full-id")});
        QSet<QString> expected;
        for (const QString& line : list.out.split(QLatin1Char('\n')).mid(1)) {
            const QString number = line.section(QLatin1Char('\t'), 5, 5);
            if (!number.isEmpty())
                expected.insert(number);
        }
        const QVector<Sheet> sheets = readXlsx(out);
        QCOMPARE(sheets.size(), 1);
        const Sheet& sheet = sheets.first();
        QCOMPARE(sheet.at(2, 4), str("公民身份号码"));
        QVERIFY(sheet.xml.contains(QLatin1String("<autoFilter ")));
        QVERIFY(sheet.xml.contains(QLatin1String("state=\"frozen\"")));
        QSet<QString> found;
        int rows = 0;
        for (int r = 3; !sheet.at(r, 2).isEmpty(); ++r, ++rows) {
            const QString number = sheet.at(r, 4);
            if (number.isEmpty())
                continue;
            QVERIFY2(sheet.isText.value({r, 4}), qPrintable(number));
            QCOMPARE(number.size(), 18);
            found.insert(number);
        }
        QCOMPARE(rows, int(m_activeIds.size()));
        QCOMPARE(found, expected);
#endif
    }

    void caseSheetsForEveryone() {
        REQUIRE_TOOL("pdfinfo");
        const QString out = path(QStringLiteral("cases.pdf"));
        const Run run = cli({QStringLiteral("case-sheet"), m_ledger, QStringLiteral("--all"),
                             QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString info = tool(QStringLiteral("pdfinfo"), {out});
        QVERIFY(info.contains(QLatin1String("(A4)")));
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
        QVERIFY(size.captured(1).toDouble() < size.captured(2).toDouble());  // portrait
        const int pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY(pages >= m_activeIds.size());
        const QString text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        const QString name = cli({QStringLiteral("list"), m_ledger})
                                 .out.section(QLatin1Char('\n'), 1, 1)
                                 .section(QLatin1Char('\t'), 1, 1);
        for (const QString& expected :
             {str("困境儿童个案档案表"), str("一、基本情况"), str("六、走访记录"),
              str("第 1 页 / 共"), str("打印日期："), name})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(str("未结案的强制报告")));  // not without the flag
        const QStringList fonts = tool(QStringLiteral("pdffonts"), {out}).split(QLatin1Char('\n'));
        for (const QString& line : fonts.mid(2)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line));
        }
    }

    void openSafetyReportsOnlyWhenAllowed() {
        REQUIRE_TOOL("pdftotext");
        QString child;
        {
            unlockDemo(m_ledger);
            auto opened = Ledger::open(m_ledger, QStringLiteral("tester"));
            QVERIFY(opened.ok());
            const QVector<SafetyReport> open = (*opened)->safetyReports().open();
            if (open.isEmpty())
                QSKIP("the demo ledger has no open safety report");
            child = open.first().childId;
        }
        const QString with = path(QStringLiteral("with.pdf"));
        const QString without = path(QStringLiteral("without.pdf"));
        QCOMPARE(cli({QStringLiteral("case-sheet"), m_ledger, QStringLiteral("--child"), child,
                      QStringLiteral("--with-safety-reports"), QStringLiteral("--out"), with})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("case-sheet"), m_ledger, QStringLiteral("--child"), child,
                      QStringLiteral("--out"), without})
                     .code,
                 0);
        QVERIFY(tool(QStringLiteral("pdftotext"), {with, QStringLiteral("-")})
                    .contains(str("未结案的强制报告")));
        QVERIFY(!tool(QStringLiteral("pdftotext"), {without, QStringLiteral("-")})
                     .contains(str("未结案的强制报告")));
    }

    void fiveHundredCaseSheetsInUnderThirtySeconds() {
        REQUIRE_TOOL("pdfinfo");
        const QString ledger = path(QStringLiteral("five-hundred.tongbao"));
        QCOMPARE(cli({QStringLiteral("demo"), ledger, QStringLiteral("--children"),
                      QStringLiteral("500"), QStringLiteral("--on"), QStringLiteral("2026-11-29")})
                     .code,
                 0);
        const QString out = path(QStringLiteral("five-hundred.pdf"));
        QElapsedTimer timer;
        timer.start();
        const Run run = cli({QStringLiteral("case-sheet"), ledger, QStringLiteral("--all"),
                             QStringLiteral("--out"), out});
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(run.code == 0, qPrintable(run.err));
        qInfo("500 case sheets: %lld ms", elapsed);
        QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                              .match(tool(QStringLiteral("pdfinfo"), {out}))
                              .captured(1)
                              .toInt();
        QVERIFY(pages >= 450);  // a few children have left since; each of the rest has a sheet
    }

    void visitFormsBlankAndFilledIn() {
        REQUIRE_TOOL("pdftotext");
        const QString blank = path(QStringLiteral("blank.pdf"));
        QCOMPARE(cli({QStringLiteral("visit-form"), m_ledger, QStringLiteral("--out"), blank}).code,
                 0);
        QVERIFY(tool(QStringLiteral("pdfinfo"), {blank})
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
        const QString blankText = tool(QStringLiteral("pdftotext"), {blank, QStringLiteral("-")});
        QVERIFY(blankText.contains(str("困境儿童走访记录表")));
        QVERIFY(blankText.contains(str("走访人（签字）")));

        const QString line = cli({QStringLiteral("list"), m_ledger, QStringLiteral("--full-id")})
                                 .out.section(QLatin1Char('\n'), 1, 1);
        const QString name = line.section(QLatin1Char('\t'), 1, 1);
        const QString number = line.section(QLatin1Char('\t'), 5, 5);
        const QString filled = path(QStringLiteral("filled.pdf"));
        const Run run = cli({QStringLiteral("visit-form"), m_ledger, QStringLiteral("--child"),
                             number, QStringLiteral("--out"), filled});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = tool(QStringLiteral("pdftotext"), {filled, QStringLiteral("-")});
        QVERIFY(text.contains(name));
        QVERIFY(!text.contains(number));  // the paper leaves the office: the number is masked
        QVERIFY(text.contains(number.left(6) + QStringLiteral("********")));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
