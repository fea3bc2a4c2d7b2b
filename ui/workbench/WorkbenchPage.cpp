#include "workbench/WorkbenchPage.h"

#include "common/Localization.h"
#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
#include "policy/EntitlementTile.h"
#include "register/RiskLevelDelegate.h"
#include "safety/SafetyReportForm.h"
#include "safety/SafetyReports.h"
#include "safety/SafetyWorkflow.h"
#include "safety/SessionRole.h"
#include "storage/ChildRepository.h"
#include "storage/Ledger.h"
#include "visits/FormParts.h"
#include "visits/VisitForms.h"
#include "workbench/DueListLoader.h"
#include "workbench/LedgerEvents.h"
#include "workbench/WorkbenchCharts.h"
#include "workbench/WorkbenchListModel.h"
#include "workbench/WorkbenchTile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace tongbao {

namespace {

using Row = WorkbenchListModel::Row;

constexpr int kSafetyRowsShown = 3;
const WorkbenchPage::List kTileLists[] = {
    WorkbenchPage::List::Overdue,        WorkbenchPage::List::DueThisWeek,
    WorkbenchPage::List::NeverVisited,   WorkbenchPage::List::Birthdays,
    WorkbenchPage::List::MeasuresEnding, WorkbenchPage::List::Drafts,
};

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString risk(const QString& code) {
    return code.isEmpty() ? QString() : Vocabulary::label(vocab::RiskLevel, code);
}

}  // namespace

WorkbenchPage::WorkbenchPage(QWidget* parent)
    : QWidget(parent)
    , m_loader(new DueListLoader(this))
    , m_model(new WorkbenchListModel(this)) {
    setObjectName(QStringLiteral("workbenchPage"));
    buildUi();
    connect(m_loader, &DueListLoader::finished, this, &WorkbenchPage::computed);
    LedgerEvents& events = LedgerEvents::instance();
    connect(&events, &LedgerEvents::visitsChanged, this, &WorkbenchPage::refresh);
    connect(&events, &LedgerEvents::safetyReportsChanged, this, &WorkbenchPage::refresh);
    connect(&events, &LedgerEvents::visitDraftsChanged, this, [this] {
        reloadDrafts();
        showCounts();
        if (m_list == List::Drafts)
            fillList();
    });
    retranslateUi();
}

WorkbenchPage::~WorkbenchPage() = default;

void WorkbenchPage::buildUi() {
    m_title = formparts::heading(this, QStringLiteral("workbenchTitle"), 1.45);
    m_title->setStyleSheet(QString());
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("workbenchDate"));
    m_date->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("workbenchState"));
    m_state->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &WorkbenchPage::refresh);
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(14);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_date, 0, Qt::AlignBottom);
    titleRow->addStretch();
    titleRow->addWidget(m_state);
    titleRow->addWidget(m_refreshButton);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    const char* names[] = {"overdueTile",   "dueThisWeekTile", "neverVisitedTile",
                           "birthdaysTile", "measuresTile",    "draftsTile"};
    for (int i = 0; i < 6; ++i) {
        auto* tile = new WorkbenchTile(QString::fromLatin1(names[i]), i == 0, this);
        const List list = kTileLists[i];
        connect(tile, &WorkbenchTile::activated, this, [this, list] { showList(list); });
        m_tiles.append(tile);
        tiles->addWidget(tile, 1);
    }
    // Children who may be missing an entitlement (core/policy), counted after each refresh.
    auto* entitlementTile = new EntitlementTile(this);
    tiles->addWidget(entitlementTile, 1);
    connect(this, &WorkbenchPage::refreshed, entitlementTile,
            [this, entitlementTile] { entitlementTile->refresh(m_ledger); });

    m_listTitle = formparts::heading(this, QStringLiteral("listTitle"), 1.1);
    m_listHint = new QLabel(this);
    m_listHint->setStyleSheet(QStringLiteral("color: %1;").arg(formparts::kHintColour));
    m_visitButton = new QPushButton(this);
    m_visitButton->setObjectName(QStringLiteral("recordVisitButton"));
    connect(m_visitButton, &QPushButton::clicked, this, &WorkbenchPage::recordVisitForSelection);
    auto* listRow = new QHBoxLayout;
    listRow->setSpacing(12);
    listRow->addWidget(m_listTitle);
    listRow->addWidget(m_listHint, 1, Qt::AlignBottom);
    listRow->addWidget(m_visitButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("workbenchTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(qMax(32, fontMetrics().height() + 14));
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setStyleSheet(QStringLiteral(
        "QTableView { border: 1px solid #d5dce4; background: #ffffff;"
        "  alternate-background-color: #f6f8fa; selection-background-color: #cfe0f5;"
        "  selection-color: #10233a; }"
        "QTableView::item { padding: 0px 8px; border: none; }"
        "QHeaderView::section { background: #eef2f6; color: #34495e; border: none;"
        "  border-bottom: 1px solid #d5dce4; padding: 4px 8px; font-weight: 600; }"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { activateRow(index.row()); });
    m_emptyList = new QLabel(this);
    m_emptyList->setObjectName(QStringLiteral("emptyList"));
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setWordWrap(true);
    m_emptyList->setStyleSheet(QStringLiteral("color: %1; background: #ffffff; border: 1px solid "
                                              "#d5dce4;")
                                   .arg(formparts::kHintColour));
    // One of the two shows: the list, or why it is empty.
    auto* listStack = new QVBoxLayout;
    listStack->setSpacing(0);
    listStack->addWidget(m_table, 1);
    listStack->addWidget(m_emptyList, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(12);
    layout->addLayout(titleRow);
    layout->addWidget(buildSafetyStrip());
    layout->addLayout(tiles);
    auto* charts = new WorkbenchCharts(this);
    connect(this, &WorkbenchPage::refreshed, charts, [this, charts] {
        charts->setOverdue(m_lists ? m_lists->overdue : QVector<DueChild>(), m_owners);
    });
    layout->addWidget(charts);
    layout->addSpacing(4);
    layout->addLayout(listRow);
    layout->addLayout(listStack, 1);
}

QWidget* WorkbenchPage::buildSafetyStrip() {
    m_safetyStrip = new QFrame(this);
    m_safetyStrip->setObjectName(QStringLiteral("safetyStrip"));
    m_safetyStrip->setAttribute(Qt::WA_StyledBackground);
    m_safetyStrip->setStyleSheet(QStringLiteral(
        "#safetyStrip { background: #fff7f6; border: 1px solid #f0b4ad; border-radius: 8px; }"));
    m_safetyHeading = formparts::heading(m_safetyStrip, QStringLiteral("safetyHeading"), 1.05);
    m_safetyHeading->setStyleSheet(QStringLiteral("color: #7f1010;"));
    m_safetyRows = new QVBoxLayout;
    m_safetyRows->setSpacing(4);
    auto* layout = new QVBoxLayout(m_safetyStrip);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(6);
    layout->addWidget(m_safetyHeading);
    layout->addLayout(m_safetyRows);
    m_safetyStrip->setVisible(false);
    return m_safetyStrip;
}

void WorkbenchPage::setLedger(Ledger* ledger) {
    m_ledger = ledger;
    m_lists.reset();
    m_owners.clear();
    m_villages = m_ledger ? std::make_unique<VillageDirectory>(*m_ledger) : nullptr;
    m_drafts.clear();
    reloadDrafts();
    showCounts();
    showSafetyStrip();
    fillList();
    findChild<WorkbenchCharts*>()->setLedger(ledger);
    if (!m_ledger)
        findChild<EntitlementTile*>()->refresh(nullptr);
    if (m_ledger)
        refresh();
}

bool WorkbenchPage::isComputing() const {
    return m_loader->isRunning();
}

void WorkbenchPage::refresh() {
    if (!m_ledger)
        return;
    m_stale = false;
    m_loader->start(m_ledger->path(), m_ledger->actor(), m_ledger->clock().now(),
                    DueListOptions::forRole(sessionRole()));
    m_state->setText(tr("Computing…"));
    reloadDrafts();
    showCounts();
}

void WorkbenchPage::computed() {
    if (!m_ledger)
        return;
    if (m_loader->lists()) {
        m_lists = m_loader->lists();
        m_owners = m_loader->owners();
        // Villages registered since the last look are named too.
        m_villages = std::make_unique<VillageDirectory>(*m_ledger);
        m_state->setText(
            tr("As of %1").arg(m_lists->now.toLocalTime().toString(QStringLiteral("HH:mm"))));
    } else {
        m_state->setText(m_loader->error());
    }
    retranslateUi();
    emit refreshed();
}

void WorkbenchPage::reloadDrafts() {
    m_drafts.clear();
    m_draftNames.clear();
    if (!m_ledger)
        return;
    m_drafts = VisitDraftStore(*m_ledger).all();
    for (const VisitDraft& draft : std::as_const(m_drafts)) {
        const Result<Child> child = m_ledger->children().load(draft.childId);
        m_draftNames.append(child ? child->name : QString());
    }
}

void WorkbenchPage::showList(List list) {
    m_list = list;
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setSelected(kTileLists[i] == list);
    fillList();
}

void WorkbenchPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorkbenchPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // A day may have passed while another section was shown.
    if (m_ledger && m_lists && m_lists->today != m_ledger->clock().today())
        refresh();
}

void WorkbenchPage::retranslateUi() {
    //: Page heading and navigation entry: 工作台
    m_title->setText(tr("Workbench"));
    const QDate today = m_ledger ? m_ledger->clock().today() : QDate();
    const QLocale locale = Localization::current() == Localization::Language::Chinese
                               ? QLocale(QLocale::Chinese, QLocale::China)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    m_date->setText(today.isValid() ? locale.toString(today, QLocale::LongFormat) : QString());
    m_refreshButton->setText(tr("Refresh"));
    m_visitButton->setText(tr("Record a visit…"));
    const char* captions[] = {
        QT_TR_NOOP("Visits overdue"),       QT_TR_NOOP("Due this week"),
        QT_TR_NOOP("Never visited"),        QT_TR_NOOP("16th / 18th birthdays"),
        QT_TR_NOOP("Measures ending soon"), QT_TR_NOOP("Unfinished visits"),
    };
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setCaption(tr(captions[i]));
    showCounts();
    showSafetyStrip();
    fillList();
}

void WorkbenchPage::showCounts() {
    const bool known = m_lists.has_value();
    const int counts[] = {
        known ? int(m_lists->overdue.size()) : -1,
        known ? int(m_lists->dueThisWeek.size()) : -1,
        known ? int(m_lists->neverVisited.size()) : -1,
        known ? int(m_lists->birthdays.size()) : -1,
        known ? int(m_lists->measuresEnding.size()) : -1,
        int(m_drafts.size()),
    };
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i]->setCount(counts[i]);
        m_tiles[i]->setSelected(kTileLists[i] == m_list);
    }
}

void WorkbenchPage::showSafetyStrip() {
    while (QLayoutItem* item = m_safetyRows->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    const bool shown = m_lists && m_lists->safetyReportsShown && SafetyReports::visible() &&
                       !m_lists->openSafetyReports.isEmpty();
    m_safetyStrip->setVisible(shown);
    if (!shown)
        return;
    const QVector<DueSafetyReport>& reports = m_lists->openSafetyReports;
    m_safetyHeading->setText(tr("Open safety reports: %1").arg(reports.size()));
    for (int i = 0; i < reports.size() && i < kSafetyRowsShown; ++i) {
        const DueSafetyReport& report = reports[i];
        auto* row = new QWidget(m_safetyStrip);
        row->setObjectName(QStringLiteral("safetyRow%1").arg(i));
        auto* pill = new QLabel(row);
        pill->setText(report.urgent ? tr("Police not told") : tr("In progress"));
        pill->setStyleSheet(
            report.urgent
                ? QStringLiteral("background: #c62828; color: white; border-radius: 9px; "
                                 "padding: 1px 10px; font-weight: 700;")
                : QStringLiteral("background: #fff0d6; color: #6b4500; border-radius: 9px; "
                                 "padding: 1px 10px; font-weight: 600;"));
        auto* text = new QLabel(row);
        QString line = tr("%1 (%2) · found %3 ago")
                           .arg(report.childName, placeOf(report.childId, report.villageGroup),
                                SafetyWorkflow::elapsedText(report.ageSeconds));
        if (!report.urgent && report.secondsToPoliceReport >= 0)
            line += tr(" · police told after %1")
                        .arg(SafetyWorkflow::elapsedText(report.secondsToPoliceReport));
        line += tr(" · %n follow-up step(s)", nullptr, report.stepCount);
        text->setText(line);
        text->setTextFormat(Qt::PlainText);
        auto* open = new QPushButton(tr("Open"), row);
        open->setObjectName(QStringLiteral("openSafetyReport%1").arg(i));
        const QString id = report.reportId;
        connect(open, &QPushButton::clicked, this, [this, id] {
            if (m_ledger)
                SafetyReports::openExisting(window(), *m_ledger, id);
        });
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(10);
        rowLayout->addWidget(pill);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(open);
        m_safetyRows->addWidget(row);
    }
    if (reports.size() > kSafetyRowsShown) {
        auto* more =
            new QPushButton(tr("Show all %1 open reports").arg(reports.size()), m_safetyStrip);
        more->setObjectName(QStringLiteral("allSafetyReports"));
        more->setFlat(true);
        more->setStyleSheet(QStringLiteral("text-align: left; color: #0b3d75;"));
        connect(more, &QPushButton::clicked, this, [this] { showList(List::SafetyReports); });
        m_safetyRows->addWidget(more);
    }
}

void WorkbenchPage::fillList() {
    QStringList headers;
    QVector<Row> rows;
    int riskColumn = -1, alertColumn = -1;
    QString title, hint, empty;
    const QString name = tr("Name"), group = tr("Group"), riskHeader = tr("Risk");
    const bool known = m_lists.has_value();
    switch (m_list) {
        case List::Overdue:
        case List::DueThisWeek:
        case List::NeverVisited: {
            const QVector<DueChild>* children = nullptr;
            if (m_list == List::Overdue) {
                title = tr("Visits overdue");
                hint = tr("most overdue first");
                empty = tr("No visit is overdue.");
                headers = {name, group, riskHeader, tr("Due"), tr("Overdue by"), tr("Last seen")};
                alertColumn = 4;
                if (known)
                    children = &m_lists->overdue;
            } else if (m_list == List::DueThisWeek) {
                title = tr("Visits due this week");
                hint = tr("today and the six days after, soonest first");
                empty = tr("No visit is due in the next seven days.");
                headers = {name, group, riskHeader, tr("Due"), tr("In"), tr("Last seen")};
                if (known)
                    children = &m_lists->dueThisWeek;
            } else {
                title = tr("Never visited");
                hint = tr("files with no visit in person since they were opened");
                empty = tr("Every child has been visited in person.");
                headers = {name,          group,          riskHeader, tr("File opened"),
                           tr("Waiting"), tr("Last seen")};
                alertColumn = 4;
                if (known)
                    children = &m_lists->neverVisited;
            }
            riskColumn = 2;
            if (!children)
                break;
            for (const DueChild& c : *children) {
                QString days;
                if (m_list == List::Overdue)
                    days = tr("%n day(s)", nullptr, c.days);
                else if (m_list == List::DueThisWeek)
                    days = c.days == 0 ? tr("today") : tr("in %n day(s)", nullptr, c.days);
                else
                    days = tr("%n day(s)", nullptr, c.days);
                const QDate third = m_list == List::NeverVisited ? c.openedOn : c.due.date;
                rows.append({c.childId,
                             {},
                             {c.name, c.villageGroup, risk(c.riskLevel), isoDate(third), days,
                              c.lastInPerson.isValid() ? isoDate(c.lastInPerson) : tr("never")},
                             c.riskLevel,
                             m_list != List::DueThisWeek && c.days > 0});
            }
            break;
        }
        case List::Birthdays:
            title = tr("16th and 18th birthdays");
            hint = tr("at 16 a child may not be left to live alone; at 18 the file is closed");
            empty = tr("No 16th or 18th birthday in the coming days.");
            headers = {name, group, riskHeader, tr("Turns"), tr("On"), tr("In")};
            riskColumn = 2;
            if (known)
                for (const DueBirthday& b : m_lists->birthdays)
                    rows.append({b.childId,
                                 {},
                                 {b.name, b.villageGroup, risk(b.riskLevel),
                                  QString::number(b.birthday.age), isoDate(b.birthday.date),
                                  b.daysUntil == 0 ? tr("today")
                                                   : tr("in %n day(s)", nullptr, b.daysUntil)},
                                 b.riskLevel,
                                 false});
            break;
        case List::MeasuresEnding:
            title = tr("Measures ending soon");
            hint = tr("renew them, or record that they ended");
            empty = tr("No measure ends in the coming days.");
            headers = {name, group, tr("Measure"), tr("Department"), tr("Ends"), tr("Left")};
            alertColumn = 5;
            if (known)
                for (const DueMeasureEnd& m : m_lists->measuresEnding)
                    rows.append({m.childId,
                                 m.measureId,
                                 {m.childName, m.villageGroup,
                                  Vocabulary::label(vocab::MeasureKind, m.kind),
                                  Vocabulary::label(vocab::Department, m.department),
                                  isoDate(m.endDate), tr("%n day(s)", nullptr, m.daysLeft)},
                                 m.riskLevel,
                                 m.daysLeft <= 7});
            break;
        case List::Drafts:
            title = tr("Unfinished visits");
            hint = tr("kept as they were typed; open one to finish it");
            empty = tr("No visit is waiting to be finished.");
            headers = {name, tr("Last typed"), tr("By")};
            for (int i = 0; i < m_drafts.size(); ++i) {
                const VisitDraft& d = m_drafts[i];
                rows.append(
                    {d.childId,
                     d.id,
                     {m_draftNames.value(i),
                      d.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      d.user},
                     {},
                     false});
            }
            break;
        case List::SafetyReports:
            title = tr("Open safety reports");
            hint = tr("oldest first; reports the police have not heard of come first");
            empty = tr("No safety report is open.");
            headers = {name, group, tr("Found"), tr("Age"), tr("Police"), tr("Steps")};
            alertColumn = 4;
            if (known && SafetyReports::visible())
                for (const DueSafetyReport& r : m_lists->openSafetyReports)
                    rows.append(
                        {r.childId,
                         r.reportId,
                         {r.childName, r.villageGroup,
                          r.discoveredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          SafetyWorkflow::elapsedText(r.ageSeconds),
                          r.urgent ? tr("not told yet")
                                   : tr("told after %1")
                                         .arg(SafetyWorkflow::elapsedText(r.secondsToPoliceReport)),
                          QString::number(r.stepCount)},
                         r.riskLevel,
                         r.urgent});
            break;
    }
    // A town's lists say which village each child is in, before the village group.
    if (merged() && m_list != List::Drafts) {
        //: 村（社区） in the workbench's lists of a town
        headers.insert(1, tr("Village"));
        for (Row& row : rows)
            row.cells.insert(1, villageOf(row.childId));
        riskColumn = riskColumn >= 1 ? riskColumn + 1 : riskColumn;
        alertColumn = alertColumn >= 1 ? alertColumn + 1 : alertColumn;
    }
    m_listTitle->setText(title);
    m_listHint->setText(hint);
    m_model->setList(headers, rows, riskColumn, alertColumn);
    for (int column = 0; column < headers.size(); ++column)
        m_table->setItemDelegateForColumn(column, nullptr);
    if (riskColumn >= 0)
        m_table->setItemDelegateForColumn(riskColumn, new RiskLevelDelegate(m_table));
    const bool waiting = !known && m_list != List::Drafts;
    m_emptyList->setText(waiting ? tr("Computing…") : empty);
    const bool showTable = !rows.isEmpty();
    m_table->setVisible(showTable);
    m_emptyList->setVisible(!showTable);
    m_visitButton->setVisible(m_list != List::Drafts && m_list != List::SafetyReports);
    m_visitButton->setEnabled(showTable);
    sizeColumns();
}

void WorkbenchPage::sizeColumns() {
    const QFontMetrics metrics = m_table->fontMetrics();
    const int columns = m_model->columnCount();
    for (int column = 0; column + 1 < columns; ++column) {
        int widest = metrics.horizontalAdvance(
                         m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
                     28;
        for (int row = 0; row < m_model->rowCount() && row < 200; ++row)
            widest =
                qMax(widest, metrics.horizontalAdvance(m_model->row(row).cells.value(column)) + 28);
        if (column == m_model->riskColumn())
            widest = qMax(widest, 4 * metrics.height());
        m_table->setColumnWidth(column, qMin(widest, 320));
    }
}

bool WorkbenchPage::merged() const {
    return m_villages && m_villages->merged();
}

QString WorkbenchPage::villageOf(const QString& childId) const {
    const auto owner = m_owners.constFind(childId);
    return merged() && owner != m_owners.cend() ? m_villages->nameOf(*owner) : QString();
}

QString WorkbenchPage::placeOf(const QString& childId, const QString& villageGroup) const {
    const QString village = villageOf(childId);
    if (village.isEmpty() || villageGroup.isEmpty())
        return village.isEmpty() ? villageGroup : village;
    //: Where a child lives in a town's lists: the village, then its group (桥河村 2组)
    return tr("%1 %2").arg(village, villageGroup);
}

void WorkbenchPage::activateRow(int row) {
    if (!m_ledger || row < 0 || row >= m_model->rowCount())
        return;
    const Row& r = m_model->row(row);
    if (m_list == List::Drafts) {
        VisitForms::resume(window(), *m_ledger, r.recordId);
        return;
    }
    if (m_list == List::SafetyReports) {
        SafetyReports::openExisting(window(), *m_ledger, r.recordId);
        return;
    }
    emit childActivated(r.childId);
    VisitForms::open(window(), *m_ledger, r.childId);
}

void WorkbenchPage::recordVisitForSelection() {
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_table->currentIndex().row() : selected.first().row();
    if (!m_ledger || row < 0 || row >= m_model->rowCount())
        return;
    VisitForms::open(window(), *m_ledger, m_model->row(row).childId);
}

}  // namespace tongbao
