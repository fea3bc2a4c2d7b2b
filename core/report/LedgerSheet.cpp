#include "report/LedgerSheet.h"

#include "domain/Child.h"
#include "domain/Vocabulary.h"
#include "report/DocumentFormat.h"
#include "report/XlsxWorkbook.h"
#include "schedule/VisitSchedule.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"
#include "storage/ReportQueries.h"

#include <xlsxwriter.h>

namespace tongbao {

namespace {

enum class Kind { Text, Number, Money, Date };

struct SheetColumn {
    const char* header;
    double width;
    Kind kind;
};

// The columns in order; the values follow in rowValues().
const SheetColumn kColumns[] = {
    {"序号", 6, Kind::Number},
    {"村民小组", 10, Kind::Text},
    {"姓名", 10, Kind::Text},
    {"性别", 6, Kind::Text},
    {"公民身份号码", 21, Kind::Text},
    {"出生日期", 12, Kind::Date},
    {"年龄", 6, Kind::Number},
    {"民族", 8, Kind::Text},
    {"困境类别", 26, Kind::Text},
    {"风险等级", 9, Kind::Text},
    {"现居住地址", 28, Kind::Text},
    {"联系电话", 14, Kind::Text},
    {"户主", 10, Kind::Text},
    {"户主电话", 14, Kind::Text},
    {"家庭保障状况", 12, Kind::Text},
    {"监护类型", 14, Kind::Text},
    {"实际照料人", 10, Kind::Text},
    {"与儿童关系", 10, Kind::Text},
    {"照料人电话", 14, Kind::Text},
    {"正在落实的保障措施", 34, Kind::Text},
    {"月保障金额(元)", 14, Kind::Money},
    {"建档日期", 12, Kind::Date},
    {"最近走访", 12, Kind::Date},
    {"下次应访", 12, Kind::Date},
};
constexpr int kColumnCount = int(sizeof(kColumns) / sizeof(kColumns[0]));
constexpr int kHeaderRow = 2;

QString labels(const QString& kind, const QStringList& codes) {
    QStringList result;
    for (const QString& code : codes)
        result.append(Vocabulary::chineseLabel(kind, code));
    return result.join(QString::fromUtf8("、"));
}

QString label(const QString& kind, const QString& code) {
    return code.isEmpty() ? QString() : Vocabulary::chineseLabel(kind, code);
}

XlsxStyle styleFor(Kind kind) {
    XlsxStyle style;
    style.fontSize = 10;
    switch (kind) {
        case Kind::Text:
            style.numberFormat = QStringLiteral("@");
            break;
        case Kind::Number:
            style.numberFormat = QStringLiteral("0");
            style.align = XlsxStyle::Align::Right;
            break;
        case Kind::Money:
            style.numberFormat = QString::fromUtf8("\"¥\"#,##0.00");
            style.align = XlsxStyle::Align::Right;
            break;
        case Kind::Date:
            style.numberFormat = QStringLiteral("yyyy-mm-dd");
            style.align = XlsxStyle::Align::Center;
            break;
    }
    return style;
}

class RowWriter {
public:
    RowWriter(XlsxWorkbook& book,
              lxw_worksheet* sheet,
              const QDate& today,
              ScheduleSettings schedule)
        : m_book(book)
        , m_sheet(sheet)
        , m_today(today)
        , m_schedule(schedule) {
        for (const SheetColumn& column : kColumns)
            m_formats.append(book.format(styleFor(column.kind)));
    }

    void write(const LedgerSheetRow& r) {
        ++m_count;
        const int row = kHeaderRow + int(m_count);
        Child child;
        child.birthDate = r.birthDate;
        const int age = child.ageOn(m_today);
        int c = 0;
        number(row, c++, double(m_count));
        text(row, c++, r.villageGroup);
        text(row, c++, r.name);
        text(row, c++, label(vocab::Sex, r.sex));
        text(row, c++, r.idNumber);
        m_book.date(m_sheet, row, c, r.birthDate, m_formats[c]);
        ++c;
        if (age >= 0)
            number(row, c, age);
        else
            text(row, c, QString());
        ++c;
        text(row, c++, label(vocab::Ethnicity, r.ethnicity));
        text(row, c++, labels(vocab::Category, r.categories));
        text(row, c++, label(vocab::RiskLevel, r.riskLevel));
        text(row, c++, r.residenceAddress);
        text(row, c++, r.phone);
        text(row, c++, r.householdHead);
        text(row, c++, r.householdPhone);
        text(row, c++, label(vocab::SupportStatus, r.supportStatus));
        text(row, c++, label(vocab::GuardianshipType, r.guardianshipType));
        text(row, c++, r.caregiverName);
        text(row, c++, label(vocab::CaregiverRelation, r.caregiverRelation));
        text(row, c++, r.caregiverPhone);
        text(row, c++, labels(vocab::MeasureKind, r.measureKinds));
        m_book.number(m_sheet, row, c, double(r.measureAmountFen) / 100.0, m_formats[c]);
        ++c;
        m_book.date(m_sheet, row, c, r.openedOn, m_formats[c]);
        ++c;
        m_book.date(m_sheet, row, c, r.lastVisit, m_formats[c]);
        ++c;
        ScheduleFacts facts;
        facts.riskLevel = r.riskLevel;
        facts.openedOn = r.openedOn;
        facts.birthDate = r.birthDate;
        facts.visits = {r.lastInPersonVisit, r.lastVisit, r.lastVisitNextDate};
        m_book.date(m_sheet, row, c, VisitSchedule::nextDue(facts, m_schedule, m_today).date,
                    m_formats[c]);
    }

    qint64 count() const { return m_count; }

private:
    void text(int row, int column, const QString& value) {
        m_book.text(m_sheet, row, column, value, m_formats[column]);
    }
    void number(int row, int column, double value) {
        m_book.number(m_sheet, row, column, value, m_formats[column]);
    }

    XlsxWorkbook& m_book;
    lxw_worksheet* m_sheet;
    QDate m_today;
    ScheduleSettings m_schedule;
    QVector<lxw_format*> m_formats;  // one per column, looked up once
    qint64 m_count = 0;
};

}  // namespace

Result<qint64> LedgerSheet::write(Ledger& ledger, const QString& path) {
    const QDate today = ledger.clock().today();
    ReportQueries queries(ledger.database());
    const qint64 expected = queries.activeChildCount();

    XlsxWorkbook book(path, ledger.clock().now(), true);
    const QString title = ledger.identity().name + QString::fromUtf8("困境儿童台账");
    book.setProperties(title, ledger.identity().name);
    lxw_worksheet* sheet = book.addSheet(QString::fromUtf8("台账"));
    if (!sheet)
        return Result<qint64>::failure(book.close().message());
    for (int c = 0; c < kColumnCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), kColumns[c].width, nullptr);

    // Rows must be written in order in constant-memory mode: title, subtitle, header, children.
    XlsxStyle titleStyle;
    titleStyle.border = false;
    titleStyle.bold = true;
    titleStyle.fontSize = 16;
    worksheet_set_row(sheet, 0, 28, nullptr);
    book.merge(sheet, 0, 0, 0, kColumnCount - 1, title, titleStyle);
    XlsxStyle subtitle;
    subtitle.border = false;
    book.merge(sheet, 1, 0, 1, kColumnCount - 1,
               QString::fromUtf8("填报单位：%1    截至%2    在册儿童 %3 人")
                   .arg(ledger.identity().name, DocumentFormat::paperDate(today))
                   .arg(expected),
               subtitle);
    XlsxStyle header;
    header.bold = true;
    header.wrap = true;
    header.fontSize = 10;
    header.align = XlsxStyle::Align::Center;
    worksheet_set_row(sheet, kHeaderRow, 30, nullptr);
    for (int c = 0; c < kColumnCount; ++c)
        book.text(sheet, kHeaderRow, c, QString::fromUtf8(kColumns[c].header), header);

    RowWriter writer(book, sheet, today, ScheduleSettings::load(ledger));
    queries.forEachLedgerSheetRow(today,
                                  [&writer](const LedgerSheetRow& row) { writer.write(row); });
    if (!queries.ok())
        return Result<qint64>::failure(tr("The ledger file could not be read."));

    worksheet_freeze_panes(sheet, kHeaderRow + 1, 3);  // header and the group and name columns
    worksheet_autofilter(sheet, kHeaderRow, 0,
                         lxw_row_t(kHeaderRow + std::max<qint64>(writer.count(), 1)),
                         kColumnCount - 1);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_repeat_rows(sheet, kHeaderRow, kHeaderRow);
    const Status closed = book.close();
    if (!closed)
        return Result<qint64>::failure(closed.message());
    AccessLog::note(ledger, AccessLog::Export, {}, QStringLiteral("ledger spreadsheet"));
    return writer.count();
}

}  // namespace tongbao
