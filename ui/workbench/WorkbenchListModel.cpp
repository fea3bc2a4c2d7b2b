#include "workbench/WorkbenchListModel.h"

#include "register/ChildListModel.h"

#include <QColor>
#include <QFont>

namespace tongbao {

WorkbenchListModel::WorkbenchListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void WorkbenchListModel::setList(const QStringList& headers,
                                 const QVector<Row>& rows,
                                 int riskColumn,
                                 int alertColumn) {
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_riskColumn = riskColumn;
    m_alertColumn = alertColumn;
    endResetModel();
}

int WorkbenchListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkbenchListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant WorkbenchListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return row.cells.value(index.column());
        case ChildListModel::RiskLevelRole:
            return row.riskLevel;
        case Qt::ForegroundRole:
            if (row.alert && index.column() == m_alertColumn)
                return QColor(0xc6, 0x28, 0x28);
            return {};
        case Qt::FontRole:
            if (row.alert && index.column() == m_alertColumn) {
                QFont font;
                font.setWeight(QFont::DemiBold);
                return font;
            }
            return {};
        default:
            return {};
    }
}

QVariant WorkbenchListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

}  // namespace tongbao
