#pragma once

#include "report/MonthlyReport.h"
#include "report/MonthlyReportLayout.h"

#include <QAbstractTableModel>

#include <optional>

namespace tongbao {

// One table of a computed monthly report (表1, 表2, …) as a table model, so that the screen
// shows the very figures the xlsx, PDF and CSV files are written from: the rows are those of
// MonthlyReportLayout (village groups, subtotals, 合计), the columns the row headers followed by
// the table's columns. Display text is as printed; Qt::UserRole holds the number itself (a
// count, or fen for amounts) for sorting and tests.
class MonthlyReportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit MonthlyReportModel(QObject* parent = nullptr);

    // Keeps its own copy of the report; an empty optional clears the model.
    void setReport(const std::optional<MonthlyReport>& report);
    const std::optional<MonthlyReport>& report() const { return m_report; }
    int tableCount() const { return int(m_tables.size()); }
    const ReportTable* table() const;
    void setTable(int index);
    int currentTable() const { return m_table; }
    int rowHeaderColumns() const { return int(m_rowHeaders.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();

    std::optional<MonthlyReport> m_report;
    QVector<ReportTable> m_tables;
    QVector<ReportRow> m_rows;
    QStringList m_rowHeaders;
    int m_table = 0;
};

}  // namespace tongbao
