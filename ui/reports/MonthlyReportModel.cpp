#include "reports/MonthlyReportModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tongbao {

MonthlyReportModel::MonthlyReportModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MonthlyReportModel::setReport(const std::optional<MonthlyReport>& report) {
    beginResetModel();
    m_report = report;
    rebuild();
    endResetModel();
}

void MonthlyReportModel::rebuild() {
    // The rows point into the report this model owns, never into the caller's.
    m_tables.clear();
    m_rows.clear();
    m_rowHeaders.clear();
    if (!m_report)
        return;
    m_tables = MonthlyReportLayout::tables(*m_report);
    m_rows = MonthlyReportLayout::rows(*m_report);
    m_rowHeaders = MonthlyReportLayout::rowHeaders(*m_report);
    m_table = qBound(0, m_table, qMax(0, int(m_tables.size()) - 1));
}

const ReportTable* MonthlyReportModel::table() const {
    return m_table < m_tables.size() ? &m_tables[m_table] : nullptr;
}

void MonthlyReportModel::setTable(int index) {
    if (index < 0 || index >= m_tables.size() || index == m_table)
        return;
    beginResetModel();
    m_table = index;
    endResetModel();
}

int MonthlyReportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !table() ? 0 : int(m_rows.size());
}

int MonthlyReportModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !table())
        return 0;
    return int(m_rowHeaders.size() + table()->columns.size());
}

QVariant MonthlyReportModel::data(const QModelIndex& index, int role) const {
    const ReportTable* current = table();
    if (!current || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportRow& row = m_rows[index.row()];
    const int headers = int(m_rowHeaders.size());
    const bool isHeader = index.column() < headers;
    switch (role) {
        case Qt::DisplayRole:
        case Qt::UserRole: {
            if (isHeader) {
                // A town report has the village, then the group; a village report the group.
                if (headers == 2 && index.column() == 0)
                    return row.level == ReportRow::Level::Total ? QString() : row.unit;
                return row.group;
            }
            const ReportColumn& column = current->columns.value(index.column() - headers);
            const ReportCell cell = column.cell(*row.figures);
            if (role == Qt::UserRole) {
                if (cell.kind == ReportCell::Kind::Hours)
                    return cell.hours ? QVariant(*cell.hours) : QVariant();
                return cell.value;
            }
            return MonthlyReportLayout::cellText(cell);
        }
        case Qt::TextAlignmentRole:
            return int((isHeader ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        case Qt::FontRole:
            if (row.level != ReportRow::Level::Group) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::BackgroundRole:
            if (row.level == ReportRow::Level::Total)
                return QBrush(QColor(0xe8, 0xef, 0xf7));
            if (row.level == ReportRow::Level::Subtotal)
                return QBrush(QColor(0xf3, 0xf6, 0xf9));
            return {};
        default:
            return {};
    }
}

QVariant MonthlyReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const ReportTable* current = table();
    if (!current || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int headers = int(m_rowHeaders.size());
    if (role == Qt::DisplayRole) {
        if (section < headers)
            return m_rowHeaders.value(section);
        const int index = section - headers;
        const ReportColumn& column = current->columns.value(index);
        // The merged upper header of the printed form stands once, above the first column of
        // its run, as it reads on paper; the columns after it show their own labels only.
        if (column.group.isEmpty())
            return column.label;
        const bool continues = index > 0 && current->columns.value(index - 1).group == column.group;
        return (continues ? QString() : column.group) + QLatin1Char('\n') + column.label;
    }
    if (role == Qt::ToolTipRole && section >= headers) {
        const ReportColumn& column = current->columns.value(section - headers);
        return column.group.isEmpty() ? column.label
                                      : column.group + QStringLiteral(" · ") + column.label;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace tongbao
