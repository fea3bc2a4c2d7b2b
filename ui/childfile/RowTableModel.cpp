#include "childfile/RowTableModel.h"

#include <QBrush>
#include <QPalette>

namespace tongbao {

RowTableModel::RowTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RowTableModel::setHeaders(const QStringList& headers) {
    if (headers.size() != m_headers.size()) {
        beginResetModel();
        m_headers = headers;
        m_rows.clear();
        endResetModel();
        return;
    }
    m_headers = headers;
    if (!m_headers.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_headers.size()) - 1);
}

void RowTableModel::setRows(const QVector<Row>& rows) {
    beginResetModel();
    m_rows = rows;
    for (Row& row : m_rows) {
        while (row.cells.size() < m_headers.size())
            row.cells.append(QString());
    }
    endResetModel();
}

QString RowTableModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int RowTableModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

int RowTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return row.cells.value(index.column());
        case Qt::ToolTipRole:
            return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
        case Qt::ForegroundRole:
            if (row.quiet)
                return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
            return {};
        case IdRole:
            return row.id;
        default:
            return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

}  // namespace tongbao
