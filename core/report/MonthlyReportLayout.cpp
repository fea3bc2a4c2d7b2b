#include "report/MonthlyReportLayout.h"

#include "domain/Vocabulary.h"
#include "report/DocumentFormat.h"

namespace tongbao {

namespace {

using DocumentFormat::zh;

// The Chinese short label of a code (the long one where there is no short one).
QString shortChinese(const QString& kind, const QString& code) {
    for (const Vocabulary::Term& term : Vocabulary::terms(kind)) {
        if (term.code == code)
            return term.chineseShort.isEmpty() ? term.chinese : term.chineseShort;
    }
    return code;
}

ReportCell count(qint64 value) {
    return {ReportCell::Kind::Count, value, std::nullopt};
}

ReportColumn single(const char* label, std::function<qint64(const MonthlyFigures&)> value) {
    return {QString(), zh(label), [value](const MonthlyFigures& f) { return count(value(f)); }};
}

ReportColumn grouped(const QString& group,
                     const QString& label,
                     std::function<qint64(const MonthlyFigures&)> value) {
    return {group, label, [value](const MonthlyFigures& f) { return count(value(f)); }};
}

// One column per vocabulary code of `kind`, then one for what was not given.
void breakdown(QVector<ReportColumn>& columns,
               const QString& group,
               const QString& kind,
               QMap<QString, qint64> MonthlyFigures::*map,
               const char* unspecified) {
    QStringList codes = Vocabulary::codes(kind);
    if (unspecified)
        codes.append(QString());
    for (const QString& code : codes) {
        const QString label = code.isEmpty() ? zh(unspecified) : shortChinese(kind, code);
        columns.append(grouped(
            group, label, [map, code](const MonthlyFigures& f) { return (f.*map).value(code); }));
    }
}

const char* const kOnFileNote =
    "在册儿童为期末在册人数；一名儿童有多个困境类别的，在各类别中分别计入，合计只计一次。";

ReportTable categoriesTable() {
    ReportTable table{zh("表1"), zh("在册儿童分类情况"), zh("月末数"), {}, {}};
    table.columns.append(single("在册儿童(人)", [](const MonthlyFigures& f) { return f.onFile; }));
    breakdown(table.columns, zh("按困境类别分(人)"), vocab::Category,
              &MonthlyFigures::onFileByCategory, "未填或其他");
    table.notes << zh(kOnFileNote);
    return table;
}

ReportTable riskAndGuardianshipTable() {
    ReportTable table{zh("表2"), zh("在册儿童风险等级和监护类型"), zh("月末数"), {}, {}};
    table.columns.append(single("在册儿童(人)", [](const MonthlyFigures& f) { return f.onFile; }));
    breakdown(table.columns, zh("按风险等级分(人)"), vocab::RiskLevel,
              &MonthlyFigures::onFileByRisk, "未评定");
    breakdown(table.columns, zh("按监护类型分(人)"), vocab::GuardianshipType,
              &MonthlyFigures::onFileByGuardianship, "未填写");
    table.notes << zh(kOnFileNote);
    return table;
}

ReportTable monthTable(const ScheduleSettings& schedule) {
    ReportTable table{zh("表3"), zh("建档、退出、走访和强制报告情况"), zh("本月数"), {}, {}};
    auto& c = table.columns;
    c.append(single("本月新建档(人)", [](const MonthlyFigures& f) { return f.newFiles; }));
    const QString closed = zh("本月退出(人)");
    c.append(grouped(closed, zh("合计"), [](const MonthlyFigures& f) { return f.closedFiles; }));
    breakdown(c, closed, vocab::ExitReason, &MonthlyFigures::closedByReason, "其他或未填");
    const QString visits = zh("本月走访(次)");
    c.append(grouped(visits, zh("合计"), [](const MonthlyFigures& f) { return f.visits; }));
    c.append(
        grouped(visits, zh("见面走访"), [](const MonthlyFigures& f) { return f.visitsInPerson; }));
    c.append(
        grouped(visits, zh("其他方式"), [](const MonthlyFigures& f) { return f.visitsOther; }));
    c.append(
        single("见面走访儿童(人)", [](const MonthlyFigures& f) { return f.childrenSeenInPerson; }));
    c.append(single("月末逾期未走访(人)", [](const MonthlyFigures& f) { return f.overdue; }));
    const QString safety = zh("强制报告");
    c.append(
        grouped(safety, zh("新发现(件)"), [](const MonthlyFigures& f) { return f.safetyOpened; }));
    c.append(grouped(safety, zh("已报告公安(件)"),
                     [](const MonthlyFigures& f) { return f.safetyReportedToPolice; }));
    c.append(grouped(safety, zh("本月结案(件)"),
                     [](const MonthlyFigures& f) { return f.safetyClosed; }));
    c.append({safety, zh("发现至报警用时中位数(小时)"), [](const MonthlyFigures& f) {
                  return ReportCell{ReportCell::Kind::Hours, 0, f.medianHoursToPolice()};
              }});
    table.notes
        << zh("见面走访指见到儿童本人的走访。逾期未走访指月末已过应访日期的在册儿童：应访日期按上次"
              "见面走访后的间隔推算（高风险%1天、中风险%2天、低风险%3天），走访时另定下次日期的"
              "从其所定，从未见面走访的自建档之日起即应走访。")
               .arg(schedule.highDays)
               .arg(schedule.mediumDays)
               .arg(schedule.lowDays)
        << zh("强制报告“已报告公安”指本月发现、月末前已向公安机关报告的件数；用时自发现时起算。");
    return table;
}

ReportTable measuresTable() {
    ReportTable table{zh("表4"), zh("保障措施落实情况"), zh("月末数"), {}, {}};
    const QString group = zh("正在落实的保障措施(项)");
    table.columns.append(
        grouped(group, zh("合计"), [](const MonthlyFigures& f) { return f.measuresInForce; }));
    breakdown(table.columns, group, vocab::MeasureKind, &MonthlyFigures::measuresByKind, nullptr);
    table.columns.append(
        {QString(), zh("月保障金额(元)"), [](const MonthlyFigures& f) {
             return ReportCell{ReportCell::Kind::Money, f.measureAmountFen, std::nullopt};
         }});
    table.notes << zh("保障措施为月末已落实且未终止的措施；月保障金额为这些措施每月金额之和。");
    return table;
}

}  // namespace

QString ReportTable::caption() const {
    return number + QLatin1Char(' ') + title + QString::fromUtf8("（%1）").arg(scope);
}

QString ReportTable::sheetName() const {
    return (number + QLatin1Char(' ') + title).left(31);
}

namespace MonthlyReportLayout {

QVector<ReportTable> tables(const MonthlyReport& report) {
    return {categoriesTable(), riskAndGuardianshipTable(), monthTable(report.schedule),
            measuresTable()};
}

QVector<ReportRow> rows(const MonthlyReport& report) {
    QVector<ReportRow> rows;
    const bool byVillage = report.byVillage();
    for (const MonthlyReportUnit& unit : report.units) {
        for (const MonthlyReportGroup& group : unit.groups)
            rows.append({ReportRow::Level::Group, unit.name, groupLabel(group.villageGroup),
                         &group.figures});
        if (byVillage)
            rows.append({ReportRow::Level::Subtotal, unit.name, zh("小计"), &unit.subtotal});
    }
    rows.append({ReportRow::Level::Total, zh("合计"), zh("合计"), &report.total});
    return rows;
}

QStringList rowHeaders(const MonthlyReport& report) {
    if (report.byVillage())
        return {zh("村（社区）"), zh("村民小组")};
    return {zh("村民小组")};
}

QString title(const MonthlyReport& report) {
    return report.unitName + zh("困境儿童保障工作月报");
}

QString period(const MonthlyReport& report) {
    QString text = DocumentFormat::paperMonth(report.firstDay);
    if (report.inProgress())
        text += QString::fromUtf8("（截至%1）").arg(DocumentFormat::paperDate(report.asOf));
    return text;
}

QString unitLine(const MonthlyReport& report) {
    return zh("填报单位（盖章）：") + report.unitName;
}

QString preparedLine(const MonthlyReport& report) {
    return zh("填报日期：") + DocumentFormat::paperDate(report.preparedOn);
}

QStringList signatureLabels() {
    return {zh("单位负责人："), zh("复核人："), zh("填表人：")};
}

QString groupLabel(const QString& villageGroup) {
    return villageGroup.trimmed().isEmpty() ? zh("未填组别") : villageGroup;
}

QStringList noteLines(const ReportTable& table) {
    QStringList lines;
    for (int i = 0; i < table.notes.size(); ++i) {
        const QString number =
            table.notes.size() > 1 ? QString::fromUtf8("%1．").arg(i + 1) : QString();
        lines.append((i == 0 ? zh("说明：") : zh("　　　")) + number + table.notes[i]);
    }
    return lines;
}

QString cellText(const ReportCell& cell, bool plain) {
    switch (cell.kind) {
        case ReportCell::Kind::Count:
            return QString::number(cell.value);
        case ReportCell::Kind::Money:
            return plain ? DocumentFormat::plainMoney(cell.value)
                         : DocumentFormat::money(cell.value);
        case ReportCell::Kind::Hours:
            if (!cell.hours)
                return plain ? QString() : DocumentFormat::dash();
            return DocumentFormat::hours(*cell.hours);
    }
    return {};
}

}  // namespace MonthlyReportLayout

}  // namespace tongbao
