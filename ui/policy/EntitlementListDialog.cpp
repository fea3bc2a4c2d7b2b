#include "policy/EntitlementListDialog.h"

#include "childfile/ChildFileWindow.h"
#include "childfile/ChildFileWindows.h"
#include "childfile/EntitlementsSection.h"
#include "common/Dialogs.h"
#include "domain/Vocabulary.h"
#include "policy/Entitlements.h"
#include "storage/Ledger.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongbao {

namespace {
enum Column { NameColumn, GroupColumn, RuleColumn, DepartmentColumn, ReasonColumn, ColumnCount };
}

EntitlementListDialog::EntitlementListDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger) {
    setObjectName(QStringLiteral("entitlementListDialog"));
    setWindowTitle(tr("Children who may be missing an entitlement"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("entitlementListSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("entitlementListTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Village group"), tr("Entitlement"), tr("Department"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Activated is Enter, and a double-click on every platform style.
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openRow(row); });

    auto* xlsx = new QPushButton(tr("Save as spreadsheet…"), this);
    xlsx->setObjectName(QStringLiteral("saveXlsxButton"));
    connect(xlsx, &QPushButton::clicked, this, [this] { save(false); });
    auto* pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    connect(pdf, &QPushButton::clicked, this, [this] { save(true); });
    auto* close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("entitlementListMessage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(xlsx);
    buttons->addWidget(pdf);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(1100, 620);
}

void EntitlementListDialog::reload() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto entitlements = Entitlements::forLedger(m_ledger);
    Result<EntitlementReport> built =
        entitlements ? EntitlementReport::build(m_ledger, **entitlements, m_ledger.clock().today())
                     : Result<EntitlementReport>(entitlements.status());
    QApplication::restoreOverrideCursor();
    m_rows.clear();
    m_table->setRowCount(0);
    if (!built) {
        m_summary->setText(built.message());
        return;
    }
    m_report = *built;
    for (int g = 0; g < m_report.groups.size(); ++g)
        for (int r = 0; r < m_report.groups[g].rows.size(); ++r)
            m_rows.append({g, r});
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const EntitlementReport::Group& g = m_report.groups[m_rows[i].first];
        const EntitlementReport::Row& r = g.rows[m_rows[i].second];
        const QStringList cells{r.name, r.villageGroup, g.ruleTitle,
                                Vocabulary::label(vocab::Department, g.department), r.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == ReasonColumn)
                item->setToolTip(cells[c]);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ReasonColumn, 400);
    m_summary->setText(tr("%1 of %2 open files may be missing an entitlement (%3 in all), by "
                          "department and rule of %4. Double-click a row to open the file.")
                           .arg(m_report.childrenListed)
                           .arg(m_report.childrenChecked)
                           .arg(m_report.rowCount())
                           .arg(m_report.ruleSetTitle));
}

ChildFileWindow* EntitlementListDialog::openRow(int row) {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const EntitlementReport::Group& g = m_report.groups[m_rows[row].first];
    const EntitlementReport::Row& r = g.rows[m_rows[row].second];
    // Through the main window's keeper of children's files when there is one: the same child is
    // never open in two windows, and quitting asks about unsaved changes in this one too.
    ChildFileWindows* files =
        parentWidget() ? parentWidget()->window()->findChild<ChildFileWindows*>() : nullptr;
    ChildFileWindow* window = nullptr;
    if (files) {
        window = files->open(r.childId);
        if (!window)
            return nullptr;
    } else {
        window = new ChildFileWindow(m_ledger, parentWidget());
        if (!window->openChild(r.childId)) {
            window->deleteLater();
            return nullptr;
        }
    }
    connect(window, &ChildFileWindow::childSaved, this, &EntitlementListDialog::childSaved,
            Qt::UniqueConnection);
    window->showSection(QStringLiteral("entitlements"));
    window->entitlements()->selectRule(g.ruleId);
    window->show();
    window->raise();
    return window;
}

void EntitlementListDialog::childSaved() {
    reload();
    emit recordsChanged();
}

void EntitlementListDialog::save(bool pdf) {
    const QString suggested =
        QDir::home().filePath(QStringLiteral("%1-%2-%3.%4")
                                  .arg(m_ledger.identity().name, tr("entitlements"),
                                       m_report.day.toString(QStringLiteral("yyyyMMdd")),
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx")));
    const QString path =
        Dialogs::saveFileName(this, pdf ? tr("Save as PDF") : tr("Save as spreadsheet"), suggested,
                              pdf ? tr("PDF (*.pdf)") : tr("Spreadsheet (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status written = pdf ? EntitlementReport::writePdf(m_report, path)
                               : EntitlementReport::writeXlsx(m_report, path);
    m_message->setText(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                               : written.message());
}

}  // namespace tongbao
