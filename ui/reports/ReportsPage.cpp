#include "reports/ReportsPage.h"

#include "app/MainWindow.h"
#include "common/Dialogs.h"
#include "report/MonthlyReconciliation.h"
#include "report/MonthlyReportLayout.h"
#include "reports/MonthlyReportLoader.h"
#include "reports/MonthlyReportModel.h"
#include "storage/AccessLog.h"
#include "storage/Ledger.h"
#include "visits/FormParts.h"
#include "workbench/LedgerEvents.h"

#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tongbao {

namespace {

QDate firstOfMonth(const QDate& day) {
    return QDate(day.year(), day.month(), 1);
}

const QString kTableStyle = QStringLiteral(
    "QTableView { border: 1px solid #d5dce4; background: #ffffff; gridline-color: #e1e6ec;"
    "  selection-background-color: #cfe0f5; selection-color: #10233a; }"
    "QHeaderView::section { background: #eef2f6; color: #34495e; border: none;"
    "  border-right: 1px solid #d5dce4; border-bottom: 1px solid #d5dce4; padding: 4px 6px;"
    "  font-weight: 600; }");

}  // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , m_loader(new MonthlyReportLoader(this))
    , m_model(new MonthlyReportModel(this)) {
    setObjectName(QStringLiteral("reportsPage"));
    buildUi();
    buildMenu();
    connect(m_loader, &MonthlyReportLoader::finished, this, &ReportsPage::loaded);
    // What was counted goes stale when visits or reports change; counted again when next seen.
    LedgerEvents& events = LedgerEvents::instance();
    const auto stale = [this] {
        m_stale = true;
        if (isVisible())
            compute();
    };
    connect(&events, &LedgerEvents::visitsChanged, this, stale);
    connect(&events, &LedgerEvents::safetyReportsChanged, this, stale);
    retranslateUi();
    updateActions();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::buildUi() {
    m_title = formparts::heading(this, QStringLiteral("reportsTitle"), 1.45);
    m_title->setStyleSheet(QString());

    m_monthLabel = new QLabel(this);
    m_monthEdit = new QDateEdit(this);
    m_monthEdit->setObjectName(QStringLiteral("monthEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setCalendarPopup(true);
    m_monthEdit->setMinimumDate(QDate(2000, 1, 1));
    m_monthLabel->setBuddy(m_monthEdit);
    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            compute();
    });
    m_lastMonthButton = new QPushButton(this);
    m_lastMonthButton->setObjectName(QStringLiteral("lastMonthButton"));
    connect(m_lastMonthButton, &QPushButton::clicked, this, [this] {
        if (m_ledger)
            setMonth(m_ledger->clock().today().addMonths(-1));
    });
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reportState"));
    m_state->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));

    m_xlsxButton = new QPushButton(this);
    m_xlsxButton->setObjectName(QStringLiteral("saveXlsxButton"));
    connect(m_xlsxButton, &QPushButton::clicked, this,
            [this] { saveMonthlyReport(ReportOutput::Format::Xlsx); });
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    connect(m_pdfButton, &QPushButton::clicked, this,
            [this] { saveMonthlyReport(ReportOutput::Format::Pdf); });
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(QStringLiteral("saveCsvButton"));
    connect(m_csvButton, &QPushButton::clicked, this,
            [this] { saveMonthlyReport(ReportOutput::Format::Csv); });
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printReportButton"));
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::printMonthlyReport);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_title);
    titleRow->addSpacing(18);
    titleRow->addWidget(m_monthLabel);
    titleRow->addWidget(m_monthEdit);
    titleRow->addWidget(m_lastMonthButton);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_state, 1);

    m_caption = formparts::heading(this, QStringLiteral("reportCaption"), 1.1);
    m_caption->setWordWrap(true);
    auto* captionRow = new QHBoxLayout;
    captionRow->setSpacing(8);
    captionRow->addWidget(m_caption, 1);
    for (QPushButton* button : {m_xlsxButton, m_pdfButton, m_csvButton, m_printButton})
        captionRow->addWidget(button);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("reportProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(
        QStringLiteral("color: %1; background: #fff7f6; border: 1px solid #f0b4ad; "
                       "border-radius: 6px; padding: 6px 10px;")
            .arg(formparts::kErrorColour));
    m_problems->setVisible(false);

    m_tables = new QTabBar(this);
    m_tables->setObjectName(QStringLiteral("reportTables"));
    m_tables->setDocumentMode(true);
    m_tables->setExpanding(false);
    connect(m_tables, &QTabBar::currentChanged, this, &ReportsPage::showTable);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(false);
    m_table->setStyleSheet(kTableStyle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(qMax(28, fontMetrics().height() + 10));
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setMinimumHeight(2 * fontMetrics().height() + 14);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));

    m_otherHeading = formparts::heading(this, QStringLiteral("otherDocuments"), 1.1);
    m_otherHint = new QLabel(this);
    m_otherHint->setWordWrap(true);
    m_otherHint->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    m_ledgerSheetButton = new QPushButton(this);
    m_ledgerSheetButton->setObjectName(QStringLiteral("ledgerSheetButton"));
    connect(m_ledgerSheetButton, &QPushButton::clicked, this, &ReportsPage::saveLedgerSheet);
    m_caseSheetsButton = new QPushButton(this);
    m_caseSheetsButton->setObjectName(QStringLiteral("caseSheetsButton"));
    connect(m_caseSheetsButton, &QPushButton::clicked, this, &ReportsPage::saveAllCaseSheets);
    m_printCaseSheetsButton = new QPushButton(this);
    m_printCaseSheetsButton->setObjectName(QStringLiteral("printCaseSheetsButton"));
    connect(m_printCaseSheetsButton, &QPushButton::clicked, this, &ReportsPage::printAllCaseSheets);
    m_visitFormButton = new QPushButton(this);
    m_visitFormButton->setObjectName(QStringLiteral("visitFormButton"));
    connect(m_visitFormButton, &QPushButton::clicked, this, &ReportsPage::saveBlankVisitForm);
    auto* otherRow = new QHBoxLayout;
    otherRow->setSpacing(8);
    for (QPushButton* button :
         {m_ledgerSheetButton, m_caseSheetsButton, m_printCaseSheetsButton, m_visitFormButton})
        otherRow->addWidget(button);
    otherRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addLayout(captionRow);
    layout->addWidget(m_problems);
    layout->addWidget(m_tables);
    layout->setSpacing(6);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addSpacing(6);
    layout->addWidget(m_otherHeading);
    layout->addWidget(m_otherHint);
    layout->addLayout(otherRow);

    setTabOrder(m_monthEdit, m_lastMonthButton);
    setTabOrder(m_lastMonthButton, m_xlsxButton);
    setTabOrder(m_xlsxButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_csvButton);
    setTabOrder(m_csvButton, m_printButton);
    setTabOrder(m_printButton, m_tables);
    setTabOrder(m_tables, m_table);
    setTabOrder(m_table, m_ledgerSheetButton);
}

void ReportsPage::buildMenu() {
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("reportsMenu"));
    m_showAction = m_menu->addAction(QString(), this, &ReportsPage::showInMainWindow);
    m_showAction->setObjectName(QStringLiteral("monthlyReportAction"));
    m_menu->addSeparator();
    m_ledgerSheetAction = m_menu->addAction(QString(), this, &ReportsPage::saveLedgerSheet);
    m_ledgerSheetAction->setObjectName(QStringLiteral("ledgerSheetAction"));
    m_caseSheetsAction = m_menu->addAction(QString(), this, &ReportsPage::saveAllCaseSheets);
    m_caseSheetsAction->setObjectName(QStringLiteral("caseSheetsAction"));
    m_printCaseSheetsAction = m_menu->addAction(QString(), this, &ReportsPage::printAllCaseSheets);
    m_printCaseSheetsAction->setObjectName(QStringLiteral("printCaseSheetsAction"));
    m_visitFormAction = m_menu->addAction(QString(), this, &ReportsPage::saveBlankVisitForm);
    m_visitFormAction->setObjectName(QStringLiteral("visitFormAction"));
}

void ReportsPage::showInMainWindow() {
    if (auto* main = qobject_cast<MainWindow*>(window()))
        main->showSection(QStringLiteral("reports"));
    m_monthEdit->setFocus();
}

void ReportsPage::setLedger(Ledger* ledger) {
    m_ledger = ledger;
    m_model->setReport(std::nullopt);
    m_error.clear();
    m_stale = true;
    if (m_ledger) {
        const QDate today = m_ledger->clock().today();
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setMaximumDate(today);
        m_monthEdit->setDate(firstOfMonth(today.addMonths(-1)));
        if (isVisible())
            compute();
    }
    showReport();
}

QDate ReportsPage::month() const {
    return firstOfMonth(m_monthEdit->date());
}

void ReportsPage::setMonth(const QDate& month) {
    if (firstOfMonth(month) == this->month() && !m_stale)
        return;
    {
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setDate(firstOfMonth(month));
    }
    compute();
}

bool ReportsPage::isComputing() const {
    return m_loader->isRunning();
}

void ReportsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_ledger && (m_stale || !m_model->report()))
        compute();
}

void ReportsPage::compute() {
    if (!m_ledger)
        return;
    m_stale = false;
    m_loader->start(m_ledger->path(), m_ledger->actor(), m_ledger->clock().now(), month());
    m_state->setText(tr("Computing…"));
    updateActions();
}

void ReportsPage::loaded() {
    if (!m_ledger)
        return;
    m_error = m_loader->error();
    m_model->setReport(m_loader->report());
    showReport();
    emit computed();
}

void ReportsPage::showReport() {
    const std::optional<MonthlyReport>& report = m_model->report();
    {
        const QSignalBlocker blocker(m_tables);
        while (m_tables->count() > 0)
            m_tables->removeTab(0);
        if (report) {
            for (const ReportTable& table : MonthlyReportLayout::tables(*report))
                m_tables->addTab(table.number + QLatin1Char(' ') + table.title);
            m_tables->setCurrentIndex(m_model->currentTable());
        }
    }
    if (report) {
        m_caption->setText(MonthlyReportLayout::title(*report) + QStringLiteral("  ") +
                           MonthlyReportLayout::period(*report));
        m_state->setText(
            report->inProgress()
                ? tr("Month in progress: figures as of today, %1.")
                      .arg(report->asOf.toString(Qt::ISODate))
                : tr("Computed at %1.").arg(report->generatedAt.toString(QStringLiteral("HH:mm"))));
        // An office checks that the totals add up before signing (表间勾稽关系); so does the page.
        const QVector<ReconciliationProblem> problems = reconcile(*report);
        QStringList lines;
        for (const ReconciliationProblem& problem : problems.mid(0, 3))
            lines.append(tr("%1: %2 (expected %3, found %4)")
                             .arg(problem.where, problem.rule)
                             .arg(problem.expected)
                             .arg(problem.actual));
        m_problems->setText(
            tr("The totals of this report do not add up; do not hand it in before the ledger is "
               "checked.") +
            QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        m_problems->setVisible(!problems.isEmpty());
    } else {
        m_caption->setText(QString());
        m_problems->setVisible(false);
        m_state->setText(m_error.isEmpty() ? QString() : m_error);
    }
    showTable(m_model->currentTable());
    updateActions();
}

void ReportsPage::showTable(int index) {
    m_model->setTable(index);
    const ReportTable* table = m_model->table();
    m_notes->setText(table ? MonthlyReportLayout::noteLines(*table).join(QLatin1Char('\n'))
                           : QString());
    m_notes->setVisible(table && !m_notes->text().isEmpty());
    sizeColumns();
}

void ReportsPage::sizeColumns() {
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        // Wide enough for the header's lines (the group's name stands over the first column of
        // its run) and for every figure.
        int widest = 0;
        const QStringList lines = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole)
                                      .toString()
                                      .split(QLatin1Char('\n'));
        for (const QString& line : lines)
            widest = qMax(widest, boldMetrics.horizontalAdvance(line) + 20);
        for (int row = 0; row < m_model->rowCount(); ++row)
            widest = qMax(
                widest,
                boldMetrics.horizontalAdvance(m_model->index(row, column).data().toString()) + 20);
        m_table->setColumnWidth(column, qBound(44, widest, 260));
    }
}

void ReportsPage::updateActions() {
    const bool ready = m_ledger && m_model->report().has_value();
    for (QPushButton* button : {m_xlsxButton, m_pdfButton, m_csvButton, m_printButton})
        button->setEnabled(ready);
    const bool open = m_ledger != nullptr;
    for (QPushButton* button : {m_ledgerSheetButton, m_caseSheetsButton, m_printCaseSheetsButton,
                                m_visitFormButton, m_lastMonthButton})
        button->setEnabled(open);
    for (QAction* action : {m_showAction, m_ledgerSheetAction, m_caseSheetsAction,
                            m_printCaseSheetsAction, m_visitFormAction})
        action->setEnabled(open);
    m_monthEdit->setEnabled(open);
}

QString ReportsPage::saveMonthlyReport(ReportOutput::Format format) {
    if (!m_model->report())
        return {};
    const QString path = ReportOutput::saveMonthlyReport(this, *m_model->report(), format);
    if (!path.isEmpty()) {
        m_state->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
        // A PDF is a printed document; a workbook or CSV is data leaving the ledger.
        noteMonthlyReport(
            format == ReportOutput::Format::Pdf ? AccessLog::Print : AccessLog::Export,
            QFileInfo(path).fileName());
    }
    return path;
}

void ReportsPage::printMonthlyReport() {
    if (m_model->report() && ReportOutput::printMonthlyReport(this, *m_model->report()))
        noteMonthlyReport(AccessLog::Print, QStringLiteral("printed"));
}

void ReportsPage::noteMonthlyReport(const QString& action, const QString& how) {
    // The report was computed on a connection of its own: the trace goes to the page's ledger,
    // as the logged-in user (issue 7).
    if (m_ledger && m_model->report())
        AccessLog::note(
            *m_ledger, action, {},
            QStringLiteral("monthly report %1: %2")
                .arg(m_model->report()->firstDay.toString(QStringLiteral("yyyy-MM")), how));
}

QString ReportsPage::saveLedgerSheet() {
    if (!m_ledger)
        return {};
    const QString path = ReportOutput::saveLedgerSheet(this, *m_ledger);
    if (!path.isEmpty())
        m_state->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

QString ReportsPage::saveAllCaseSheets() {
    if (!m_ledger)
        return {};
    const QStringList ids = ReportOutput::childrenOnFile(*m_ledger);
    if (ids.isEmpty()) {
        Dialogs::information(this, tr("Case sheets"), tr("No child is on file yet."));
        return {};
    }
    const QString path = ReportOutput::saveCaseSheets(this, *m_ledger, ids, QString());
    if (!path.isEmpty())
        m_state->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

void ReportsPage::printAllCaseSheets() {
    if (!m_ledger)
        return;
    const QStringList ids = ReportOutput::childrenOnFile(*m_ledger);
    if (ids.isEmpty()) {
        Dialogs::information(this, tr("Case sheets"), tr("No child is on file yet."));
        return;
    }
    ReportOutput::printCaseSheets(this, *m_ledger, ids);
}

QString ReportsPage::saveBlankVisitForm() {
    if (!m_ledger)
        return {};
    const QString path = ReportOutput::saveVisitForms(this, *m_ledger, {}, QString());
    if (!path.isEmpty())
        m_state->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

void ReportsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportsPage::retranslateUi() {
    //: Page heading and navigation entry: 统计报表
    m_title->setText(tr("Reports"));
    m_monthLabel->setText(tr("&Month:"));
    m_monthEdit->setToolTip(tr("The month to report, typed as 2026-10 or chosen on the calendar"));
    m_lastMonthButton->setText(tr("&Last month"));
    m_xlsxButton->setText(tr("Save as &Excel…"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    m_csvButton->setText(tr("Save as &CSV…"));
    m_printButton->setText(tr("&Print…"));
    //: Heading: the ledger spreadsheet, case sheets and visit form
    m_otherHeading->setText(tr("Other documents"));
    m_otherHint->setText(
        tr("The ledger spreadsheet lists every child on file, one row each; case "
           "sheets hold each child's whole file, one child after another."));
    m_ledgerSheetButton->setText(tr("Save the ledger &spreadsheet…"));
    m_caseSheetsButton->setText(tr("Save &case sheets of all children…"));
    m_printCaseSheetsButton->setText(tr("Print case s&heets of all children…"));
    m_visitFormButton->setText(tr("Save a blank &visit form…"));
    m_menu->setTitle(tr("&Reports"));
    m_showAction->setText(tr("&Monthly report"));
    m_ledgerSheetAction->setText(tr("Save the ledger &spreadsheet…"));
    m_caseSheetsAction->setText(tr("Save &case sheets of all children…"));
    m_printCaseSheetsAction->setText(tr("&Print case sheets of all children…"));
    m_visitFormAction->setText(tr("Save a blank &visit form…"));
    if (isComputing())
        m_state->setText(tr("Computing…"));
    else
        showReport();
}

}  // namespace tongbao
