#include "report/EntitlementReport.h"

#include "domain/Vocabulary.h"
#include "policy/Entitlements.h"
#include "report/PdfOutput.h"
#include "report/PrintFonts.h"
#include "report/XlsxWorkbook.h"
#include "storage/Ledger.h"

#include <QHash>
#include <QPaintDevice>
#include <QSet>

#include <xlsxwriter.h>

#include <algorithm>

namespace tongbao {

namespace {

QString departmentLabel(const QString& code) {
    return Vocabulary::label(vocab::Department, code);
}

QString stateLabel(const QString& code) {
    if (code == QLatin1String("missing"))
        return EntitlementCheck::stateLabel(EntitlementState::Missing);
    if (code == QLatin1String("in_progress"))
        return EntitlementCheck::stateLabel(EntitlementState::InProgress);
    if (code == QLatin1String("in_place"))
        return EntitlementCheck::stateLabel(EntitlementState::InPlace);
    return EntitlementCheck::stateLabel(EntitlementState::NotApplicable);
}

}  // namespace

Result<EntitlementReport> EntitlementReport::build(Ledger& ledger,
                                                   const Entitlements& entitlements,
                                                   const QDate& day,
                                                   bool missingOnly) {
    EntitlementReport report;
    report.unitName = ledger.identity().name;
    report.ruleSetTitle = entitlements.ruleSet().title();
    report.day = day;
    QHash<QString, int> groupOf;
    for (const PolicyRule& rule : entitlements.ruleSet().rules) {
        groupOf.insert(rule.id, int(report.groups.size()));
        report.groups.append({rule.departments.value(0), rule.id, rule.title(), rule.source(), {}});
    }
    const Status done = entitlements.forEachChild(
        day, [&](const PolicySubject& child, const QVector<Entitlement>& results) {
            ++report.childrenChecked;
            bool listed = false;
            for (const Entitlement& e : results) {
                if (missingOnly && e.state != EntitlementState::Missing)
                    continue;
                report.groups[groupOf.value(e.rule->id)].rows.append(
                    {child.childId, child.name, child.villageGroup,
                     EntitlementCheck::stateCode(e.state), e.reason});
                listed = true;
            }
            report.childrenListed += listed ? 1 : 0;
        });
    if (!done)
        return done;
    // The children come in the order of their ids; a person reads them by name.
    for (Group& group : report.groups) {
        std::stable_sort(group.rows.begin(), group.rows.end(), [](const Row& a, const Row& b) {
            return a.name != b.name ? a.name < b.name : a.childId < b.childId;
        });
    }
    // By department in the vocabulary's order, rules in the set's order within it.
    const QStringList departments = Vocabulary::codes(vocab::Department);
    std::stable_sort(
        report.groups.begin(), report.groups.end(), [&](const Group& a, const Group& b) {
            return departments.indexOf(a.department) < departments.indexOf(b.department);
        });
    return report;
}

int EntitlementReport::rowCount() const {
    int rows = 0;
    for (const Group& g : groups)
        rows += int(g.rows.size());
    return rows;
}

Status EntitlementReport::writeXlsx(const EntitlementReport& report, const QString& path) {
    XlsxWorkbook book(path, QDateTime(report.day, QTime(12, 0)));
    const QString title = tr("Children who may be missing an entitlement");
    book.setProperties(title, report.unitName);
    XlsxStyle header;
    header.bold = true;
    header.wrap = true;
    header.align = XlsxStyle::Align::Center;
    XlsxStyle cell;
    cell.wrap = true;
    XlsxStyle count = cell;
    count.numberFormat = QStringLiteral("0");
    XlsxStyle heading;
    heading.bold = true;
    heading.border = false;
    heading.fontSize = 14;
    XlsxStyle plain;
    plain.border = false;

    lxw_worksheet* summary = book.addSheet(tr("Summary"));
    book.text(summary, 0, 0, title, heading);
    book.text(summary, 1, 0,
              tr("%1; %2; as of %3; %4 open files checked")
                  .arg(report.unitName, report.ruleSetTitle, report.day.toString(Qt::ISODate))
                  .arg(report.childrenChecked),
              plain);
    const QStringList summaryHeader{tr("Department"), tr("Entitlement"), tr("Children"),
                                    tr("Source")};
    for (int c = 0; c < summaryHeader.size(); ++c)
        book.text(summary, 3, c, summaryHeader[c], header);
    int row = 4;
    for (const Group& g : report.groups) {
        book.text(summary, row, 0, departmentLabel(g.department), cell);
        book.text(summary, row, 1, g.ruleTitle, cell);
        book.number(summary, row, 2, double(g.rows.size()), count);
        book.text(summary, row, 3, g.source, cell);
        ++row;
    }
    book.text(summary, row, 1, tr("Total"), header);
    book.number(summary, row, 2, double(report.rowCount()), count);
    worksheet_set_column(summary, 0, 0, 22, nullptr);
    worksheet_set_column(summary, 1, 1, 40, nullptr);
    worksheet_set_column(summary, 2, 2, 10, nullptr);
    worksheet_set_column(summary, 3, 3, 90, nullptr);

    lxw_worksheet* detail = book.addSheet(tr("Children"));
    const QStringList detailHeader{tr("Department"),    tr("Entitlement"), tr("Name"),
                                   tr("Village group"), tr("State"),       tr("Why")};
    for (int c = 0; c < detailHeader.size(); ++c)
        book.text(detail, 0, c, detailHeader[c], header);
    row = 1;
    for (const Group& g : report.groups) {
        for (const Row& r : g.rows) {
            book.text(detail, row, 0, departmentLabel(g.department), cell);
            book.text(detail, row, 1, g.ruleTitle, cell);
            book.text(detail, row, 2, r.name, cell);
            book.text(detail, row, 3, r.villageGroup, cell);
            book.text(detail, row, 4, stateLabel(r.state), cell);
            book.text(detail, row, 5, r.reason, cell);
            ++row;
        }
    }
    const double widths[] = {22, 36, 12, 10, 10, 80};
    for (int c = 0; c < 6; ++c)
        worksheet_set_column(detail, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_freeze_panes(detail, 1, 0);
    worksheet_autofilter(detail, 0, 0, lxw_row_t(std::max(row - 1, 1)), 5);
    return book.close();
}

Status EntitlementReport::writePdf(const EntitlementReport& report, const QString& path) {
    const Result<QString> family = PrintFonts::songFamily();
    if (!family)
        return family.status();
    const QString title = tr("Children who may be missing an entitlement");
    PdfOutput pdf(path, QPageLayout::Landscape, title);
    if (!pdf.ok())
        return pdf.finish();
    QPaintDevice& device = pdf.device();
    const qreal dots = device.logicalDpiY() / 25.4;
    const qreal margin = 15 * dots;
    const QRectF body = pdf.paper().adjusted(margin, margin, -margin, -margin - 4 * dots);
    PrintFlow flow(device, body);
    const QFont titleFont = PrintFonts::font(*family, 18, true);
    const QFont subtitle = PrintFonts::font(*family, 11);
    const QFont headingFont = PrintFonts::font(*family, 13, true);
    const QFont ruleFont = PrintFonts::font(*family, 11, true);
    const QFont cellFont = PrintFonts::font(*family, 9);
    const QFont noteFont = PrintFonts::font(*family, 9);

    flow.paragraph(title, titleFont, Qt::AlignHCenter, flow.mm(2));
    flow.paragraph(tr("%1 · %2 · as of %3 · %4 open files checked, %5 listed")
                       .arg(report.unitName, report.ruleSetTitle, report.day.toString(Qt::ISODate))
                       .arg(report.childrenChecked)
                       .arg(report.childrenListed),
                   subtitle, Qt::AlignHCenter, flow.mm(5));
    QString department;
    for (const Group& g : report.groups) {
        if (g.rows.isEmpty())
            continue;
        if (g.department != department) {
            department = g.department;
            flow.ensure(flow.mm(30));
            flow.paragraph(departmentLabel(department), headingFont, Qt::AlignLeft, flow.mm(2));
        }
        flow.ensure(flow.mm(24));
        flow.paragraph(tr("%1 — %n child(ren)", nullptr, int(g.rows.size())).arg(g.ruleTitle),
                       ruleFont, Qt::AlignLeft, flow.mm(1));
        flow.paragraph(g.source, noteFont, Qt::AlignLeft, flow.mm(2));
        PrintTable table(flow, {1.2, 1.0, 1.0, 6.0}, cellFont, ruleFont, flow.mm(0.2));
        table.setHeader({{0, 0, 1, 1, tr("Name")},
                         {0, 1, 1, 1, tr("Village group")},
                         {0, 2, 1, 1, tr("State")},
                         {0, 3, 1, 1, tr("Why")}},
                        1);
        for (const Row& r : g.rows)
            table.addRow({{r.name}, {r.villageGroup}, {stateLabel(r.state)}, {r.reason}});
        flow.advance(flow.mm(5));
    }
    if (report.rowCount() == 0)
        flow.paragraph(tr("No child on file is missing an entitlement."), subtitle, Qt::AlignLeft);

    PageFrame frame;
    frame.font = PrintFonts::font(*family, 9);
    frame.paper = pdf.paper();
    frame.marginTop = margin;
    frame.marginBottom = margin + 4 * dots;
    frame.marginLeft = frame.marginRight = margin;
    frame.lineWidth = 0.2 * dots;
    frame.footerLeft = report.unitName;
    frame.footerRight = report.day.toString(Qt::ISODate);
    addPageFrame(flow.pages(), frame, device);
    pdf.addPages(flow.pages());
    return pdf.finish();
}

}  // namespace tongbao
