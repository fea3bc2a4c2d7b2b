#include "register/ChildListModel.h"

#include "common/Localization.h"
#include "domain/Child.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "exchange/VillageDirectory.h"
#include "register/NameMask.h"
#include "storage/Ledger.h"

#include <QBrush>
#include <QPalette>

namespace tongbao {

namespace {

int ageOn(const QDate& birthDate, const QDate& today) {
    // Child::ageOn holds the birthday rule (29 February, not yet this year); reuse it.
    Child child;
    child.birthDate = birthDate;
    return child.ageOn(today);
}

QString categoryTags(const QStringList& codes) {
    QStringList tags;
    tags.reserve(codes.size());
    for (const QString& code : codes)
        tags.append(Vocabulary::shortLabel(vocab::Category, code));
    const bool chinese = Localization::current() == Localization::Language::Chinese;
    return tags.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

}  // namespace

ChildListModel::ChildListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

ChildListModel::~ChildListModel() = default;

bool ChildListModel::merged() const {
    return m_villages && m_villages->merged();
}

void ChildListModel::setLedger(Ledger* ledger) {
    m_ledger = ledger;
    reload();
}

void ChildListModel::setSearch(const QString& text) {
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    reload();
}

void ChildListModel::setFilter(const ChildListFilter& filter) {
    m_filter = filter;
    reload();
}

void ChildListModel::setNamesHidden(bool hidden) {
    if (hidden == m_namesHidden)
        return;
    m_namesHidden = hidden;
    if (m_matchingCount > 0)
        emit dataChanged(index(0, Name), index(m_matchingCount - 1, Name));
}

bool ChildListModel::isSortable(int column) {
    return column >= 0 && column < ColumnCount && column != Categories;
}

void ChildListModel::reload() {
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_firstPageShort = false;
    m_matchingCount = 0;
    m_totalCount = 0;
    // A few rows of registered keys: cheap, and villages may have been registered meanwhile.
    m_villages = m_ledger ? std::make_unique<VillageDirectory>(*m_ledger) : nullptr;
    if (m_ledger) {
        const ChildListQuery query(m_ledger->database());
        m_totalCount = query.count(ChildListFilter());
        m_matchingCount = query.count(m_filter);
        // The first screen now, with the counts, rather than while the view paints; only what a
        // screen shows, since a keystroke in the search box asks for all of this again.
        if (m_matchingCount > 0) {
            const QVector<ChildListRow> rows =
                query.fetch(m_filter, querySort(), 0, FirstScreenRows);
            m_firstPageShort = rows.size() == FirstScreenRows && m_matchingCount > FirstScreenRows;
            m_pages.insert(0, rows);
            m_pageUse.append(0);
        }
    }
    endResetModel();
    emit countsChanged();
}

int ChildListModel::cachedRowCount() const {
    int rows = 0;
    for (const QVector<ChildListRow>& page : std::as_const(m_pages))
        rows += int(page.size());
    return rows;
}

const ChildListRow* ChildListModel::rowAt(int row) const {
    const int number = row / PageSize;
    auto page = m_pages.find(number);
    if (page == m_pages.end()) {
        if (!m_ledger)
            return nullptr;
        // The page used longest ago goes; the one read now is the most recent. (It goes first:
        // removing from a QHash may move the others, and with them an iterator to the new one.)
        if (m_pageUse.size() >= m_cachedPages) {
            const int dropped = m_pageUse.takeFirst();
            m_pages.remove(dropped);
            if (dropped == 0)
                m_firstPageShort = false;  // read whole when it comes back
        }
        const ChildListQuery query(m_ledger->database());
        page =
            m_pages.insert(number, query.fetch(m_filter, querySort(), number * PageSize, PageSize));
        m_pageUse.append(number);
    } else {
        if (m_pageUse.last() != number) {
            m_pageUse.removeOne(number);
            m_pageUse.append(number);
        }
        // The rest of the first page, once a row after the first screen is shown.
        if (number == 0 && m_firstPageShort && row >= page->size() && m_ledger) {
            const ChildListQuery query(m_ledger->database());
            const int read = int(page->size());
            *page += query.fetch(m_filter, querySort(), read, PageSize - read);
            m_firstPageShort = false;
        }
    }
    const int within = row % PageSize;
    return within < page->size() ? &page->at(within) : nullptr;
}

void ChildListModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_matchingCount > 0)
        emit dataChanged(index(0, 0), index(m_matchingCount - 1, ColumnCount - 1));
}

int ChildListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_matchingCount;
}

int ChildListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void ChildListModel::sort(int column, Qt::SortOrder order) {
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

ChildListSort ChildListModel::querySort() const {
    ChildListSort sort;
    sort.descending = m_sortOrder == Qt::DescendingOrder;
    switch (m_sortColumn) {
        case Sex:
            sort.column = ChildListColumn::Sex;
            break;
        case Age:
            // The youngest have the latest birth dates.
            sort.column = ChildListColumn::BirthDate;
            sort.descending = !sort.descending;
            break;
        case IdNumber:
            sort.column = ChildListColumn::IdNumber;
            break;
        case Village:
            sort.column = ChildListColumn::Village;
            break;
        case VillageGroup:
            sort.column = ChildListColumn::VillageGroup;
            break;
        case Risk:
            sort.column = ChildListColumn::RiskLevel;
            break;
        case FileStatus:
            sort.column = ChildListColumn::FileStatus;
            break;
        default:
            sort.column = ChildListColumn::Name;
            break;
    }
    return sort;
}

QVariant ChildListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChildListRow* found = rowAt(index.row());
    if (!found)
        return {};
    const ChildListRow& row = *found;
    switch (role) {
        case Qt::DisplayRole:
            return display(row, index.column());
        case Qt::ToolTipRole:
            if (index.column() == Categories)
                return Vocabulary::labels(vocab::Category, row.categories);
            if (index.column() == Risk)
                return row.riskLevel.isEmpty()
                           ? tr("Risk not assessed yet")
                           : tr("Risk: %1").arg(Vocabulary::label(vocab::RiskLevel, row.riskLevel));
            if (index.column() == IdNumber && !row.idNumber.isEmpty())
                return tr("The ID number is partly hidden in lists; the child's file shows it.");
            if (index.column() == Village && m_villages) {
                const QString area = m_villages->areaCodeOf(row.owner);
                return area.isEmpty()
                           ? m_villages->nameOf(row.owner)
                           : tr("%1 (area code %2)").arg(m_villages->nameOf(row.owner), area);
            }
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() == Sex || index.column() == Age || index.column() == Risk)
                return int(Qt::AlignCenter);
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            // Closed files stay in the register, quieter than the children still looked after.
            if (row.fileStatus == QLatin1String("closed"))
                return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
            return {};
        case RiskLevelRole:
            return row.riskLevel;
        case ChildIdRole:
            return row.id;
        default:
            return {};
    }
}

QVariant ChildListModel::display(const ChildListRow& row, int column) const {
    switch (column) {
        case Name:
            return m_namesHidden ? maskName(row.name) : row.name;
        case Sex:
            return row.sex.isEmpty() ? QString() : Vocabulary::label(vocab::Sex, row.sex);
        case Age: {
            const int age = m_ledger ? ageOn(row.birthDate, m_ledger->clock().today()) : -1;
            return age < 0 ? QVariant() : QVariant(age);
        }
        case IdNumber:
            return row.idNumber.isEmpty() ? QString() : IdNumber::mask(row.idNumber);
        case Village:
            return m_villages ? m_villages->nameOf(row.owner) : QString();
        case VillageGroup:
            return row.villageGroup;
        case Categories:
            return categoryTags(row.categories);
        case Risk:
            return row.riskLevel.isEmpty() ? QString()
                                           : Vocabulary::label(vocab::RiskLevel, row.riskLevel);
        case FileStatus:
            return row.fileStatus.isEmpty() ? QString()
                                            : Vocabulary::label(vocab::FileStatus, row.fileStatus);
        default:
            return {};
    }
}

QVariant ChildListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return (section == Sex || section == Age || section == Risk)
                   ? int(Qt::AlignCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Name:
            return tr("Name");
        case Sex:
            return tr("Sex");
        case Age:
            return tr("Age");
        case IdNumber:
            return tr("ID number");
        case Village:
            //: 村（社区）: the village or community whose ledger the child's file comes from
            return tr("Village");
        case VillageGroup:
            //: 组/社 of the village where the child lives
            return tr("Village group");
        case Categories:
            return tr("Categories");
        case Risk:
            return tr("Risk");
        case FileStatus:
            return tr("File");
        default:
            return {};
    }
}

}  // namespace tongbao
