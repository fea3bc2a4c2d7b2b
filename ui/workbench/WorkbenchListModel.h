#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace tongbao {

// One of the workbench's lists as a table: the rows are prepared by the page (a child, a
// measure, a draft or a safety report each), the model only shows them. A column may hold the
// risk level (drawn as a pill by RiskLevelDelegate) and one may be an alert (red text: days
// overdue, a report not yet made to the police).
class WorkbenchListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        QString childId;
        QString recordId;  // the draft or safety report the row stands for, if any
        QStringList cells;
        QString riskLevel;
        bool alert = false;  // the alert column is red
    };

    explicit WorkbenchListModel(QObject* parent = nullptr);

    void setList(const QStringList& headers,
                 const QVector<Row>& rows,
                 int riskColumn,
                 int alertColumn);
    const Row& row(int index) const { return m_rows.at(index); }
    int riskColumn() const { return m_riskColumn; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QVector<Row> m_rows;
    int m_riskColumn = -1;
    int m_alertColumn = -1;
};

}  // namespace tongbao
