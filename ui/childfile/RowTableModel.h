#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVector>

namespace tongbao {

// A small read-only table of records already turned into words: the measures, referrals and
// visits of one child, its history, the households of the picker. Each row keeps its record's
// id (Qt::UserRole) and may be drawn in a quieter colour (ended measures, closed files).
class RowTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        QString id;
        QStringList cells;
        bool quiet = false;
        QString toolTip;
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit RowTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setRows(const QVector<Row>& rows);
    const QVector<Row>& rows() const { return m_rows; }
    QString idAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QVector<Row> m_rows;
};

}  // namespace tongbao
