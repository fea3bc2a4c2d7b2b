#include "register/RegisterPage.h"

#include "childfile/ChildFileWindow.h"
#include "childfile/ChildFileWindows.h"
#include "common/Appearance.h"
#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
#include "register/ChildListModel.h"
#include "register/FilterChipBar.h"
#include "register/RiskLevelDelegate.h"
#include "storage/ChildFileQueries.h"
#include "storage/Ledger.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tongbao {

namespace {

enum State { ListState, EmptyLedgerState, NoMatchState };

const QString kNamesHiddenKey = QStringLiteral("register/hideNames");

QLabel* makeHeading(QWidget* parent, qreal scale, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel* makeExplanation(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return label;
}

// A message in the middle of the page, in a column narrow enough to read as a paragraph. The
// parts span the column's width so that wrapped text gets the height it needs.
void layOutMessage(QWidget* state, std::initializer_list<QWidget*> parts) {
    auto* column = new QWidget(state);
    column->setMaximumWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    for (QWidget* part : parts) {
        part->setParent(column);
        if (auto* label = qobject_cast<QLabel*>(part))
            label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        columnLayout->addWidget(part);
    }
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(state);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

}  // namespace

RegisterPage::RegisterPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ChildListModel(this))
    , m_childFiles(new ChildFileWindows(this)) {
    setObjectName(QStringLiteral("registerPage"));
    m_model->setNamesHidden(namesHiddenSetting());
    connect(m_childFiles, &ChildFileWindows::childSaved, m_model, &ChildListModel::reload);
    buildUi();
    retranslateUi();
    updateState();
}

void RegisterPage::buildUi() {
    m_title = makeHeading(this, 1.45, QStringLiteral("registerTitle"));

    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->addAction(appearance::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_searchBox->setMinimumWidth(360);
    m_searchBox->setMaximumWidth(560);
    m_searchBox->setMinimumHeight(m_searchBox->sizeHint().height() + 6);
    auto* clearOnEscape = new QAction(m_searchBox);
    clearOnEscape->setShortcut(Qt::Key_Escape);
    clearOnEscape->setShortcutContext(Qt::WidgetShortcut);
    connect(clearOnEscape, &QAction::triggered, m_searchBox, &QLineEdit::clear);
    m_searchBox->addAction(clearOnEscape);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchBox, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RegisterPage::applySearch);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, &RegisterPage::focusSearch);

    m_newChildButton = new QPushButton(this);
    m_newChildButton->setObjectName(QStringLiteral("newChildButton"));
    m_newChildButton->setAutoDefault(false);
    m_newChildButton->setMinimumHeight(m_searchBox->minimumHeight());
    // The one everyday action of the page, so it looks like one.
    m_newChildButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1565c0; color: white; border: none; border-radius: 5px;"
        "  padding: 4px 16px; font-weight: 600; }"
        "QPushButton:hover { background: #0d47a1; }"));
    connect(m_newChildButton, &QPushButton::clicked, this, &RegisterPage::newChild);

    m_filters = new FilterChipBar(this);
    m_filters->setVillageGroupSource([this] {
        return m_ledger ? ChildFileQueries::villageGroups(m_ledger->database()) : QStringList();
    });
    m_filters->setVillageSource([this] {
        return m_model->merged() ? m_model->villages()->units() : QVector<LedgerUnit>();
    });
    connect(m_filters, &FilterChipBar::changed, this, &RegisterPage::applyFilters);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("childTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ChildListModel::Risk, new RiskLevelDelegate(m_table));
    m_table->setColumnHidden(ChildListModel::Village, true);  // shown for a town's ledger
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Room between the columns, and a header that reads as a header rather than as buttons.
    m_table->setStyleSheet(QStringLiteral(
        "QTableView { border: 1px solid #d5dce4; background: #ffffff;"
        "  alternate-background-color: #f6f8fa; selection-background-color: #cfe0f5;"
        "  selection-color: #10233a; }"
        "QTableView::item { padding: 0px 8px; border: none; }"
        "QHeaderView::section { background: #eef2f6; color: #34495e; border: none;"
        "  border-bottom: 1px solid #d5dce4; padding: 4px 8px; font-weight: 600; }"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(qMax(32, fontMetrics().height() + 16));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumHeight(fontMetrics().height() + 14);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChildListModel::Categories, QHeaderView::Stretch);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    // Double-click or Enter opens the child's file; the menu offers it too.
    connect(m_table, &QTableView::activated, this, &RegisterPage::openSelectedChild);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RegisterPage::showContextMenu);
    // Categories are several codes per child: there is no order to sort them in, so a click on
    // that header leaves the current order (and its arrow) where it was.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (!ChildListModel::isSortable(column))
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_states = new QStackedWidget(this);
    m_states->setObjectName(QStringLiteral("registerStates"));
    m_states->insertWidget(ListState, m_table);
    m_states->insertWidget(EmptyLedgerState, buildEmptyState());
    m_states->insertWidget(NoMatchState, buildNoMatchState());

    connect(m_model, &ChildListModel::countsChanged, this, &RegisterPage::updateState);

    auto* searchRow = new QHBoxLayout;
    searchRow->setSpacing(12);
    searchRow->addWidget(m_searchBox, 1);
    searchRow->addWidget(m_filters, 1);
    searchRow->addWidget(m_countLabel);
    searchRow->addWidget(m_newChildButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addLayout(searchRow);
    layout->addWidget(m_states, 1);
}

QWidget* RegisterPage::buildEmptyState() {
    auto* state = new QWidget(this);
    state->setObjectName(QStringLiteral("emptyState"));
    auto* picture = new QLabel(state);
    picture->setPixmap(appearance::icon(QStringLiteral("register")).pixmap(64, 64));
    picture->setAlignment(Qt::AlignCenter);
    m_emptyTitle = makeHeading(state, 1.2, QStringLiteral("emptyTitle"));
    m_emptyText = makeExplanation(state, QStringLiteral("emptyText"));
    m_emptyNewChildButton = new QPushButton(state);
    m_emptyNewChildButton->setObjectName(QStringLiteral("emptyNewChildButton"));
    connect(m_emptyNewChildButton, &QPushButton::clicked, this, &RegisterPage::newChild);
    auto* buttonRow = new QWidget(state);
    auto* buttonLayout = new QHBoxLayout(buttonRow);
    buttonLayout->setContentsMargins(0, 6, 0, 0);
    buttonLayout->addStretch();
    buttonLayout->addWidget(m_emptyNewChildButton);
    buttonLayout->addStretch();
    layOutMessage(state, {picture, m_emptyTitle, m_emptyText, buttonRow});
    return state;
}

QWidget* RegisterPage::buildNoMatchState() {
    auto* state = new QWidget(this);
    state->setObjectName(QStringLiteral("noMatchState"));
    m_noMatchTitle = makeHeading(state, 1.2, QStringLiteral("noMatchTitle"));
    m_noMatchTitle->setWordWrap(true);
    m_noMatchText = makeExplanation(state, QStringLiteral("noMatchText"));
    m_clearSearchButton = new QPushButton(state);
    m_clearSearchButton->setObjectName(QStringLiteral("clearSearchButton"));
    connect(m_clearSearchButton, &QPushButton::clicked, this, [this] {
        m_searchBox->clear();
        m_filters->clear();
        applySearch();
        m_searchBox->setFocus();
    });
    auto* buttonRow = new QWidget(state);
    auto* buttonLayout = new QHBoxLayout(buttonRow);
    buttonLayout->setContentsMargins(0, 6, 0, 0);
    buttonLayout->addStretch();
    buttonLayout->addWidget(m_clearSearchButton);
    buttonLayout->addStretch();
    layOutMessage(state, {m_noMatchTitle, m_noMatchText, buttonRow});
    return state;
}

void RegisterPage::setLedger(Ledger* ledger) {
    m_childFiles->setLedger(ledger);
    m_ledger = ledger;
    m_searchTimer->stop();
    m_filters->blockSignals(true);
    m_filters->clear();
    m_filters->blockSignals(false);
    m_searchBox->blockSignals(true);
    m_searchBox->clear();
    m_searchBox->blockSignals(false);
    m_model->setFilter(ChildListFilter());
    m_model->setLedger(ledger);
    // The village column is a town's (or district's); a village's own list stays as it was.
    const bool merged = m_model->merged();
    m_table->setColumnHidden(ChildListModel::Village, !merged);
    if (!merged && m_model->sortColumn() == ChildListModel::Village)
        m_table->sortByColumn(ChildListModel::Name, Qt::AscendingOrder);
    sizeColumns();
}

void RegisterPage::newChild() {
    if (m_ledger)
        m_childFiles->startNew();
}

void RegisterPage::openSelectedChild() {
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_childFiles->open(current.siblingAtColumn(0).data(ChildListModel::ChildIdRole).toString());
}

void RegisterPage::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Open the child's file"), this, &RegisterPage::openSelectedChild);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void RegisterPage::applyFilters() {
    ChildListFilter filter = m_model->filter();
    m_filters->applyTo(filter);
    m_model->setFilter(filter);
}

bool RegisterPage::namesHiddenSetting() {
    return QSettings().value(kNamesHiddenKey, false).toBool();
}

void RegisterPage::setNamesHidden(bool hidden) {
    QSettings().setValue(kNamesHiddenKey, hidden);
    m_model->setNamesHidden(hidden);
}

void RegisterPage::focusSearch() {
    if (!m_searchBox->isVisibleTo(this))
        return;
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

void RegisterPage::applySearch() {
    m_searchTimer->stop();
    m_model->setSearch(m_searchBox->text().trimmed());
}

void RegisterPage::updateState() {
    const bool empty = m_model->totalCount() == 0;
    // Nothing to search in an empty ledger: the page only says why it is empty.
    m_searchBox->setVisible(!empty);
    m_countLabel->setVisible(!empty);
    m_countLabel->setText(
        tr("Showing %1 of %2").arg(m_model->matchingCount()).arg(m_model->totalCount()));
    const QString search = m_model->filter().search;
    m_noMatchTitle->setText(search.isEmpty() ? tr("No child matches the filters.")
                                             : tr("No child matches “%1”.").arg(search));
    m_filters->setVisible(!empty);
    m_newChildButton->setVisible(!empty);
    if (empty)
        m_states->setCurrentIndex(EmptyLedgerState);
    else if (m_model->matchingCount() == 0)
        m_states->setCurrentIndex(NoMatchState);
    else
        m_states->setCurrentIndex(ListState);
}

void RegisterPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RegisterPage::retranslateUi() {
    //: Page heading, the same words as the navigation entry (儿童台账)
    m_title->setText(tr("Children's register"));
    m_searchBox->setPlaceholderText(tr("Search by name, ID number or household head (Ctrl+F)"));
    m_emptyTitle->setText(tr("There are no children in this ledger yet."));
    m_emptyText->setText(
        tr("Start with the first child: New child… (Ctrl+N). A household with "
           "several children is entered once and chosen for each of them."));
    m_emptyNewChildButton->setText(tr("New child…"));
    m_newChildButton->setText(tr("New child…"));
    m_newChildButton->setToolTip(tr("Open a new child's file (Ctrl+N)"));
    m_noMatchText->setText(
        tr("Check the spelling, or search by part of the ID number or by the name of the head "
           "of the household."));
    m_clearSearchButton->setText(tr("Show all children"));
    m_model->retranslate();
    updateState();
    sizeColumns();
}

void RegisterPage::sizeColumns() {
    // Widths follow the font and the words of the current language, so larger text and either
    // language fit without clipping.
    const QFontMetrics metrics = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics boldMetrics(bold);
    const int padding = 30;  // the cell padding of the style sheet and the focus margins
    const auto widestLabel = [](const QFontMetrics& fontMetrics, const QString& kind) {
        int widest = 0;
        for (const Vocabulary::Term& term : Vocabulary::terms(kind))
            widest =
                qMax(widest, fontMetrics.horizontalAdvance(Vocabulary::label(kind, term.code)));
        return widest;
    };
    const auto fit = [&](int column, int contentWidth) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        // The heading also needs room for the sort arrow.
        const int headingWidth = boldMetrics.horizontalAdvance(heading) + 16;
        m_table->setColumnWidth(column, qMax(contentWidth, headingWidth) + padding);
    };
    fit(ChildListModel::Name, metrics.horizontalAdvance(QStringLiteral("欧阳晓晓晓")));
    fit(ChildListModel::Sex, widestLabel(metrics, vocab::Sex));
    fit(ChildListModel::Age, metrics.horizontalAdvance(QStringLiteral("18")));
    fit(ChildListModel::IdNumber, metrics.horizontalAdvance(QStringLiteral("500110********123X")));
    // The longest registered name, up to the length of a community's with its town in front
    // (古南街道桥河社区居委会); a longer one ends in "…" and shows whole in its tooltip.
    int village = metrics.horizontalAdvance(QStringLiteral("桥河村"));
    if (m_model->merged()) {
        for (const LedgerUnit& unit : m_model->villages()->units())
            village = qMax(village, metrics.horizontalAdvance(unit.name));
    }
    fit(ChildListModel::Village,
        qMin(village, metrics.horizontalAdvance(QStringLiteral("古南街道桥河社区居委会"))));
    fit(ChildListModel::VillageGroup, metrics.horizontalAdvance(QStringLiteral("十二组")));
    // The risk pill: its word with the pill's own padding (see RiskLevelDelegate).
    fit(ChildListModel::Risk,
        qMax(widestLabel(boldMetrics, vocab::RiskLevel) + 20, 2 * boldMetrics.height()));
    fit(ChildListModel::FileStatus, widestLabel(metrics, vocab::FileStatus));
}

}  // namespace tongbao
